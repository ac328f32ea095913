/**
 * `npm run collection -- import FILE --photos DIR --into COLLECTION`: an inventory spreadsheet and a
 * photo folder into the collection folder. One row is one piece: a new piece gets a folder and a
 * piece.yaml; an existing one (same accession number) has only the fields its columns map changed,
 * through the yaml document API, so comments and unmapped fields stay. A row with an error is held
 * back and nothing of it is written; an unchanged row writes nothing at all.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pieceFileSchema } from '../collection/schema/files';
import { ID_PATTERN } from '../collection/schema/common';
import { idFromName } from '../collection/folder-listing';
import { regionSlot } from '../collection/lenient-regions';
import { ProblemList } from '../collection/problems';
import { readCollection } from '../collection/read-collection';
import { error } from './cell-readers';
import { mapColumns } from './column-map';
import { problemAt, type InventoryProblem } from './inventory-problems';
import { accessionKey, readRows, type InventoryRow } from './inventory-rows';
import { readMappingFile } from './mapping-file';
import { matchPhotos } from './photo-matching';
import { copyPhoto, listPhotos, pieceFileNames, samePhoto } from './photo-folder';
import { PieceDocument, sameData } from './piece-document';
import { pieceFields, valueAt, type PieceField } from './piece-fields';
import { collectionNames } from './references';
import { readInventoryFile } from './read-inventory-file';
import { cellText } from './sheet-table';

export interface ImportOptions {
  file: string;
  into: string;
  photos?: string;
  mapping?: string;
  dryRun?: boolean;
}

interface RowOutcome {
  row: number;
  accession: string;
  /** The piece's folder name. */
  id: string;
  /** What changed: field keys, and `media` for photos added or replaced. */
  changes?: string[];
  /** For an existing piece: each changed value before and after (not the photos). */
  diff?: FieldChange[];
}

/** One value of a piece.yaml as it was and as the row makes it (undefined: absent). */
interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface ImportReport {
  file: string;
  sheet?: string;
  encoding?: string;
  delimiter?: string;
  dryRun: boolean;
  created: RowOutcome[];
  updated: RowOutcome[];
  unchanged: RowOutcome[];
  heldBack: RowOutcome[];
  unmatchedPhotos: string[];
  rowsWithoutPhotos: { row: number; accession: string }[];
  problems: InventoryProblem[];
}

interface Existing {
  id: string;
  file: string;
  text: string;
}

/** Existing pieces by accession number, read from their YAML as it is (errors and all). */
async function existingPieces(into: string, ids: Iterable<string>): Promise<Map<string, Existing>> {
  const byAccession = new Map<string, Existing>();
  for (const id of ids) {
    const file = path.join(into, 'pieces', id, 'piece.yaml');
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text === null) continue;
    const accession = PieceDocument.parse(text).get(['accession']);
    if (typeof accession === 'string' && accession.trim() !== '') {
      byAccession.set(accessionKey(accession), { id, file, text });
    }
  }
  return byAccession;
}

/** Writes through a temporary file, so a crash never leaves half a piece.yaml. */
async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.import-${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}

/** Default alternative text for an imported photo, from the piece's title (the curator refines it). */
function photoAlt(title: unknown, first: boolean): Record<string, string> {
  const titles = title && typeof title === 'object' ? (title as Record<string, string>) : {};
  const alt: Record<string, string> = {};
  if (titles.id) alt.id = first ? `Foto ${titles.id}` : `Foto detail ${titles.id}`;
  if (titles.en) alt.en = first ? `Photograph of ${titles.en}` : `Detail photograph of ${titles.en}`;
  if (!alt.id) alt.id = first ? 'Foto kain' : 'Foto detail kain';
  return alt;
}

export class InventoryImportError extends Error {}

/** Longest first sentence taken as a summary: past this it is no summary (a kiosk card shows ~200). */
const SUMMARY_MAX = 240;

