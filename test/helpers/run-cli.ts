// Runs the CLI in-process with captured streams.
import { main } from '../../src/cli-main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stdoutBytes: Buffer;
  stderr: string;
}

export async function runCli(
  argv: string[],
  options: { cwd?: string; stdin?: string | Buffer; env?: Record<string, string | undefined> } = {},
): Promise<CliRun> {
  const out: Buffer[] = [];
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (chunk: string | Uint8Array) => out.push(Buffer.from(chunk)) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    readStdin: async () => Buffer.from(options.stdin ?? ''),
    cwd: options.cwd,
    // Tests never see the developer's own ~/.config/brief templates.
    env: { HOME: '/nonexistent', ...options.env },
  });
  const stdoutBytes = Buffer.concat(out);
  return { code, stdout: stdoutBytes.toString('utf8'), stdoutBytes, stderr };
}
