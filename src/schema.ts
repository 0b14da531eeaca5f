// The JSON Schema of the brief data: what --format json prints and what templates see.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from './paths.js';

export const SCHEMA_FILE = join(PACKAGE_ROOT, 'schema', 'brief.schema.json');

export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  description?: string;
  pattern?: string;
  minimum?: number;
  $defs?: Record<string, SchemaNode>;
  title?: string;
}

export function briefSchema(): SchemaNode {
  return JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as SchemaNode;
}

/** Follows a local "#/$defs/x" reference; returns the node and the definition's name. */
export function resolveRef(root: SchemaNode, node: SchemaNode): { node: SchemaNode; name: string | null } {
  if (!node.$ref) return { node, name: null };
  const name = node.$ref.replace('#/$defs/', '');
  const target = root.$defs?.[name];
  if (!target) throw new Error(`schema: unresolved reference ${node.$ref}`);
  return { node: target, name };
}
