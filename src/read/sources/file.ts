// A file on disk as text: missing files, folders and unreadable files are input errors named after the path given.
import { existsSync, lstatSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { BriefError } from '../../errors.js';
import { checkSize, decodeInput } from './decode-input.js';

/** The text of the file `name`, resolved against `cwd`, refused over `maxBytes`; errors name the file as the user wrote it. */
export function readFileText(name: string, cwd: string, maxBytes?: number): string {
  const path = resolve(cwd, name);
  if (!existsSync(path)) throw missing(path, name);
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

/** A link that leads back to itself, named as the user wrote it: wherever it is met, it says so the same way. */
export function loopError(name: string): BriefError {
  return new BriefError('INPUT_UNREADABLE', 'a loop of symbolic links, not a file', { file: name });
}

/** Why a path that does not exist as a file is not there: a link that loops or points nowhere says so, as a named link already did. */
function missing(path: string, name: string): BriefError {
  if (isLink(path)) {
    try {
      statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') return loopError(name);
      if (code === 'ENOENT') return new BriefError('INPUT_MISSING', `a symbolic link to ${readlinkSync(path)}, which does not exist`, { file: name });
    }
  }
  return new BriefError('INPUT_MISSING', 'no such file', { file: name });
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
