/**
 * Which drawn thing shows each motif element: a pattern anchor name (see each pattern's
 * `anchors`), or an area of the drawing for elements that are a quality of the whole (a ground, a
 * gradient, a split). Elements the sample's drawings do not show (a fairy-tale figure, a boat) are
 * absent on purpose: a callout must never point at something else.
 */
type Target = { anchor: string[] } | { area: Area };

/** Areas of a motif drawing, for elements that are not one drawable thing. */
export type Area = 'centre' | 'diagonal' | 'light-half' | 'dark-half';

const A = (...anchor: string[]): Target => ({ anchor });
const AREA = (area: Area): Target => ({ area });

const BY_MOTIF: Record<string, Record<string, Target>> = {
  // Drawn with a stand-in family that shows none of their elements (fairy-tale figures, boats and
  // fish, bamboo and taro leaves): no region rather than one on a bouquet or a semen tendril.
  dongengan: {},
  'kapal-kandas': {},
  'pring-sedapur': {},
  buketan: {
    'rangkaian-bunga-potong': A('bouquet'),
    burung: A('bird'),
    'kupu-kupu': A('butterfly'),
    'daun-dan-sulur': A('leaf'),
  },
  'burung-hong': { 'burung-hong-berekor-panjang': A('phoenix') },
  encim: {
    'buket-bunga': A('bouquet'),
    'burung-hong-dan-satwa-tionghoa': A('bird'),
    'isen-isen-rapat': A('ground'),
  },
  gentongan: { 'warna-pekat-hasil-rendaman': AREA('centre') },
  huk: { tumbuhan: A('tendril'), 'sayap-dan-garuda': A('wings') },
  'jawa-hokokai': {
    'bunga-sakura': A('bouquet'),
    'kupu-kupu-dan-merak': A('butterfly'),
    'latar-parang-atau-kawung': AREA('dark-half'),
  },
  jlamprang: {
    'bintang-bersudut-delapan': A('star'),
    'kisi-kisi-kotak': A('grid'),
    'bunga-teratai-padma': A('flower'),
  },
  kawung: { 'empat-bentuk-lonjong': A('group'), 'titik-pusat': A('centre') },
  latohan: { 'rumput-laut-latoh': A('tendril') },
  liong: { 'naga-bertanduk': A('dragon'), awan: A('cloud') },
  'lok-can': { 'burung-atau-burung-hong': A('phoenix'), 'dasar-sutera-terang': A('ground') },
  'mega-mendung': { 'awan-berlapis': A('cloud'), 'gradasi-warna': A('shades') },
  nitik: { 'titik-dan-garis-pendek': A('dots'), 'cakar-ayam': A('cross'), 'kembang-randu': A('flower') },
  'pagi-sore': {
    'dua-bidang-dibagi-diagonal': AREA('diagonal'),
    'separuh-terang-dan-separuh-gelap': AREA('centre'),
  },
  'parang-rusak': { 'pita-diagonal': A('strip'), 'bilah-atau-ombak-tak-terputus': A('blade') },
  sawunggaling: { 'burung-ayam-jantan': A('phoenix') },
  'sekar-jagad': {
    'pulau-pulau-bertepi-lengkung': AREA('centre'),
    'isian-kawung-atau-truntum-atau-parang': AREA('centre'),
  },
  'semen-rama': {
    'gunung-meru': A('meru'),
    'sayap-garuda-sawat': A('wings'),
    'tunas-dan-sulur': A('tendril'),
  },
  'sido-asih': { 'bidang-ceplok-berisi-bunga': A('flower') },
  'sido-luhur': { 'bidang-ceplok-berulang': A('star'), 'latar-hitam': A('ground') },
  'sido-mukti': { 'sawat-sayap-garuda': A('wings'), candi: A('candi'), bunga: A('flower') },
  tambal: { 'petak-petak-berisi-pola-berbeda': AREA('centre') },
  'terang-bulan': { 'latar-hitam': A('ground'), 'kupu-kupu-atau-merak-atau-gurda': A('butterfly') },
  'tiga-negeri': {
    'merah-lasem': A('red'),
    'biru-pekalongan': A('blue'),
    'soga-solo': A('soga'),
    'burung-hong': A('phoenix'),
  },
  truntum: { 'bunga-kecil-seperti-bintang': A('flower'), 'latar-gelap': A('ground') },
  'tujuh-rupa': {
    'pohon-bergaya-keramik-tionghoa': A('tree'),
    'burung-dan-satwa-kecil': A('bird', 'animal'),
    bunga: A('flower'),
  },
  'udan-liris': { 'pita-diagonal-berisi-pola-kecil': A('strip') },
  wadasan: { 'batu-cadas-bertingkat': A('cloud') },
};

/** Words in an element key that name a drawn thing, for motifs and elements not in the table. */
const HINTS: [RegExp, string[]][] = [
  [/bunga|sekar|kembang/, ['flower', 'bouquet']],
  [/burung|hong|merak/, ['bird', 'phoenix']],
  [/kupu/, ['butterfly']],
  [/daun|sulur|tunas/, ['leaf', 'tendril']],
  [/latar|dasar/, ['ground']],
  [/titik|cecek/, ['dots']],
  [/awan|mega/, ['cloud']],
  [/bintang/, ['star']],
];

/** How to show element `key` of `motif`, or undefined when the drawing does not show it. */
export function targetOf(motif: string, key: string): Target | undefined {
  const listed = BY_MOTIF[motif]?.[key];
  if (listed) return listed;
  if (BY_MOTIF[motif]) return undefined;
  const hint = HINTS.find(([pattern]) => pattern.test(key));
  return hint ? A(...hint[1]) : undefined;
}
