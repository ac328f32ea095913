import { PressableButton } from '../../kit';

export interface PieceViewChoice {
  /** Media id. */
  id: string;
  /** "Whole cloth", "Kepala", "Detail", "Reverse". */
  label: string;
  thumb?: string;
}

export interface PieceViewPickerProps {
  label: string;
  choices: readonly PieceViewChoice[];
  selected: string;
  onSelect: (id: string) => void;
}

/** Large thumbnail buttons switching the zoom viewer between the piece's views. */
export function PieceViewPicker({ label, choices, selected, onSelect }: PieceViewPickerProps) {
  if (choices.length < 2) return null;
  return (
    <nav className="piece-views" aria-label={label}>
      <ul>
        {choices.map((choice) => (
          <li key={choice.id}>
            <PressableButton
              className="piece-views__button"
              aria-pressed={choice.id === selected}
              onClick={() => onSelect(choice.id)}
            >
              {choice.thumb && <img src={choice.thumb} alt="" draggable={false} />}
              <span>{choice.label}</span>
            </PressableButton>
          </li>
        ))}
      </ul>
    </nav>
  );
}
