import { join } from 'node:path';
import { StampedMemo } from './stamped-memo';
import type { ImageInspection } from './types';

/** Where the memo lives in the derivative cache. */
const MEMO_FILE = 'source-inspections.json';

function isInspection(value: unknown): value is ImageInspection {
  const v = value as Partial<ImageInspection> | null;
  return (
    typeof v?.format === 'string' &&
    typeof v.width === 'number' &&
    typeof v.height === 'number' &&
    typeof v.pages === 'number' &&
    typeof v.extensionMismatch === 'boolean'
  );
}

/**
 * What a build's check learnt from each source photo's header (format, size, pages), remembered
 * with how stat saw the file (see `StampedMemo`): reading the header means reading the whole file,
 * and a rebuild with nothing changed would otherwise read every photo of the collection again.
 */
export class SourceInspections extends StampedMemo<ImageInspection> {
  static async open(cacheDir: string): Promise<SourceInspections> {
    const file = join(cacheDir, MEMO_FILE);
    return new SourceInspections(file, await StampedMemo.entries(file, isInspection));
  }

  /** `inspect`, answered from the memo for a file stat finds unchanged since it was inspected. */
  remembering(
    inspect: (file: string) => Promise<ImageInspection>,
  ): (file: string) => Promise<ImageInspection> {
    return async (file) => {
      const known = await this.known(file);
      if (known) return known;
      const readFrom = Date.now();
      const found = await inspect(file);
      await this.remember(file, found, readFrom);
      return found;
    };
  }
}
