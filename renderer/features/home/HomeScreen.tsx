import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickedText } from '../../i18n/content-text';
import type { UiKey } from '../../i18n/ui-keys';
import { TouchButton } from '../../kit';
import { ContentText, FallbackMarker } from '../../ui/FallbackMarker';
import { ColoursIcon, GridIcon, MotifIcon, SearchIcon } from '../../ui/icons';
import { ReadingDialog } from '../../ui/ReadingDialog';
import { ReadingText } from '../../ui/ReadingText';
import './home.css';

interface GroupTile {
  key: string;
  label: PickedText;
  /** The curator's description of the group, whole. */
  description: PickedText;
  /** What of it fits on the tile: the whole when short, else its beginning ending in "…". */
  preview: string;
  /** How many pieces the group holds. */
  count: number;
  image?: string;
}

/** The other ways in, below the groups; the container knows where each leads. */
export type HomeEntryKey = 'motifs' | 'search' | 'colours' | 'all';

interface HomeEntry {
  key: HomeEntryKey;
  label: UiKey;
  /** null for "all": its hint is the size of the collection. */
  hint: UiKey | null;
  Icon: ComponentType;
}

const ENTRIES: readonly HomeEntry[] = [
  { key: 'motifs', label: 'home.motifs', hint: 'home.motifsHint', Icon: MotifIcon },
  { key: 'search', label: 'home.search', hint: 'home.searchHint', Icon: SearchIcon },
  { key: 'colours', label: 'home.colours', hint: 'home.coloursHint', Icon: ColoursIcon },
  { key: 'all', label: 'home.all', hint: null, Icon: GridIcon },
];

export interface HomeScreenProps {
  groups: readonly GroupTile[];
  onGroup: (key: string) => void;
  /** How many pieces the whole collection holds. */
  pieceTotal: number;
  /** The group whose description is open for reading in full, if any. */
  reading: string | null;
  onRead: (key: string | null) => void;
  onEntry: (key: HomeEntryKey) => void;
}

/**
 * The museum's groups as large picture tiles, then the other ways in: motifs, search, colours, all.
 * A tile shows its group's description whole when it fits, else its beginning and "read it all"
 * beside the tile, which opens the whole text; nothing is cut off out of reach.
 */
export function HomeScreen({ groups, onGroup, pieceTotal, reading, onRead, onEntry }: HomeScreenProps) {
  const { t } = useTranslation();
  const open = groups.find((group) => group.key === reading);
  return (
    <div className="home">
      <h1 className="home__heading">{t('home.heading')}</h1>
      <p className="home__intro">{t('home.intro')}</p>
      <section aria-label={t('home.groups')}>
        <ul className="home__groups">
          {groups.map((group) => (
            <li key={group.key} className="home-group-card">
              <TouchButton className="home-group" data-group={group.key} onClick={() => onGroup(group.key)}>
                {group.image ? (
                  <img className="home-group__image" src={group.image} alt="" draggable={false} />
                ) : (
                  <span className="home-group__image" aria-hidden="true" />
                )}
                <span className="home-group__text">
                  <span className="home-group__label">
                    <ContentText picked={group.label} />
                  </span>
                  <span className="home-group__count">{t('home.pieceCount', { count: group.count })}</span>
                  {group.preview && (
                    <span className="home-group__description">
                      <ContentText picked={{ ...group.description, text: group.preview }} />
                    </span>
                  )}
                </span>
              </TouchButton>
              {group.preview !== group.description.text && (
                <TouchButton
                  className="home-group__more"
                  variant="quiet"
                  aria-label={`${t('reading.open')}: ${group.label.text}`}
                  onClick={() => onRead(group.key)}
                >
                  {t('reading.open')}
                </TouchButton>
              )}
            </li>
          ))}
        </ul>
      </section>
      <nav aria-label={t('home.entries')}>
        <ul className="home__entries">
          {ENTRIES.map(({ key, label, hint, Icon }) => (
            <li key={key}>
              <TouchButton className="home-entry" data-entry={key} onClick={() => onEntry(key)}>
                <Icon />
                <span className="home-entry__text">
                  <span className="home-entry__label">{t(label)}</span>
                  <span className="home-entry__hint">
                    {hint ? t(hint) : t('home.pieceCount', { count: pieceTotal })}
                  </span>
                </span>
              </TouchButton>
            </li>
          ))}
        </ul>
      </nav>
      {open && (
        <ReadingDialog title={<ContentText picked={open.label} />} onClose={() => onRead(null)}>
          <ReadingText
            text={open.description.text}
            lang={open.description.lang}
            marker={<FallbackMarker picked={open.description} />}
          />
        </ReadingDialog>
      )}
    </div>
  );
}