export async function importInventory(options: ImportOptions): Promise<ImportReport> {
  const collectionProblems = new ProblemList();
  const collection = await readCollection(options.into, collectionProblems);
  if (!collection.config) {
    throw new InventoryImportError(
      `${options.into} is not a collection folder with a valid collection.yaml: run "npm run collection -- check ${options.into}" first.`,
    );
  }
  const names = collectionNames(collection);
  const fields = pieceFields(names);
  const report: ImportReport = {
    file: path.basename(options.file),
    dryRun: options.dryRun === true,
    created: [],
    updated: [],
    unchanged: [],
    heldBack: [],
    unmatchedPhotos: [],
    rowsWithoutPhotos: [],
    problems: [],
  };
  const mapping = options.mapping ? await readMappingFile(options.mapping, fields) : null;
  if (mapping) report.problems.push(...mapping.problems);
  if (mapping && !mapping.mapping) return report;

  const sheets = await readInventoryFile(options.file);
  const mapped = mapColumns(sheets, {
    fields,
    languages: names.languages,
    defaultLanguage: names.defaultLanguage,
    ...(mapping?.mapping ? { mapping: mapping.mapping } : {}),
  });
  report.problems.push(...mapped.problems);
  if (!mapped.map) return report;
  const { sheet } = mapped.map;
  report.sheet = sheet.sheet;
  if (sheet.encoding) report.encoding = sheet.encoding;
  if (sheet.delimiter) report.delimiter = sheet.delimiter;

  const rows = readRows(mapped.map);
  const existing = await existingPieces(options.into, collection.ids.pieces);
  const idColumn = mapped.map.columns.find((column) => column.field.key === 'id');

  // Each row's folder: the existing piece with its accession number, else its ID column, else one
  // made from the accession number ("MBP.2006.0001" -> "mbp-2006-0001").
  const idOf = new Map<InventoryRow, string>();
  const taken = new Map<string, string>();
  for (const { id } of existing.values()) taken.set(id, 'existing');
  for (const id of collection.ids.pieces) if (!taken.has(id)) taken.set(id, 'existing');
  for (const row of rows) {
    if (row.accession === '' || row.problems.some((problem) => problem.kind === 'duplicate-accession'))
      continue;
    const known = existing.get(accessionKey(row.accession));
    if (known) {
      idOf.set(row, known.id);
      continue;
    }
    const written = idColumn ? String(row.readings.get('id')?.value ?? '') : '';
    const id = written || idFromName(row.accession) || '';
    const at = {
      file: sheet.file,
      sheet: sheet.sheet,
      row: row.row,
      ...(idColumn ? { column: idColumn.label } : {}),
      field: 'id',
    };
    if (!ID_PATTERN.test(id)) {
      row.problems.push(
        problemAt(
          at,
          error(
            'invalid-id',
            `"${id}" tidak bisa dipakai sebagai nama folder: gunakan huruf kecil a-z, angka dan tanda hubung.`,
            `"${id}" cannot be a folder name: use lowercase letters a-z, digits and hyphens.`,
          ),
        ),
      );
    } else if (taken.has(id)) {
      row.problems.push(
        problemAt(
          at,
          error(
            'duplicate-id',
            `Folder pieces/${id} sudah dipakai ${taken.get(id) === 'existing' ? 'kain lain dengan nomor inventaris berbeda' : `baris ${taken.get(id)}`}.`,
            `The folder pieces/${id} is already used by ${taken.get(id) === 'existing' ? 'another piece with a different accession number' : `row ${taken.get(id)}`}.`,
          ),
        ),
      );
    } else {
      taken.set(id, String(row.row));
      idOf.set(row, id);
    }
  }

  // Related pieces may be named by folder or by accession number, of this sheet or of the folder.
  const pieceIdByName = new Map<string, string>();
  for (const [key, piece] of existing) pieceIdByName.set(key, piece.id);
  for (const [row, id] of idOf) pieceIdByName.set(accessionKey(row.accession), id);
  const allIds = new Set([...collection.ids.pieces, ...idOf.values()]);
  for (const row of rows) {
    const related = row.readings.get('related');
    if (!related || !Array.isArray(related.value)) continue;
    const ids: string[] = [];
    for (const name of related.value as string[]) {
      const id = allIds.has(name) ? name : pieceIdByName.get(accessionKey(name));
      if (id === undefined) {
        row.problems.push(
          problemAt(
            {
              file: sheet.file,
              sheet: sheet.sheet,
              row: row.row,
              column: related.column.label,
              field: 'related',
            },
            error(
              'dangling-related',
              `"${name}" bukan nomor inventaris atau folder kain mana pun.`,
              `"${name}" is not the accession number or folder of any piece.`,
            ),
          ),
        );
      } else if (!ids.includes(id)) ids.push(id);
    }
    related.value = ids;
  }

  // Photos by accession number.
  const photosOf = new Map<InventoryRow, string[]>();
  if (options.photos) {
    const photos = await listPhotos(options.photos);
    const accessions = rows.filter((row) => idOf.has(row)).map((row) => row.accession);
    const match = matchPhotos(accessions, photos);
    report.unmatchedPhotos = match.unmatched;
    for (const row of rows) {
      const list = match.byAccession.get(row.accession);
      if (list) photosOf.set(row, list);
      else if (idOf.has(row)) report.rowsWithoutPhotos.push({ row: row.row, accession: row.accession });
    }
  }

  for (const row of rows) {
    const id = idOf.get(row) ?? '';
    const outcome: RowOutcome = { row: row.row, accession: row.accession, id };
    report.problems.push(...row.problems);
    if (!idOf.has(row)) {
      report.heldBack.push(outcome);
      continue;
    }
    const known = existing.get(accessionKey(row.accession));
    const unreadable = new Set(row.problems.filter((p) => p.severity === 'error').map((p) => p.field));
    const result = await mergeRow(row, {
      known,
      fields,
      photos: (photosOf.get(row) ?? []).map((photo) => path.join(options.photos!, photo)),
      pieceDir: path.join(options.into, 'pieces', id),
      sheetFile: sheet.file,
      sheetName: sheet.sheet,
      // A row with a cell it could not read is only tried, so that all its problems are told at once.
      dryRun: report.dryRun || unreadable.size > 0,
    });
    if (unreadable.size > 0) {
      report.problems.push(...result.problems.filter((p) => !unreadable.has(p.field)));
      report.heldBack.push(outcome);
      continue;
    }
    report.problems.push(...result.warnings);
    if (result.problems.length > 0) {
      report.problems.push(...result.problems);
      report.heldBack.push(outcome);
    } else if (result.changes.length === 0) report.unchanged.push(outcome);
    else if (known) report.updated.push({ ...outcome, changes: result.changes, diff: result.diff });
    else report.created.push({ ...outcome, changes: result.changes });
  }
  return report;
}

