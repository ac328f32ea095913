import type { Ref } from 'react';
import { markPoint, type MarkPoint } from './mark-anchors';
import type { BoxRect } from './zoom-focus';

/** A place on the image the viewer marks with a numbered button (a motif's element, a cloth's part). */
export interface ZoomMark {
  id: string;
  /** What it is; with the mark's number it names the button for screen readers ("2 Kepala"). */
  label: string;
  /** The label's language, when it is not the page's (a text that fell back). */
  lang?: string;
  /** Where it is, in fractions of the image's width and height. */
  box: BoxRect;
  /** Its outline as [x, y] fractions, when it is not simply the box. */
  polygon?: readonly (readonly [number, number])[];
  /** Where the numbered mark sits (fractions), when not at the box's middle (see `markAnchors`). */
  at?: MarkPoint;
}

export interface ZoomMarksProps {
  /** The layer the viewer moves and sizes with the drawn image, every frame. */
  layerRef: Ref<HTMLDivElement>;
  marks: readonly ZoomMark[];
  /** False until the image is drawn: the layer has no size to place the marks in before that. */
  shown: boolean;
  selected?: string;
  /** Names the group of marks ("Tanda pada gambar"). */
  label: string;
  onSelect: (id: string) => void;
}

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/**
 * The marks over a zoom viewer's image: one numbered button on each place (`markPoint`), and the
 * outline of the selected one. The layer covers the drawn image exactly (the viewer keeps it in
 * step), so everything in it is placed in percent of the image and follows pinches and pans
 * without a React render. Nothing in it takes touches: every pinch, drag and double tap reaches
 * OpenSeadragon underneath, and the viewer finds which mark a tap landed on (`markAt`). The marks
 * are still buttons for screen readers, switches and keys, which press them without a pointer.
 */
export function ZoomMarks({ layerRef, marks, shown, selected, label, onSelect }: ZoomMarksProps) {
  const chosen = marks.find((mark) => mark.id === selected);
  return (
    <div ref={layerRef} className="kit-zoom__marks">
      {shown && chosen && <MarkOutline mark={chosen} />}
      {shown && (
        <div role="group" aria-label={label}>
          {marks.map((mark, index) => (
            <button
              type="button"
              key={mark.id}
              className="kit-zoom__mark"
              style={{ left: percent(markPoint(mark).x), top: percent(markPoint(mark).y) }}
              aria-pressed={mark.id === selected}
              onClick={() => onSelect(mark.id)}
            >
              {index + 1}{' '}
              <span className="kit-zoom__mark-label" lang={mark.lang}>
                {mark.label}
              </span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

/**
 * The selected place's outline, drawn twice (a wide light halo under a narrower line in the focus
 * colour) so it shows on dark and light cloth alike. The SVG spans the image in fractions; the
 * strokes keep their width in screen pixels however far the visitor zooms.
 */
function MarkOutline({ mark }: { mark: ZoomMark }) {
  const { x, y, width, height } = mark.box;
  const shape = (className: string) =>
    mark.polygon ? (
      <polygon className={className} points={mark.polygon.map(([px, py]) => `${px},${py}`).join(' ')} />
    ) : (
      <rect className={className} x={x} y={y} width={width} height={height} />
    );
  return (
    <svg
      className="kit-zoom__outline"
      viewBox="0 0 1 1"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      {shape('kit-zoom__outline-halo')}
      {shape('kit-zoom__outline-line')}
    </svg>
  );
}
