// The output formats by name, in the order of --help and of src/outputs.ts's makers: what the command line checks
// --format against without loading those makers (the Markdown and PDF stages), which a batch's main thread never runs.
import type { OutputFormat } from './types.js';

export const OUTPUT_FORMATS: OutputFormat[] = ['pdf', 'md', 'json'];

export function isOutputFormat(name: string): name is OutputFormat {
  return (OUTPUT_FORMATS as string[]).includes(name);
}

/** Each format's file extension, with its dot; the command line checks output names against inputs before any brief is made. */
export const OUTPUT_EXTENSIONS: Readonly<Record<OutputFormat, string>> = { pdf: '.pdf', md: '.md', json: '.json' };
