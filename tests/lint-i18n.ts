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

function load(lang: string): Map<string, string> {
  const file = path.join(localesDir, lang, 'translation.json');
  return flatten(JSON.parse(readFileSync(file, 'utf8')));
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

const problems: string[] = [];
const reference = load(REFERENCE);
const languages = readdirSync(localesDir, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== REFERENCE)
  .map((e) => e.name);

for (const lang of languages) {
  const strings = load(lang);
  const where = `renderer/locales/${lang}/translation.json`;
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
    problems.push(`renderer/locales/${REFERENCE}/translation.json: key "${key}" is never used in renderer/`);
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`lint:i18n: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`lint:i18n: ${reference.size} keys, ${languages.length + 1} languages, all consistent`);
