/**
 * The columns an inventory spreadsheet may have, one per field of a piece's `piece.yaml`: the header
 * the export writes (which is also the default import template), the other headers curators use for
 * it in Indonesian and English, how a cell is read into the YAML and how the YAML is written back
 * into a cell. Reading what was written gives the same YAML back (the round trip), because every
 * name is written in a form its reader maps to the same id.
 */
import {
  readNames,
  readName,
  readPositive,
  readText,
  readYear,
  readYesNo,
  type CellRead,
  type ListName,
} from './cell-readers';
import { readDatingCell } from './dating-cell';
import type { CollectionNames, NamedList } from './references';
import { cellText, type Cell } from './sheet-table';
import { cellValues } from './term-cell';

/** A piece's YAML as plain data (the yaml library's `toJS()`). */
type PieceData = Record<string, unknown>;

/** One more value a cell sets beside its own (the years read from a dating cell). */
interface Derived {
  path: readonly string[];
  value: unknown;
}

export interface PieceField {
  /** The name a mapping file uses: `title.en`, `techniques`, `date.earliest`. */
  key: string;
  /** Where the value lives in piece.yaml. */
  path: readonly string[];
  /** The header the export writes, in the collection's default language (Indonesian, else English). */
  header: { id: string; en: string };
  /** Other headers recognised for it, as written (folded before comparing). */
  aliases: readonly string[];
  /** For a text in one language: that language. */
  language?: string;
  /** Column width in characters for the exported workbook. */
  width: number;
  read(cell: Cell): CellRead<unknown>;
  write(piece: PieceData): Cell;
  /** Combines a read value with what the YAML holds, where the sheet carries less than the YAML. */
  merge?(current: unknown, value: unknown): unknown;
  /** Values that follow from this one when it changes and no column of their own says otherwise. */
  derive?(cell: Cell): { values: Derived[]; comment?: string };
}

