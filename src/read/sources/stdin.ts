// Standard input as text: the caller reads the stream once (the CLI, before any worker starts) and passes its bytes.
import { BriefError } from '../../errors.js';
import { checkSize, decodeInput } from './decode-input.js';

/** The text of standard input's bytes, named "-" in errors. */
export function readStdinText(bytes: Uint8Array | undefined, maxBytes?: number): string {
  if (!bytes) throw new BriefError('INPUT_UNREADABLE', 'standard input is not available', { file: '-' });
  checkSize(bytes.length, '-', maxBytes);
  return decodeInput(bytes, '-');
}