interface MergeContext {
  known: Existing | undefined;
  fields: readonly PieceField[];
  photos: string[];
  pieceDir: string;
  sheetFile: string;
  sheetName: string;
  dryRun: boolean;
}

/** Applies one row to its piece.yaml (new or existing) and its photos; writes unless a dry run. */
async function mergeRow(
  row: InventoryRow,
  context: MergeContext,
): Promise<{
  changes: string[];
  diff: FieldChange[];
  problems: InventoryProblem[];
  /** Told about, not holding the row back. */
  warnings: InventoryProblem[];
}> {
  const { known } = context;
  const doc = known ? PieceDocument.parse(known.text) : PieceDocument.empty();
  const at = (column?: string, field = '') => ({
    file: context.sheetFile,
    sheet: context.sheetName,
    row: row.row,
    ...(column === undefined ? {} : { column }),
    field,
  });
  if (doc.errors.length > 0) {
    return {
      changes: [],
      diff: [],
      warnings: [],
      problems: [
        problemAt(
          at(),
          error(
            'yaml-syntax',
            `pieces/${path.basename(context.pieceDir)}/piece.yaml punya kesalahan YAML; perbaiki dulu (npm run collection -- check), lalu impor lagi.`,
            `pieces/${path.basename(context.pieceDir)}/piece.yaml has a YAML mistake; fix it first (npm run collection -- check), then import again.`,
          ),
        ),
      ],
    };
  }
  const changes: string[] = [];
  const diff: FieldChange[] = [];
  const mappedPaths = new Map<string, unknown>();
  for (const reading of row.readings.values())
    mappedPaths.set(reading.column.field.path.join('.'), reading.value);
  const derivations: NonNullable<ReturnType<NonNullable<PieceField['derive']>>>[] = [];
  const summaries = standInSummaries(row, doc, known !== undefined);
  const warnings: InventoryProblem[] = [];
  for (const reading of row.readings.values()) {
    const field = reading.column.field;
    if (field.key === 'id') continue;
    const current = doc.get(field.path);
    const value = field.merge
      ? field.merge(current, reading.value)
      : (reading.value ?? summaries.get(field.key));
    // A cell written exactly as the YAML has it changes nothing, even where its reader would tidy it.
    if (
      sameData(current, value) ||
      (typeof current === 'string' && cellText(reading.cell) === current.trim())
    ) {
      continue;
    }
    const derived = field.derive?.(reading.cell);
    if (derived) derivations.push(derived);
    if (value === undefined) doc.delete(field.path);
    else doc.set(field.path, value, derived?.comment);
    changes.push(field.key);
    diff.push({ field: field.key, from: current, to: value });
  }
  // A summary no column holds (a new piece) is filled the same way.
  for (const [key, sentence] of summaries) {
    const summaryPath = key.split('.');
    if (!row.readings.has(key) && doc.get(summaryPath) === undefined) doc.set(summaryPath, sentence);
  }
  for (const key of known ? [] : summaries.keys()) {
    const language = key.slice('summary.'.length);
    warnings.push(
      problemAt(at(row.readings.get(key)?.column.label, key), {
        kind: 'summary-from-description',
        severity: 'warning',
        message: {
          id: `Ringkasan (${language}) diambil dari kalimat pertama deskripsi; periksa dan persingkat bila perlu.`,
          en: `The summary (${language}) is the description's first sentence; check it and shorten it if needed.`,
        },
      }),
    );
  }
  // After every column: what a changed dating cell implies fills only what no column of its own says.
  for (const { path: derivedPath, value } of derivations.flatMap((derived) => derived.values)) {
    const key = derivedPath.join('.');
    const current = doc.get(derivedPath);
    if (mappedPaths.get(key) !== undefined || sameData(current, value)) continue;
    if (value === undefined) doc.delete(derivedPath);
    else doc.set(derivedPath, value);
    if (mappedPaths.has(key)) changes.push(key);
    diff.push({ field: key, from: current, to: value });
  }
  if (!known) {
    // Lists a piece must have, even when empty, so a row with no motif column still makes a piece.
    for (const list of ['motifs', 'techniques']) if (doc.get([list]) === undefined) doc.set([list], []);
  }

  // Photos: a new file name becomes a new view; a file already listed is replaced only if it differs.
  const media = (doc.get(['media']) as { file?: unknown }[] | undefined) ?? [];
  const names = pieceFileNames(context.photos);
  const copies: [string, string][] = [];
  const added: Record<string, unknown>[] = [];
  for (const [i, photo] of context.photos.entries()) {
    const name = names[i]!;
    const target = path.join(context.pieceDir, name);
    if (media.some((entry) => entry.file === name)) {
      if (!(await samePhoto(photo, target))) copies.push([photo, target]);
      continue;
    }
    copies.push([photo, target]);
    const first = media.length + added.length === 0;
    added.push({ file: name, view: first ? 'full' : 'detail', alt: photoAlt(doc.get(['title']), first) });
  }
  if (added.length > 0) doc.append(['media'], added);
  if (copies.length > 0) changes.push('media');
  if (!known) doc.order();

  const problems = schemaProblems(doc.data(), row, at);
  if (problems.length > 0) return { changes, diff, problems, warnings: [] };
  if (changes.length === 0 || context.dryRun) return { changes, diff, problems, warnings };
  // Photos first: the YAML never names a file that is not there yet.
  for (const [source, target] of copies) await copyPhoto(source, target);
  await writeAtomically(known?.file ?? path.join(context.pieceDir, 'piece.yaml'), doc.toString());
  return { changes, diff, problems: [], warnings };
}

