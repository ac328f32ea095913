import { useTranslation } from 'react-i18next';
import type { MotifCardData } from '../../ui/cards/card-data';
import { MotifCard } from '../../ui/cards/MotifCard';
import { Chip } from '../../ui/chips/Chip';

export interface MotifListGroup {
  family: string;
  label: string;
  cards: MotifCardData[];
}

export interface MotifListScreenProps {
  /** Every motif of the collection, family by family. */
  groups: readonly MotifListGroup[];
  /** Family key shown alone, or null for all families. */
  family: string | null;
  onFamily: (family: string | null) => void;
  onOpen: (id: string) => void;
}

/**
 * Every motif as a large tile, family by family (each tile names its family), with family chips to
 * show one family only. One grid rather than a section per family: most families hold one or two
 * motifs, and separate sections would leave the screen mostly empty.
 */
export function MotifListScreen({ groups, family, onFamily, onOpen }: MotifListScreenProps) {
  const { t } = useTranslation();
  const shown = family ? groups.filter((g) => g.family === family) : groups;
  const total = groups.reduce((sum, g) => sum + g.cards.length, 0);
  return (
    <div className="motif-list">
      <h1>{t('motif.listTitle')}</h1>
      <p className="motif-list__intro">{t('motif.listIntro', { count: total })}</p>
      <div className="chip-row" role="group" aria-label={t('motif.familyFilter')}>
        <Chip aria-pressed={family === null} onClick={() => onFamily(null)}>
          {t('motif.allFamilies')}
        </Chip>
        {groups.map((g) => (
          <Chip key={g.family} aria-pressed={family === g.family} onClick={() => onFamily(g.family)}>
            {g.label}
          </Chip>
        ))}
      </div>
      <ul className="card-grid card-grid--motifs" aria-label={t('motif.listTitle')}>
        {shown.flatMap((g) =>
          g.cards.map((card) => (
            <li key={card.id}>
              <MotifCard card={card} onOpen={onOpen} />
            </li>
          )),
        )}
      </ul>
    </div>
  );
}
