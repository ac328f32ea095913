import type { LangMap, RegionRecord } from '../../../electron/shared/collection-records';
import type { PickedText } from '../../i18n/content-text';
import { capLabel } from '../../i18n/reading-text';
import { markAnchors, type ZoomMark } from '../../kit';
import type { UiKey } from '../../i18n/ui-keys';

/** One place on an image as the visitor is offered it: a numbered button, and what it is and means. */
export interface RegionCallout {
  key: string;
  kind: RegionRecord['kind'];
  /** 1, 2, ...: the same number on the button in the list and on the mark on the picture. */
  number: number;
  label: PickedText;
  /** What it means or does; undefined when the record says nothing. */
  about?: PickedText;
  box: RegionRecord['box'];
  polygon?: RegionRecord['polygon'];
}

/**
 * The callouts of one image in the curator's order, each text in the visitor's language (else its
 * fallback, marked as such). A region without a label in any language is left out: a numbered
 * button naming nothing would only puzzle. Both texts are cut like every label (`capLabel`): the
 * caption is a line or two, not a reading text.
 */
export function regionCallouts(
  regions: readonly RegionRecord[] | undefined,
  textInfo: (map: LangMap | undefined) => PickedText,
): RegionCallout[] {
  const callouts: RegionCallout[] = [];
  for (const region of regions ?? []) {
    const label = textInfo(region.label);
    if (label.text.trim() === '') continue;
    const about = textInfo(region.about);
    callouts.push({
      key: region.key,
      kind: region.kind,
      number: callouts.length + 1,
      label: { ...label, text: capLabel(label.text) },
      about: about.text.trim() === '' ? undefined : { ...about, text: capLabel(about.text) },
      box: region.box,
      polygon: region.polygon,
    });
  }
  return callouts;
}

/**
 * The callouts as the zoom viewer's marks (same order, so the same numbers), spread so that no two
 * numbers cover each other on an image of that `aspect` (height over width).
 */
export function calloutMarks(callouts: readonly RegionCallout[], aspect: number): ZoomMark[] {
  const anchors = markAnchors(
    callouts.map((callout) => callout.box),
    aspect,
  );
  return callouts.map((callout, i) => ({
    id: callout.key,
    label: callout.label.text,
    lang: callout.label.fallback ? callout.label.lang : undefined,
    box: callout.box,
    polygon: callout.polygon,
    at: anchors[i],
  }));
}

/** The list's title: the motif's elements, the cloth's parts, or both on one picture. */
export function calloutsTitleKey(callouts: readonly RegionCallout[]): UiKey {
  const kinds = new Set(callouts.map((callout) => callout.kind));
  if (kinds.size > 1) return 'regions.mixedTitle';
  return kinds.has('part') ? 'regions.partsTitle' : 'regions.elementsTitle';
}
