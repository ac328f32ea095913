import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { MAX_YAML_BYTES } from '../collection/text-limits';

/** What the generator needs from one piece.yaml or motif.yaml; everything else is ignored. */
export interface ArtSpec {
  id: string;
  kind: 'piece' | 'motif';
  motifs: { motif: string; part?: string }[];
  colours: string[];
  dyes: string[];
  techniques: string[];
  object?: string;
  era?: string;
  group?: string;
  /** Style family (motif.yaml `family`). */
  family?: string;
  /** Media entries whose file the generator draws (names ending in .generated.jpg/.png). */
  media: { file: string; view: string }[];
}

/** A generated file name: plain name in the same folder, no path parts. */
const GENERATED = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*\.generated\.(jpe?g|png)$/i;

/**
 * Reads a piece.yaml or motif.yaml leniently: a missing or wrongly typed field is treated as
 * absent, never as a crash, because the checker (not the drawing script) reports such mistakes.
 */
export async function readArtSpec(file: string): Promise<ArtSpec> {
  let data: unknown;
  try {
    // A file the checker refuses unread (too large, a folder, a pipe that would block) is not read
    // here either; the YAML library's own repeated-key check is quadratic, the checker does its own.
    const info = await stat(file);
    data =
      info.isFile() && info.size <= MAX_YAML_BYTES
        ? parse(await readFile(file, 'utf8'), { uniqueKeys: false })
        : undefined;
  } catch {
    data = undefined;
  }
  const doc = isRecord(data) ? data : {};
  const kind = basename(file) === 'motif.yaml' ? 'motif' : 'piece';
  const id = basename(dirname(file));
  const production = isRecord(doc.production) ? doc.production : {};
  const era = kind === 'motif' ? undefined : text(production.era);
  const motifs =
    kind === 'motif'
      ? [{ motif: id }]
      : list(doc.motifs).flatMap((entry) => {
          const motif = isRecord(entry) ? text(entry.motif) : text(entry);
          const part = isRecord(entry) ? text(entry.part) : undefined;
          return motif ? [{ motif, ...(part ? { part } : {}) }] : [];
        });
  const media = list(doc.media).flatMap((entry) => {
    const name = isRecord(entry) ? text(entry.file) : undefined;
    if (!name || !GENERATED.test(name)) return [];
    return [{ file: name, view: (isRecord(entry) && text(entry.view)) || 'full' }];
  });
  return {
    id,
    kind,
    motifs,
    colours: strings(doc.colours),
    dyes: strings(doc.dyes),
    techniques: strings(doc.techniques),
    ...optional('object', text(doc.object)),
    ...optional('era', era),
    ...optional('group', text(doc.group)),
    ...optional('family', text(doc.family)),
    media,
  };
}

/** Style family of each motif id, read from `<collection>/motifs/<id>/motif.yaml` when present. */
export async function motifFamilies(collection: string, ids: string[]): Promise<Record<string, string>> {
  const families: Record<string, string> = {};
  for (const id of new Set(ids)) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) continue;
    const spec = await readArtSpec(join(collection, 'motifs', id, 'motif.yaml'));
    if (spec.family) families[id] = spec.family;
  }
  return families;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function strings(value: unknown): string[] {
  return list(value).flatMap((item) => (text(item) ? [text(item)!] : []));
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
