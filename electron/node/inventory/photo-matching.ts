/**
 * Matches a museum's photo folder to its inventory rows by accession number (issue 13), the way
 * museums name photographs: `MBP.2006.0001.jpg`, `MBP_2006_0001-02.tif`, `2006.0001 a.JPG`, or a
 * sub-folder per accession number holding any file names. Separators, letter case and leading zeros
 * do not matter, and the museum's prefix (`MBP`) may be left out of a file name.
 */

const IMAGE_EXTENSIONS = /\.(?:jpe?g|png|tiff?|webp|avif|heic|heif|gif|bmp)$/i;

/** The parts of an accession number or a name: letters and digits, upper case, no leading zeros. */
function parts(text: string): string[] {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? String(Number(part)) : part.toUpperCase()));
}

/** What follows the accession number in a file name, as a sort key: none first, then numbers, then letters. */
function viewOrder(rest: string[]): [number, number, string] {
  if (rest.length === 0) return [0, 0, ''];
  const first = rest[0]!;
  return /^\d+$/.test(first) ? [1, Number(first), rest.join(' ')] : [2, 0, rest.join(' ')];
}

export interface PhotoMatch {
  /** Photos per accession number as the rows write it, in a stable view order. */
  byAccession: Map<string, string[]>;
  /** Image files that belong to no row. */
  unmatched: string[];
  /** Rows (their accession numbers) with no photo. */
  rowsWithoutPhotos: string[];
}

/**
 * Matches `photos` (paths relative to the photo folder, `/`-separated) to `accessions`. A file
 * belongs to the row whose number its name (or a folder above it) starts with, by whole parts; when
 * two rows fit, the longer number wins (`2006.0001.1` over `2006.0001`).
 */
export function matchPhotos(accessions: readonly string[], photos: readonly string[]): PhotoMatch {
  // Each row by its parts, with and without a leading prefix of letters.
  const keys = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const accession of accessions) {
    const full = parts(accession);
    const variants = [full.join('.')];
    if (full.length > 1 && /^[A-Z]+$/.test(full[0]!)) variants.push(full.slice(1).join('.'));
    for (const key of variants) {
      if (keys.has(key) && keys.get(key) !== accession) ambiguous.add(key);
      else keys.set(key, accession);
    }
  }
  for (const key of ambiguous) keys.delete(key);

  /** The row a list of parts starts with (longest first), and the parts after it. */
  const rowOf = (names: string[]): { accession: string; rest: string[] } | undefined => {
    for (let length = names.length; length > 0; length--) {
      const accession = keys.get(names.slice(0, length).join('.'));
      if (accession) return { accession, rest: names.slice(length) };
    }
    return undefined;
  };

  const found = new Map<string, { photo: string; order: [number, number, string] }[]>();
  const unmatched: string[] = [];
  for (const photo of photos) {
    if (!IMAGE_EXTENSIONS.test(photo)) continue;
    const segments = photo.split('/');
    const stem = segments.at(-1)!.replace(/\.[^.]+$/, '');
    // A folder named for the row claims every photo in it; else the file name must start with it.
    const folder = segments
      .slice(0, -1)
      .reverse()
      .map((name) => rowOf(parts(name)))
      .find((match) => match && match.rest.length === 0);
    const own = rowOf(parts(stem));
    const match =
      folder && own?.accession !== folder.accession
        ? { accession: folder.accession, rest: parts(stem) }
        : own;
    if (!match) {
      unmatched.push(photo);
      continue;
    }
    const list = found.get(match.accession) ?? [];
    list.push({ photo, order: viewOrder(match.rest) });
    found.set(match.accession, list);
  }

  const byAccession = new Map<string, string[]>();
  for (const accession of accessions) {
    const list = found.get(accession);
    if (!list) continue;
    list.sort(
      (a, b) =>
        a.order[0] - b.order[0] ||
        a.order[1] - b.order[1] ||
        compare(a.order[2], b.order[2]) ||
        compare(a.photo, b.photo),
    );
    byAccession.set(
      accession,
      list.map((entry) => entry.photo),
    );
  }
  return {
    byAccession,
    unmatched: unmatched.sort(compare),
    rowsWithoutPhotos: accessions.filter((accession) => !byAccession.has(accession)),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
