import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

/**
 * The key of a motif element as the collection format derives it from the Indonesian name:
 * lowercase, every run of characters outside [a-z0-9] one hyphen, hyphens trimmed at both ends
 * ("bunga teratai (padma)" -> "bunga-teratai-padma").
 */
export function elementKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Keys of a motif.yaml's elements, in order: the `key` of the keyed form, else the slug of the
 * Indonesian name of the older plain form. An unreadable file has none.
 */
export async function motifElementKeys(file: string): Promise<string[]> {
  let doc: unknown;
  try {
    doc = parse(await readFile(file, 'utf8'));
  } catch {
    return [];
  }
  const elements = isRecord(doc) && Array.isArray(doc.elements) ? doc.elements : [];
  return elements.flatMap((element) => {
    if (!isRecord(element)) return [];
    if (typeof element.key === 'string' && element.key) return [element.key];
    const name = isRecord(element.name) ? element.name.id : element.id;
    return typeof name === 'string' && elementKey(name) ? [elementKey(name)] : [];
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
