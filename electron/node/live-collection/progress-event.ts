import type { CollectionProgressEvent } from '../../shared/ipc';
import { readCollectionProgress } from '../../shared/ipc';
import type { BuildProgress } from '../collection/build';

/**
 * A worker build's progress report as the pages hear it (`CollectionProgressEvent`), or null when
 * it is not one: the report crossed a thread boundary, so it is checked field by field.
 */
export function progressEvent(detail: unknown): CollectionProgressEvent | null {
  const { phase, done, total } = (detail ?? {}) as Partial<BuildProgress>;
  return readCollectionProgress({ step: phase, done, total });
}
