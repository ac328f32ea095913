import path from 'node:path';
import type { z } from 'zod';
import { ID_PATTERN } from './schema/common';
import {
  collectionFileSchema,
  makersFileSchema,
  motifFileSchema,
  pieceFileSchema,
  placesFileSchema,
  synonymsFileSchema,
  termsFileSchema,
} from './schema/files';
import type { CollectionFile, MakerEntry, MotifFile, PieceFile, PlaceEntry, TermEntry } from './schema/files';
import { idFromName, listFolder } from './folder-listing';
import type { ProblemList } from './problems';
import { validateFile } from './validate';
import { readYamlFile } from './yaml-file';
import type { YamlFile } from './yaml-file';
import type { YamlMemo } from './yaml-memo';

/** Vocabularies every collection needs; a curator may add more files under terms/. */
const REQUIRED_VOCABS = [
  'group',
  'technique',
  'dye',
  'fabric',
  'garment',
  'part',
  'region',
  'era',
  'family',
  'colour',
] as const;

/** A validated file together with its location, kept for cross-file checks and their lines. */
export interface Located<T> {
  file: string;
  data: T;
  lineAt: YamlFile['lineAt'];
}

/** A piece or motif: its folder name is its id. */
export interface Item<T> extends Located<T> {
  id: string;
  /** Absolute folder of the item, where its images live. */
  dir: string;
}

/** Everything that validated on its own; cross-file references are not checked yet. */
export interface ParsedCollection {
  root: string;
  config: Located<CollectionFile> | null;
  synonyms: string[][];
  /** vocab -> its file, in file order. */
  terms: Map<string, Located<{ terms: Record<string, TermEntry> }>>;
  makers: Located<{ makers: Record<string, MakerEntry> }> | null;
  places: Located<{ places: Record<string, PlaceEntry> }> | null;
  /** Languages offered (from collection.yaml, even when that file has a mistake elsewhere). */
  languages: string[];
  /** Items whose file validated completely: what compile uses. */
  motifs: Item<MotifFile>[];
  pieces: Item<PieceFile>[];
  /** Every readable item with its valid fields, for cross-file checks that should not wait for a typo fix. */
  checkable: { motifs: Item<Partial<MotifFile>>[]; pieces: Item<Partial<PieceFile>>[] };
  /** Item folders found, valid or not: the stats count them. */
  found: { pieces: number; motifs: number };
  /**
   * Ids of item folders with a valid name, including ones whose YAML has errors: references to
   * them are not dangling, and saying so would bury the real mistake under follow-on errors.
   */
  ids: { pieces: Set<string>; motifs: Set<string> };
  /** `pieces` or `motifs` when that folder exists but could not be listed (already reported). */
  unlisted: Set<'pieces' | 'motifs'>;
}

interface ReadResult<T> {
  /** The file, when it validated completely. */
  valid: Located<T> | null;
  /** Its top-level fields that are valid on their own, when the file could be parsed at all. */
  partial: Located<Partial<T>> | null;
}

async function readValidated<S extends z.ZodType>(
  root: string,
  rel: string,
  schema: S,
  problems: ProblemList,
  languages: readonly string[],
  memo: YamlMemo | undefined,
): Promise<ReadResult<z.infer<S>>> {
  const yaml = await readYamlFile(root, rel, problems, memo);
  if (!yaml) return { valid: null, partial: null };
  const { data, partial } = validateFile(yaml, schema, problems, { languages });
  return {
    valid: data === null ? null : { file: rel, data, lineAt: yaml.lineAt },
    partial: { file: rel, data: partial, lineAt: yaml.lineAt },
  };
}

