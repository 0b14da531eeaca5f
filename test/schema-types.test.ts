// The hand-written JSON Schema and the TypeScript data model cannot drift: each is read and the two shapes compared.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import { briefToJson } from '../src/brief-article.js';
import { buildBrief } from '../src/build-brief.js';
import { readArticle } from '../src/read/read-article.js';
import { briefSchema, resolveRef, type SchemaNode } from '../src/schema.js';
import { ROOT, SEED_FILE, SEED_TEXT } from './helpers/seed.js';

/** A data shape both sides can be reduced to; `optional` marks a property the JSON may leave out. */
type Shape =
  | { kind: 'string' | 'number' | 'boolean' | 'open-object'; nullable?: true }
  | { kind: 'enum'; values: Array<string | number>; nullable?: true }
  | { kind: 'array'; items: Shape; nullable?: true }
  | { kind: 'object'; props: Record<string, { optional: boolean; shape: Shape }>; nullable?: true };

const root = briefSchema();

function schemaShape(input: SchemaNode): Shape {
  const node = resolveRef(root, input).node;
  const types = [node.type ?? []].flat();
  const nullable = types.includes('null') || (node.anyOf ?? []).some((n) => n.type === 'null') ? { nullable: true as const } : {};
  const inner = node.anyOf?.find((n) => n.type !== 'null');
  if (inner) return { ...schemaShape(inner), ...nullable };
  if (node.const !== undefined) return { kind: 'enum', values: [node.const as string], ...nullable };
  if (node.enum) return { kind: 'enum', values: [...(node.enum as string[])].sort(), ...nullable };
  const type = types.find((t) => t !== 'null');
  if (type === 'array') return { kind: 'array', items: schemaShape(node.items ?? {}), ...nullable };
  if (type === 'object' || node.properties) {
    // An object the schema leaves open would let any new field through unchecked.
    if (node.additionalProperties !== false) return { kind: 'open-object', ...nullable };
    const required = new Set(node.required ?? []);
    const props = Object.fromEntries(Object.entries(node.properties ?? {}).map(([k, v]) => [k, { optional: !required.has(k), shape: schemaShape(v) }]));
    return { kind: 'object', props, ...nullable };
  }
  if (type === 'integer') return { kind: 'number', ...nullable };
  return { kind: type as 'string' | 'number' | 'boolean', ...nullable };
}

// The build's declarations when dist/ was built from these very sources (npm test makes sure), else the sources: from
// src/types.ts the program parses every module sections.ts imports (about 5 s, against 1 s). The data model needs only
// ES5's library (arrays, records, unions); a type from a later one would fail this test, not pass it.
// @ts-expect-error: a plain ES module without type declarations.
const { isBuiltFromSources } = await import('../scripts/build-stamp.mjs');
const TYPES = (isBuiltFromSources(ROOT) as boolean) ? join(ROOT, 'dist', 'src', 'types.d.ts') : join(ROOT, 'src', 'types.ts');
const program = ts.createProgram([TYPES], {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es5.d.ts'],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  skipLibCheck: true,
  types: [],
});
const checker = program.getTypeChecker();

