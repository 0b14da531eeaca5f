// Checks a template before it runs: every field it names exists in the brief schema, every partial and helper exists,
// and nothing reaches for prototypes. Errors carry the file, line and column.
import Handlebars from 'handlebars';
import { BriefError } from '../errors.js';
import { briefSchema, resolveRef, type SchemaNode } from '../schema.js';

/** A template source file: its text, and how many lines (front matter) were taken off its top. */
export interface SourceFile {
  file: string;
  source: string;
  lineOffset: number;
}

interface Loc {
  start: { line: number; column: number };
}
interface Node {
  type: string;
  loc?: Loc;
  [key: string]: unknown;
}
interface PathNode extends Node {
  type: 'PathExpression';
  data: boolean;
  depth: number;
  parts: string[];
  original: string;
}
interface Program {
  body: Node[];
  blockParams?: string[];
}

/** Names no template may look up: they lead to prototypes and functions. */
const FORBIDDEN = new Set(['constructor', '__proto__', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__']);
const DATA_VARIABLES = new Set(['index', 'first', 'last', 'key', 'root', 'partial-block', 'level']);

/** A scope: the schema node `this` stands for (null when unknown) and the block parameters in force. */
interface Scope {
  node: SchemaNode | null;
  label: string;
  params: Map<string, SchemaNode | null>;
}

export class TemplateChecker {
  private readonly root = briefSchema();
  private readonly asts = new Map<string, Program>();
  private readonly visiting = new Set<string>();

  constructor(
    private readonly partials: ReadonlyMap<string, SourceFile>,
    private readonly helpers: ReadonlySet<string>,
  ) {}

  /** Parses a file, reporting a syntax error at its line and column. */
  parse(file: SourceFile): Program {
    const cached = this.asts.get(file.file);
    if (cached) return cached;
    let ast: Program;
    try {
      ast = Handlebars.parse(file.source) as unknown as Program;
    } catch (error) {
      throw syntaxError(error as Error & { lineNumber?: number; column?: number }, file);
    }
    this.asts.set(file.file, ast);
    return ast;
  }

  /** Checks a layout against the top level of the brief data. */
  check(file: SourceFile): void {
    this.walk(this.parse(file), file, [{ node: this.root, label: 'the brief data', params: new Map() }]);
  }

  private fail(file: SourceFile, loc: Loc | undefined, message: string, hint: string): never {
    throw new BriefError('TEMPLATE_INVALID', message, {
      file: file.file,
      line: loc ? loc.start.line + file.lineOffset : undefined,
      column: loc ? loc.start.column + 1 : undefined,
      hint,
    });
  }

  private walk(program: Program | undefined, file: SourceFile, scopes: Scope[]): void {
    if (!program) return;
    for (const node of program.body) this.statement(node, file, scopes);
  }

  private statement(node: Node, file: SourceFile, scopes: Scope[]): void {
    switch (node.type) {
      case 'ContentStatement':
      case 'CommentStatement':
        return;
      case 'MustacheStatement':
      case 'SubExpression':
        return this.call(node, file, scopes);
      case 'BlockStatement':
        return this.block(node, file, scopes);
      case 'PartialStatement':
      case 'PartialBlockStatement':
        return this.partial(node, file, scopes);
      case 'DecoratorStatement':
      case 'DecoratorBlock':
        return this.fail(file, node.loc, 'decorators are not supported in brief templates', 'use partials and helpers instead');
      default:
        return this.fail(file, node.loc, `unexpected template element ${node.type}`, 'simplify this part of the template');
    }
  }

  private expression(node: Node, file: SourceFile, scopes: Scope[]): SchemaNode | null {
    switch (node.type) {
      case 'PathExpression':
        return this.path(node as PathNode, file, scopes);
      case 'SubExpression':
        this.call(node, file, scopes);
        return null;
      case 'StringLiteral':
        if (FORBIDDEN.has(String(node.value)))
          this.fail(file, node.loc, `"${String(node.value)}" is off limits`, 'templates cannot reach prototypes or functions');
        return null;
      case 'NumberLiteral':
      case 'BooleanLiteral':
      case 'UndefinedLiteral':
      case 'NullLiteral':
        return null;
      default:
        return this.fail(file, node.loc, `unexpected expression ${node.type}`, 'use a field, a literal or a helper call');
    }
  }

  private arguments(node: Node, file: SourceFile, scopes: Scope[]): SchemaNode | null {
    const params = (node.params as Node[] | undefined) ?? [];
    const first = params.map((p) => this.expression(p, file, scopes))[0] ?? null;
    const hash = node.hash as { pairs: Array<{ value: Node }> } | undefined;
    for (const pair of hash?.pairs ?? []) this.expression(pair.value, file, scopes);
    return first;
  }

  /** `{{field}}` or `{{helper arg …}}`. */
  private call(node: Node, file: SourceFile, scopes: Scope[]): void {
    const path = node.path as PathNode;
    const hasArgs = ((node.params as Node[] | undefined)?.length ?? 0) > 0 || ((node.hash as { pairs: unknown[] } | undefined)?.pairs.length ?? 0) > 0;
    if (
      path.type === 'PathExpression' &&
      !path.data &&
      path.depth === 0 &&
      path.parts.length === 1 &&
      path.parts[0] !== undefined &&
      this.helpers.has(path.parts[0])
    ) {
      this.arguments(node, file, scopes);
      return;
    }
    if (hasArgs) this.fail(file, path.loc ?? node.loc, `unknown helper "${path.original}"`, `helpers: ${[...this.helpers].sort().join(', ')}`);
    this.expression(path, file, scopes);
  }

  private block(node: Node, file: SourceFile, scopes: Scope[]): void {
    const path = node.path as PathNode;
    const program = node.program as Program | undefined;
    const inverse = node.inverse as Program | undefined;
    const name = (path.parts.length === 1 && !path.data && path.depth === 0 ? path.parts[0] : undefined) ?? '';
    const withParams = (inner: Scope): Scope[] => [...scopes, inner];
    switch (name) {
      case 'if':
      case 'unless':
        this.arguments(node, file, scopes);
        this.walk(program, file, scopes);
        this.walk(inverse, file, scopes);
        return;
      case 'each': {
        const target = this.arguments(node, file, scopes);
        const items = this.itemsOf(target);
        const params = new Map<string, SchemaNode | null>();
        const [item, index] = program?.blockParams ?? [];
        if (item) params.set(item, items.node);
        if (index) params.set(index, null);
        this.walk(program, file, withParams({ node: items.node, label: items.label, params }));
        this.walk(inverse, file, scopes);
        return;
      }
      case 'with': {
        const target = this.arguments(node, file, scopes);
        const resolved = target ? this.resolve(target) : { node: null, label: 'a value' };
        const params = new Map<string, SchemaNode | null>();
        const [as] = program?.blockParams ?? [];
        if (as) params.set(as, resolved.node);
        this.walk(program, file, withParams({ node: resolved.node, label: resolved.label, params }));
        this.walk(inverse, file, scopes);
        return;
      }
      default:
        if (name && this.helpers.has(name)) {
          this.arguments(node, file, scopes);
          this.walk(program, file, scopes);
          this.walk(inverse, file, scopes);
          return;
        }
        return this.fail(file, path.loc ?? node.loc, `unknown block helper "${path.original}"`, 'blocks are #if, #unless, #each and #with');
    }
  }

  private partial(node: Node, file: SourceFile, scopes: Scope[]): void {
    const nameNode = node.name as Node;
    if (nameNode.type !== 'PathExpression') return this.fail(file, node.loc, 'partial names must be written out', 'write {{> quotes}}, not a computed name');
    const name = (nameNode as PathNode).original;
    const target = this.partials.get(name);
    if (!target)
      this.fail(file, node.loc, `partial "${name}" not found`, `partials: ${[...this.partials.keys()].sort().join(', ')}; add partials/${name}.md.hbs`);
    const params = (node.params as Node[] | undefined) ?? [];
    const context = params[0] ? this.expression(params[0], file, scopes) : undefined;
    const inner: Scope[] = context === undefined ? scopes : [{ ...this.resolve(context), params: new Map() }];
    // A partial that includes itself, directly or not, is checked once.
    if (this.visiting.has(name)) return;
    this.visiting.add(name);
    try {
      this.walk(this.parse(target), target, inner);
    } finally {
      this.visiting.delete(name);
    }
  }

  private resolve(node: SchemaNode | null): { node: SchemaNode | null; label: string } {
    if (!node) return { node: null, label: 'a value' };
    const { node: target, name } = resolveRef(this.root, node);
    if (target.anyOf) {
      const object = target.anyOf.find((option) => option.$ref || option.properties);
      if (object) return this.resolve(object);
    }
    return {
      node: target,
      label: name
        ? `a ${name
            .replace(/Item$/, ' item')
            .replace(/([a-z])([A-Z])/g, '$1 $2')
            .toLowerCase()}`
        : 'the brief data',
    };
  }

  private itemsOf(node: SchemaNode | null): { node: SchemaNode | null; label: string } {
    const resolved = this.resolve(node);
    return resolved.node?.items ? this.resolve(resolved.node.items) : { node: null, label: 'an item' };
  }

  private path(path: PathNode, file: SourceFile, scopes: Scope[]): SchemaNode | null {
    for (const part of path.parts) {
      if (FORBIDDEN.has(part)) this.fail(file, path.loc, `"${part}" is off limits`, 'templates cannot reach prototypes or functions');
    }
    const parts = [...path.parts];
    let scope: Scope | undefined;
    if (path.data) {
      const head = parts.shift() ?? '';
      if (!DATA_VARIABLES.has(head)) this.fail(file, path.loc, `unknown data variable "@${head}"`, 'data variables: @index, @first, @last, @key, @root');
      if (head !== 'root') return null;
      scope = scopes[0];
    } else {
      scope = scopes[scopes.length - 1 - path.depth];
      if (!scope) return this.fail(file, path.loc, `"${path.original}" climbs above the brief data`, 'use fewer "../"');
      const [first] = parts;
      const param = first !== undefined && path.depth === 0 ? [...scopes].reverse().find((s) => s.params.has(first)) : undefined;
      if (param && first !== undefined) {
        parts.shift();
        return this.follow(param.params.get(first) ?? null, parts, path, file, `"${path.parts[0]}"`);
      }
    }
    if (!scope) return this.fail(file, path.loc, `"${path.original}" has no brief data to read`, 'the template is checked against the brief data');
    return this.follow(scope.node, parts, path, file, scope.label);
  }

  private follow(start: SchemaNode | null, parts: readonly string[], path: PathNode, file: SourceFile, startLabel: string): SchemaNode | null {
    let current = this.resolve(start);
    if (start === null) return null;
    let label = startLabel;
    for (const part of parts) {
      const node = current.node;
      if (!node) return null;
      const types = ([] as string[]).concat(node.type ?? []);
      if (types.includes('array') || node.items) {
        if (part === 'length') return { type: 'integer' };
        if (/^\d+$/.test(part)) {
          current = this.itemsOf(node);
          continue;
        }
      }
      const next = node.properties?.[part];
      if (!next) {
        const fields = Object.keys(node.properties ?? {});
        this.fail(
          file,
          path.loc,
          `unknown field "${part}" in ${label}${path.parts.length > 1 ? ` ("${path.original}")` : ''}`,
          fields.length ? `its fields are ${fields.join(', ')}; "brief schema" lists them all` : '"brief schema" lists every field',
        );
      }
      current = this.resolve(next);
      label = `${current.label === 'a value' ? `"${part}"` : current.label}`;
    }
    return current.node;
  }
}

function syntaxError(error: Error & { lineNumber?: number; column?: number }, file: SourceFile): BriefError {
  const message = error.message;
  const line = error.lineNumber ?? Number(/line (\d+)/.exec(message)?.[1] ?? NaN);
  const column = error.column !== undefined ? error.column + 1 : caretColumn(message, file.source.split('\n')[line - 1]);
  const expecting = /Expecting (.*), got '([^']+)'/.exec(message);
  const [firstLine = ''] = message.split('\n');
  const what = expecting ? `unexpected ${expecting[2]} in a {{…}} tag` : firstLine.replace(/ - \d+:\d+$/, '');
  return new BriefError('TEMPLATE_INVALID', `syntax error: ${what}`, {
    file: file.file,
    line: Number.isFinite(line) ? line + file.lineOffset : undefined,
    column,
    hint: 'check that every {{ has its }} and every {{#block}} its {{/block}}',
    cause: error,
  });
}

/** Handlebars shows the parse failure as up to 20 characters read so far and a caret; find where that is on the line. */
function caretColumn(message: string, lineText: string | undefined): number | undefined {
  const lines = message.split('\n');
  const caret = lines.findIndex((l) => /^-*\^$/.test(l));
  const above = lines[caret - 1];
  const marker = lines[caret];
  if (caret < 1 || above === undefined || marker === undefined || lineText === undefined) return undefined;
  const before = above.slice(0, marker.length - 1).replace(/^\.\.\./, '');
  for (let col = lineText.length; col >= 0; col--) {
    const head = lineText.slice(0, col);
    if (head.endsWith(before) || (head.length > 0 && before.endsWith(head))) return col + 1;
  }
  return undefined;
}