async function readItems<S extends z.ZodType>(
  root: string,
  folder: 'pieces' | 'motifs',
  fileName: string,
  schema: S,
  problems: ProblemList,
  languages: readonly string[],
  memo: YamlMemo | undefined,
): Promise<{
  items: Item<z.infer<S>>[];
  checkable: Item<Partial<z.infer<S>>>[];
  found: number;
  ids: Set<string>;
  /** False when the folder is a file or cannot be read (already reported). */
  readable: boolean;
}> {
  const listing = await listFolder(root, folder, problems);
  const dirs = (listing ?? []).filter((e) => e.isDir);
  const items: Item<z.infer<S>>[] = [];
  const checkable: Item<Partial<z.infer<S>>>[] = [];
  const ids = new Set<string>();
  for (const { name } of dirs) {
    const rel = `${folder}/${name}/${fileName}`;
    if (!ID_PATTERN.test(name)) {
      problems.add({
        file: `${folder}/${name}`,
        field: '',
        kind: 'invalid-id',
        message: `The folder name "${name}" is not a valid id: rename it using lowercase letters a-z, digits and hyphens only${idFromName(name) ? ` (for example "${idFromName(name)}")` : ''}.`,
      });
      continue;
    }
    ids.add(name);
    const dir = path.join(root, folder, name);
    const { valid, partial } = await readValidated(root, rel, schema, problems, languages, memo);
    if (valid) items.push({ ...valid, id: name, dir });
    if (partial) checkable.push({ ...partial, id: name, dir });
  }
  return { items, checkable, found: dirs.length, ids, readable: listing !== null };
}

/**
 * Reads and validates every file of the collection folder on its own. collection.yaml goes first
 * because its language list decides which translations the other files are expected to have.
 */
export async function readCollection(
  root: string,
  problems: ProblemList,
  memo?: YamlMemo,
): Promise<ParsedCollection> {
  const config = await readValidated(root, 'collection.yaml', collectionFileSchema, problems, [], memo);
  // Even a collection.yaml with a mistake elsewhere still says which translations to expect.
  const languages = config.partial?.data.languages ?? [];
  const synonymsPresent = ((await listFolder(root, '', problems)) ?? []).some(
    (e) => e.name === 'synonyms.yaml',
  );
  const synonyms = synonymsPresent
    ? await readValidated(root, 'synonyms.yaml', synonymsFileSchema, problems, languages, memo)
    : null;

  const terms = new Map<string, Located<{ terms: Record<string, TermEntry> }>>();
  const termListing = await listFolder(root, 'terms', problems);
  const termFiles = (termListing ?? [])
    .filter((e) => !e.isDir && e.name.endsWith('.yaml'))
    .map((e) => e.name.slice(0, -'.yaml'.length));
  // A terms/ that is a file was reported once; each vocabulary "missing" under it would be noise.
  const vocabs = termListing === null ? [] : [...REQUIRED_VOCABS, ...termFiles];
  for (const vocab of new Set<string>(vocabs)) {
    const { valid } = await readValidated(
      root,
      `terms/${vocab}.yaml`,
      termsFileSchema,
      problems,
      languages,
      memo,
    );
    if (valid) terms.set(vocab, valid);
  }

  const makers = await readValidated(root, 'makers.yaml', makersFileSchema, problems, languages, memo);
  const places = await readValidated(root, 'places.yaml', placesFileSchema, problems, languages, memo);
  const motifs = await readItems(root, 'motifs', 'motif.yaml', motifFileSchema, problems, languages, memo);
  const pieces = await readItems(root, 'pieces', 'piece.yaml', pieceFileSchema, problems, languages, memo);
  if (pieces.found === 0 && pieces.readable) {
    problems.add({
      file: 'pieces',
      field: '',
      kind: 'empty-collection',
      message: 'The collection has no pieces: add at least one folder under pieces/ with a piece.yaml.',
    });
  }
  return {
    root,
    config: config.valid,
    languages,
    synonyms: synonyms?.valid?.data.groups ?? [],
    terms,
    makers: makers.valid,
    places: places.valid,
    motifs: motifs.items,
    pieces: pieces.items,
    checkable: { motifs: motifs.checkable, pieces: pieces.checkable },
    found: { pieces: pieces.found, motifs: motifs.found },
    ids: { pieces: pieces.ids, motifs: motifs.ids },
    unlisted: new Set([
      ...(pieces.readable ? [] : ['pieces' as const]),
      ...(motifs.readable ? [] : ['motifs' as const]),
    ]),
  };
}
