import { describe, expect, it } from 'vitest';
import { tally } from '../../../../renderer/db/motif-lookups';

describe('tally', () => {
  it('counts each key, as the motif index yields one key per piece and motif', () => {
    expect([...tally(['kawung', 'jlamprang', 'kawung'])]).toEqual([
      ['kawung', 2],
      ['jlamprang', 1],
    ]);
  });
});
