import './tiles.css';

/** What a motif tile shows; built by the containers from a `MotifRecord`. */
export interface MotifTileData {
  id: string;
  name: string;
  family: string;
  thumb?: string;
  restricted: boolean;
  /** e.g. "12 kain"; omitted where counts are not known. */
  pieces?: string;
}

export interface MotifTileProps {
  tile: MotifTileData;
  /** Visible badge text on restricted (larangan) motifs. */
  restrictedLabel: string;
  onOpen: (id: string) => void;
}

/**
 * One motif as a large tile: its drawing, name, family and a larangan badge. The image is
 * decorative here (alt=""): the tile's text names the motif, and the drawing is described on the
 * motif page, where it is shown large.
 */
export function MotifTile({ tile, restrictedLabel, onOpen }: MotifTileProps) {
  return (
    <button type="button" className="motif-tile" onClick={() => onOpen(tile.id)}>
      <span className="motif-tile__image">
        {tile.thumb && <img src={tile.thumb} alt="" draggable={false} loading="lazy" />}
      </span>
      <span className="motif-tile__text">
        <span className="motif-tile__name">{tile.name}</span>
        <span className="motif-tile__family">{tile.family}</span>
        {tile.pieces && <span className="motif-tile__pieces">{tile.pieces}</span>}
        {tile.restricted && <span className="larangan-badge">{restrictedLabel}</span>}
      </span>
    </button>
  );
}
