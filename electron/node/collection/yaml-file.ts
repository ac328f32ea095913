import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Composer, LineCounter, Parser } from 'yaml';
import type { Document, ErrorCode } from 'yaml';
import type { FieldPath, ProblemList } from './problems';
import { MAX_YAML_BYTES } from './text-limits';
import { inspectAliases, MAX_NESTING, repeatedKeys, tooDeepAt } from './yaml-guards';
import { lineTree, nodeLine, treeLine } from './yaml-lines';
import { fileErrorText, yamlErrorText } from './yaml-messages';
import { firstBadUtf8Line, statYaml, tooLarge } from './yaml-source';
import type { Report } from './yaml-source';
import type { Parsed, YamlMemo } from './yaml-memo';

/** A YAML file that parsed cleanly, with a way back from a field path to its line. */
export interface YamlFile {
  /** Relative to the collection folder, forward slashes. */
  file: string;
  data: unknown;
  /** Line of the value at `path`, or of the nearest enclosing node when the value is absent. */
  lineAt(path: FieldPath, keyLine?: boolean): number | undefined;
}

/**
 * Reads one YAML file as a curator saved it. Encoding and syntax mistakes become problems;
 * `null` means the file could not be used at all (missing files are the caller's concern).
 */
export async function readYamlFile(
  root: string,
  rel: string,
  problems: ProblemList,
  memo?: YamlMemo,
): Promise<YamlFile | null> {
  const report: Report = (kind, message, line) =>
    problems.add({ file: rel, field: '', kind, message, ...(line === undefined ? {} : { line }) });
  if (!(await statYaml(root, rel, report))) return null;
  let bytes: Buffer;
  try {
    bytes = await readFile(path.join(root, rel));
  } catch (err) {
    report('unreadable-file', `The file ${rel} cannot be read: ${fileErrorText(err)}.`);
    return null;
  }
  // The file may have grown since it was measured.
  if (bytes.length > MAX_YAML_BYTES) {
    report('file-too-large', tooLarge(rel, bytes.length));
    return null;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    report(
      'invalid-utf8',
      'This file is not saved as UTF-8 text. Open it in a text editor and save it again with UTF-8 encoding.',
      firstBadUtf8Line(bytes),
    );
    return null;
  }
  const known = memo?.known(text);
  if (known) return located(rel, known);
  return parseYaml(rel, text, report, memo);
}

function located(rel: string, { data, lines }: Parsed): YamlFile {
  return { file: rel, data, lineAt: (p, keyLine = false) => treeLine(lines, p, keyLine) };
}

/** Parses checked text: nesting depth first, then syntax, then aliases, each with a line. */
function parseYaml(rel: string, text: string, report: Report, memo: YamlMemo | undefined): YamlFile | null {
  const lc = new LineCounter();
  const tokens = [...new Parser(lc.addNewLine).parse(text)];
  const deep = tooDeepAt(tokens);
  if (deep !== undefined) {
    const line = lc.linePos(deep).line;
    report(
      'yaml-too-complex',
      `Lists or groups are nested more than ${MAX_NESTING} levels deep here (line ${line}); collection files ` +
        'need at most four. Check for brackets [ { that are opened but never closed.',
      line,
    );
    return null;
  }
  const docs = [...new Composer({ uniqueKeys: false }).compose(tokens, true, text.length)];
  const doc = docs[0]!;
  if (syntaxErrors(doc, docs[1]?.range[0], lc, report)) return null;
  let data: unknown;
  try {
    // The alias limit stops a "billion laughs" file from expanding into gigabytes.
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    aliasProblem(doc, lc, report);
    return null;
  }
  if (memo) {
    const parsed = { data, lines: lineTree(doc, lc) };
    memo.remember(text, parsed);
    return located(rel, parsed);
  }
  return {
    file: rel,
    data,
    lineAt: (p, keyLine = false) => nodeLine(doc, lc, p, keyLine),
  };
}

/** Reports each syntax error once, in plain words; true when there was any. */
function syntaxErrors(
  doc: Document.Parsed,
  secondDocAt: number | undefined,
  lc: LineCounter,
  report: Report,
): boolean {
  const errors: { code: ErrorCode; pos: number }[] = [
    ...doc.errors.map((e) => ({ code: e.code, pos: e.pos[0] })),
    ...repeatedKeys(doc).map((pos) => ({ code: 'DUPLICATE_KEY' as const, pos })),
  ].sort((a, b) => a.pos - b.pos);
  if (secondDocAt !== undefined) errors.push({ code: 'MULTIPLE_DOCS', pos: secondDocAt });
  const seen = new Set<string>();
  for (const { code, pos } of errors) {
    const line = lc.linePos(pos).line;
    // The YAML library reports some mistakes once per enclosing level; one line is enough.
    const key = `${line}:${code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (code === 'DUPLICATE_KEY') {
      report(
        'duplicate-id',
        `The same key is written twice in this file (line ${line}); each key may appear only once.`,
        line,
      );
    } else {
      report(
        code === 'RESOURCE_EXHAUSTION' ? 'yaml-too-complex' : 'yaml-syntax',
        `The file cannot be read as YAML near line ${line}: ${yamlErrorText(code)}.`,
        line,
      );
    }
  }
  return errors.length > 0;
}

/** Explains why a parsed document could not become data: an alias bomb, or an alias without anchor. */
function aliasProblem(doc: Document.Parsed, lc: LineCounter, report: Report): void {
  const { worst, dangling } = inspectAliases(doc);
  if (dangling) {
    const line = lc.linePos(dangling.offset).line;
    report(
      'yaml-syntax',
      `The alias *${dangling.name} on line ${line} has no anchor &${dangling.name} before it.`,
      line,
    );
  } else if (worst) {
    const line = lc.linePos(worst.offset).line;
    report(
      'yaml-too-complex',
      `The alias *${worst.name} on line ${line} repeats values that repeat others in turn: written out, ` +
        `the file would hold about ${worst.size.toLocaleString('en')} values. Write the values out ` +
        'instead of repeating aliases of aliases.',
      line,
    );
  } else {
    report(
      'yaml-syntax',
      'The file uses aliases (*name) in a way that cannot be read; write the values out instead.',
    );
  }
}
