// A file on disk as text: missing files, folders and unreadable files are input errors named after the path given.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { BriefError } from '../../errors.js';
import { decodeInput } from './decode-input.js';

/** The text of the file `name`, resolved against `cwd`; errors name the file as the user wrote it. */
export function readFileText(name: string, cwd: string): string {
  const path = resolve(cwd, name);
  if (!existsSync(path)) throw new BriefError('INPUT_MISSING', 'no such file', { file: name });
  if (statSync(path).isDirectory()) throw new BriefError('INPUT_UNREADABLE', 'is a folder', { file: name });
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new BriefError('INPUT_UNREADABLE', `cannot read: ${(error as Error).message}`, { file: name, cause: error });
  }
  return decodeInput(bytes, name);
}
