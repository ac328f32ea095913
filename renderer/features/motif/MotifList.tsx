import { MotifTile, type MotifTileData } from './MotifTile';

export interface MotifListGroup {
  family: string;
  label: string;
  tiles: MotifTileData[];
}

export interface MotifListProps {
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

/** Every motif as a large tile, grouped by family, with family chips to show one family only. */
export function MotifList({ groups, family, onFamily, onOpen, labels }: MotifListProps) {
  const shown = family ? groups.filter((g) => g.family === family) : groups;
  return (
    <div className="motif-list">
      <h1>{labels.title}</h1>
      <p className="motif-list__intro">{labels.intro}</p>
      <div className="chip-row" role="group" aria-label={labels.filter}>
        <button type="button" className="chip" aria-pressed={family === null} onClick={() => onFamily(null)}>
          {labels.all}
        </button>
        {groups.map((g) => (
          <button
            key={g.family}
            type="button"
            className="chip"
            aria-pressed={family === g.family}
            onClick={() => onFamily(g.family)}
          >
            {g.label}
          </button>
        ))}
      </div>
      {shown.map((g) => (
        <section key={g.family} className="motif-list__group" aria-labelledby={`motif-family-${g.family}`}>
          <h2 id={`motif-family-${g.family}`}>{g.label}</h2>
          <ul className="tile-grid">
            {g.tiles.map((tile) => (
              <li key={tile.id}>
                <MotifTile tile={tile} restrictedLabel={labels.restricted} onOpen={onOpen} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
