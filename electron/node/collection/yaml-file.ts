import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node } from 'yaml';
import { describeError } from './problems';
import type { FieldPath, ProblemList } from './problems';

/** A YAML file that parsed cleanly, with a way back from a field path to its line. */
export interface YamlFile {
  /** Relative to the collection folder, forward slashes. */
  file: string;
  data: unknown;
  /** Line of the value at `path`, or of the nearest enclosing node when the value is absent. */
  lineAt(path: FieldPath, keyLine?: boolean): number | undefined;
}

/** Where the first undecodable byte sits, so the curator can find it in their editor. */
function firstBadUtf8Line(bytes: Buffer): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  const at = text.indexOf('\uFFFD');
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

function nodeLine(doc: Document, lc: LineCounter, path: FieldPath, keyLine: boolean): number | undefined {
  // Walk down as far as the path exists; a missing key is reported at its parent's line.
  let node: unknown = doc.contents;
  let line: number | undefined = node && (node as Node).range ? lc.linePos((node as Node).range![0]).line : 1;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const k = p.key as { value?: unknown } | null;
        return k !== null && typeof k === 'object' && String(k.value) === String(seg);
      });
      if (!pair) return line;
      const keyNode = pair.key as Node | null;
      const valueNode = pair.value as Node | null;
      if (keyNode?.range) line = lc.linePos(keyNode.range[0]).line;
      // A scalar is reported where its value sits (a long text may start on the next line); a
      // block map or list where its key is, which is where the curator looks for it.
      const isScalarValue = valueNode !== null && !isMap(valueNode) && !isSeq(valueNode);
      if (!keyLine && isScalarValue && valueNode.range) line = lc.linePos(valueNode.range[0]).line;
      node = valueNode;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) return line;
      if (item.range) line = lc.linePos(item.range[0]).line;
      node = item;
    } else {
      return line;
    }
  }
  return line;
}

/**
 * Reads one YAML file as a curator saved it. Encoding and syntax mistakes become problems;
 * `null` means the file could not be used at all (missing files are the caller's concern).
 */
export async function readYamlFile(
  root: string,
  rel: string,
  problems: ProblemList,
): Promise<YamlFile | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path.join(root, rel));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // `.yml` is a common spelling of the extension; name the fix instead of only the absence.
    const yml = rel.replace(/\.yaml$/, '.yml');
    const hint =
      code === 'ENOENT' &&
      (await access(path.join(root, yml)).then(
        () => true,
        () => false,
      ))
        ? ` Rename ${yml} to ${path.basename(rel)}.`
        : '';
    problems.add({
      file: rel,
      field: '',
      kind: code === 'ENOENT' ? 'missing-file' : 'unreadable-file',
      message:
        code === 'ENOENT'
          ? `The file ${rel} is missing.${hint}`
          : `The file ${rel} could not be read (${describeError(err)}).`,
    });
    return null;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    problems.add({
      file: rel,
      field: '',
      line: firstBadUtf8Line(bytes),
      kind: 'invalid-utf8',
      message:
        'This file is not saved as UTF-8 text. Open it in a text editor and save it again with UTF-8 encoding.',
    });
    return null;
  }
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const line = lc.linePos(e.pos[0]).line;
      if (e.code === 'DUPLICATE_KEY') {
        problems.add({
          file: rel,
          field: '',
          line,
          kind: 'duplicate-id',
          message: `The same key is written twice in this file (line ${line}); each key may appear only once.`,
        });
      } else {
        problems.add({
          file: rel,
          field: '',
          line,
          kind: 'yaml-syntax',
          message: `The file cannot be read as YAML near line ${line}: ${e.message.split('\n')[0]}. Check indentation, colons and brackets.`,
        });
      }
    }
    return null;
  }
  let data: unknown;
  try {
    // The alias limit stops a "billion laughs" file from expanding into gigabytes.
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    problems.add({
      file: rel,
      field: '',
      kind: 'yaml-syntax',
      message: `The file cannot be read as YAML: ${describeError(err)}.`,
    });
    return null;
  }
  return {
    file: rel,
    data,
    lineAt: (p, keyLine = false) => nodeLine(doc, lc, p, keyLine),
  };
}
