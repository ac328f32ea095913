/** Browse grid geometry shared by the layout code and browse.css (keep the numbers in step). */
const CARD_MIN_PX = 300;
const GRID_GAP_PX = 24;
const GRID_PAD_PX = 24;
/** Height of a row until one has been measured: picture, two title lines, three fact lines, gap. */
export const ROW_ESTIMATE_PX = 470;

/**
 * How wide each card is, px, with `columns` of them across a scroller `width` px wide: about the
 * width its picture is drawn at (less the card's border), which picks the picture's crop.
 */
export function cardWidthFor(width: number, columns: number): number {
  return Math.floor((width - 2 * GRID_PAD_PX - (columns - 1) * GRID_GAP_PX) / columns);
}

/** How many cards fit across a scroller `width` px wide (at least one). */
export function columnsFor(width: number): number {
  return Math.max(1, Math.floor((width - 2 * GRID_PAD_PX + GRID_GAP_PX) / (CARD_MIN_PX + GRID_GAP_PX)));
}