/** A type exported by src/types.ts, by name. */
function declared(name: string): ts.Type {
  const file = program.getSourceFile(TYPES);
  const module = file && checker.getSymbolAtLocation(file);
  const symbol = module && checker.getExportsOfModule(module).find((s) => s.name === name);
  if (!symbol) throw new Error(`src/types.ts exports no ${name}`);
  return checker.getDeclaredTypeOfSymbol(symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
}

function typeShape(type: ts.Type): Shape {
  const parts = type.isUnion() ? type.types : [type];
  const nullable = parts.some((t) => t.flags & ts.TypeFlags.Null) ? { nullable: true as const } : {};
  const rest = parts.filter((t) => !(t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
  if (rest.length > 0 && rest.every((t) => t.flags & ts.TypeFlags.BooleanLike)) return { kind: 'boolean', ...nullable };
  if (rest.every((t) => t.isStringLiteral() || t.isNumberLiteral())) {
    return { kind: 'enum', values: rest.map((t) => (t as ts.LiteralType).value as string | number).sort(), ...nullable };
  }
  const [only] = rest;
  if (rest.length !== 1 || !only) throw new Error(`unexpected union ${checker.typeToString(type)}`);
  if (only.flags & ts.TypeFlags.String) return { kind: 'string', ...nullable };
  if (only.flags & ts.TypeFlags.Number) return { kind: 'number', ...nullable };
  if (checker.isArrayType(only)) return { kind: 'array', items: typeShape(checker.getTypeArguments(only as ts.TypeReference)[0]!), ...nullable };
  const props = Object.fromEntries(
    // An optional property's type carries `undefined`, which typeShape leaves aside.
    checker.getPropertiesOfType(only).map((p) => {
      const optional = (p.flags & ts.SymbolFlags.Optional) !== 0;
      return [p.name, { optional, shape: typeShape(checker.getTypeOfSymbol(p)) }];
    }),
  );
  return { kind: 'object', props, ...nullable };
}

/** The schema describes the JSON brief and the template data at once: fields only templates see are optional in it. */
function mergeShapes(brief: Shape, template: Shape): Shape {
  if (brief.kind === 'array' && template.kind === 'array') return { ...brief, items: mergeShapes(brief.items, template.items) };
  if (brief.kind !== 'object' || template.kind !== 'object') return brief;
  const props = { ...brief.props };
  for (const [name, prop] of Object.entries(template.props)) {
    const own = brief.props[name];
    props[name] = own ? { optional: own.optional, shape: mergeShapes(own.shape, prop.shape) } : { optional: true, shape: prop.shape };
  }
  return { ...brief, props };
}

/** Property names sorted at every level, so that a difference reads as a field added or missing, not a reordering. */
const sorted = (shape: Shape): unknown =>
  shape.kind === 'object'
    ? {
        ...shape,
        props: Object.fromEntries(
          Object.keys(shape.props)
            .sort()
            .map((k) => [k, { ...shape.props[k], shape: sorted(shape.props[k]!.shape) }]),
        ),
      }
    : shape.kind === 'array'
      ? { ...shape, items: sorted(shape.items) }
      : shape;

/** Every object in a JSON value, with the schema node it must match. */
function* objectsIn(value: unknown, input: SchemaNode, path: string): Generator<{ path: string; keys: string[]; node: SchemaNode }> {
  const node = resolveRef(root, input.anyOf?.find((n) => n.type !== 'null') ?? input).node;
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* objectsIn(v, node.items ?? {}, `${path}[${i}]`);
  else if (value !== null && typeof value === 'object') {
    yield { path, keys: Object.keys(value), node };
    for (const [k, v] of Object.entries(value)) if (node.properties?.[k]) yield* objectsIn(v, node.properties[k], `${path}.${k}`);
  }
}

describe('the brief schema and the TypeScript types', () => {
  it('have the same fields, required fields, enums and closed objects at every level', () => {
    const types = mergeShapes(typeShape(declared('Brief')), typeShape(declared('TemplateData')));
    expect(sorted(schemaShape(root))).toEqual(sorted(types));
  });

  it("match the keys of real briefs: the seed's and a few corpus articles'", () => {
    const corpus = join(ROOT, '..', 'shared', 'corpus', 'wikinews', 'articles');
    // The corpus lives beside the project (../shared); a clean clone checks the seed alone.
    const paths = ['wn001.txt', 'wn004.txt', 'wn008.txt'].map((f) => join(corpus, f)).filter((f) => existsSync(f));
    const files = paths.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
    for (const { file, text } of [{ file: SEED_FILE, text: SEED_TEXT }, ...files]) {
      const article = readArticle(text, { source: file });
      const json: unknown = JSON.parse(briefToJson(buildBrief(article, analyzeArticle(article))));
      for (const { path, keys, node } of objectsIn(json, root, '$')) {
        expect(
          keys.filter((k) => !node.properties?.[k]),
          `${file} ${path}: fields the schema lacks`,
        ).toEqual([]);
        expect(
          (node.required ?? []).filter((k) => !keys.includes(k)),
          `${file} ${path}: required fields missing`,
        ).toEqual([]);
      }
    }
  });
});