/**
 * Inventories rarely have a short summary, and every piece needs one: a new piece whose summary
 * cell is empty (or has no summary column) gets its description's first sentence, and the curator
 * is told.
 */
function standInSummaries(row: InventoryRow, doc: PieceDocument, existing: boolean): Map<string, string> {
  const summaries = new Map<string, string>();
  const languages = new Set<string>(Object.keys((doc.get(['description']) as object | undefined) ?? {}));
  for (const key of row.readings.keys()) if (key.startsWith('description.')) languages.add(key.slice(12));
  for (const language of languages) {
    const key = `summary.${language}`;
    const reading = row.readings.get(key);
    if (
      reading?.value !== undefined ||
      (!reading && (existing || doc.get(['summary', language]) !== undefined))
    )
      continue;
    const description = row.readings.get(`description.${language}`);
    const text = description ? description.value : doc.get(['description', language]);
    const sentence = typeof text === 'string' ? firstSentence(text) : undefined;
    // On an existing piece an empty cell keeps only a stand-in made before (re-importing the same
    // sheet changes nothing); a summary it never had stays absent, one the curator wrote is cleared.
    if (sentence && (!existing || sameData(doc.get(['summary', language]), sentence)))
      summaries.set(key, sentence);
  }
  return summaries;
}

/** The first sentence of a text, up to a summary's length; undefined when there is none. */
function firstSentence(text: string): string | undefined {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = /[.!?](?=\s|$)/.exec(flat);
  const sentence = end ? flat.slice(0, end.index + 1) : flat;
  return sentence === '' || sentence.length > SUMMARY_MAX ? undefined : sentence;
}

