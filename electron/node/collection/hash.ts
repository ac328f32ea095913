import { createHash } from 'node:crypto';

/** JSON with object keys sorted, so equal content always hashes equally whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Short content hash (sha256, 16 hex digits): enough to tell versions apart, short in file names. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Adds `hash` over everything else in the record. */
export function withHash<T extends object>(record: T): T & { hash: string } {
  return { ...record, hash: contentHash(canonicalJson(record)) };
}
