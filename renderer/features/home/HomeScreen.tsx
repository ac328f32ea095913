import type { ReactNode } from 'react';
import type { PickedText } from '../../i18n/content-text';
import { TouchButton } from '../../kit';
import { ContentText } from '../../ui/FallbackMarker';
import './home.css';

export interface GroupTile {
  key: string;
  label: PickedText;
  description: PickedText;
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
  entriesLabel: string;
  entries: readonly HomeEntry[];
  onEntry: (key: string) => void;
}

/** The museum's groups as large picture tiles, then the other ways in: motifs, search, colours, all. */
export function HomeScreen(props: HomeScreenProps) {
  const { heading, intro, groupsLabel, groups, onGroup, entriesLabel, entries, onEntry } = props;
  return (
    <div className="home">
      <h1 className="home__heading">{heading}</h1>
      <p className="home__intro">{intro}</p>
      <section aria-label={groupsLabel}>
        <ul className="home__groups">
          {groups.map((group) => (
            <li key={group.key}>
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
                  {group.description.text && (
                    <span className="home-group__description">
                      <ContentText picked={group.description} />
                    </span>
                  )}
                </span>
              </TouchButton>
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
    </div>
  );
}
