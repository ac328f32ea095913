import type { z } from 'zod';
import { ID_PATTERN } from './schema/common';
import type { KindParams } from './schema/common';
import { closestKey, walkSchema } from './schema/walk';
import { regionSlot, withoutRegions } from './lenient-regions';
import { formatField } from './problems';
import { quoteShort, textLengthProblem } from './text-limits';
import type { FieldPath, ProblemKind, ProblemList } from './problems';
import type { YamlFile } from './yaml-file';

function valueAt(data: unknown, path: FieldPath): unknown {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

function describeValue(v: unknown): string {
  if (v === null) return 'an empty value';
  if (Array.isArray(v)) return 'a list';
  // `!!binary`, `!!set`, `!!omap` and the like: YAML types collection files never need.
  if (typeof v === 'object' && Object.getPrototypeOf(v) !== Object.prototype)
    return 'a value of a special YAML type (a tag such as !!binary or !!set)';
  if (typeof v === 'object') return 'a group of fields';
  if (typeof v === 'string') return `the text "${v.length > 40 ? `${v.slice(0, 40)}...` : v}"`;
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'boolean') return `${v}`;
  return String(v);
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields (key: value)',
  record: 'a group of fields (key: value)',
};

function toProblem(issue: z.core.$ZodIssue, data: unknown): { kind: ProblemKind; message: string } {
  const field = formatField(issue.path as FieldPath) || 'this file';
  const value = valueAt(data, issue.path as FieldPath);
  switch (issue.code) {
    case 'custom': {
      const kind = (issue.params as KindParams | undefined)?.kind ?? 'invalid-value';
      return { kind, message: issue.message };
    }
    case 'invalid_type':
      if (value === undefined) {
        const key = String(issue.path.at(-1));
        const parent = formatField(issue.path.slice(0, -1) as FieldPath);
        const where = parent ? `under ${parent}` : 'to this file';
        return {
          kind: 'required',
          message: `${field} is required but missing: add a "${key}:" line ${where}.`,
        };
      }
      if (value === null) {
        return {
          kind: 'wrong-type',
          message: `${field} has no value. If it sits inside { } and its text contains a comma, put the text in quotes.`,
        };
      }
      return {
        kind: 'wrong-type',
        message: `${field} should be ${EXPECTED[issue.expected] ?? issue.expected}, but it is ${describeValue(value)}.`,
      };
    case 'invalid_key':
      return {
        kind: 'invalid-id',
        message: `"${String(issue.path.at(-1))}" is not a valid id: use lowercase letters a-z, digits and hyphens, starting with a letter or digit.`,
      };
    case 'invalid_format':
      if ('pattern' in issue && issue.pattern === String(ID_PATTERN)) {
        return {
          kind: 'invalid-id',
          message: `${field}: "${String(value)}" is not a valid id (lowercase letters, digits and hyphens).`,
        };
      }
      return { kind: 'invalid-value', message: `${field} has the wrong form (${describeValue(value)}).` };
    case 'invalid_value':
      return {
        kind: 'invalid-value',
        message: `${field} is ${describeValue(value)}; allowed values are: ${issue.values.map(String).join(', ')}.`,
      };
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'string') {
        return {
          kind: 'required',
          message: `${field} is empty; it needs at least ${String(issue.minimum)} entry.`,
        };
      }
      return { kind: 'invalid-value', message: `${field} is too small (${describeValue(value)}).` };
    default:
      return { kind: 'wrong-type', message: `${field} is not valid here (${describeValue(value)}).` };
  }
}

/** Options for {@link validateFile}. */
export interface ValidateOptions {
  /** Languages the collection offers: a language map lacking one gets an `untranslated` warning. */
  languages: readonly string[];
}

/** The outcome of validating one file. */
export interface Validated<T> {
  /** The typed data, when the file has no errors (unknown keys only warn). */
  data: T | null;
  /**
   * The top-level fields that are valid on their own, also when others are not: lets the
   * cross-file checks look at a file with one mistake instead of hiding its other problems.
   */
  partial: Partial<T>;
}

