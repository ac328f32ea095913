import type { ReactNode } from 'react';
import type { PickedText } from '../../i18n/content-text';
import { TouchButton } from '../../kit';
import { ContentText, FallbackMarker } from '../../ui/FallbackMarker';
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
  /** e.g. "26 kain". */
  countText: string;
  image?: string;
}

export interface HomeEntry {
  key: string;
  label: string;
  hint: string;
  icon: ReactNode;
}

export interface HomeScreenProps {
  heading: string;
  intro: string;
  groupsLabel: string;
  groups: readonly GroupTile[];
  onGroup: (key: string) => void;
  /** The group whose description is open for reading in full, if any. */
  reading: string | null;
  onRead: (key: string | null) => void;
  readingLabels: { open: string };
  entriesLabel: string;
  entries: readonly HomeEntry[];
  onEntry: (key: string) => void;
}

/**
 * The museum's groups as large picture tiles, then the other ways in: motifs, search, colours, all.
 * A tile shows its group's description whole when it fits, else its beginning and "read it all"
 * beside the tile, which opens the whole text; nothing is cut off out of reach.
 */
export function HomeScreen(props: HomeScreenProps) {
  const { heading, intro, groupsLabel, groups, onGroup, entriesLabel, entries, onEntry } = props;
  const { reading, onRead, readingLabels } = props;
  const open = groups.find((group) => group.key === reading);
  return (
    <div className="home">
      <h1 className="home__heading">{heading}</h1>
      <p className="home__intro">{intro}</p>
      <section aria-label={groupsLabel}>
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
                  <span className="home-group__count">{group.countText}</span>
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
                  aria-label={`${readingLabels.open}: ${group.label.text}`}
                  onClick={() => onRead(group.key)}
                >
                  {readingLabels.open}
                </TouchButton>
              )}
            </li>
          ))}
        </ul>
      </section>
      <nav aria-label={entriesLabel}>
        <ul className="home__entries">
          {entries.map((entry) => (
            <li key={entry.key}>
              <TouchButton className="home-entry" data-entry={entry.key} onClick={() => onEntry(entry.key)}>
                {entry.icon}
                <span className="home-entry__text">
                  <span className="home-entry__label">{entry.label}</span>
                  <span className="home-entry__hint">{entry.hint}</span>
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
