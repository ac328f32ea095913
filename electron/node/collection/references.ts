import { isKnownLanguageTag } from './schema/common';
import { formatField } from './problems';
import type { FieldPath, ProblemKind, ProblemList } from './problems';
import type { Located, ParsedCollection } from './read-collection';

type Where = Pick<Located<unknown>, 'file' | 'lineAt'>;

/**
 * Checks what no single file can: references between files, unique accession numbers, year
 * order and the language settings. Runs on the files that validated on their own.
 */
export function checkReferences(c: ParsedCollection, problems: ProblemList): void {
  const report = (at: Where, path: FieldPath, kind: ProblemKind, message: string): void => {
    problems.add({ file: at.file, field: formatField(path), line: at.lineAt(path), kind, message });
  };
  const term = (at: Where, path: FieldPath, vocab: string, key: string | undefined): void => {
    if (key === undefined || c.terms.get(vocab)?.data.terms[key]) return;
    // A missing vocabulary file is already reported once; don't repeat it for every use.
    if (!c.terms.has(vocab)) return;
    report(
      at,
      path,
      'dangling-term',
      `"${key}" is not a term in terms/${vocab}.yaml. Add it there or fix the spelling.`,
    );
  };
  const terms = (at: Where, path: FieldPath, vocab: string, keys: string[] | undefined): void =>
    keys?.forEach((k, i) => term(at, [...path, i], vocab, k));
  const place = (at: Where, path: FieldPath, id: string | undefined): void => {
    if (id === undefined || !c.places || c.places.data.places[id]) return;
    report(
      at,
      path,
      'dangling-place',
      `"${id}" is not a place in places.yaml. Add it there or fix the spelling.`,
    );
  };
  const motifIds = c.ids.motifs;
  const pieceIds = c.ids.pieces;

  for (const [vocab, file] of c.terms) {
    for (const [key, entry] of Object.entries(file.data.terms)) {
      if (entry.parent !== undefined && !file.data.terms[entry.parent]) {
        report(
          file,
          ['terms', key, 'parent'],
          'dangling-term',
          `The parent "${entry.parent}" is not a term in terms/${vocab}.yaml.`,
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
      if (!motifIds.has(r))
        report(m, ['related', i], 'dangling-related', `"${r}" is not a motif folder under motifs/.`);
    });
    yearOrder(m, ['era'], d.era, report);
  }

  const accessions = new Map<string, string>();
  for (const p of c.checkable.pieces) {
    const d = p.data;
    term(p, ['object'], 'garment', d.object);
    term(p, ['group'], 'group', d.group);
    d.motifs?.forEach((ref, i) => {
      if (!motifIds.has(ref.motif)) {
        report(
          p,
          ['motifs', i, 'motif'],
          'dangling-motif',
          `"${ref.motif}" is not a motif folder under motifs/.`,
        );
      }
      term(p, ['motifs', i, 'part'], 'part', ref.part);
    });
    terms(p, ['techniques'], 'technique', d.techniques);
    terms(p, ['dyes'], 'dye', d.dyes);
    terms(p, ['colours'], 'colour', d.colours);
    term(p, ['fabric'], 'fabric', d.fabric);
    d.production?.makers?.forEach((credit, i) => {
      if (c.makers && !c.makers.data.makers[credit.maker]) {
        report(
          p,
          ['production', 'makers', i, 'maker'],
          'dangling-maker',
          `"${credit.maker}" is not a maker in makers.yaml.`,
        );
      }
    });
    place(p, ['production', 'place'], d.production?.place);
    term(p, ['production', 'region'], 'region', d.production?.region);
    term(p, ['production', 'era'], 'era', d.production?.era);
    yearOrder(p, ['production', 'date'], d.production?.date, report);
    d.related?.forEach((r, i) => {
      if (!pieceIds.has(r))
        report(p, ['related', i], 'dangling-related', `"${r}" is not a piece folder under pieces/.`);
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
          `"${tag}" is not in the languages list (${languages.join(', ')}).`,
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
      `The default language "${defaultLanguage}" is not in the languages list.`,
    );
  }
  listed(fallback ?? [], 'fallback');
}
