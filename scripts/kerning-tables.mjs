#!/usr/bin/env node
// Writes data/kerning/<font>.json for each main font (DejaVu Sans and Serif, four faces each) from the installed font
// files: run it after the dejavu-fonts-ttf package changes (test/kerning-table.test.ts fails until then; a stale
// table is never used, since each names the byte length and checksum of the file it was read from).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { kerningPairs, loadFontkit } from './lib/kerning-pairs.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { fontFile, FONT_STYLES } = await import(pathToFileURL(join(root, 'dist', 'src', 'pdf', 'fonts.js')).href);
const fontkit = loadFontkit(root);
const version = JSON.parse(readFileSync(join(root, 'node_modules', 'dejavu-fonts-ttf', 'package.json'), 'utf8')).version;
const out = join(root, 'data', 'kerning');
mkdirSync(out, { recursive: true });
for (const family of ['sans', 'serif'])
  for (const style of FONT_STYLES) {
    const file = fontFile(family, style);
    const name = basename(file, '.ttf');
    const data = readFileSync(file);
    const source = `dejavu-fonts-ttf ${version} ${basename(file)}, read with fontkit's layout by scripts/kerning-tables.mjs`;
    const table = kerningPairs(fontkit, data, source);
    const target = join(out, `${name}.json`);
    writeFileSync(`${target}.tmp`, `${JSON.stringify(table, null, 1)}\n`);
    renameSync(`${target}.tmp`, target);
    console.log(`${target}: ${Object.keys(table.kern).length} kerned pairs, ${table.joins.length} joins`);
  }
