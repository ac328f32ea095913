import type OpenSeadragon from 'openseadragon';

/**
 * Puts a piece's deep-zoom tiles in place of the plain display image its viewer opened with (the
 * kiosk goes live before every tile set is made), without a visible change: the tiled image is
 * added at the same place, invisible but loading (`preload`), and made visible - the plain image
 * removed - only once every tile the current view needs has arrived, so the visitor never sees
 * a blurred level drawn over the sharp picture, and the zoom and pan stay where they were. A
 * descriptor that cannot be opened leaves the plain image in place. Returns a cancel function
 * (the viewer's source changed, or it is being destroyed).
 */
export function upgradeToTiles(viewer: OpenSeadragon.Viewer, url: string, onShown: () => void): () => void {
  const plain = viewer.world.getItemCount() > 0 ? viewer.world.getItemAt(0) : undefined;
  if (!plain) return () => undefined;
  const bounds = plain.getBounds();
  let cancelled = false;
  let added: OpenSeadragon.TiledImage | null = null;
  const options: OpenSeadragon.TileSourceSpecifier = {
    tileSource: url,
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    opacity: 0,
    preload: true,
    success: (event) => {
      const item = (event as unknown as { item: OpenSeadragon.TiledImage }).item;
      if (cancelled) return;
      added = item;
      const show = () => {
        if (cancelled) return;
        item.setOpacity(1);
        viewer.world.removeItem(plain);
        onShown();
      };
      if (item.getFullyLoaded()) {
        show();
        return;
      }
      const whenLoaded = (loaded: OpenSeadragon.FullyLoadedChangeTiledImageEvent) => {
        if (!loaded.fullyLoaded) return;
        item.removeHandler('fully-loaded-change', whenLoaded);
        show();
      };
      item.addHandler('fully-loaded-change', whenLoaded);
    },
  };
  viewer.addTiledImage(options);
  return () => {
    cancelled = true;
    // Not shown yet: the half-loaded tiles go, the plain image stays.
    if (added && added.getOpacity() === 0 && !viewer.isDestroyed()) viewer.world.removeItem(added);
  };
}
