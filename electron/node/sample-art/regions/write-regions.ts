import { readFile, rename, writeFile } from 'node:fs/promises';
import { isMap, isScalar, isSeq, parseDocument, type Pair, type YAMLMap } from 'yaml';
import { collectionRegions } from './collection-regions';
import type { GeneratedRegion, MediaRegions } from './region-types';

/**
 * Writes each generated image's regions into its media entry's `regions:` list. The file is
 * parsed with the yaml document API only to find where each entry lies; the new list is spliced
 * into the text there, so comments, flow-list spacing and every other byte stay as they were.
 * A file is written only when its regions differ, so a second run changes nothing.
 */
export async function writeCollectionRegions(
  collection: string,
): Promise<{ written: string[]; unchanged: number }> {
  const all = await collectionRegions(collection);
  const written: string[] = [];
  let unchanged = 0;
  for (const [file, media] of all) {
    const text = await readFile(file, 'utf8');
    const next = withRegions(text, media);
    if (next === text) {
      unchanged += 1;
      continue;
    }
    await writeFile(`${file}.tmp`, next);
    await rename(`${file}.tmp`, file);
    written.push(file);
  }
  return { written, unchanged };
}

/** `text` with the regions of each named media file in place (text unchanged when they match). */
export function withRegions(text: string, media: MediaRegions[]): string {
  const doc = parseDocument(text);
  const list = doc.get('media');
  if (!isSeq(list)) return text;
  const edits: { start: number; end: number; insert: string }[] = [];
  for (const item of list.items) {
    if (!isMap(item) || item.flow) continue;
    const file = item.get('file');
    const wanted = media.find((m) => m.file === file)?.regions;
    if (!wanted || (wanted.length === 0 && !item.has('regions'))) continue;
    const current = item.get('regions', true);
    const currentJson = current ? JSON.stringify((current as { toJSON(): unknown }).toJSON()) : undefined;
    if (currentJson === JSON.stringify(wanted.map(plain))) continue;
    const pair = item.items.find((p) => isScalar(p.key) && p.key.value === 'regions') as Pair | undefined;
    const firstKey = (item as YAMLMap).items[0]?.key;
    if (!isScalar(firstKey) || !firstKey.range) continue;
    const indent = firstKey.range[0] - text.lastIndexOf('\n', firstKey.range[0]) - 1;
    const block = render(wanted, indent);
    if (pair && isScalar(pair.key) && pair.key.range && (pair.value as { range?: number[] } | null)?.range) {
      let end = (pair.value as { range: number[] }).range[1]!;
      while (end > 0 && /\s/.test(text[end - 1]!)) end -= 1;
      // No region left: the whole `regions:` line and its list go, back to the line before.
      if (wanted.length === 0)
        edits.push({ start: text.lastIndexOf('\n', pair.key.range[0]), end, insert: '' });
      else edits.push({ start: pair.key.range[0], end, insert: block.trimStart() });
    } else {
      // After the entry's last value, before the line break (and blank lines) that end it.
      let end = item.range![1];
      while (end > 0 && /\s/.test(text[end - 1]!)) end -= 1;
      edits.push({ start: end, end, insert: `\n${block}` });
    }
  }
  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.insert + out.slice(edit.end);
  return out;
}

/** The region with only the fields that are set, in the order the format lists them. */
function plain(region: GeneratedRegion): GeneratedRegion {
  return {
    ...(region.element ? { element: region.element } : {}),
    ...(region.part ? { part: region.part } : {}),
    ...(region.box ? { box: region.box } : {}),
    ...(region.polygon ? { polygon: region.polygon } : {}),
  };
}

/** `regions:` and one flow map a line, at `indent` spaces (the media entry's key column). */
function render(regions: GeneratedRegion[], indent: number): string {
  const pad = ' '.repeat(indent);
  const lines = regions.map((region) => {
    const fields = [
      region.element ? `element: ${region.element}` : `part: ${region.part}`,
      region.box
        ? `box: [${region.box.join(', ')}]`
        : `polygon: [${region.polygon!.map((p) => `[${p.join(', ')}]`).join(', ')}]`,
    ];
    return `${pad}  - { ${fields.join(', ')} }`;
  });
  return regions.length > 0 ? `${pad}regions:\n${lines.join('\n')}` : `${pad}regions: []`;
}
