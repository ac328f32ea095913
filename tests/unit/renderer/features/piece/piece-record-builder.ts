import type { PieceRecordView } from '../../../../../renderer/records/piece-record-view';

/**
 * A piece record as its screen receives it (already in words), for the piece screen's component
 * tests: a cloth with every part filled, which a test trims or overrides.
 */
export function recordView(overrides: Partial<PieceRecordView> = {}): PieceRecordView {
  const en = (text: string) => ({ text, lang: 'en', fallback: false });
  return {
    title: 'Kain panjang jlamprang',
    titleInfo: en('Kain panjang jlamprang'),
    accession: 'MBP.2019.045',
    motifs: [
      { id: 'jlamprang', label: 'Jlamprang (badan)' },
      { id: 'buketan', label: 'Buketan' },
    ],
    facts: [
      { key: 'technique', label: 'Technique', values: ['Hand-drawn batik'] },
      { key: 'dyes', label: 'Dyes', values: ['Indigo', 'Soga'] },
    ],
    summary: en('A long cloth from Pekalongan.'),
    description: en('Drawn by hand over many weeks.'),
    inscriptions: [{ text: 'Oey Soe Tjoen', location: 'lower corner', translation: '' }],
    notes: [en('The date is uncertain.')],
    printed: false,
    credit: 'Gift of the maker, 2019',
    rights: 'Museum Batik Pekalongan',
    whereabouts: 'On display: Gallery 2',
    ...overrides,
  };
}
