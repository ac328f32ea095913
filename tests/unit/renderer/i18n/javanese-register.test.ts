import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The Javanese interface strings aim at one register, krama (public signage). A native speaker
 * still has to review them (`_meta.reviewed`), but the words reviewers found mixed in - ngoko or
 * Indonesian where krama has its own - must not come back. Each with the krama used instead.
 */
const NOT_KRAMA: Record<string, string> = {
  siji: 'setunggal',
  nama: 'nami',
  lan: 'saha',
  nyentuh: 'nutul',
  sentuh: 'tutul',
  sentuhan: 'tutulan',
  jelajahi: 'pirsani',
};

const folder = path.resolve(import.meta.dirname, '../../../../renderer/locales/jv');

/** Every string of one locale file with its key path, the review note left out. */
function strings(value: unknown, at: string): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === '_meta' ? [] : strings(inner, at ? `${at}.${key}` : key),
  );
}

describe('Javanese interface strings', () => {
  it('use the krama words, not the ngoko or Indonesian ones reviewers flagged', () => {
    const found: string[] = [];
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
      const parsed: unknown = JSON.parse(readFileSync(path.join(folder, file), 'utf8'));
      for (const [key, text] of strings(parsed, '')) {
        for (const [word, krama] of Object.entries(NOT_KRAMA)) {
          // Whole words only, outside {{placeholders}}.
          if (new RegExp(`(?<![\\p{L}{])${word}(?![\\p{L}}])`, 'iu').test(text))
            found.push(`${file} ${key}: "${word}" (krama: ${krama})`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
