import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../navigation/router';
import { updateVisit } from '../../navigation/visit-state';
import { useMotif, useMotifMap, useTermMap } from '../../db/hooks';
import { useContentText, useContentTextInfo } from '../../i18n/content-text';
import { TouchButton, ZoomViewer } from '../../kit';
import { motifCardData, pieceCardData } from '../../ui/cards/card-data';
import { collectionUrl, mainMedia } from '../../ui/media-urls';
import { useMotifPieces } from '../../db/motif-lookups';
import { usePlaceMap } from '../../db/piece-lookups';
import { colourSwatches, otherNames } from './motif-view';
import { MotifScreen } from './MotifScreen';
import './motif.css';
import { useErrorShown } from '../../insights/use-error-shown';
import { insightsRecorder } from '../../insights/recorder';
import { RegionCallouts } from '../../ui/regions/RegionCallouts';
import { useRegionCallouts } from '../../ui/regions/use-region-callouts';
import { useZoomLabels } from '../../ui/zoom-labels';

/** `#/motif/<id>`: one motif, with every piece that carries it. */
export function MotifContainer({ id }: { id: string }) {
  const { t } = useTranslation();
  const text = useContentText();
  const textInfo = useContentTextInfo();
  const motif = useMotif(id);
  const motifs = useMotifMap();
  const terms = useTermMap();
  const places = usePlaceMap();
  const pieces = useMotifPieces(id);

  const cards = useMemo(
    () =>
      pieces && motifs && terms
        ? pieces.map((piece) => pieceCardData(piece, { motifs, terms, text }))
        : undefined,
    [pieces, motifs, terms, text],
  );
  const toList = () => navigate({ name: 'motifs' });
  useErrorShown(motif === null ? 'motif-not-found' : null);
  const media = motif ? mainMedia(motif.media) : undefined;
  const regions = useRegionCallouts(media);
  const zoomLabels = useZoomLabels();

  if (motif === undefined || !motifs || !terms || !places || !cards) return null;
  if (motif === null) {
    return (
      <div className="screen-message">
        <h1>{t('motif.notFoundTitle')}</h1>
        <p>{t('motif.notFound')}</p>
        <TouchButton variant="primary" onClick={toList}>
          {t('motif.toList')}
        </TouchButton>
      </div>
    );
  }

  const name = text(motif.name) || motif.id;
  const others = otherNames(motif, name);
  const pieceIds = cards.map((card) => card.id);
  return (
    <MotifScreen
      name={name}
      otherNames={others}
      family={text(terms.get(`family:${motif.family}`)?.label) || motif.family}
      image={
        media && { src: collectionUrl(media.display), alt: text(media.alt), illustrative: media.illustrative }
      }
      // A drawing that names its elements opens in the zoom viewer, with the elements to tap beside
      // it; any other stays a plain picture.
      viewer={
        media &&
        regions.callouts.length > 0 && (
          <ZoomViewer
            dzi={media.tiles ? collectionUrl(media.tiles) : undefined}
            image={collectionUrl(media.display)}
            alt={text(media.alt) || name}
            labels={zoomLabels}
            onFailed={() => insightsRecorder().record({ kind: 'error', what: 'zoom-failed' })}
            marks={regions.marks}
            selectedMark={regions.selected}
            onSelectMark={regions.select}
          />
        )
      }
      callouts={
        <RegionCallouts callouts={regions.callouts} selected={regions.selected} onSelect={regions.select} />
      }
      meaning={textInfo(motif.meaning)}
      history={textInfo(motif.history)}
      elements={motif.elements.map(text).filter(Boolean)}
      swatches={colourSwatches(motif.colours, terms, text)}
      era={text(motif.era.display)}
      origins={motif.origins.map((o) => text(places.get(o)?.name) || o)}
      larangan={motif.larangan.restricted ? { rule: textInfo(motif.larangan.rule) } : undefined}
      notes={motif.notes.map(textInfo).filter((note) => note.text !== '')}
      related={motif.related.flatMap((r) => {
        const other = motifs.get(r);
        return other ? [motifCardData(other, { terms, text })] : [];
      })}
      pieces={cards}
      onOpenMotif={(other) => navigate({ name: 'motif', id: other })}
      onOpenPiece={(piece) => {
        // Swiping on the piece screen then walks this motif's pieces.
        updateVisit({ resultIds: pieceIds });
        navigate({ name: 'piece', id: piece });
      }}
      onList={toList}
    />
  );
}
