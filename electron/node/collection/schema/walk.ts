import type { z } from 'zod';
import { langMap, plainElement } from './common';
import type { FieldPath } from '../problems';

/** Callbacks for {@link walkSchema}; each is optional. */
export interface SchemaVisitor {
  /** A key the schema does not know, with the keys it does know at that level. */
  unknownKey?(key: string, known: string[], path: FieldPath): void;
  /** A language map present in the data. */
  langMap?(value: Record<string, unknown>, path: FieldPath): void;
  /**
   * A text where the schema expects one: a plain string field, or one language of a language map
   * (`inLangMap`, the last path segment being the language code).
   */
  text?(value: string, path: FieldPath, inLangMap: boolean): void;
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

/** A YAML group of fields; not a list, nor what a tag such as `!!binary` or `!!set` makes. */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * Walks raw parsed YAML alongside its schema. Works on data that failed validation too, so a typo
 * is reported even in a file that also has a real error; parts whose shape is wrong are skipped.
 */
export function walkSchema(schema: z.ZodType, data: unknown, path: FieldPath, visit: SchemaVisitor): void {
  const s = unwrap(schema);
  if (s === langMap || s === plainElement) {
    if (!isPlainObject(data)) return;
    visit.langMap?.(data, path);
    for (const [lang, text] of Object.entries(data))
      if (typeof text === 'string') visit.text?.(text, [...path, lang], true);
    return;
  }
  const def = defOf(s);
  if (def.type === 'string' && typeof data === 'string') {
    visit.text?.(data, path, false);
  } else if (def.type === 'object' && def.shape && isPlainObject(data)) {
    const known = Object.keys(def.shape);
    for (const [key, value] of Object.entries(data)) {
      // Own keys only: a key named `__proto__` or `constructor` must not find Object's properties.
      const child = Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
      if (child) walkSchema(child, value, [...path, key], visit);
      else visit.unknownKey?.(key, known, path);
    }
  } else if (def.type === 'array' && def.element && Array.isArray(data)) {
    data.forEach((item, i) => walkSchema(def.element!, item, [...path, i], visit));
  } else if (def.type === 'record' && def.valueType && isPlainObject(data)) {
    for (const [key, value] of Object.entries(data)) walkSchema(def.valueType, value, [...path, key], visit);
  } else if (def.type === 'union' && def.options) {
    // Text or a language map (a maker's name), or a group of fields or a language map (a motif's
    // element): only the option the data is shaped like reacts.
    for (const option of optionsShapedLike(def.options, data)) walkSchema(option, data, path, visit);
  }
}

/**
 * For a group of fields, the group-of-fields option that shares a field name with it (a keyed
 * element `{ key, name }`, even with a typo in one of them), else the others (a language map
 * `{ id, en }`); so a language code is never "not a known field", nor `key` an untranslated text.
 */
function optionsShapedLike(options: z.ZodType[], data: unknown): z.ZodType[] {
  if (!isPlainObject(data)) return options;
  const keys = Object.keys(data);
  const groups = options.filter((o) => {
    const def = defOf(unwrap(o));
    return def.type === 'object' && def.shape !== undefined;
  });
  const match = groups.find((o) => keys.some((k) => Object.hasOwn(defOf(unwrap(o)).shape!, k)));
  return match ? [match] : options.filter((o) => !groups.includes(o));
}

// Kept here for the callers that import it from the walker.
export { closestKey } from './closest-key';
