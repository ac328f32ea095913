import { closestKey } from './schema/closest-key';
import { isKnownLanguageTag } from './schema/common';
import { formatField } from './problems';
import { quoteShort } from './text-limits';
import type { FieldPath, ProblemKind, ProblemList } from './problems';
import type { Located, ParsedCollection } from './read-collection';

type Where = Pick<Located<unknown>, 'file' | 'lineAt'>;

/** ` Did you mean "x"?` when a known id is close to what was written, else ''. */
function didYouMean(written: string, known: readonly string[]): string {
  const guess = closestKey(written, known);
  return guess === undefined ? '' : ` Did you mean "${guess}"?`;
}

/** Own keys only: an id such as `constructor` or `toString` must not find Object's own properties. */
const has = (map: Record<string, unknown> | undefined, key: string): boolean =>
  map !== undefined && Object.hasOwn(map, key);

/**
 * Checks what no single file can: references between files, unique accession numbers, year
 * order and the language settings. Runs on the files that validated on their own.
 */
export function checkReferences(c: ParsedCollection, problems: ProblemList): void {
  const report = (at: Where, path: FieldPath, kind: ProblemKind, message: string): void => {
    problems.add({ file: at.file, field: formatField(path), line: at.lineAt(path), kind, message });
  };
  const term = (at: Where, path: FieldPath, vocab: string, key: string | undefined): void => {
    const terms = c.terms.get(vocab)?.data.terms;
    // A missing vocabulary file is already reported once; don't repeat it for every use.
    if (key === undefined || !terms || has(terms, key)) return;
    report(
      at,
      path,
      'dangling-term',
      `${quoteShort(key)} is not a term in terms/${vocab}.yaml.${didYouMean(key, Object.keys(terms))} ` +
        'Add it there or fix the spelling.',
    );
  };
  const terms = (at: Where, path: FieldPath, vocab: string, keys: string[] | undefined): void =>
    keys?.forEach((k, i) => term(at, [...path, i], vocab, k));
  const placeIds = Object.keys(c.places?.data.places ?? {});
  const place = (at: Where, path: FieldPath, id: string | undefined): void => {
    if (id === undefined || !c.places || has(c.places.data.places, id)) return;
    report(
      at,
      path,
      'dangling-place',
      `${quoteShort(id)} is not a place in places.yaml.${didYouMean(id, placeIds)} Add it there or fix the spelling.`,
    );
  };
  // A folder that could not be listed was reported once; every reference into it would be noise.
  const motifIds = c.unlisted.has('motifs') ? undefined : c.ids.motifs;
  const pieceIds = c.unlisted.has('pieces') ? undefined : c.ids.pieces;
  const motifList = [...(motifIds ?? [])];
  const pieceList = [...(pieceIds ?? [])];
  const makerIds = Object.keys(c.makers?.data.makers ?? {});

  for (const [vocab, file] of c.terms) {
    for (const [key, entry] of Object.entries(file.data.terms)) {
      if (entry.parent !== undefined && !has(file.data.terms, entry.parent)) {
        report(
          file,
          ['terms', key, 'parent'],
          'dangling-term',
          `The parent ${quoteShort(entry.parent)} is not a term in terms/${vocab}.yaml.` +
            didYouMean(entry.parent, Object.keys(file.data.terms)),
        );
      }
    }
  }
  for (const [id, maker] of Object.entries(c.makers?.data.makers ?? {}))
    place(c.makers!, ['makers', id, 'place'], maker.place);
  for (const [id, p] of Object.entries(c.places?.data.places ?? {}))
    term(c.places!, ['places', id, 'region'], 'region', p.region);

  for (const m of c.checkable.motifs) {
    const d = m.data;
    term(m, ['family'], 'family', d.family);
    d.origins?.forEach((o, i) => place(m, ['origins', i], o));
    terms(m, ['colours'], 'colour', d.colours);
    d.related?.forEach((r, i) => {
      if (motifIds && !motifIds.has(r)) {
        const hint = didYouMean(r, motifList);
        report(
          m,
          ['related', i],
          'dangling-related',
          `${quoteShort(r)} is not a motif folder under motifs/.${hint}`,
        );
      }
    });
    yearOrder(m, ['era'], d.era, report);
  }

  const accessions = new Map<string, string>();
  for (const p of c.checkable.pieces) {
    const d = p.data;
    term(p, ['object'], 'garment', d.object);
    term(p, ['group'], 'group', d.group);
    d.motifs?.forEach((ref, i) => {
      if (motifIds && !motifIds.has(ref.motif)) {
        report(
          p,
          ['motifs', i, 'motif'],
          'dangling-motif',
          `${quoteShort(ref.motif)} is not a motif folder under motifs/.${didYouMean(ref.motif, motifList)}`,
        );
      }
      term(p, ['motifs', i, 'part'], 'part', ref.part);
    });
    terms(p, ['techniques'], 'technique', d.techniques);
    terms(p, ['dyes'], 'dye', d.dyes);
    terms(p, ['colours'], 'colour', d.colours);
    term(p, ['fabric'], 'fabric', d.fabric);
    d.production?.makers?.forEach((credit, i) => {
      if (c.makers && !has(c.makers.data.makers, credit.maker)) {
        report(
          p,
          ['production', 'makers', i, 'maker'],
          'dangling-maker',
          `${quoteShort(credit.maker)} is not a maker in makers.yaml.${didYouMean(credit.maker, makerIds)}`,
        );
      }
    });
    place(p, ['production', 'place'], d.production?.place);
    term(p, ['production', 'region'], 'region', d.production?.region);
    term(p, ['production', 'era'], 'era', d.production?.era);
    yearOrder(p, ['production', 'date'], d.production?.date, report);
    d.related?.forEach((r, i) => {
      if (pieceIds && !pieceIds.has(r)) {
        const hint = didYouMean(r, pieceList);
        report(
          p,
          ['related', i],
          'dangling-related',
          `${quoteShort(r)} is not a piece folder under pieces/.${hint}`,
        );
      }
    });
    if (d.accession === undefined) continue;
    const first = accessions.get(d.accession);
    if (first) {
      report(
        p,
        ['accession'],
        'duplicate-accession',
        `Accession number ${d.accession} is also used by pieces/${first}; each piece needs its own.`,
      );
    } else {
      accessions.set(d.accession, p.id);
    }
  }

  if (c.config) checkLanguages(c.config, report);
}

