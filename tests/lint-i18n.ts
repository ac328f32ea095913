/**
 * `npm run lint:i18n`: every UI language must have exactly the keys of the Indonesian reference,
 * with the same {{placeholders}} (and formats, as in `{{count, number}}`), and every reference key
 * must be used somewhere in renderer/. A counted string is one key in plural forms (`count_one`,
 * `count_other`, i18next's suffixes): each language has exactly the forms its own plural rules ask
 * for (Indonesian and Javanese only `other`, English `one` and `other`), and code names it without
 * the suffix (`t('colours.count', { count })`). Every Indonesian area file must be named in
 * renderer/i18n/i18next.d.ts, where the compiler learns the keys. Entries under `_meta` (review
 * flags) are bookkeeping, not strings, and are skipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const localesDir = path.join(root, 'renderer/locales');
const REFERENCE = 'id';
const problems: string[] = [];

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') return out.set(prefix, value);
  if (typeof value !== 'object' || value === null) return out;
  for (const [key, child] of Object.entries(value)) {
    if (key === '_meta') continue;
    for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  }
  return out;
}

/** `{{name}}` and `{{name, format}}`, as "name" and "name, format", sorted. */
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*(?:,\s*([^}]*?)\s*)?\}\}/g)]
    .map((m) => (m[2] ? `${m[1]}, ${m[2]}` : m[1]))
    .sort();

const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const PLURAL_SUFFIX = new RegExp(`_(${PLURAL_FORMS.join('|')})$`);

/** A key as code names it: a plural form's key without its suffix. */
const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, '');

/**
 * Strings grouped by the key code uses: a plain key holds one text under '', a counted one its
 * plural forms by name.
 */
function grouped(strings: Map<string, string>): Map<string, Map<string, string>> {
  const groups = new Map<string, Map<string, string>>();
  for (const [key, text] of strings) {
    const form = PLURAL_SUFFIX.exec(key)?.[1] ?? '';
    const base = baseKey(key);
    groups.set(base, (groups.get(base) ?? new Map<string, string>()).set(form, text));
  }
  return groups;
}

/**
 * The plural forms i18next looks up in `lang` (the same Intl rules it uses), in CLDR order; `zero`
 * may be added, as i18next tries it for a count of 0 in any language.
 */
function pluralForms(lang: string): string[] {
  const categories: readonly string[] = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  return PLURAL_FORMS.filter((form) => categories.includes(form));
}

/** Problems with one key's forms in `lang`: a plain key stays plain, a counted one has its forms. */
function formProblems(where: string, key: string, lang: string, forms: Map<string, string>, plural: boolean) {
  const have = [...forms.keys()];
  if (plural && forms.has('')) {
    problems.push(`${where}: key "${key}" is a plain string, the reference has plural forms`);
    return;
  }
  if (!plural) {
    if (have.join() !== '') problems.push(`${where}: key "${key}" has plural forms, the reference has none`);
    return;
  }
  const needed = pluralForms(lang);
  const missing = needed.filter((form) => !forms.has(form));
  const extra = have.filter((form) => !needed.includes(form) && form !== 'zero');
  if (missing.length > 0)
    problems.push(`${where}: key "${key}" lacks the plural form(s) ${missing.join(', ')}`);
  if (extra.length > 0) {
    problems.push(
      `${where}: key "${key}" has plural form(s) ${extra.join(', ')}, which ${lang} does not use`,
    );
  }
}

const areaFiles = (lang: string) =>
  readdirSync(path.join(localesDir, lang))
    .filter((n) => n.endsWith('.json'))
    .sort();

/** All area files of one language (`<lang>/<area>.json`), merged; an area key defined twice is a problem. */
function load(lang: string): Map<string, string> {
  const merged: Record<string, unknown> = {};
  for (const name of areaFiles(lang)) {
    const strings = JSON.parse(readFileSync(path.join(localesDir, lang, name), 'utf8')) as Record<
      string,
      unknown
    >;
    for (const key of Object.keys(strings)) {
      if (key in merged && key !== '_meta')
        problems.push(`renderer/locales/${lang}/${name}: "${key}" is also defined in another file`);
    }
    Object.assign(merged, strings);
  }
  return flatten(merged);
}

function sourceText(dir: string): string {
  let text = '';
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) text += sourceText(full);
    else if (/\.(ts|tsx)$/.test(entry.name)) text += readFileSync(full, 'utf8');
  }
  return text;
}

const reference = grouped(load(REFERENCE));
const isPlural = (forms: Map<string, string>) => !forms.has('');
/** The text other languages' placeholders are held to: the plain text, or the `other` form. */
const referenceText = (forms: Map<string, string>) => forms.get('') ?? forms.get('other') ?? '';
const languages = readdirSync(localesDir, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== REFERENCE)
  .map((e) => e.name);

// The compiler knows the keys of the area files renderer/i18n/i18next.d.ts names, and no others.
const typed = readFileSync(path.join(root, 'renderer/i18n/i18next.d.ts'), 'utf8');
for (const name of areaFiles(REFERENCE)) {
  if (!typed.includes(`'../locales/${REFERENCE}/${name}'`)) {
    problems.push(
      `renderer/i18n/i18next.d.ts: add renderer/locales/${REFERENCE}/${name} to the typed resources`,
    );
  }
}
for (const [key, forms] of reference) {
  formProblems(`renderer/locales/${REFERENCE}`, key, REFERENCE, forms, isPlural(forms));
}
for (const lang of languages) {
  const strings = grouped(load(lang));
  const where = `renderer/locales/${lang}`;
  for (const [key, referenceForms] of reference) {
    const own = strings.get(key);
    if (own === undefined) {
      problems.push(`${where}: missing key "${key}"`);
      continue;
    }
    formProblems(where, key, lang, own, isPlural(referenceForms));
    const expected = placeholders(referenceText(referenceForms));
    for (const [form, text] of own) {
      if (placeholders(text).join() === expected.join()) continue;
      const name = form ? `${key}_${form}` : key;
      problems.push(
        `${where}: key "${name}" has placeholders [${placeholders(text)}], expected [${expected}]`,
      );
    }
  }
  for (const key of strings.keys()) {
    if (!reference.has(key)) problems.push(`${where}: key "${key}" is not in the ${REFERENCE} reference`);
  }
}

const source = sourceText(path.join(root, 'renderer'));
for (const key of reference.keys()) {
  if (!['"', "'", '`'].some((q) => source.includes(`${q}${key}${q}`))) {
    problems.push(`renderer/locales/${REFERENCE}: key "${key}" is never used in renderer/`);
  }
}

// exitCode, not exit(): a long list of problems must reach a piped reader whole.
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`lint:i18n: ${problems.length} problem(s)`);
  process.exitCode = 1;
} else {
  console.log(`lint:i18n: ${reference.size} keys, ${languages.length + 1} languages, all consistent`);
}
