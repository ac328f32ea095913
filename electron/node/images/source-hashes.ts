import { join } from 'node:path';
import { StampedMemo } from './stamped-memo';

/** Where the memo lives in the derivative cache. */
const MEMO_FILE = 'source-hashes.json';

/**
 * The SHA-256 of each source photo, remembered with how stat saw the file (see `StampedMemo`): an
 * unchanged photo finds its cached renders without being read.
 */
export class SourceHashes extends StampedMemo<string> {
  static async open(cacheDir: string): Promise<SourceHashes> {
    const file = join(cacheDir, MEMO_FILE);
    return new SourceHashes(file, await StampedMemo.entries(file, (v): v is string => typeof v === 'string'));
  }
}