function yearOrder(
  at: Where,
  path: FieldPath,
  dating: { earliest?: number | undefined; latest?: number | undefined } | undefined,
  report: (at: Where, path: FieldPath, kind: ProblemKind, message: string) => void,
): void {
  if (dating?.earliest !== undefined && dating.latest !== undefined && dating.earliest > dating.latest) {
    report(
      at,
      [...path, 'earliest'],
      'year-order',
      `The earliest year (${dating.earliest}) is after the latest year (${dating.latest}).`,
    );
  }
}

function checkLanguages(
  config: NonNullable<ParsedCollection['config']>,
  report: (at: Where, path: FieldPath, kind: ProblemKind, message: string) => void,
): void {
  const { languages, defaultLanguage, fallback } = config.data;
  const listed = (list: string[], field: string): void =>
    list.forEach((tag, i) => {
      if (!languages.includes(tag)) {
        report(
          config,
          [field, i],
          'invalid-value',
          `"${tag}" is not in the languages list (${languages.join(', ')}).${didYouMean(tag, languages)}`,
        );
      }
    });
  languages.forEach((tag, i) => {
    if (!isKnownLanguageTag(tag))
      report(config, ['languages', i], 'unknown-language', `"${tag}" is not a language code.`);
  });
  if (!languages.includes('id')) {
    report(config, ['languages'], 'required', 'The languages list must include Indonesian (id).');
  }
  if (!languages.includes(defaultLanguage)) {
    report(
      config,
      ['defaultLanguage'],
      'invalid-value',
      `The default language "${defaultLanguage}" is not in the languages list.${didYouMean(defaultLanguage, languages)}`,
    );
  }
  listed(fallback ?? [], 'fallback');
}
