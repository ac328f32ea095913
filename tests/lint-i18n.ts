/**
 * `npm run lint:i18n`: every UI language must have exactly the keys of the Indonesian reference,
 * with the same {{placeholders}}, and every reference key must be used somewhere in renderer/.
 * Entries under `_meta` (review flags) are bookkeeping, not strings, and are skipped.
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

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** All area files of one language (`<lang>/<area>.json`), merged; an area key defined twice is a problem. */
function load(lang: string): Map<string, string> {
  const merged: Record<string, unknown> = {};
  for (const name of readdirSync(path.join(localesDir, lang))
    .filter((n) => n.endsWith('.json'))
    .sort()) {
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

const reference = load(REFERENCE);
const languages = readdirSync(localesDir, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== REFERENCE)
  .map((e) => e.name);

for (const lang of languages) {
  const strings = load(lang);
  const where = `renderer/locales/${lang}`;
  for (const [key, text] of reference) {
    const own = strings.get(key);
    if (own === undefined) problems.push(`${where}: missing key "${key}"`);
    else if (placeholders(own).join() !== placeholders(text).join()) {
      problems.push(
        `${where}: key "${key}" has placeholders [${placeholders(own)}], expected [${placeholders(text)}]`,
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
