#!/usr/bin/env node
// The build's step after tsc (npm run build): checks every built-in template (each must load: fields in the schema,
// partials and helpers that exist) and keeps their compiled code in dist/templates.precompiled.json, which a brief
// uses for a file only while its text is unchanged (src/markdown/template-cache.ts).
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = (path) => import(pathToFileURL(join(root, 'dist', 'src', path)).href);
const { CACHE_FILE, writeTemplateCache } = await dist('markdown/template-cache.js');
const { builtInFiles, loadTemplate } = await dist('markdown/template.js');

// Without the old cache, loading each template checks every file of it.
rmSync(CACHE_FILE, { force: true });
for (const name of readdirSync(join(root, 'templates')).sort()) loadTemplate(name);
const count = writeTemplateCache(builtInFiles());
console.error(`precompile-templates: ${count} template files checked and compiled → dist/templates.precompiled.json`);
