import { useTranslation } from 'react-i18next';
import { PressableButton } from '../../kit';
import type { ColourTile } from './colour-tiles';
import './colours.css';

export interface ColoursScreenProps {
  tiles: readonly ColourTile[];
  onPick: (key: string) => void;
}

/** Colour browse: one large swatch tile per colour/dye family, with how many pieces carry it. */
export function ColoursScreen({ tiles, onPick }: ColoursScreenProps) {
  const { t } = useTranslation();
  return (
    <section className="colours" aria-labelledby="colours-title">
      <h1 id="colours-title" className="colours__title">
        {t('colours.title')}
      </h1>
      <p className="colours__intro">{t('colours.intro')}</p>
      <ul className="colours__tiles" aria-label={t('colours.listLabel')}>
        {tiles.map((tile) => (
          <li key={tile.key}>
            <ColourTileButton
              tile={tile}
              countText={t('colours.count', { count: tile.count })}
              onPick={onPick}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ColourTileButton(props: { tile: ColourTile; countText: string; onPick: (key: string) => void }) {
  const { tile, countText, onPick } = props;
  return (
    <PressableButton className="colour-tile" onClick={() => onPick(tile.key)}>
      <span className="colour-tile__swatch" style={{ backgroundColor: tile.hex }} aria-hidden="true" />
      <span className="colour-tile__label">{tile.label}</span>
      <span className="colour-tile__count">{countText}</span>
      {tile.description && <span className="colour-tile__about">{tile.description}</span>}
    </PressableButton>
  );
}
