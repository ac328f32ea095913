/**
 * Browser gestures a public touchscreen must not offer: a long press would open the context menu
 * and a drag would lift an image out of the page. CSS covers selection, callouts and overscroll.
 */
export function installTouchGuards(doc: Document): void {
  doc.addEventListener('contextmenu', (event) => event.preventDefault());
  doc.addEventListener('dragstart', (event) => event.preventDefault());
}
