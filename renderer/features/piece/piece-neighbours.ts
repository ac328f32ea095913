/** Where a piece sits in the list the visitor is walking, and which pieces lie either side. */
export interface PieceNeighbours {
  /** 1-based position, for "3 / 24"; 0 when the piece is in neither list. */
  position: number;
  total: number;
  previous?: string;
  next?: string;
}

/**
 * The neighbours of `id` in the visitor's result list, or - when that list is empty or does not
 * hold the piece (opened from a motif page, a QR link, a compare view) - in the whole collection
 * (`collectionIds`, accession order). The ends do not wrap: "24 / 24" has no next piece, so a
 * visitor swiping on always knows where the list stops.
 */
export function pieceNeighbours(
  resultIds: readonly string[],
  collectionIds: readonly string[],
  id: string,
): PieceNeighbours {
  const inResults = resultIds.indexOf(id);
  const list = inResults >= 0 ? resultIds : collectionIds;
  const index = inResults >= 0 ? inResults : collectionIds.indexOf(id);
  if (index < 0) return { position: 0, total: list.length };
  return {
    position: index + 1,
    total: list.length,
    previous: index > 0 ? list[index - 1] : undefined,
    next: index < list.length - 1 ? list[index + 1] : undefined,
  };
}