/** What `check` would refuse in the piece the row makes, named by the column at fault where there is one. */
function schemaProblems(
  data: Record<string, unknown>,
  row: InventoryRow,
  at: (column?: string, field?: string) => Parameters<typeof problemAt>[0],
): InventoryProblem[] {
  const result = pieceFileSchema.safeParse(data);
  if (result.success) return [];
  // A region on a photo is no spreadsheet's business, and one with a mistake only warns in the
  // check (the region is left out, never the piece): it must not hold back the row either.
  const issues = result.error.issues.filter((issue) => !regionSlot(issue.path as (string | number)[]));
  return issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    const reading = [...row.readings.values()].find((r) => {
      const prefix = r.column.field.path.join('.');
      return prefix !== '' && (field === prefix || field.startsWith(`${prefix}.`));
    });
    const missing = valueAt(data, issue.path.map(String)) === undefined;
    const fieldName = reading?.column.label ?? field;
    const fix =
      field === 'media'
        ? {
            id: 'Tidak ada foto untuk kain ini: taruh fotonya di folder foto dengan nomor inventaris pada namanya.',
            en: 'There is no photo for this piece: put its photo in the photo folder with the accession number in its name.',
          }
        : missing
          ? {
              id: `${fieldName} kosong, padahal setiap kain memerlukannya.`,
              en: `${fieldName} is empty, and every piece needs it.`,
            }
          : {
              id: `${fieldName} tidak sah: ${issue.message}`,
              en: `${fieldName} is not valid: ${issue.message}`,
            };
    return problemAt(
      at(reading?.column.label, field),
      error(missing ? 'required' : 'invalid-value', fix.id, fix.en),
    );
  });
}
