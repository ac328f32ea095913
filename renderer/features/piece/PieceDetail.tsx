export interface PieceDetailProps {
  title: string;
  motifs: string;
  date: string;
  /** Paragraphs of the description. */
  description: readonly string[];
  image?: { src: string; alt: string; illustrative: boolean };
  labels: { back: string; motif: string; date: string; illustrative: string };
  onBack: () => void;
}

/** One piece: its display image beside the title, facts and description. */
export function PieceDetail({ title, motifs, date, description, image, labels, onBack }: PieceDetailProps) {
  return (
    <article className="piece-detail">
      <button type="button" className="back-button" onClick={onBack}>
        <span aria-hidden="true">←</span> {labels.back}
      </button>
      <div className="piece-detail__body">
        {image && (
          <figure className="piece-detail__figure">
            <img className="piece-detail__image" src={image.src} alt={image.alt} draggable={false} />
            {image.illustrative && <figcaption>{labels.illustrative}</figcaption>}
          </figure>
        )}
        <div className="piece-detail__text">
          <h1>{title}</h1>
          <dl className="piece-detail__facts">
            <dt>{labels.motif}</dt>
            <dd>{motifs}</dd>
            <dt>{labels.date}</dt>
            <dd>{date}</dd>
          </dl>
          {description.map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </div>
      </div>
    </article>
  );
}
