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

/** A value the input should have supplied; throws an Error naming what was missing instead of failing later on `undefined`. */
export function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`);
  return value;
}
