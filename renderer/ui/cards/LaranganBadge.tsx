import './cards.css';

/** The mark of a restricted (larangan) court motif, on its card and at the head of its page. */
export function LaranganBadge({ label }: { label: string }) {
  return <span className="larangan-badge">{label}</span>;
}
