import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import type {
  CollectionManifest,
  SearchIndexRef,
  ShippedSearchLayout,
} from '../../shared/collection-records';
import type { ManifestSettings } from './chunks';
import type { CompiledRecords } from './compile';
import { canonicalJson, contentHash } from './hash';
// The kiosk's own builder and cutter (shared, pure code): what a kiosk downloads is what it would
// have built and stored itself.
import { createSearchIndexJson, SEARCH_INDEX_FORMAT } from '../../shared/search';
import { cutSearchText } from '../../shared/search/cut-search-text';
import { partKey, searchPartFile, unpackParts } from '../../shared/search/split-text';

/** Characters of part text per pack: a few dozen parts, so a first sync makes a few dozen requests. */
const PACK_CHARS = 512 * 1024;

/**
 * Builds the collection's search index once, at build time, to ship it beside the chunks, so that
 * every kiosk syncing this build downloads and stores the index instead of building it (seconds of
 * CPU on a kiosk PC). Each part of the index goes out twice: as a file of its own, for a kiosk that
 * lacks only a few (after a one-record change, a few dozen of several hundred), and in packs of
 * consecutive parts, for a kiosk that lacks most (one request per pack, not per part). The layout
 * file, content-named, lists the parts and the packs. Returns the files by path in the collection
 * folder, and the manifest's reference to the layout.
 */
export function searchFiles(
  records: CompiledRecords,
  settings: Pick<ManifestSettings, 'synonyms' | 'languages'>,
  source = searchSource(records, settings),
): { ref: SearchIndexRef; files: Map<string, string> } {
  const json = createSearchIndexJson({
    ...records,
    synonyms: settings.synonyms,
    languages: settings.languages,
  });
  const { index, texts } = cutSearchText(json);
  const files = new Map<string, string>();
  for (const [key, text] of texts) files.set(searchPartFile(key), text);
  const packs: ShippedSearchLayout['packs'] = [];
  let pack: { parts: string[]; text: string } = { parts: [], text: '' };
  const closePack = () => {
    const file = `search/pack-${contentHash(pack.text)}.txt`;
    files.set(file, pack.text);
    packs.push({ file, parts: pack.parts });
    pack = { parts: [], text: '' };
  };
  // `texts` holds each part once, in the order the index first lists it.
  for (const [key, text] of texts) {
    pack.parts.push(key);
    pack.text += text;
    if (pack.text.length >= PACK_CHARS) closePack();
  }
  if (pack.parts.length > 0) closePack();
  const layout = JSON.stringify({ ...index, packs } satisfies ShippedSearchLayout);
  const hash = contentHash(layout);
  const file = `search/index-${hash}.json`;
  files.set(file, layout);
  return { ref: { file, hash, source, format: SEARCH_INDEX_FORMAT }, files };
}

/** What an index is made from, hashed (`SearchIndexRef.source`). */
function searchSource(
  records: CompiledRecords,
  settings: Pick<ManifestSettings, 'synonyms' | 'languages'>,
  chunkHashes?: string[],
): string {
  const chunks = chunkHashes ?? Object.values(records).map((list) => contentHash(JSON.stringify(list)));
  const { synonyms, languages } = settings;
  return contentHash(canonicalJson({ chunks, synonyms, languages, format: SEARCH_INDEX_FORMAT }));
}

/**
 * Writes `searchFiles` into the collection folder `outDir` (its `search/` folder must exist), or,
 * when the build in `previousDir` made its index from the same chunks and settings, copies that
 * build's `search/` folder instead: building the index is most of a build that changed nothing.
 * The copy is checked as a kiosk would check it (the layout against its hash, every part in its
 * file and in its pack against its key); a copy that fails is replaced by a build of its own, so a
 * live build's damaged file is not shipped again.
 */
export async function writeSearchFiles(
  outDir: string,
  records: CompiledRecords,
  settings: Pick<ManifestSettings, 'synonyms' | 'languages'>,
  writeText: (file: string, text: string) => Promise<void>,
  chunkHashes: string[],
  previousDir?: string | null,
): Promise<SearchIndexRef> {
  const source = searchSource(records, settings, chunkHashes);
  const previous = previousDir ? await previousSearch(previousDir) : undefined;
  if (previous?.source === source) {
    await cp(path.join(previousDir!, 'search'), path.join(outDir, 'search'), {
      recursive: true,
      preserveTimestamps: true,
    });
    if (await shippedIntact(outDir, previous)) return previous;
  }
  const { ref, files } = searchFiles(records, settings, source);
  for (const [file, text] of files) await writeText(path.join(outDir, file), text);
  return ref;
}

/** Whether the index files `ref` names in `dir` are all there, each matching its hash or key. */
async function shippedIntact(dir: string, ref: SearchIndexRef): Promise<boolean> {
  try {
    const layoutText = await readFile(path.join(dir, ref.file), 'utf8');
    if (contentHash(layoutText) !== ref.hash) return false;
    const layout = JSON.parse(layoutText) as ShippedSearchLayout;
    const packed = new Set<string>();
    for (const pack of layout.packs) {
      const texts = unpackParts(await readFile(path.join(dir, pack.file), 'utf8'), pack.parts);
      if (!texts) return false;
      for (const [i, key] of pack.parts.entries()) {
        if (partKey(texts[i]!) !== key) return false;
        if ((await readFile(path.join(dir, searchPartFile(key)), 'utf8')) !== texts[i]) return false;
        packed.add(key);
      }
    }
    return layout.parts.every((key) => packed.has(key));
  } catch {
    // A file missing or unreadable: the copy is not whole.
    return false;
  }
}

/** The index reference of the build in `dir`, if it shipped one (older builds did not). */
async function previousSearch(dir: string): Promise<SearchIndexRef | undefined> {
  try {
    const manifest = JSON.parse(
      await readFile(path.join(dir, 'manifest.json'), 'utf8'),
    ) as CollectionManifest;
    return manifest.search?.format === SEARCH_INDEX_FORMAT ? manifest.search : undefined;
  } catch {
    return undefined;
  }
}
