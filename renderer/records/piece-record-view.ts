import type {
  LangMap,
  MakerRecord,
  MotifRecord,
  PieceRecord,
  PlaceRecord,
  TermRecord,
} from '../../electron/shared/collection-records';
import type { PickedText } from '../i18n/content-text';
import type { Translate, UiKey } from '../i18n/ui-keys';
import { capLabel } from '../i18n/reading-text';
import { formatDimensions } from './dimensions';
import { makerCreditText } from './maker-credit';

/** Everything the record needs to be turned into display texts. */
export interface RecordContext {
  t: Translate;
  /** A label in the visitor's language, cut at `LABEL_MAX` (see `useContentText`). */
  text: (map: LangMap | undefined) => string;
  /** The whole text, also saying which language it is in (for the fallback marker). */
  textInfo: (map: LangMap | undefined) => PickedText;
  language: string;
  terms: ReadonlyMap<string, TermRecord>;
  motifs: ReadonlyMap<string, MotifRecord>;
  makers: ReadonlyMap<string, MakerRecord>;
  places: ReadonlyMap<string, PlaceRecord>;
}

/** One labelled line of the record; several values are listed one under another. */
interface RecordFact {
  key: string;
  label: string;
  values: readonly string[];
}

export interface PieceRecordView {
  title: string;
  /** The title with its language, for the fallback marker. */
  titleInfo: PickedText;
  accession: string;
  motifs: readonly { id: string; label: string }[];
  facts: readonly RecordFact[];
  /** Reading texts, whole: the screen lays them out part by part (`<ReadingText>`). */
  summary: PickedText;
  description: PickedText;
  inscriptions: readonly { text: string; location: string; translation: string }[];
  notes: readonly PickedText[];
  /** Printed "batik-patterned textile": explained, so nobody leaves thinking it is batik. */
  printed: boolean;
  credit: string;
  rights: string;
  /** "On display in Gallery 2" or "in the store". */
  whereabouts: string;
}

/** Role words of the curator format, translated; an unknown role is shown as written. */
const ROLE_KEYS: Record<string, UiKey> = {
  pembatik: 'piece.rolePembatik',
  bengkel: 'piece.roleBengkel',
  perancang: 'piece.rolePerancang',
  pembuat: 'piece.rolePembuat',
  pabrik: 'piece.rolePabrik',
  pencelup: 'piece.rolePencelup',
};

const ACQUISITION_KEYS: Record<string, UiKey> = {
  hibah: 'piece.acquisitionGift',
  pembelian: 'piece.acquisitionPurchase',
};

const MAKER_KEYS = {
  certain: 'piece.makerCertain',
  attributed: 'piece.makerAttributed',
  uncertain: 'piece.makerUncertain',
} as const;
/** The same lines without the role, for a maker whose name already says it ("Unknown batik maker"). */
const MAKER_NAME_ONLY_KEYS = {
  certain: 'piece.makerCertainNameOnly',
  attributed: 'piece.makerAttributedNameOnly',
  uncertain: 'piece.makerUncertainNameOnly',
} as const;

/** True when `name` already holds the role's words ("Pembatik tak dikenal" and "pembatik"). */
function nameSaysRole(name: string, role: string): boolean {
  const fold = (text: string) =>
    text
      .toLocaleLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '');
  return role !== '' && fold(name).includes(fold(role));
}

/** A vocabulary term's label in the visitor's language, else its key. */
function termLabel(ctx: Pick<RecordContext, 'terms' | 'text'>, vocab: string, key: string): string {
  return ctx.text(ctx.terms.get(`${vocab}:${key}`)?.label) || key;
}

