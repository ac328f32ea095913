import { describe, expect, it } from 'vitest';
import {
  capLabel,
  LABEL_MAX,
  paragraphs,
  partEnd,
  partEnds,
  READING_STEP,
} from '../../../../renderer/i18n/reading-text';

describe('paragraphs', () => {
  it('splits at blank lines and joins YAML-wrapped lines with a space', () => {
    expect(paragraphs('One line\nwrapped here.\n\n  Second.\n')).toEqual([
      'One line wrapped here.',
      'Second.',
    ]);
    expect(paragraphs('')).toEqual([]);
  });
});

describe('partEnd: where a bounded part of a reading text ends', () => {
  it('takes a short text whole', () => {
    expect(partEnd('Kain panjang.', 0)).toBe(13);
  });

  it('ends a long text at a paragraph break, else a sentence end, else a space, within the step', () => {
    const sentence = 'Kain ini ditulis dengan canting. ';
    const text = sentence.repeat(200);
    const end = partEnd(text, 0);
    expect(end).toBeLessThanOrEqual(READING_STEP);
    expect(end).toBeGreaterThan(READING_STEP * 0.6);
    expect(text.slice(0, end)).toMatch(/canting\. $/);

    const withBreak = `${'a '.repeat(1_300)}\n\n${'b '.repeat(2_000)}`;
    expect(withBreak.slice(0, partEnd(withBreak, 0))).toMatch(/a \n\n$/);
  });

  it('cuts one unbroken word at the limit, never inside a surrogate pair', () => {
    expect(partEnd('x'.repeat(10_000), 0)).toBe(READING_STEP);
    const emoji = 'x' + '🌺'.repeat(5_000);
    const end = partEnd(emoji, 0);
    expect(end).toBeLessThanOrEqual(READING_STEP);
    expect(emoji.codePointAt(end)).toBe('🌺'.codePointAt(0));
  });

  it('gives consecutive parts that cover the text with nothing left out', () => {
    const text = 'Batik pesisiran. '.repeat(1_000) + 'x'.repeat(7_000) + ' Akhir.';
    const ends = partEnds(text, 100);
    expect(ends.at(-1)).toBe(text.length);
    let start = 0;
    for (const end of ends) {
      expect(end - start).toBeGreaterThan(0);
      expect(end - start).toBeLessThanOrEqual(READING_STEP);
      start = end;
    }
  });
});

describe('capLabel', () => {
  it('leaves a normal label alone and cuts a runaway one, marked', () => {
    expect(capLabel('Kain Panjang Jlamprang')).toBe('Kain Panjang Jlamprang');
    const cut = capLabel('Jlamprang '.repeat(1_000));
    expect(cut.length).toBeLessThanOrEqual(LABEL_MAX + 1);
    expect(cut.endsWith('Jlamprang…')).toBe(true);
  });
});
