import { describe, expect, it } from 'vitest';
import type { LangMap, RegionRecord } from '../../../../../electron/shared/collection-records';
import { pickTextInfo } from '../../../../../renderer/i18n/content-text';
import {
  calloutMarks,
  calloutsTitleKey,
  regionCallouts,
} from '../../../../../renderer/ui/regions/region-callouts';

/** The visitor reads Javanese; the collection falls back to Indonesian, then English. */
const inJavanese = (map: LangMap | undefined) => pickTextInfo(map, 'jv', ['id', 'en']);

const KEPALA: RegionRecord = {
  kind: 'part',
  key: 'kepala',
  label: { id: 'Kepala', en: 'Head (kepala)', jv: 'Sirah' },
  about: { id: 'Bagian berpola lain di satu ujung kain.', en: 'The differently patterned end.' },
  box: { x: 0.4, y: 0, width: 0.2, height: 1 },
};
const OVALS: RegionRecord = {
  kind: 'element',
  key: 'kawung/empat-bentuk-lonjong',
  label: { en: 'four ovals' },
  box: { x: 0.1, y: 0.2, width: 0.2, height: 0.4 },
  polygon: [
    [0.1, 0.2],
    [0.3, 0.2],
    [0.2, 0.6],
  ],
};

describe('regionCallouts', () => {
  it('numbers the places in the curator order, each text in the visitor language or its fallback', () => {
    const callouts = regionCallouts([KEPALA, OVALS], inJavanese);
    expect(callouts.map((c) => [c.number, c.key, c.label.text, c.label.fallback])).toEqual([
      [1, 'kepala', 'Sirah', false],
      [2, 'kawung/empat-bentuk-lonjong', 'four ovals', true],
    ]);
    // No Javanese meaning: the Indonesian one, marked as a fallback.
    expect(callouts[0]!.about).toEqual({
      text: 'Bagian berpola lain di satu ujung kain.',
      lang: 'id',
      fallback: true,
    });
    expect(callouts[1]!.about).toBeUndefined();
    expect(callouts[1]!.polygon).toEqual(OVALS.polygon);
  });

  it('leaves out a place with no label in any language, and numbers on without a gap', () => {
    const blank: RegionRecord = { ...KEPALA, key: 'badan', label: { id: '  ' } };
    const callouts = regionCallouts([blank, OVALS, KEPALA], inJavanese);
    expect(callouts.map((c) => [c.number, c.key])).toEqual([
      [1, 'kawung/empat-bentuk-lonjong'],
      [2, 'kepala'],
    ]);
    expect(regionCallouts(undefined, inJavanese)).toEqual([]);
  });

  it('cuts a runaway label and meaning to a label length', () => {
    const long = 'x'.repeat(50_000);
    const [callout] = regionCallouts([{ ...KEPALA, label: { jv: long }, about: { jv: long } }], inJavanese);
    expect(callout!.label.text.length).toBeLessThan(1_100);
    expect(callout!.about!.text.length).toBeLessThan(1_100);
  });
});

describe('calloutMarks', () => {
  it('gives the viewer the same places in the same order, with the language of a fallback label', () => {
    expect(calloutMarks(regionCallouts([KEPALA, OVALS], inJavanese), 0.5)).toEqual([
      {
        id: 'kepala',
        label: 'Sirah',
        lang: undefined,
        box: KEPALA.box,
        polygon: undefined,
        at: { x: 0.5, y: 0.5 },
      },
      {
        id: 'kawung/empat-bentuk-lonjong',
        label: 'four ovals',
        lang: 'en',
        box: OVALS.box,
        polygon: OVALS.polygon,
        at: { x: 0.2, y: 0.4 },
      },
    ]);
  });

  it('moves a mark whose middle another mark already takes, keeping it on its own place', () => {
    // A kepala and the tumpal row inside it share a middle: the second number must not cover the first.
    const tumpal: RegionRecord = {
      ...KEPALA,
      key: 'tumpal',
      box: { x: 0.45, y: 0.1, width: 0.1, height: 0.8 },
    };
    // The smaller tumpal keeps the middle; the kepala around it moves within its own box.
    const [kepala, inside] = calloutMarks(regionCallouts([KEPALA, tumpal], inJavanese), 0.5);
    expect(inside!.at).toEqual({ x: 0.5, y: 0.5 });
    expect(kepala!.at).not.toEqual(inside!.at);
    const { x, y } = kepala!.at!;
    expect(x).toBeGreaterThanOrEqual(0.4);
    expect(x).toBeLessThanOrEqual(0.6);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(y).toBeLessThanOrEqual(1);
  });
});

describe('calloutsTitleKey', () => {
  it('names the list after what the picture shows', () => {
    const [kepala, ovals] = regionCallouts([KEPALA, OVALS], inJavanese);
    expect(calloutsTitleKey([kepala!])).toBe('regions.partsTitle');
    expect(calloutsTitleKey([ovals!])).toBe('regions.elementsTitle');
    expect(calloutsTitleKey([kepala!, ovals!])).toBe('regions.mixedTitle');
  });
});
