// Library code throws BriefError; only the CLI turns it into a message and an exit code.

export type BriefErrorCode =
  | 'INPUT_MISSING'
  | 'INPUT_EMPTY'
  | 'INPUT_NOT_TEXT'
  | 'INPUT_UNREADABLE'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_TOO_SLOW'
  | 'TEMPLATE_MISSING'
  | 'TEMPLATE_INVALID'
  | 'RENDER_FAILED'
  | 'OUTPUT_FAILED'
  | 'USAGE';

export class BriefError extends Error {
  readonly code: BriefErrorCode;
  /** The file or input the problem is about, when there is one. */
  readonly file: string | undefined;

  /** 1-based line and column in `file`, for template errors. */
  readonly line: number | undefined;
  readonly column: number | undefined;
  /** What to try next, shown after the message. */
  readonly hint: string | undefined;

  constructor(code: BriefErrorCode, message: string, options: { file?: string; cause?: unknown; line?: number; column?: number; hint?: string } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BriefError';
    this.code = code;
    this.file = options.file;
    this.line = options.line;
    this.column = options.column;
    this.hint = options.hint;
  }
}

export function isBriefError(error: unknown): error is BriefError {
  return error instanceof BriefError;
}

/** Fails loudly on a case a switch did not expect; nothing is dropped silently. */
export function unreachable(value: never, what: string, code: BriefErrorCode = 'RENDER_FAILED'): never {
  throw new BriefError(code, `unexpected ${what}: ${JSON.stringify(value)}`);
}

/** "file:line:col: message (hint: …)" — the one line the CLI prints for a BriefError. */
export function formatBriefError(error: BriefError): string {
  const where = error.file ? `${[error.file, error.line, error.line !== undefined ? error.column : undefined].filter((p) => p !== undefined).join(':')}: ` : '';
  return `${where}${error.message}${error.hint ? ` (hint: ${error.hint})` : ''}`;
}

/**
 * The one line for any error met while briefing `input`: a BriefError that names no file is put under the input's name, and one
 * that names another file (the template line this article's data broke, the output that could not be written) says whose it was.
 */
export function describeError(error: unknown, input?: string): string {
  if (isBriefError(error)) {
    if (input === undefined || error.file === input) return formatBriefError(error);
    return error.file === undefined ? formatBriefError(namedAfter(error, input)) : `${input}: ${formatBriefError(error)}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `${input !== undefined ? `${input}: ` : ''}unexpected error: ${message.split('\n')[0]}`;
}

/** The same error, naming `file`. */
export function namedAfter(error: BriefError, file: string): BriefError {
  return new BriefError(error.code, error.message, { file, cause: error.cause, line: error.line, column: error.column, hint: error.hint });
}

/** What a file-system error means to the user, in words; never the temporary name or the errno alone. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'ENOTDIR':
      return 'a part of this path is a file, not a folder';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'EEXIST':
      return 'already exists';
    case 'ELOOP':
      return 'a loop of symbolic links';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'on a read-only file system';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    default:
      return code ? `cannot be used (${code})` : `cannot be used: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** A value the input should have supplied; throws an Error naming what was missing instead of failing later on `undefined`. */
export function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`);
  return value;
}
