// A file on disk as text: missing files, folders and unreadable files are input errors named after the path given.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { BriefError } from '../../errors.js';
import { checkSize, decodeInput } from './decode-input.js';

/** The text of the file `name`, resolved against `cwd`, refused over `maxBytes`; errors name the file as the user wrote it. */
export function readFileText(name: string, cwd: string, maxBytes?: number): string {
  const path = resolve(cwd, name);
  if (!existsSync(path)) throw new BriefError('INPUT_MISSING', 'no such file', { file: name });
  const stat = statSync(path);
  if (stat.isDirectory()) throw new BriefError('INPUT_UNREADABLE', 'is a folder', { file: name });
  // Checked before reading, so a huge file is never loaded.
  if (stat.isFile()) checkSize(stat.size, name, maxBytes);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new BriefError('INPUT_UNREADABLE', `cannot read: ${(error as Error).message}`, { file: name, cause: error });
  }
  checkSize(bytes.length, name, maxBytes);
  return decodeInput(bytes, name);
}
