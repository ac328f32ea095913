import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { motifFamilies, readArtSpec } from '../art-spec';
import { exists } from '../draw-folder';
import { motifElementKeys } from './element-keys';
import { motifRegions } from './motif-regions';
import { pieceRegions } from './piece-regions';
import type { MediaRegions } from './region-types';

/** The regions of every generated image of a collection, by YAML file (pieces, then motifs). */
export async function collectionRegions(collection: string): Promise<Map<string, MediaRegions[]>> {
  const out = new Map<string, MediaRegions[]>();
  const keysOf = new Map<string, string[]>();
  const keys = async (motif: string) => {
    if (!keysOf.has(motif))
      keysOf.set(
        motif,
        /^[a-z0-9][a-z0-9-]*$/.test(motif)
          ? await motifElementKeys(join(collection, 'motifs', motif, 'motif.yaml'))
          : [],
      );
    return keysOf.get(motif)!;
  };
  for (const kind of ['pieces', 'motifs'] as const) {
    for (const folder of await subfolders(join(collection, kind))) {
      const file = join(folder, kind === 'pieces' ? 'piece.yaml' : 'motif.yaml');
      if (!(await exists(file))) continue;
      const spec = await readArtSpec(file);
      if (spec.media.length === 0) continue;
      if (kind === 'motifs') {
        out.set(file, motifRegions(spec, await keys(spec.id)));
      } else {
        const families = await motifFamilies(
          collection,
          spec.motifs.map((m) => m.motif),
        );
        const badan = spec.motifs.find((m) => m.part === 'badan')?.motif ?? spec.motifs[0]?.motif;
        out.set(file, pieceRegions(spec, families, badan ? await keys(badan) : []));
      }
    }
  }
  return out;
}

async function subfolders(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((e) => e.isDirectory())
      .map((e) => join(dir, e.name))
      .sort();
  } catch {
    return [];
  }
}
