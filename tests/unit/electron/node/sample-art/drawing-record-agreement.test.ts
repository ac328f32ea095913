import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { paletteFromPixels } from '../../../../../electron/node/images/palette';
import { motifFamilies, readArtSpec } from '../../../../../electron/node/sample-art/art-spec';
import { collectionRegions } from '../../../../../electron/node/sample-art/regions/collection-regions';
import { renderCloth } from '../../../../../electron/node/sample-art/render-art';

const COLLECTION = join(__dirname, '../../../../../collection');
/**
 * Long side the drawings are rendered at, and read whole: the palette is the pipeline's own
 * (paletteFromPixels, colour.yaml's families, its 3% floor and six-family cap), but read from a
 * 480 px rendering rather than the pipeline's 64 px sample, where a fine pattern's dyes blend (red
 * dots on cream read as pink) for a photograph as much as for a drawing.
 */
const TEST_SIZE = 480;

async function pieceFiles(): Promise<string[]> {
  const folders = await readdir(join(COLLECTION, 'pieces'), { withFileTypes: true });
  return folders
    .filter((f) => f.isDirectory())
    .map((f) => join(COLLECTION, 'pieces', f.name, 'piece.yaml'))
    .sort();
}

async function colourFamilies(): Promise<Record<string, string>> {
  const terms = (
    parse(await readFile(join(COLLECTION, 'terms', 'colour.yaml'), 'utf8')) as {
      terms: Record<string, { hex: string }>;
    }
  ).terms;
  return Object.fromEntries(Object.entries(terms).map(([key, term]) => [key, term.hex.toLowerCase()]));
}

describe('each sample drawing agrees with its record', () => {
  it('shows every colour family the record names in the palette the image pipeline extracts', async () => {
    const families = await colourFamilies();
    const gaps: Record<string, string[]> = {};
    for (const file of await pieceFiles()) {
      const spec = await readArtSpec(file);
      const motifs = await motifFamilies(
        COLLECTION,
        spec.motifs.map((m) => m.motif),
      );
      const raw = await renderCloth(spec, motifs, TEST_SIZE);
      const found = paletteFromPixels(raw.data, 3, families).map((entry) => entry.family);
      const missing = spec.colours.filter((colour) => !found.includes(colour));
      if (missing.length > 0) gaps[spec.id] = missing;
    }
    // Every drawing shows every colour family its record names (issue 16's 21 gaps closed in the
    // generator, sample-art-10); a new gap names the piece and the families it misses.
    expect(gaps).toEqual({});
  }, 120_000);

  it('draws every layout part the record places a motif on', async () => {
    const regions = await collectionRegions(COLLECTION);
    const problems: string[] = [];
    for (const file of await pieceFiles()) {
      const doc = parse(await readFile(file, 'utf8')) as { motifs?: { motif: string; part?: string }[] };
      const full = regions.get(file)?.find((media) => media.file.startsWith('full'));
      const drawn = new Set(full?.regions.map((region) => region.part));
      for (const { motif, part } of doc.motifs ?? [])
        if (part && !drawn.has(part))
          problems.push(`${file}: ${motif} on ${part}, not in the drawing's layout`);
    }
    expect(problems).toEqual([]);
  });
});
