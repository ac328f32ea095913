import type { z } from 'zod';
import { langMap } from './common';
import type { FieldPath } from '../problems';

/** Callbacks for {@link walkSchema}; each is optional. */
export interface SchemaVisitor {
  /** A key the schema does not know, with the keys it does know at that level. */
  unknownKey?(key: string, known: string[], path: FieldPath): void;
  /** A language map present in the data. */
  langMap?(value: Record<string, unknown>, path: FieldPath): void;
}

// Zod 4 exposes a schema's structure on `.def`; these are the few node types our schemas use.
interface AnyDef {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
}

function defOf(schema: z.ZodType): AnyDef {
  return (schema as unknown as { def: AnyDef }).def;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (
    let def = defOf(s);
    def.innerType && ['optional', 'nullable', 'default'].includes(def.type);
    def = defOf(s)
  ) {
    s = def.innerType;
  }
  return s;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Walks raw parsed YAML alongside its schema. Works on data that failed validation too, so a typo
 * is reported even in a file that also has a real error; parts whose shape is wrong are skipped.
 */
export function walkSchema(schema: z.ZodType, data: unknown, path: FieldPath, visit: SchemaVisitor): void {
  const s = unwrap(schema);
  if (s === langMap) {
    if (isPlainObject(data)) visit.langMap?.(data, path);
    return;
  }
  const def = defOf(s);
  if (def.type === 'object' && def.shape && isPlainObject(data)) {
    const known = Object.keys(def.shape);
    for (const [key, value] of Object.entries(data)) {
      const child = def.shape[key];
      if (child) walkSchema(child, value, [...path, key], visit);
      else visit.unknownKey?.(key, known, path);
    }
  } else if (def.type === 'array' && def.element && Array.isArray(data)) {
    data.forEach((item, i) => walkSchema(def.element!, item, [...path, i], visit));
  } else if (def.type === 'record' && def.valueType && isPlainObject(data)) {
    for (const [key, value] of Object.entries(data)) walkSchema(def.valueType, value, [...path, key], visit);
  } else if (def.type === 'union' && def.options) {
    // Text or a language map (a maker's name): only the option the data is shaped like reacts.
    for (const option of def.options) walkSchema(option, data, path, visit);
  }
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = Math.min(up + 1, row[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length]!;
}

/** The known key a typo most likely meant, if one is close enough to be a fair guess. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = k.toLowerCase() === key.toLowerCase() ? 0 : editDistance(key.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}
