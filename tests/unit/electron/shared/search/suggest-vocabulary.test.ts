import { describe, expect, it } from 'vitest';
import { buildVocabulary, VocabularyCounter } from '../../../../../electron/shared/search/suggest-vocabulary';

const phrases = ['Kain Panjang Jlamprang', 'Djokjakarta', 'Jogjakarta kain', 'Sarung 1920 Buketan', 'ka', ''];

describe('VocabularyCounter (the "did you mean" words counted chunk by chunk)', () => {
  it('ends with what buildVocabulary makes of all the phrases at once', () => {
    const counter = new VocabularyCounter();
    counter.add(phrases.slice(0, 2));
    counter.add(phrases.slice(2));
    expect(counter.vocabulary()).toEqual(buildVocabulary(phrases));
  });

  it('counts a word across batches under its canonical form, shown as first met', () => {
    const counter = new VocabularyCounter();
    counter.add(['Djokjakarta']);
    counter.add(['Jogjakarta kain', 'kain']);
    // Most frequent first, then by canonical form.
    expect(counter.vocabulary()).toEqual([
      ['kain', 'kain', 2],
      ['jogjakarta', 'jogjakarta', 1],
      ['jokjakarta', 'djokjakarta', 1],
    ]);
  });
});
