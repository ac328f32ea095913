import { isDeepStrictEqual } from 'node:util';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from '../images/file-digest';
import { writeAside } from '../storage/write-aside';
import type { LineTree } from './yaml-lines';

/** Where the memo lives in the derivative cache, beside the photos' header memo. */
const MEMO_FILE = 'yaml-memo.json';

/**
 * The parser whose results are remembered: the `yaml` package's version and our parse settings
 * (yaml-file.ts). A memo written under another one is dropped whole. A unit test compares the
 * version with the installed package, so an upgrade cannot reuse an older parser's answers.
 */
export const YAML_PARSER = 'yaml 2.9.1, parse settings 1';

interface MemoFile {
  parser: string;
  /** A {@link Parsed} as JSON text, by the SHA-256 of the YAML text it was parsed from. */
  texts: Record<string, string>;
}

/** What a YAML text parsed to: its data, and the lines of its nodes for reporting problems. */
export interface Parsed {
  data: unknown;
  lines: LineTree;
}

/**
 * What each of the collection's YAML files parsed to (its data and its nodes' lines), remembered
 * by the hash of its text, so a rebuild does not parse 1,300 unchanged piece files again. The same
 * text always parses to the same document, so a hit needs no file stamps: an edited file has
 * another hash and is parsed. The lines are kept too because the check asks for them even for a
 * file that parsed cleanly (a warning about a missing translation names its line). Only data that
 * JSON holds exactly is kept (text, numbers, true/false, lists, groups); a file with special YAML
 * types (`!!binary`, `!!set`, a NaN) is parsed every time. Like the photos' header memo, only a
 * shortcut: a missing or damaged memo file means every file is parsed once more.
 */
export class YamlMemo {
  private readonly seen = new Map<string, string>();
  private changed = false;

  private constructor(
    private readonly file: string,
    private readonly memo: Map<string, string>,
  ) {}

  /** The memo kept in `cacheDir`; empty when there is none yet or it cannot be used. */
  static async open(cacheDir: string): Promise<YamlMemo> {
    const file = join(cacheDir, MEMO_FILE);
    const memo = new Map<string, string>();
    try {
      const stored = JSON.parse(await readFile(file, 'utf8')) as Partial<MemoFile> | null;
      if (stored?.parser === YAML_PARSER && typeof stored.texts === 'object' && stored.texts) {
        for (const [hash, json] of Object.entries(stored.texts)) {
          if (typeof json === 'string') memo.set(hash, json);
        }
      }
    } catch {
      // None yet, or unreadable: every file is parsed this time.
    }
    return new YamlMemo(file, memo);
  }

  /** How many texts the memo holds. */
  get size(): number {
    return this.memo.size;
  }

  /** What `text` parsed to before (a fresh copy each time), or undefined. */
  known(text: string): Parsed | undefined {
    const hash = sha256(text);
    const json = this.memo.get(hash);
    if (json === undefined) return undefined;
    try {
      const parsed = JSON.parse(json) as Partial<Parsed> | null;
      if (!parsed || !('data' in parsed) || typeof parsed.lines?.line !== 'number') return undefined;
      this.seen.set(hash, json);
      return parsed as Parsed;
    } catch {
      return undefined;
    }
  }

  /** Remembers what `text` parsed to, when JSON can hold its data exactly. */
  remember(text: string, parsed: Parsed): void {
    const json = JSON.stringify(parsed);
    // An empty file (undefined data), NaN, Infinity, -0, tags and the like do not survive JSON.
    if (!isDeepStrictEqual(JSON.parse(json), parsed)) return;
    const hash = sha256(text);
    this.seen.set(hash, json);
    if (this.memo.get(hash) !== json) this.changed = true;
  }

  /** Writes the texts this run read (others are forgotten), when anything changed. */
  async save(): Promise<void> {
    if (!this.changed && this.seen.size === this.memo.size) return;
    const stored: MemoFile = { parser: YAML_PARSER, texts: Object.fromEntries(this.seen) };
    await writeAside(this.file, JSON.stringify(stored));
  }
}
