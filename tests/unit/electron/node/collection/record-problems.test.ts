import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../../../electron/node/collection/problems';
import { ProblemsByRecord, recordOf } from '../../../../../electron/node/collection/record-problems';

const at = (file: string): Problem => ({
  file,
  field: '',
  kind: 'required',
  message: 'x',
  severity: 'error',
});

describe('which record a problem belongs to', () => {
  it('gives a piece or motif for anything under its folder, and null for collection-wide files', () => {
    expect(recordOf(at('pieces/kawung-cap/piece.yaml'))).toEqual({ kind: 'pieces', id: 'kawung-cap' });
    expect(recordOf(at('motifs/parang/drawing.png'))).toEqual({ kind: 'motifs', id: 'parang' });
    // A folder whose name is not a valid id is still its own record.
    expect(recordOf(at('pieces/Kawung Besar'))).toEqual({ kind: 'pieces', id: 'Kawung Besar' });
    for (const file of [
      'collection.yaml',
      'terms/dye.yaml',
      'synonyms.yaml',
      'makers.yaml',
      'places.yaml',
      'pieces',
      '',
      'piecesx/a/piece.yaml',
      'other/pieces/a/piece.yaml',
    ]) {
      expect(recordOf(at(file)), file).toBeNull();
    }
  });

  it('groups errors by record and counts the collection-wide ones', () => {
    const grouped = new ProblemsByRecord();
    expect(
      grouped.add([at('pieces/a/piece.yaml'), at('pieces/a/piece.yaml'), at('motifs/a/motif.yaml')]),
    ).toBe(0);
    expect(grouped.add([at('terms/dye.yaml'), at('pieces/b/piece.yaml')])).toBe(1);
    expect([...grouped.records.keys()]).toEqual(['pieces/a', 'motifs/a', 'pieces/b']);
    expect(grouped.records.get('pieces/a')!.problems).toHaveLength(2);
    expect(grouped.has('motifs', 'a')).toBe(true);
    expect(grouped.has('pieces', 'c')).toBe(false);
    expect(grouped.wide.map((p) => p.file)).toEqual(['terms/dye.yaml']);
  });
});
