import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sameStamp, settledAt, stampOf, type FileStamp } from './file-stamp';

/** Where the memo lives in the derivative cache. */
const MEMO_FILE = 'source-hashes.json';

interface Known extends FileStamp {
  sha256: string;
}

/**
 * The SHA-256 of each source photo, remembered with how stat saw the file, so a rebuild with
 * nothing changed need not read 1,300 photographs (gigabytes) to learn that: a photo replaced or
 * edited in place has a new mtime (and usually size or inode), and is read and hashed again. A
 * photo changed within a clock tick of being hashed is not remembered (see file-stamp.ts). The memo is
 * only a shortcut: a lost or damaged file just means every photo is read once more.
 */
export class SourceHashes {
  private readonly seen = new Map<string, Known>();
  private changed = false;

  private constructor(
    private readonly file: string,
    private readonly memo: Map<string, Known>,
  ) {}

  static async open(cacheDir: string): Promise<SourceHashes> {
    const file = join(cacheDir, MEMO_FILE);
    const memo = new Map<string, Known>();
    try {
      const parsed = JSON.parse(await readFile(file, 'utf8')) as Record<string, Known>;
      for (const [path, known] of Object.entries(parsed)) {
        if (typeof known?.sha256 === 'string' && typeof known.mtimeMs === 'number') memo.set(path, known);
      }
    } catch {
      // None yet, or unreadable: every source is hashed from its bytes this time.
    }
    return new SourceHashes(file, memo);
  }

  /** The remembered hash of `path` when the file is as it was when hashed, else undefined. */
  async known(path: string): Promise<string | undefined> {
    const was = this.memo.get(path);
    if (!was) return undefined;
    const now = await stampOf(path);
    if (!now || !sameStamp(now, was)) return undefined;
    this.seen.set(path, was);
    return was.sha256;
  }

  /**
   * Remembers the hash of bytes read from `path` from `readFrom` on (ms since the epoch), unless the
   * file changed too recently before that read to trust its stamp later.
   */
  async remember(path: string, sha256: string, readFrom: number): Promise<void> {
    const now = await stampOf(path);
    if (!now || !settledAt(now, readFrom)) return;
    const known = { ...now, sha256 };
    this.seen.set(path, known);
    const was = this.memo.get(path);
    if (!was || was.sha256 !== sha256 || was.mtimeMs !== known.mtimeMs) this.changed = true;
  }

  /** Writes the memo of the sources this build saw (others are forgotten), when it changed. */
  async save(): Promise<void> {
    if (!this.changed && this.seen.size === this.memo.size) return;
    const temp = `${this.file}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(Object.fromEntries(this.seen)));
    await rename(temp, this.file);
  }
}
