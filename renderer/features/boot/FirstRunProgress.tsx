export interface FirstRunProgressProps {
  title: string;
  hint: string;
  /** e.g. "3 of 12 parts"; absent before the number of parts is known. */
  progressText?: string;
  done: number;
  total: number;
}

/** Shown while the very first sync fills the empty store. */
export function FirstRunProgress({ title, hint, progressText, done, total }: FirstRunProgressProps) {
  return (
    <section className="boot-screen" aria-labelledby="first-run-title">
      <h1 id="first-run-title">{title}</h1>
      <p>{hint}</p>
      <progress
        className="boot-screen__progress"
        aria-labelledby="first-run-title"
        max={Math.max(total, 1)}
        value={total > 0 ? done : undefined}
      />
      {progressText && <p aria-live="polite">{progressText}</p>}
    </section>
  );
}