export const valueAt = (data: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>(
    (node, key) =>
      node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
    data,
  );

const numberOrEmpty = (value: unknown): Cell => (typeof value === 'number' ? value : null);
const textOrEmpty = (value: unknown): Cell => (typeof value === 'string' ? value : null);

function plain(
  key: string,
  path: string[],
  header: PieceField['header'],
  aliases: string[],
  width: number,
): PieceField {
  return { key, path, header, aliases, width, read: readText, write: (p) => textOrEmpty(valueAt(p, path)) };
}

/** Language names as header suffixes: "Judul (Inggris)", "Title (English)". */
export const LANGUAGE_NAMES: Readonly<Record<string, readonly string[]>> = {
  id: ['indonesia', 'indonesian', 'bahasa indonesia', 'ind'],
  en: ['inggris', 'english', 'bahasa inggris', 'eng'],
  jv: ['jawa', 'javanese', 'bahasa jawa', 'jaw'],
  nl: ['belanda', 'dutch', 'nederlands'],
  zh: ['mandarin', 'tionghoa', 'chinese'],
  ja: ['jepang', 'japanese'],
};

function texts(
  base: string,
  path: string[],
  header: PieceField['header'],
  aliases: string[],
  languages: readonly string[],
  width: number,
): PieceField[] {
  return languages.map((language) => ({
    key: `${base}.${language}`,
    path: [...path, language],
    header: { id: `${header.id} (${language})`, en: `${header.en} (${language})` },
    aliases,
    language,
    width,
    read: readText,
    write: (p) => textOrEmpty(valueAt(p, [...path, language])),
  }));
}

function where(file: string, what: { id: string; en: string }): ListName {
  return { id: `${what.id} (${file})`, en: `${what.en} (${file})` };
}

function term(
  key: string,
  path: string[],
  vocab: string,
  list: NamedList,
  header: PieceField['header'],
  aliases: string[],
): PieceField {
  const place = where(`terms/${vocab}.yaml`, { id: 'daftar istilah', en: 'the vocabulary' });
  return {
    key,
    path,
    header,
    aliases,
    width: 18,
    read: (cell) => readName(cellText(cell), list, place),
    write: (p) => {
      const id = valueAt(p, path);
      return typeof id === 'string' ? list.nameOf(id) : null;
    },
  };
}

function termList(
  key: string,
  path: string[],
  vocab: string,
  list: NamedList,
  header: PieceField['header'],
  aliases: string[],
): PieceField {
  const place = where(`terms/${vocab}.yaml`, { id: 'daftar istilah', en: 'the vocabulary' });
  return {
    key,
    path,
    header,
    aliases,
    width: 24,
    read: (cell) => readNames(cell, list, place),
    write: (p) => names(valueAt(p, path), (id) => list.nameOf(id)),
  };
}

function names(value: unknown, nameOf: (id: string) => string): Cell {
  return Array.isArray(value) && value.length > 0 ? value.map((id) => nameOf(String(id))).join('; ') : null;
}

/**
 * "Kawung (Kepala)", "Parang Rusak (Latar (tanahan))": a motif, and in brackets where on the cloth it
 * is, by the part vocabulary. A name that itself ends in brackets is tried whole first.
 */
function motifAndPart(
  value: string,
  list: NamedList,
  parts: NamedList,
  motifPlace: ListName,
  partPlace: ListName,
): CellRead<{ motif: string; part?: string }> {
  const whole = readName(value, list, motifPlace);
  if (!whole.problem) return { value: { motif: whole.value! } };
  if (!value.endsWith(')')) return { value: undefined, problem: whole.problem };
  for (let i = value.indexOf('('); i > 0; i = value.indexOf('(', i + 1)) {
    const motif = readName(value.slice(0, i).trim(), list, motifPlace);
    if (motif.problem) continue;
    const part = readName(value.slice(i + 1, -1).trim(), parts, partPlace);
    if (part.problem) return { value: undefined, problem: part.problem };
    return { value: { motif: motif.value!, part: part.value! } };
  }
  return { value: undefined, problem: whole.problem };
}

/** Motifs by name, each with the part of the cloth it is on when the YAML says. */
function motifs(list: NamedList, parts: NamedList): PieceField {
  const motifPlace = where('motifs/', { id: 'motif koleksi', en: "the collection's motifs" });
  const partPlace = where('terms/part.yaml', { id: 'bagian kain', en: 'the parts of a cloth' });
  return {
    key: 'motifs',
    path: ['motifs'],
    header: { id: 'Motif', en: 'Motifs' },
    aliases: ['motif', 'motifs', 'nama motif', 'ragam hias', 'motif batik'],
    width: 30,
    read(cell) {
      const values = cellValues(cellText(cell));
      // Every piece has a motif list, if an empty one.
      if (values.length === 0) return { value: [] };
      const out: { motif: string; part?: string }[] = [];
      for (const value of values) {
        const read = motifAndPart(value, list, parts, motifPlace, partPlace);
        if (read.problem) return { value: undefined, problem: read.problem };
        out.push(read.value!);
      }
      return { value: out };
    },
    write(p) {
      const value = valueAt(p, ['motifs']);
      if (!Array.isArray(value) || value.length === 0) return null;
      return value
        .map((entry: { motif?: unknown; part?: unknown }) => {
          const name = list.nameOf(String(entry.motif));
          return typeof entry.part === 'string' ? `${name} (${parts.nameOf(entry.part)})` : name;
        })
        .join('; ');
    },
  };
}

/** Makers by name; a maker already credited keeps the role and certainty its YAML gives. */
function makers(list: NamedList): PieceField {
  const place = where('makers.yaml', { id: 'daftar pembuat', en: 'the makers' });
  return {
    key: 'makers',
    path: ['production', 'makers'],
    header: { id: 'Pembuat', en: 'Makers' },
    aliases: ['pembuat', 'pembatik', 'perajin', 'pengrajin', 'maker', 'makers', 'artist', 'nama pembuat'],
    width: 28,
    read: (cell) => readNames(cell, list, place),
    write: (p) => {
      const value = valueAt(p, ['production', 'makers']);
      return Array.isArray(value)
        ? names(
            value.map((credit: { maker?: unknown }) => credit.maker),
            (id) => list.nameOf(id),
          )
        : null;
    },
    merge(current, value) {
      if (!Array.isArray(value)) return value;
      const credits = Array.isArray(current) ? (current as { maker?: unknown }[]) : [];
      return value.map(
        (id) =>
          credits.find((credit) => credit.maker === id) ?? {
            maker: id,
            role: 'pembatik',
            certainty: 'attributed',
          },
      );
    },
  };
}

/** The dating as the inventory writes it; its years and other languages follow from it. */
function dating(defaultLanguage: string): PieceField {
  const path = ['production', 'date', 'display', defaultLanguage];
  return {
    key: 'date',
    path,
    language: defaultLanguage,
    header: { id: 'Tahun', en: 'Date' },
    aliases: [
      'tahun',
      'tahun pembuatan',
      'tahun dibuat',
      'masa pembuatan',
      'datering',
      'dating',
      'date',
      'year',
      'date made',
      'tanggal',
    ],
    width: 18,
    read(cell) {
      const read = readDatingCell(cell instanceof Date || typeof cell === 'number' ? cell : cellText(cell));
      // "Tidak diketahui" is shown as written; an empty cell is no dating at all.
      if (read.kind === 'none') return { value: read.original === '' ? undefined : read.original };
      const text = read.dating.display[defaultLanguage as 'id' | 'en'] ?? read.original;
      return read.kind === 'read'
        ? { value: text }
        : {
            value: text,
            problem: {
              kind: 'unread-date',
              severity: 'warning',
              message: {
                id: `"${read.original}" tidak terbaca sebagai tahun: teks ini ditampilkan apa adanya, tanpa tahun untuk penyaring tahun.`,
                en: `"${read.original}" could not be read as a date: it is shown as written, with no years for the date filter.`,
              },
            },
          };
    },
    write: (p) => textOrEmpty(valueAt(p, path)),
    derive(cell) {
      const read = readDatingCell(cell instanceof Date || typeof cell === 'number' ? cell : cellText(cell));
      if (read.kind !== 'read') return { values: [] };
      const values: Derived[] = [];
      for (const [language, text] of Object.entries(read.dating.display)) {
        if (language !== defaultLanguage)
          values.push({ path: ['production', 'date', 'display', language], value: text });
      }
      values.push({ path: ['production', 'date', 'earliest'], value: read.dating.earliest });
      values.push({ path: ['production', 'date', 'latest'], value: read.dating.latest });
      const shown = read.dating.display[defaultLanguage as 'id' | 'en'];
      return { values, ...(shown !== read.original ? { comment: ` inventaris: ${read.original}` } : {}) };
    },
  };
}

function number(
  key: string,
  path: string[],
  header: PieceField['header'],
  aliases: string[],
  read: (cell: Cell) => CellRead<unknown>,
): PieceField {
  return { key, path, header, aliases, width: 12, read, write: (p) => numberOrEmpty(valueAt(p, path)) };
}

/**
 * Every column an inventory of this collection may have, in the export's order. `related` is read
 * by the importer itself: it needs every row's accession number first.
 */
export function pieceFields(names: CollectionNames): PieceField[] {
  const languages = names.languages;
  const t = (vocab: string) => names.terms(vocab);
  return [
    plain(
      'accession',
      ['accession'],
      { id: 'Nomor inventaris', en: 'Accession number' },
      [
        'nomor inventaris',
        'no inventaris',
        'no inv',
        'nomor inv',
        'no. inv',
        'inventaris',
        'nomor koleksi',
        'no koleksi',
        'accession number',
        'accession no',
        'accession',
        'inventory number',
        'inv no',
        'object number',
      ],
      18,
    ),
    {
      ...plain(
        'id',
        [],
        { id: 'ID (folder)', en: 'ID (folder)' },
        ['id', 'id folder', 'folder', 'folder id', 'id (folder)'],
        28,
      ),
      write: () => null,
    },
    term('object', ['object'], 'garment', t('garment'), { id: 'Jenis kain', en: 'Object type' }, [
      'jenis kain',
      'jenis',
      'jenis benda',
      'bentuk',
      'object',
      'object type',
      'garment',
      'type',
    ]),
    term('group', ['group'], 'group', t('group'), { id: 'Kelompok', en: 'Group' }, [
      'kelompok',
      'kelompok koleksi',
      'group',
      'collection group',
    ]),
    ...texts(
      'title',
      ['title'],
      { id: 'Judul', en: 'Title' },
      ['judul', 'nama', 'nama benda', 'nama koleksi', 'title', 'name', 'object name'],
      languages,
      30,
    ),
    ...texts(
      'summary',
      ['summary'],
      { id: 'Ringkasan', en: 'Summary' },
      ['ringkasan', 'keterangan singkat', 'summary', 'short description'],
      languages,
      40,
    ),
    ...texts(
      'description',
      ['description'],
      { id: 'Deskripsi', en: 'Description' },
      ['deskripsi', 'uraian', 'keterangan', 'description'],
      languages,
      60,
    ),
    motifs(names.motifs, t('part')),
    {
      ...termList(
        'techniques',
        ['techniques'],
        'technique',
        t('technique'),
        { id: 'Teknik', en: 'Techniques' },
        ['teknik', 'teknik batik', 'technique', 'techniques'],
      ),
      // Every piece has a technique list, if an empty one.
      read: (cell) => {
        const read = readNames(
          cell,
          t('technique'),
          where('terms/technique.yaml', { id: 'daftar istilah', en: 'the vocabulary' }),
        );
        return read.problem || read.value ? read : { value: [] };
      },
    },
    termList('dyes', ['dyes'], 'dye', t('dye'), { id: 'Pewarna', en: 'Dyes' }, [
      'pewarna',
      'zat warna',
      'bahan pewarna',
      'dye',
      'dyes',
    ]),
    termList('colours', ['colours'], 'colour', t('colour'), { id: 'Warna', en: 'Colours' }, [
      'warna',
      'colour',
      'colours',
      'color',
      'colors',
    ]),
    term('fabric', ['fabric'], 'fabric', t('fabric'), { id: 'Bahan kain', en: 'Fabric' }, [
      'bahan kain',
      'bahan',
      'kain',
      'fabric',
      'material',
    ]),
    makers(names.makers),
    {
      ...term('place', ['production', 'place'], 'places', names.places, { id: 'Asal', en: 'Place made' }, [
        'asal',
        'tempat',
        'tempat pembuatan',
        'kota',
        'place',
        'place made',
        'origin',
      ]),
      read: (cell) =>
        readName(
          cellText(cell),
          names.places,
          where('places.yaml', { id: 'daftar tempat', en: 'the places' }),
        ),
    },
    term('region', ['production', 'region'], 'region', t('region'), { id: 'Daerah', en: 'Region' }, [
      'daerah',
      'wilayah',
      'region',
    ]),
    term('era', ['production', 'era'], 'era', t('era'), { id: 'Masa', en: 'Era' }, [
      'masa',
      'periode',
      'zaman',
      'era',
      'period',
    ]),
    dating(names.defaultLanguage),
    ...texts(
      'date',
      ['production', 'date', 'display'],
      { id: 'Tahun', en: 'Date' },
      ['tahun', 'date'],
      languages,
      18,
    ).filter((field) => field.language !== names.defaultLanguage),
    number(
      'date.earliest',
      ['production', 'date', 'earliest'],
      { id: 'Tahun paling awal', en: 'Earliest year' },
      ['tahun paling awal', 'tahun awal', 'earliest year', 'earliest'],
      readYear,
    ),
    number(
      'date.latest',
      ['production', 'date', 'latest'],
      { id: 'Tahun paling akhir', en: 'Latest year' },
      ['tahun paling akhir', 'tahun akhir', 'latest year', 'latest'],
      readYear,
    ),
    number(
      'dimensions.heightCm',
      ['dimensions', 'heightCm'],
      { id: 'Tinggi (cm)', en: 'Height (cm)' },
      ['tinggi', 'tinggi cm', 'height', 'height cm'],
      readPositive,
    ),
    number(
      'dimensions.widthCm',
      ['dimensions', 'widthCm'],
      { id: 'Lebar (cm)', en: 'Width (cm)' },
      ['lebar', 'lebar cm', 'width', 'width cm'],
      readPositive,
    ),
    plain(
      'acquisition.method',
      ['acquisition', 'method'],
      { id: 'Cara perolehan', en: 'Acquisition method' },
      ['cara perolehan', 'perolehan', 'acquisition method', 'acquired by'],
      18,
    ),
    number(
      'acquisition.year',
      ['acquisition', 'year'],
      { id: 'Tahun perolehan', en: 'Acquisition year' },
      ['tahun perolehan', 'tahun masuk', 'acquisition year', 'year acquired'],
      readYear,
    ),
    plain(
      'acquisition.source',
      ['acquisition', 'source'],
      { id: 'Sumber perolehan', en: 'Acquisition source' },
      ['sumber perolehan', 'sumber', 'asal perolehan', 'acquisition source', 'source', 'donor'],
      28,
    ),
    ...texts(
      'acquisition.credit',
      ['acquisition', 'credit'],
      { id: 'Kredit', en: 'Credit line' },
      ['kredit', 'credit', 'credit line'],
      languages,
      30,
    ),
    ...texts(
      'rights',
      ['rights'],
      { id: 'Hak cipta', en: 'Rights' },
      ['hak cipta', 'rights', 'copyright'],
      languages,
      30,
    ),
    {
      key: 'display.onDisplay',
      path: ['display', 'onDisplay'],
      header: { id: 'Dipamerkan', en: 'On display' },
      aliases: ['dipamerkan', 'dipajang', 'on display', 'displayed'],
      width: 12,
      read: readYesNo,
      write: (p) => {
        const value = valueAt(p, ['display', 'onDisplay']);
        return value === true ? 'ya' : value === false ? 'tidak' : null;
      },
    },
    ...texts(
      'display.location',
      ['display', 'location'],
      { id: 'Lokasi pamer', en: 'Display location' },
      ['lokasi pamer', 'lokasi', 'display location', 'location'],
      languages,
      24,
    ),
    {
      ...plain(
        'related',
        ['related'],
        { id: 'Kain terkait', en: 'Related pieces' },
        ['kain terkait', 'terkait', 'related', 'related pieces'],
        28,
      ),
      read: (cell) => {
        const values = cellValues(cellText(cell));
        return { value: values.length > 0 ? values : undefined };
      },
      write: (p) => {
        const value = valueAt(p, ['related']);
        return Array.isArray(value) && value.length > 0 ? value.join('; ') : null;
      },
    },
  ];
}
