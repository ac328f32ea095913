import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router';
import { useMotifMap, usePiece } from '../../db/hooks';
import { useContentText } from '../../i18n/content-text';
import { collectionUrl, mainMedia } from '../../ui/media-urls';
import { PieceDetail } from './PieceDetail';

export function PieceDetailContainer({ id }: { id: string }) {
  const { t } = useTranslation();
  const text = useContentText();
  const piece = usePiece(id);
  const motifs = useMotifMap();
  const onBack = () => navigate({ name: 'home' });
  if (piece === undefined || motifs === undefined) return null;
  if (piece === null) {
    return (
      <div className="screen-message">
        <p>{t('piece.notFound')}</p>
        <button type="button" className="back-button" onClick={onBack}>
          {t('piece.back')}
        </button>
      </div>
    );
  }
  const media = mainMedia(piece.media);
  return (
    <PieceDetail
      title={text(piece.title)}
      motifs={piece.motifIds.map((m) => text(motifs.get(m)?.name) || m).join(', ')}
      date={text(piece.production.date.display) || String(piece.production.date.earliest ?? '')}
      description={text(piece.description)
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)}
      image={
        media && { src: collectionUrl(media.display), alt: text(media.alt), illustrative: media.illustrative }
      }
      labels={{
        back: t('piece.back'),
        motif: t('piece.motif'),
        date: t('piece.date'),
        illustrative: t('piece.illustrative'),
      }}
      onBack={onBack}
    />
  );
}
