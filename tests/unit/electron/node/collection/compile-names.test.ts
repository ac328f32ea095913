import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileRecords } from '../../../../../electron/node/collection/compile';
import { ProblemList } from '../../../../../electron/node/collection/problems';
import { readCollection } from '../../../../../electron/node/collection/read-collection';
import { pickText, pickTextInfo } from '../../../../../renderer/i18n/content-text';
import { MIN_FIXTURE } from '../../../support/fixture-helper';

/**
 * Maker and place names are visible texts: a descriptive name ("Pembatik tak dikenal") needs a
 * language map like every other text, while a proper name may stay plain text and then reads the
 * same in every language without being reported or marked as untranslated.
 */
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'names-'));
  await cp(MIN_FIXTURE, dir, { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function read() {
  const problems = new ProblemList();
  const parsed = await readCollection(dir, problems);
  return { problems: problems.items, parsed };
}

const MAKERS = `makers:
  anonim-pekalongan:
    name:
      id: Pembatik tak dikenal, Pekalongan
      en: Unknown batik maker, Pekalongan
    kind: workshop
    place: pekalongan
  oey:
    name: Oey Soe Tjoen
    kind: person
  pabrik-solo:
    name: { id: Pabrik tekstil Solo }
    kind: workshop
`;

const PLACES = `places:
  pekalongan:
    name: Pekalongan
    region: pesisir-utara
  surakarta:
    name: { id: Surakarta, en: Surakarta (Solo) }
    region: vorstenlanden
`;

describe('maker and place names', () => {
  it('compiles language maps as maps and a plain proper name as the same text in every language', async () => {
    await writeFile(path.join(dir, 'makers.yaml'), MAKERS);
    await writeFile(path.join(dir, 'places.yaml'), PLACES);
    const { problems, parsed } = await read();
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const records = compileRecords(parsed, new Map());
    const maker = (id: string) => records.makers.find((m) => m.id === id)!.name;
    const place = (id: string) => records.places.find((p) => p.id === id)!.name;
    expect(maker('anonim-pekalongan')).toEqual({
      id: 'Pembatik tak dikenal, Pekalongan',
      en: 'Unknown batik maker, Pekalongan',
    });
    expect(maker('oey')).toEqual({ none: 'Oey Soe Tjoen' });
    expect(place('pekalongan')).toEqual({ none: 'Pekalongan' });
    expect(place('surakarta')).toEqual({ id: 'Surakarta', en: 'Surakarta (Solo)' });

    // What a visitor reads in English: the English name, the proper name as written, no marker.
    expect(pickText(maker('anonim-pekalongan'), 'en', ['id'])).toBe('Unknown batik maker, Pekalongan');
    expect(pickTextInfo(maker('oey'), 'en', ['id'])).toEqual({
      text: 'Oey Soe Tjoen',
      lang: '',
      fallback: false,
    });
    expect(pickText(place('surakarta'), 'en', ['id'])).toBe('Surakarta (Solo)');
  });

  it('warns about a name map without a language the collection offers, never about a plain name', async () => {
    await writeFile(path.join(dir, 'makers.yaml'), MAKERS);
    await writeFile(path.join(dir, 'places.yaml'), PLACES);
    const { problems } = await read();
    const untranslated = problems.filter((p) => p.kind === 'untranslated');
    expect(untranslated.map((p) => `${p.file} ${p.field} ${p.line}`)).toEqual([
      'makers.yaml makers.pabrik-solo.name.en 12',
    ]);
  });

  it('requires the Indonesian text in a name map, with file, field and line', async () => {
    await writeFile(
      path.join(dir, 'makers.yaml'),
      'makers:\n  anonim:\n    name: { en: Unknown maker }\n    kind: workshop\n',
    );
    const { problems } = await read();
    expect(problems.filter((p) => p.severity === 'error')).toMatchObject([
      { file: 'makers.yaml', field: 'makers.anonim.name.id', line: 3, kind: 'required' },
    ]);
  });

  it('gives the sample collection an English name for every maker that is not a proper name', async () => {
    const problems = new ProblemList();
    const parsed = await readCollection(
      path.resolve(import.meta.dirname, '../../../../../collection'),
      problems,
    );
    const records = compileRecords(parsed, new Map());
    const english = records.makers.map((m) => pickTextInfo(m.name, 'en', ['id', 'en']));
    // A name written in Indonesian only would reach an English visitor as a fallback.
    expect(english.filter((picked) => picked.fallback)).toEqual([]);
    expect(english.map((picked) => picked.text)).toContain('Unknown Peranakan workshop, Pekalongan');
    expect(english.map((picked) => picked.text)).toContain('Eliza van Zuylen');
  });
});
