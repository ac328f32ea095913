import { describe, expect, it } from 'vitest';
import { settledAt, type FileStamp } from '../../../../../electron/node/images/file-stamp';

const stamp = (mtimeMs: number): FileStamp => ({ size: 10, mtimeMs, ino: 1 });

describe('settledAt: may a stamp taken after a read be trusted later?', () => {
  it('with a finer-than-second mtime, once the write is 50 ms older than the read', () => {
    const written = 1_796_000_000_123.456;
    expect(settledAt(stamp(written), written)).toBe(false);
    expect(settledAt(stamp(written), written + 49)).toBe(false);
    expect(settledAt(stamp(written), written + 50)).toBe(true);
  });

  it('with a whole-second mtime (a file system that keeps seconds, or FAT two), only two seconds later', () => {
    const written = 1_796_000_000_000;
    expect(settledAt(stamp(written), written + 1_999)).toBe(false);
    expect(settledAt(stamp(written), written + 2_000)).toBe(true);
  });

  it('never for a file written after the read began (its mtime is later than the read)', () => {
    expect(settledAt(stamp(1_796_000_000_500.5), 1_796_000_000_400)).toBe(false);
  });
});