function salvage(schema: z.ZodType, data: unknown): Record<string, unknown> {
  const shape = (schema as unknown as { def: { shape?: Record<string, z.ZodType> } }).def.shape;
  if (!shape || typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(shape)) {
    const r = child.safeParse((data as Record<string, unknown>)[key]);
    if (r.success && r.data !== undefined) out[key] = r.data;
  }
  return out;
}

/** Validates a parsed file against its schema, reporting every issue with its field and line. */
export function validateFile<S extends z.ZodType>(
  yaml: YamlFile,
  schema: S,
  problems: ProblemList,
  opts: ValidateOptions,
): Validated<z.infer<S>> {
  const { file, data } = yaml;
  if (data === null || data === undefined) {
    problems.add({ file, field: '', line: 1, kind: 'required', message: 'This file is empty.' });
    return { data: null, partial: {} };
  }
  walkSchema(schema, data, [], {
    unknownKey(key, known, path) {
      const guess = closestKey(key, known);
      const where = path.length ? ` in ${formatField(path)}` : '';
      problems.add({
        file,
        field: formatField([...path, key]),
        line: yaml.lineAt([...path, key], true),
        kind: 'unknown-field',
        message: `${quoteShort(key)} is not a known field${where} and is ignored.${guess ? ` Did you mean "${guess}"?` : ''}`,
      });
    },
    text(value, path, inLangMap) {
      const tooLong = textLengthProblem(value, path, inLangMap);
      if (tooLong) problems.add({ file, field: formatField(path), line: yaml.lineAt(path), ...tooLong });
    },
    langMap(map, path) {
      for (const lang of opts.languages) {
        // A missing `id` is already a `required` error; warning about it again would be noise.
        if (lang === 'id' && !('id' in map)) continue;
        if (typeof map[lang] === 'string' && map[lang].trim() !== '') continue;
        problems.add({
          file,
          field: formatField([...path, lang]),
          line: yaml.lineAt(path),
          kind: 'untranslated',
          message: `${formatField(path)} has no text in "${lang}"; visitors using that language will see a fallback.`,
        });
      }
    },
  });
  let result = schema.safeParse(data);
  let issues = result.success ? [] : withUnionsOpened(result.error.issues);
  const inRegions = issues.filter((issue) => regionSlot(issue.path as FieldPath));
  let usable: unknown = data;
  if (inRegions.length > 0) {
    for (const issue of inRegions) {
      const { message } = toProblem(issue, data);
      const path = issue.path as FieldPath;
      problems.add({
        file,
        field: formatField(path),
        line: yaml.lineAt(path),
        kind: 'invalid-region',
        message: `${message} This region is left out; the image and its record are shown without it.`,
      });
    }
    usable = withoutRegions(
      data,
      inRegions.map((issue) => regionSlot(issue.path as FieldPath)!),
    );
    result = schema.safeParse(usable);
    issues = result.success ? [] : withUnionsOpened(result.error.issues);
  }
  if (result.success) return { data: result.data, partial: result.data };
  for (const issue of issues) {
    const { kind, message } = toProblem(issue, usable);
    const path = issue.path as FieldPath;
    // A missing top-level field has no line of its own; pointing at line 1 would mislead.
    const missingAtTop = path.length === 1 && valueAt(usable, path) === undefined;
    problems.add({
      file,
      field: formatField(path),
      line: missingAtTop ? undefined : yaml.lineAt(path),
      kind,
      message,
    });
  }
  return { data: null, partial: salvage(schema, usable) as Partial<z.infer<S>> };
}

/**
 * A value that fits none of a union's forms (a motif's element, keyed or a plain language map)
 * is reported through the form it comes closest to, the one with the fewest issues (the first
 * on a tie), with that form's own field paths: "elements[0].name is required", not "not valid".
 */
function withUnionsOpened(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
    const closest = issue.errors.reduce((best, option) => (option.length < best.length ? option : best));
    return withUnionsOpened(closest.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })));
  });
}
