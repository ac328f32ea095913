import { TouchButton } from '../../kit';

export interface StoreUnavailableProps {
  title: string;
  body: string;
  retryLabel: string;
  onRetry: () => void;
}

/** No cached collection and no host: a friendly explanation and a retry, never a blank page. */
export function StoreUnavailable({ title, body, retryLabel, onRetry }: StoreUnavailableProps) {
  return (
    <section className="boot-screen" aria-labelledby="unavailable-title">
      <h1 id="unavailable-title">{title}</h1>
      <p>{body}</p>
      <TouchButton variant="primary" onClick={onRetry}>
        {retryLabel}
      </TouchButton>
    </section>
  );
}
