import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkCollection } from '../../../../../electron/node/collection/check';
import { isKnownLanguageTag } from '../../../../../electron/node/collection/schema/common';
import { makeMinCollection, removeCollection } from '../../../support/fixture-helper';

let dir: string;
beforeAll(async () => {
  dir = await makeMinCollection();
});
afterAll(async () => {
  await removeCollection(dir);
});

async function editFile(rel: string, edit: (text: string) => string): Promise<() => Promise<void>> {
  const file = path.join(dir, rel);
  const original = await readFile(file, 'utf8');
  await writeFile(file, edit(original));
  return () => writeFile(file, original);
}

describe('checkCollection on the valid fixture', () => {
  it('finds no errors and no warnings and counts what is there', async () => {
    const report = await checkCollection(dir);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.stats).toEqual({ pieces: 3, motifs: 2, images: 6, languages: ['id', 'en'] });
  });

  it('warns per missing language once a language is added to collection.yaml', async () => {
    const restore = await editFile('collection.yaml', (t) =>
      t.replace('languages: [id, en]', 'languages: [id, en, jv]'),
    );
    try {
      const report = await checkCollection(dir);
      expect(report.errors).toEqual([]);
      const untranslated = report.warnings.filter((w) => w.kind === 'untranslated');
      expect(untranslated.length).toBeGreaterThan(10);
      expect(untranslated.every((w) => w.field.endsWith('.jv'))).toBe(true);
      expect(untranslated).toContainEqual(
        expect.objectContaining({ file: 'pieces/kawung-cap/piece.yaml', field: 'title.jv', line: 4 }),
      );
    } finally {
      await restore();
    }
  });
});

describe('messages a curator can act on', () => {
  it('suggests the known field a typo most likely meant', async () => {
    const restore = await editFile('pieces/kawung-cap/piece.yaml', (t) =>
      t.replace('techniques:', 'tehcniques:'),
    );
    try {
      const report = await checkCollection(dir);
      const typo = report.warnings.find((w) => w.kind === 'unknown-field');
      expect(typo).toMatchObject({ field: 'tehcniques', line: 9 });
      expect(typo!.message).toContain('"techniques"');
      // The misspelt key also leaves the real one missing: that is the error that blocks the build.
      expect(report.errors).toContainEqual(
        expect.objectContaining({ field: 'techniques', kind: 'required' }),
      );
    } finally {
      await restore();
    }
  });

  it('names a similar file when an image name is misspelt', async () => {
    const restore = await editFile('pieces/kawung-cap/piece.yaml', (t) =>
      t.replace('file: full.png', 'file: Full.PNG'),
    );
    try {
      const report = await checkCollection(dir);
      expect(report.errors).toHaveLength(1);
      expect(report.errors[0]!.message).toContain('"full.png"');
    } finally {
      await restore();
    }
  });

  it('reports a missing folder as one clear error', async () => {
    const report = await checkCollection(path.join(dir, 'no-such-folder'));
    expect(report.errors).toEqual([expect.objectContaining({ kind: 'missing-file', file: '' })]);
    expect(report.stats.pieces).toBe(0);
  });
});

describe('language tags', () => {
  it.each(['id', 'en', 'jv', 'nl', 'zh-Hans', 'ja', 'EN', 'ind'])('accepts %s', (tag) => {
    expect(isKnownLanguageTag(tag)).toBe(true);
  });
  it.each(['english', 'en_US', 'xx', 'zz', '', 'id-', '123'])('refuses %j', (tag) => {
    expect(isKnownLanguageTag(tag)).toBe(false);
  });
});

describe('a file with one schema mistake', () => {
  it('still has its references, years and images checked', async () => {
    const restore = await editFile('pieces/kawung-cap/piece.yaml', (t) =>
      t
        .replace('techniques: [cap]', 'techniques: cap')
        .replace('motif: kawung', 'motif: kawung-besar')
        .replace('earliest: 1970', 'earliest: 1990'),
    );
    try {
      const report = await checkCollection(dir);
      const kinds = report.errors.map((e) => `${e.kind} ${e.field}`).sort();
      expect(kinds).toEqual([
        'dangling-motif motifs[0].motif',
        'wrong-type techniques',
        'year-order production.date.earliest',
      ]);
    } finally {
      await restore();
    }
  });
});

describe('files as Windows editors save them', () => {
  it('accepts a byte-order mark and CRLF line endings', async () => {
    const restore = await editFile(
      'pieces/jlamprang-tulis/piece.yaml',
      (t) => `\uFEFF${t.replaceAll('\n', '\r\n')}`,
    );
    try {
      const report = await checkCollection(dir);
      expect(report.errors).toEqual([]);
      expect(report.warnings).toEqual([]);
    } finally {
      await restore();
    }
  });
});

describe('media paths that stay inside the folder', () => {
  it('accepts a subfolder, written with / or with a Windows backslash', async () => {
    const piece = path.join(dir, 'pieces/kawung-cap');
    await mkdir(path.join(piece, 'foto'));
    await rename(path.join(piece, 'full.png'), path.join(piece, 'foto/full.png'));
    try {
      for (const written of ['foto/full.png', 'foto\\\\full.png', './foto/../foto/full.png']) {
        const restore = await editFile('pieces/kawung-cap/piece.yaml', (t) =>
          t.replace('file: full.png', `file: "${written}"`),
        );
        try {
          expect((await checkCollection(dir)).errors, written).toEqual([]);
        } finally {
          await restore();
        }
      }
    } finally {
      await rename(path.join(piece, 'foto/full.png'), path.join(piece, 'full.png'));
    }
  });
});
