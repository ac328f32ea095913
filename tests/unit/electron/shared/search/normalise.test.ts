import { describe, expect, it } from 'vitest';
import {
  canonicalJoined,
  canonicalWord,
  canonicalWords,
  foldCase,
  queryText,
} from '../../../../../electron/shared/search/normalise';

/** Both spellings must reach the same canonical form. */
function same(old: string, current: string): void {
  expect(canonicalJoined(old), `${old} vs ${current}`).toBe(canonicalJoined(current));
}

describe('foldCase', () => {
  it('lowercases and strips Javanese and other diacritics', () => {
    expect(foldCase('Golèk Bathik Pêkalongan É')).toBe('golek bathik pekalongan e');
  });
});

describe('spelling reform, old and new spellings meet', () => {
  it('oe -> u (1947)', () => {
    same('Soerakarta', 'Surakarta');
    same('Kedoengwoeni', 'Kedungwuni');
    expect(canonicalWord('soerakarta')).not.toContain('oe');
  });

  it('dj -> j (1972)', () => {
    same('Djlamprang', 'Jlamprang');
    same('Djawa Hokokai', 'Jawa Hokokai');
  });

  it('tj -> c (1972)', () => {
    same('tjap', 'cap');
    same('Tjirebon', 'Cirebon');
  });

  it('nj -> ny (1972)', () => {
    same('njonja', 'nyonya');
    same('sinjang', 'sinyang');
  });

  it('sj -> sy (1972)', () => {
    same('sjarat', 'syarat');
    same('masjarakat', 'masyarakat');
  });

  it('ch -> kh (1972)', () => {
    same('Achmad', 'Akhmad');
    same('chusus', 'khusus');
  });

  it('old j -> y (1972)', () => {
    same('Jogja', 'Yogya');
    same('sajang', 'sayang');
  });

  it('runs j/y before dj, so old dj meets both new j and new dy', () => {
    same('Widjaja', 'Wijaya');
    same('widja', 'widya');
  });

  it('folds Javanese dh/th to Indonesian d/t', () => {
    same('Bathik', 'batik');
    same('dhaerah', 'daerah');
  });

  it('keeps the known false friends documented in normalise.ts', () => {
    // j/y merge: raja and raya become one word; accepted, see the rule comment.
    same('raja', 'raya');
  });

  it('does not merge words the rules do not touch', () => {
    expect(canonicalJoined('kawung')).not.toBe(canonicalJoined('parang'));
    expect(canonicalJoined('cap')).not.toBe(canonicalJoined('jap'));
  });
});

describe('canonicalWords', () => {
  it('splits on hyphens, dots and spaces', () => {
    expect(canonicalWords('Mega-Mendung, MBP.2006.0001')).toEqual(['mega', 'mendung', 'mbp', '2006', '0001']);
  });

  it('gives the same joined form for hyphen, space and compound spellings', () => {
    expect(canonicalJoined('mega-mendung')).toBe('megamendung');
    expect(canonicalJoined('Mega Mendung')).toBe('megamendung');
    expect(canonicalJoined('Megamendung')).toBe('megamendung');
  });

  it('returns nothing for punctuation only', () => {
    expect(canonicalWords(' - . ')).toEqual([]);
  });
});

describe('queryText (what the visitor insights keep of a search)', () => {
  it('folds case and accents and keeps one space between words, in the visitor spelling', () => {
    expect(queryText('  Mega-Mendung!  ')).toBe('mega mendung');
    expect(queryText('Tjirebon  PARANG')).toBe('tjirebon parang');
    expect(queryText('Batik Pésisir')).toBe('batik pesisir');
  });

  it('keeps at most 60 characters and nothing for punctuation only', () => {
    expect(queryText('kawung '.repeat(20)).length).toBeLessThanOrEqual(60);
    expect(queryText('kawung '.repeat(20))).not.toMatch(/\s$/);
    expect(queryText(' - . ')).toBe('');
  });
});
