import { describe, expect, it } from 'vitest';
import { matchPhotos } from '../../../../../electron/node/inventory/photo-matching';

const ROWS = ['MBP.2006.0001', 'MBP.2006.0002', 'MBP.2006.0010', 'MBP.2011.0150', 'MBP.2011.0151'];

describe('matchPhotos: photos to inventory rows by accession number', () => {
  it('matches the naming variants museums use, whatever the separators, case and leading zeros', () => {
    const { byAccession } = matchPhotos(ROWS, [
      'MBP.2006.0001.jpg',
      'MBP_2006_0002-02.tif',
      '2006.0010 a.JPG',
      'mbp-2011-150.jpeg',
    ]);
    expect(Object.fromEntries(byAccession)).toEqual({
      'MBP.2006.0001': ['MBP.2006.0001.jpg'],
      'MBP.2006.0002': ['MBP_2006_0002-02.tif'],
      'MBP.2006.0010': ['2006.0010 a.JPG'],
      'MBP.2011.0150': ['mbp-2011-150.jpeg'],
    });
  });

  it('orders several photos of a piece: the bare number first, then numbered views, then lettered ones', () => {
    const { byAccession } = matchPhotos(ROWS, [
      'MBP.2006.0001 b.jpg',
      'MBP.2006.0001-10.jpg',
      'MBP.2006.0001-2.jpg',
      'MBP.2006.0001.jpg',
      'MBP.2006.0001 a.jpg',
    ]);
    expect(byAccession.get('MBP.2006.0001')).toEqual([
      'MBP.2006.0001.jpg',
      'MBP.2006.0001-2.jpg',
      'MBP.2006.0001-10.jpg',
      'MBP.2006.0001 a.jpg',
      'MBP.2006.0001 b.jpg',
    ]);
  });

  it('gives a sub-folder named for a row every photo in it, whatever their names', () => {
    const { byAccession, unmatched } = matchPhotos(ROWS, [
      'MBP.2011.0151/verso.jpg',
      'MBP.2011.0151/depan.jpg',
      'tahun 2011/MBP_2011_0150/detail 1.png',
      'MBP.2011.0151/MBP.2011.0151-2.jpg',
    ]);
    expect(byAccession.get('MBP.2011.0151')).toEqual([
      'MBP.2011.0151/MBP.2011.0151-2.jpg',
      'MBP.2011.0151/depan.jpg',
      'MBP.2011.0151/verso.jpg',
    ]);
    expect(byAccession.get('MBP.2011.0150')).toEqual(['tahun 2011/MBP_2011_0150/detail 1.png']);
    expect(unmatched).toEqual([]);
  });

  it('lists photos that match no row and rows with no photo, and skips files that are not images', () => {
    const result = matchPhotos(ROWS, ['MBP.2006.0001.jpg', 'MBP.2006.0003.jpg', 'IMG_4411.JPG', 'notes.txt']);
    expect(result.unmatched).toEqual(['IMG_4411.JPG', 'MBP.2006.0003.jpg']);
    expect(result.rowsWithoutPhotos).toEqual([
      'MBP.2006.0002',
      'MBP.2006.0010',
      'MBP.2011.0150',
      'MBP.2011.0151',
    ]);
  });

  it('never takes a longer number for a shorter one: 2006.0010 is not a view of 2006.0001', () => {
    const { byAccession } = matchPhotos(
      ['MBP.2006.0001', 'MBP.2006.0001.1'],
      ['MBP.2006.00010.jpg', 'MBP.2006.0001.1.jpg', 'MBP.2006.0001-1.jpg'],
    );
    // The longest row that fits wins; a photo "-1" of 2006.0001 cannot be told from row 2006.0001.1.
    expect(byAccession.get('MBP.2006.0001.1')).toEqual(['MBP.2006.0001-1.jpg', 'MBP.2006.0001.1.jpg']);
    expect(byAccession.get('MBP.2006.0001')).toBeUndefined();
  });

  it('does not guess when two rows share a number once their prefixes are left out', () => {
    const result = matchPhotos(['MBP.2006.0001', 'TXT.2006.0001'], ['2006.0001.jpg', 'TXT.2006.0001.jpg']);
    expect(result.unmatched).toEqual(['2006.0001.jpg']);
    expect(result.byAccession.get('TXT.2006.0001')).toEqual(['TXT.2006.0001.jpg']);
  });
});
