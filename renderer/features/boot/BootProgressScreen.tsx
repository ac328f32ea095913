/** The boot screens that show work under way: a heading, a hint, a bar and, when known, a count. */
export interface BootProgressScreenProps {
  /** Id of the heading, which also names the bar. */
  id: string;
  title: string;
  hint: string;
  /** The bar's end; with `value` undefined the bar shows work of unknown length. */
  max: number;
  value: number | undefined;
  /** How far along, read out as it changes; absent before anything is known. */
  line?: string;
}

export function BootProgressScreen({ id, title, hint, max, value, line }: BootProgressScreenProps) {
  return (
    <section className="boot-screen" aria-labelledby={id}>
      <h1 id={id}>{title}</h1>
      <p>{hint}</p>
      <progress className="boot-screen__progress" aria-labelledby={id} max={max} value={value} />
      {line !== undefined && <p aria-live="polite">{line}</p>}
    </section>
  );
}
