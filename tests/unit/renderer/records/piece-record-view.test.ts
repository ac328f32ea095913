import { describe, expect, it } from 'vitest';
import type { PieceRecord } from '../../../../electron/shared/collection-records';
import { pieceRecordView } from '../../../../renderer/records/piece-record-view';
import { LABEL_MAX } from '../../../../renderer/i18n/reading-text';
import { base, context } from '../../support/record-context';

const fact = (piece: PieceRecord, key: string) =>
  pieceRecordView(piece, context).facts.find((f) => f.key === key)?.values;

describe('pieceRecordView', () => {
  it('shows each maker with role and certainty, and "unknown" when none is recorded', () => {
    const piece: PieceRecord = {
      ...base,
      production: {
        ...base.production,
        makers: [
          { maker: 'oey', role: 'pembatik', certainty: 'attributed' },
          { maker: 'someone-new', role: 'tukang', certainty: 'certain' },
        ],
      },
    };
    expect(fact(piece, 'maker')).toEqual([
      'piece.makerAttributed{"name":"Oey Soe Tjoen","role":"piece.rolePembatik"}',
      'piece.makerCertain{"name":"someone-new","role":"tukang"}',
    ]);
    expect(fact(base, 'maker')).toEqual(['piece.makerUnknown']);
  });

  it("shows a maker's name in the visitor's language", () => {
    const piece: PieceRecord = {
      ...base,
      production: {
        ...base.production,
        makers: [{ maker: 'anonim', role: 'bengkel', certainty: 'certain' }],
      },
    };
    expect(fact(piece, 'maker')).toEqual([
      'piece.makerCertain{"name":"Unknown Peranakan workshop","role":"piece.roleBengkel"}',
    ]);
  });

  it("does not repeat a role the maker's name already says", () => {
    // A `t` that words the roles, as the real strings do.
    const roles: Record<string, string> = {
      'piece.roleBengkel': 'workshop',
      'piece.rolePembatik': 'batik maker',
    };
    const worded = {
      ...context,
      t: ((key: string, values?: object) =>
        roles[key] ?? context.t(key as never, values as never)) as typeof context.t,
    };
    const piece: PieceRecord = {
      ...base,
      production: {
        ...base.production,
        makers: [
          { maker: 'anonim', role: 'bengkel', certainty: 'certain' },
          { maker: 'oey', role: 'pembatik', certainty: 'attributed' },
        ],
      },
    };
    expect(pieceRecordView(piece, worded).facts.find((f) => f.key === 'maker')?.values).toEqual([
      'piece.makerCertainNameOnly{"name":"Unknown Peranakan workshop","role":"workshop"}',
      'piece.makerAttributed{"name":"Oey Soe Tjoen","role":"batik maker"}',
    ]);
  });

  it('shows the era only for a record without a date, which it could seem to contradict', () => {
    const dated: PieceRecord = {
      ...base,
      production: {
        ...base.production,
        era: 'pre-1900',
        date: { display: { en: 'about 1900' }, earliest: 1895, latest: 1905 },
      },
    };
    expect(fact(dated, 'date')).toEqual(['about 1900']);
    expect(fact(dated, 'era')).toBeUndefined();
    const undated: PieceRecord = {
      ...base,
      production: { ...base.production, era: 'pre-1900', date: { display: {} } },
    };
    expect(fact(undated, 'date')).toBeUndefined();
    expect(fact(undated, 'era')).toEqual(['pre-1900']);
  });

  it('names the part of the cloth a motif is on after a dash, never in nested brackets', () => {
    const piece: PieceRecord = { ...base, motifs: [{ motif: 'parang-rusak', part: 'ground' }] };
    const named = {
      ...context,
      motifs: new Map([['parang-rusak', { name: { en: 'Parang Rusak (broken blade)' } }]]),
      terms: new Map<string, unknown>([
        ...context.terms,
        ['part:ground', { label: { en: 'Ground (latar)' } }],
      ]),
    } as unknown as typeof context;
    expect(pieceRecordView(piece, named).motifs).toEqual([
      { id: 'parang-rusak', label: 'Parang Rusak (broken blade) – Ground (latar)' },
    ]);
  });

  it('never calls a printed cloth batik, whatever the vocabulary says', () => {
    const printed: PieceRecord = { ...base, techniques: ['printed'] };
    expect(fact(printed, 'technique')).toEqual(['piece.printedTechnique']);
    expect(pieceRecordView(printed, context).printed).toBe(true);
    expect(fact(base, 'technique')).toEqual(['Hand-drawn batik']);
  });

  it('leaves out facts the record does not have instead of showing blanks', () => {
    const keys = pieceRecordView(base, context).facts.map((f) => f.key);
    expect(keys).not.toContain('dimensions');
    expect(keys).not.toContain('fabric');
    expect(keys).toContain('date');
  });

  it('says whether the cloth is on display or in the store', () => {
    const shown: PieceRecord = { ...base, display: { onDisplay: true, location: { en: 'Gallery 2' } } };
    expect(pieceRecordView(shown, context).whereabouts).toBe('piece.onDisplayAt{"location":"Gallery 2"}');
    const stored: PieceRecord = { ...base, display: { onDisplay: false } };
    expect(pieceRecordView(stored, context).whereabouts).toBe('piece.inStorage');
  });

  it('keeps reading texts whole for the screen to lay out part by part, and cuts runaway labels', () => {
    const long = 'Batik. '.repeat(100_000);
    const view = pieceRecordView(
      { ...base, title: { en: 'x'.repeat(5_000) }, description: { en: long }, notes: [{ en: long }] },
      context,
    );
    expect(view.description.text).toBe(long);
    expect(view.notes[0]?.text).toBe(long);
    expect(view.title.length).toBeLessThanOrEqual(LABEL_MAX + 1);
    expect(view.titleInfo.text).toBe(view.title);
  });
});
