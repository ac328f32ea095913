import { useTranslation } from 'react-i18next';
import type { MediaRecord } from '../../../electron/shared/collection-records';
import type { UiKey } from '../../i18n/ui-keys';
import { PressableButton } from '../../kit';

/** Each view's name: "Whole cloth", "Kepala", "Detail", "Reverse". */
const VIEW_KEYS: Record<MediaRecord['view'], UiKey> = {
  full: 'piece.viewFull',
  kepala: 'piece.viewKepala',
  detail: 'piece.viewDetail',
  reverse: 'piece.viewReverse',
};

export interface PieceViewChoice {
  /** Media id. */
  id: string;
  /** Which view of the cloth the image shows; the button is named after it. */
  view: MediaRecord['view'];
  thumb?: string;
}

export interface PieceViewPickerProps {
  choices: readonly PieceViewChoice[];
  selected: string;
  onSelect: (id: string) => void;
}

/** Large thumbnail buttons switching the zoom viewer between the piece's views. */
export function PieceViewPicker({ choices, selected, onSelect }: PieceViewPickerProps) {
  const { t } = useTranslation();
  if (choices.length < 2) return null;
  return (
    <nav className="piece-views" aria-label={t('piece.views')}>
      <ul>
        {choices.map((choice) => (
          <li key={choice.id}>
            <PressableButton
              className="piece-views__button"
              aria-pressed={choice.id === selected}
              onClick={() => onSelect(choice.id)}
            >
              {choice.thumb && <img src={choice.thumb} alt="" draggable={false} />}
              {/* A view the curator format may add later reads as the whole cloth until named. */}
              <span>{t(VIEW_KEYS[choice.view] ?? 'piece.viewFull')}</span>
            </PressableButton>
          </li>
        ))}
      </ul>
    </nav>
  );
}
