import { readFile } from 'node:fs/promises';
import { writeAside } from '../storage/write-aside';
import { sameStamp, settledAt, stampOf, type FileStamp } from './file-stamp';

interface Remembered<V> extends FileStamp {
  value: V;
}

/**
 * Something learnt from a file's bytes (its hash, its image header), remembered in a JSON file with
 * how stat saw the file, so a rebuild with nothing changed need not read 1,300 photographs
 * (gigabytes) to learn it again: a file replaced or edited in place has a new mtime (and usually
 * size or inode), and is read again. A file changed within the racy window before it was read is
 * not remembered (see file-stamp.ts). The memo is only a shortcut: a lost or damaged file just
 * means every file is read once more.
 */
export class StampedMemo<V> {
  private readonly seen = new Map<string, Remembered<V>>();
  private changed = false;

  protected constructor(
    private readonly file: string,
    private readonly memo: Map<string, Remembered<V>>,
  ) {}

  /** The entries of a memo file whose values pass `isValue`; none when it is missing or damaged. */
  protected static async entries<V>(
    file: string,
    isValue: (value: unknown) => value is V,
  ): Promise<Map<string, Remembered<V>>> {
    const memo = new Map<string, Remembered<V>>();
    try {
      const parsed = JSON.parse(await readFile(file, 'utf8')) as Record<string, Partial<Remembered<unknown>>>;
      for (const [path, known] of Object.entries(parsed)) {
        if (typeof known?.mtimeMs === 'number' && isValue(known.value)) {
          memo.set(path, known as Remembered<V>);
        }
      }
    } catch {
      // None yet, or unreadable: every file is read from its bytes this time.
    }
    return memo;
  }

  /** The remembered value for `path` when the file is as it was when read, else undefined. */
  async known(path: string): Promise<V | undefined> {
    const was = this.memo.get(path);
    if (!was) return undefined;
    const now = stampOf(path);
    if (!now || !sameStamp(now, was)) return undefined;
    this.seen.set(path, was);
    return was.value;
  }

  /**
   * Remembers what was learnt from bytes read from `path` from `readFrom` on (ms since the epoch),
   * unless the file changed too recently before that read to trust its stamp later.
   */
  async remember(path: string, value: V, readFrom: number): Promise<void> {
    const now = stampOf(path);
    if (!now || !settledAt(now, readFrom)) return;
    const known = { ...now, value };
    this.seen.set(path, known);
    const was = this.memo.get(path);
    if (!was || !sameStamp(was, known) || JSON.stringify(was.value) !== JSON.stringify(value)) {
      this.changed = true;
    }
  }

  /** Writes the memo of the files this run saw (others are forgotten), when it changed. */
  async save(): Promise<void> {
    if (!this.changed && this.seen.size === this.memo.size) return;
    await writeAside(this.file, JSON.stringify(Object.fromEntries(this.seen)));
  }
}
