// Library code throws BriefError; only the CLI turns it into a message and an exit code.

export type BriefErrorCode =
  | 'INPUT_MISSING'
  | 'INPUT_EMPTY'
  | 'INPUT_NOT_TEXT'
  | 'INPUT_UNREADABLE'
  | 'TEMPLATE_MISSING'
  | 'TEMPLATE_INVALID'
  | 'RENDER_FAILED'
  | 'OUTPUT_FAILED'
  | 'USAGE';

export class BriefError extends Error {
  readonly code: BriefErrorCode;
  /** The file or input the problem is about, when there is one. */
  readonly file: string | undefined;

  constructor(code: BriefErrorCode, message: string, options: { file?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BriefError';
    this.code = code;
    this.file = options.file;
  }
}

export function isBriefError(error: unknown): error is BriefError {
  return error instanceof BriefError;
}

/** Fails loudly on a case a switch did not expect; nothing is dropped silently. */
export function unreachable(value: never, what: string): never {
  throw new BriefError('RENDER_FAILED', `unexpected ${what}: ${JSON.stringify(value)}`);
}
