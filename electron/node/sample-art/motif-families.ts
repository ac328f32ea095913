import { buketan } from './patterns/buketan';
import { ceplok } from './patterns/ceplok';
import { kawung } from './patterns/kawung';
import { lungLungan } from './patterns/lung-lungan';
import { megaMendung } from './patterns/mega-mendung';
import { mythicBeasts } from './patterns/mythic-beasts';
import { nitik } from './patterns/nitik';
import { parang } from './patterns/parang';
import type { PatternGenerator } from './patterns/pattern-types';
import { sekarJagad } from './patterns/sekar-jagad';
import { semen } from './patterns/semen';
import { sido } from './patterns/sido';
import { tigaNegeri } from './patterns/tiga-negeri';
import { truntum } from './patterns/truntum';
import { tujuhRupa } from './patterns/tujuh-rupa';

/** The drawable families; each motif id is drawn with one of them. */
export const GENERATORS = {
  ceplok,
  kawung,
  parang,
  buketan,
  megaMendung,
  truntum,
  nitik,
  semen,
  sekarJagad,
  mythicBeasts,
  lungLungan,
  sido,
  tujuhRupa,
  tigaNegeri,
} satisfies Record<string, PatternGenerator>;

export type GeneratorName = keyof typeof GENERATORS;

/** Motif ids (collection/motifs/<id>) with a drawing of their own. */
const BY_MOTIF: Record<string, GeneratorName> = {
  jlamprang: 'ceplok',
  kawung: 'kawung',
  parang: 'parang',
  'parang-rusak': 'parang',
  'udan-liris': 'parang',
  buketan: 'buketan',
  encim: 'buketan',
  'jawa-hokokai': 'buketan',
  hokokai: 'buketan',
  'tujuh-rupa': 'tujuhRupa',
  dongengan: 'buketan',
  'mega-mendung': 'megaMendung',
  wadasan: 'megaMendung',
  truntum: 'truntum',
  nitik: 'nitik',
  semen: 'semen',
  'semen-rama': 'semen',
  huk: 'semen',
  'pring-sedapur': 'semen',
  'sido-mukti': 'sido',
  'sido-asih': 'sido',
  'sido-luhur': 'sido',
  'sekar-jagad': 'sekarJagad',
  tambal: 'sekarJagad',
  liong: 'mythicBeasts',
  'burung-hong': 'mythicBeasts',
  'paksi-naga-liman': 'mythicBeasts',
  'lok-can': 'mythicBeasts',
  sawunggaling: 'mythicBeasts',
  'tiga-negeri': 'tigaNegeri',
  latohan: 'lungLungan',
  // Treatments drawn with the motifs they usually carry: butterflies and peacocks under the moon,
  // bouquets on the light side of a pagi-sore.
  'terang-bulan': 'buketan',
  'pagi-sore': 'buketan',
};

/** Style families (terms/family.yaml) for motifs not listed above. */
const BY_FAMILY: Record<string, GeneratorName> = {
  ceplok: 'ceplok',
  kawung: 'kawung',
  sido: 'sido',
  ganggong: 'ceplok',
  parang: 'parang',
  lereng: 'parang',
  nitik: 'nitik',
  banji: 'nitik',
  tambal: 'sekarJagad',
  semen: 'semen',
  banyumasan: 'semen',
  'lung-lungan': 'lungLungan',
  buketan: 'buketan',
  figuratif: 'buketan',
  'satwa-mitos': 'mythicBeasts',
  'awan-wadas': 'megaMendung',
};

/** Treatments that change the colours or the layout rather than the motif drawn. */
export type Treatment = 'terang-bulan' | 'pagi-sore' | 'tiga-negeri' | 'hokokai';
const TREATMENTS: Record<string, Treatment> = {
  'terang-bulan': 'terang-bulan',
  'pagi-sore': 'pagi-sore',
  'tiga-negeri': 'tiga-negeri',
  'jawa-hokokai': 'hokokai',
  hokokai: 'hokokai',
};

/** Whether a motif is drawn on a dark ground whatever its colour list says (putih-alam then names the flowers). */
export function darkGround(generator: GeneratorName, motif: string): boolean {
  return generator === 'truntum' || motif === 'sido-luhur';
}

export function treatmentOf(motif: string): Treatment | undefined {
  return TREATMENTS[motif];
}

/** The family to draw `motif` with: its own entry, else its style family, else a name hint, else lung-lungan. */
export function generatorFor(motif: string, family?: string): GeneratorName {
  const direct = BY_MOTIF[motif] ?? (family ? BY_FAMILY[family] : undefined);
  if (direct) return direct;
  const hints: [RegExp, GeneratorName][] = [
    [/parang|lereng|udan/, 'parang'],
    [/kawung/, 'kawung'],
    [/semen|sido|wahyu/, 'semen'],
    [/nitik/, 'nitik'],
    [/buket|bunga|sekar|encim/, 'buketan'],
    [/mega|awan|wadas/, 'megaMendung'],
    [/hong|liong|naga|phoenix|burung/, 'mythicBeasts'],
    [/truntum|bintang/, 'truntum'],
    [/ceplok|jlamprang|ganggong/, 'ceplok'],
  ];
  return hints.find(([pattern]) => pattern.test(motif))?.[1] ?? 'lungLungan';
}
