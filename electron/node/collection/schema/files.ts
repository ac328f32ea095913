import { z } from 'zod';
import { datingSchema, idString, langMap, plainElement, ref, year } from './common';
import type { KindParams } from './common';
import { mediaSchema } from './media';

/** collection.yaml: the museum, the languages offered and the fallback order. */
export const collectionFileSchema = z.object({
  museum: langMap,
  title: langMap,
  languages: z.array(z.string()).min(1),
  defaultLanguage: z.string(),
  fallback: z.array(z.string()).optional(),
});

/** synonyms.yaml: groups of words that should find each other in search. */
export const synonymsFileSchema = z.object({
  groups: z.array(z.array(z.string()).min(2)),
});

const termSchema = z.object({
  label: langMap,
  description: langMap.optional(),
  parent: ref.optional(),
  hex: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional(),
});

/** terms/<vocab>.yaml: one controlled vocabulary; file order is display order. */
export const termsFileSchema = z.object({ terms: z.record(idString, termSchema) });

/**
 * A maker's or place's name: a language map like every visible text ("Pembatik tak dikenal" is
 * "Unknown batik maker" in English), or plain text for a proper name that is the same in every
 * language (a person's name, most place names), which is never reported as untranslated.
 */
const nameText = z.union([z.string().trim().min(1), langMap]);

const makerSchema = z.object({
  name: nameText,
  kind: z.enum(['person', 'workshop']),
  about: langMap.optional(),
  place: ref.optional(),
});

export const makersFileSchema = z.object({ makers: z.record(idString, makerSchema) });

const placeSchema = z.object({
  name: nameText,
  region: ref.optional(),
});

export const placesFileSchema = z.object({ places: z.record(idString, placeSchema) });

/**
 * One element of a motif, with the key a region points at (`kawung/empat-bentuk-lonjong`) and,
 * optionally, what the element is or stands for, shown when a visitor taps it on the cloth.
 */
const keyedElementSchema = z.object({
  key: idString,
  name: langMap,
  meaning: langMap.optional(),
});

/**
 * A motif's elements: the keyed form, or the older plain language map (`{ id: ..., en: ... }`),
 * which still names the element but gives no key to point at. Keys are unique within a motif.
 */
const elementsSchema = z.array(z.union([keyedElementSchema, plainElement])).superRefine((elements, ctx) => {
  const first = new Map<string, number>();
  elements.forEach((element, i) => {
    if (!('key' in element) || typeof element.key !== 'string') return;
    const earlier = first.get(element.key);
    if (earlier === undefined) {
      first.set(element.key, i);
      return;
    }
    ctx.addIssue({
      code: 'custom',
      path: [i, 'key'],
      message: `The key "${element.key}" is also the key of elements[${earlier}]; each element of a motif needs its own key.`,
      params: { kind: 'duplicate-id' } satisfies KindParams,
    });
  });
});

/** motifs/<id>/motif.yaml */
export const motifFileSchema = z.object({
  name: langMap,
  variants: z.array(z.string()).optional(),
  family: ref,
  origins: z.array(ref).optional(),
  meaning: langMap,
  history: langMap.optional(),
  elements: elementsSchema.optional(),
  colours: z.array(ref).optional(),
  era: datingSchema.optional(),
  larangan: z
    .object({
      restricted: z.boolean(),
      rule: langMap.optional(),
    })
    .optional(),
  related: z.array(ref).optional(),
  notes: z.array(langMap).optional(),
  media: z.array(mediaSchema).optional(),
});

const makerCreditSchema = z.object({
  maker: ref,
  role: z.string().min(1),
  certainty: z.enum(['certain', 'attributed', 'uncertain']),
});

/** pieces/<id>/piece.yaml */
export const pieceFileSchema = z.object({
  accession: z.string().min(1),
  object: ref,
  group: ref,
  title: langMap,
  summary: langMap,
  description: langMap,
  motifs: z.array(z.object({ motif: ref, part: ref.optional() })),
  techniques: z.array(ref),
  dyes: z.array(ref).optional(),
  colours: z.array(ref).optional(),
  fabric: ref.optional(),
  production: z.object({
    makers: z.array(makerCreditSchema).optional(),
    place: ref.optional(),
    region: ref.optional(),
    era: ref.optional(),
    date: datingSchema,
  }),
  dimensions: z
    .object({
      heightCm: z.number().positive().optional(),
      widthCm: z.number().positive().optional(),
      note: langMap.optional(),
    })
    .optional(),
  inscriptions: z
    .array(
      z.object({
        text: z.string(),
        location: langMap.optional(),
        translation: langMap.optional(),
      }),
    )
    .optional(),
  acquisition: z
    .object({
      method: z.string().optional(),
      year: year.optional(),
      source: z.string().optional(),
      credit: langMap.optional(),
    })
    .optional(),
  rights: langMap.optional(),
  display: z
    .object({
      onDisplay: z.boolean(),
      location: langMap.optional(),
    })
    .optional(),
  related: z.array(ref).optional(),
  notes: z.array(langMap).optional(),
  media: z.array(mediaSchema).min(1),
});

export type CollectionFile = z.infer<typeof collectionFileSchema>;
export type TermEntry = z.infer<typeof termSchema>;
export type MakerEntry = z.infer<typeof makerSchema>;
export type PlaceEntry = z.infer<typeof placeSchema>;
export type MotifFile = z.infer<typeof motifFileSchema>;
export type PieceFile = z.infer<typeof pieceFileSchema>;
export type MediaEntry = z.infer<typeof mediaSchema>;
type KeyedElement = z.infer<typeof keyedElementSchema>;
type MotifElement = NonNullable<MotifFile['elements']>[number];

/** True for an element of the keyed form; false for the older plain language map. */
export function isKeyed(element: MotifElement): element is KeyedElement {
  return typeof element.name === 'object';
}
