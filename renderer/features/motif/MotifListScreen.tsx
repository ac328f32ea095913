import type { MotifCardData } from '../../ui/cards/card-data';
import { MotifCard } from '../../ui/cards/MotifCard';
import { Chip } from '../../ui/chips/Chip';

export interface MotifListGroup {
  family: string;
  label: string;
  cards: MotifCardData[];
}

export interface MotifListScreenProps {
  groups: readonly MotifListGroup[];
  /** Family key shown alone, or null for all families. */
  family: string | null;
  onFamily: (family: string | null) => void;
  onOpen: (id: string) => void;
  labels: {
    title: string;
    intro: string;
    filter: string;
    all: string;
    restricted: string;
  };
}

/**
 * Every motif as a large tile, family by family (each tile names its family), with family chips to
 * show one family only. One grid rather than a section per family: most families hold one or two
 * motifs, and separate sections would leave the screen mostly empty.
 */
export function MotifListScreen({ groups, family, onFamily, onOpen, labels }: MotifListScreenProps) {
  const shown = family ? groups.filter((g) => g.family === family) : groups;
  return (
    <div className="motif-list">
      <h1>{labels.title}</h1>
      <p className="motif-list__intro">{labels.intro}</p>
      <div className="chip-row" role="group" aria-label={labels.filter}>
        <Chip aria-pressed={family === null} onClick={() => onFamily(null)}>
          {labels.all}
        </Chip>
        {groups.map((g) => (
          <Chip key={g.family} aria-pressed={family === g.family} onClick={() => onFamily(g.family)}>
            {g.label}
          </Chip>
        ))}
      </div>
      <ul className="card-grid card-grid--motifs" aria-label={labels.title}>
        {shown.flatMap((g) =>
          g.cards.map((card) => (
            <li key={card.id}>
              <MotifCard card={card} restrictedLabel={labels.restricted} onOpen={onOpen} />
            </li>
          )),
        )}
      </ul>
    </div>
  );
}
