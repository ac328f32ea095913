/**
 * Phases of a sync, in order. `ready` fires right after the pointer flip: the new collection is
 * live from then on, even while `settle` still brings the old slot level in the background.
 */
export type SyncPhase = 'manifest' | 'load' | 'verify' | 'index' | 'ready' | 'settle' | 'done';

export interface SyncProgress {
  phase: SyncPhase;
  /** Units finished in this phase (chunks for `load` and `settle`). */
  done: number;
  total: number;
}

export type ProgressListener = (progress: SyncProgress) => void;