/** The key facts in reading order; empty facts are left out rather than shown as blanks. */
function facts(piece: PieceRecord, ctx: RecordContext): RecordFact[] {
  const { t } = ctx;
  const { production } = piece;
  const place = production.place ? ctx.text(ctx.places.get(production.place)?.name) || production.place : '';
  const region = production.region ? termLabel(ctx, 'region', production.region) : '';
  const makers = production.makers.map((credit) => {
    const name = ctx.text(ctx.makers.get(credit.maker)?.name) || credit.maker;
    const role = ROLE_KEYS[credit.role] ? t(ROLE_KEYS[credit.role]!) : credit.role;
    const keys = nameSaysRole(name, role) ? MAKER_NAME_ONLY_KEYS : MAKER_KEYS;
    return makerCreditText(credit, name, role, (key, values) => t(keys[key], values));
  });
  const date = dateText(piece, ctx);
  const dimensions = formatDimensions(piece.dimensions, ctx.language, {
    height: t('piece.height'),
    width: t('piece.width'),
  });
  const dimensionNote = ctx.text(piece.dimensions?.note);
  const rows: RecordFact[] = [
    { key: 'group', label: t('piece.group'), values: [termLabel(ctx, 'group', piece.group)] },
    {
      key: 'objectType',
      label: t('piece.objectType'),
      values: [termLabel(ctx, 'garment', piece.objectType)],
    },
    {
      key: 'technique',
      label: t('piece.technique'),
      // Printed cloth is never called batik, whatever the vocabulary's label says.
      values: piece.techniques.map((k) =>
        k === 'printed' ? t('piece.printedTechnique') : termLabel(ctx, 'technique', k),
      ),
    },
    { key: 'dyes', label: t('piece.dyes'), values: piece.dyes.map((k) => termLabel(ctx, 'dye', k)) },
    {
      key: 'fabric',
      label: t('piece.fabric'),
      values: piece.fabric ? [termLabel(ctx, 'fabric', piece.fabric)] : [],
    },
    { key: 'place', label: t('piece.place'), values: [[place, region].filter(Boolean).join(', ')] },
    // The era is a bucket for filtering ("before 1900"); beside a date it can only seem to
    // contradict it ("c. 1900"), so it is shown only when the record has no date.
    {
      key: 'era',
      label: t('piece.era'),
      values: production.era && !date ? [termLabel(ctx, 'era', production.era)] : [],
    },
    { key: 'date', label: t('piece.date'), values: [date] },
    { key: 'maker', label: t('piece.maker'), values: makers.length > 0 ? makers : [t('piece.makerUnknown')] },
    {
      key: 'dimensions',
      label: t('piece.dimensions'),
      values: dimensions ? [dimensionNote ? `${dimensions} (${dimensionNote})` : dimensions] : [],
    },
    { key: 'accession', label: t('piece.accession'), values: [piece.accession] },
  ];
  return rows
    .map((row) => ({ ...row, values: row.values.filter(Boolean) }))
    .filter((row) => row.values.length > 0);
}

/** The curator's date text, else the year range the record holds. */
export function dateText(piece: Pick<PieceRecord, 'production'>, ctx: Pick<RecordContext, 'text'>): string {
  const { display, earliest, latest } = piece.production.date;
  const shown = ctx.text(display);
  if (shown) return shown;
  if (earliest !== undefined && latest !== undefined && earliest !== latest) return `${earliest}–${latest}`;
  return String(earliest ?? latest ?? '');
}

function creditText(piece: PieceRecord, ctx: RecordContext): string {
  const { acquisition } = piece;
  if (!acquisition) return '';
  const credit = ctx.text(acquisition.credit);
  if (credit) return credit;
  const method = acquisition.method
    ? ACQUISITION_KEYS[acquisition.method]
      ? ctx.t(ACQUISITION_KEYS[acquisition.method]!)
      : acquisition.method
    : '';
  return [method, acquisition.source, acquisition.year].filter(Boolean).join(', ');
}

/** Turns a compiled piece record into the texts its screen shows, in the visitor's language. */
export function pieceRecordView(piece: PieceRecord, ctx: RecordContext): PieceRecordView {
  const { t, text } = ctx;
  const location = text(piece.display.location);
  const title = ctx.textInfo(piece.title);
  const titleInfo = { ...title, text: capLabel(title.text) };
  return {
    title: titleInfo.text || piece.accession,
    titleInfo: titleInfo.text ? titleInfo : { text: piece.accession, lang: '', fallback: false },
    accession: piece.accession,
    motifs: piece.motifs.map(({ motif, part }) => {
      const name = text(ctx.motifs.get(motif)?.name) || motif;
      // A dash, not brackets: names and part labels have brackets of their own ("Ground (latar)").
      return { id: motif, label: part ? `${name} – ${termLabel(ctx, 'part', part)}` : name };
    }),
    facts: facts(piece, ctx),
    summary: ctx.textInfo(piece.summary),
    description: ctx.textInfo(piece.description),
    inscriptions: (piece.inscriptions ?? []).map((i) => ({
      text: capLabel(i.text),
      location: text(i.location),
      translation: text(i.translation),
    })),
    notes: piece.notes.map(ctx.textInfo).filter((note) => note.text !== ''),
    printed: piece.techniques.includes('printed'),
    credit: creditText(piece, ctx),
    rights: text(piece.rights),
    whereabouts: piece.display.onDisplay
      ? location
        ? t('piece.onDisplayAt', { location })
        : t('piece.onDisplay')
      : t('piece.inStorage'),
  };
}
