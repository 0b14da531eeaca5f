// The seed article, as shipped in input/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEED_FILE = join('input', readdirSync(join(ROOT, 'input')).find((f) => f.startsWith('korea-herald'))!);
export const SEED_TEXT = readFileSync(join(ROOT, SEED_FILE), 'utf8');
