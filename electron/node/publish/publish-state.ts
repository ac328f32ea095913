/**
 * What a kiosk holds from a publisher, kept beside its builds (`<out>/publish-state.json`): the
 * pointer version now live, when it was verified, the pointer's ETag for the next poll. The version
 * is what makes a replayed older pointer a rollback to refuse.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

const STATE_FILE = 'publish-state.json';

export interface PublishState {
  source: string;
  version: number;
  collectionVersion: string;
  manifestSha256: string;
  /** The live version's file list (kept in the store): what the next delta applies to. */
  listSha256: string;
  /** When the live version's pointer and files were last verified (ISO). */
  verifiedAt: string;
  etag: string | null;
}

export async function readPublishState(out: string): Promise<PublishState | null> {
  try {
    const data = JSON.parse(await readFile(path.join(out, STATE_FILE), 'utf8')) as Partial<PublishState>;
    if (!Number.isInteger(data.version) || typeof data.collectionVersion !== 'string') return null;
    return data as PublishState;
  } catch {
    return null;
  }
}

export async function writePublishState(out: string, state: PublishState): Promise<void> {
  const file = path.join(out, STATE_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(state, null, 2)}\n`);
  await rename(temporary, file);
}
