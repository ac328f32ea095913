/**
 * A generated compiled collection for the store benchmark: 10,000 pieces and 100 motifs by default,
 * deterministic (seeded), with texts of realistic length in id/en/jv so record sizes, index sizes
 * and search vocabularies resemble a real museum's. The words are a made-up mix of batik vocabulary,
 * everyday Indonesian and English and invented rarer words; no sentence is meant to be read.
 */
import {
  ANY_LANGUAGE,
  type LangMap,
  type MakerRecord,
  type MediaRecord,
  type MotifRecord,
  type PieceRecord,
  type PlaceRecord,
  type TermRecord,
} from '../../../electron/shared/collection-records';

export interface GeneratedCollection {
  pieces: PieceRecord[];
  motifs: MotifRecord[];
  terms: TermRecord[];
  makers: MakerRecord[];
  places: PlaceRecord[];
  synonyms: string[][];
  languages: string[];
}

/** mulberry32: a tiny seeded PRNG so every run benchmarks the same collection and queries. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATALOGUE = [
  ['Jlamprang', 'Jelamprang'],
  ['Buketan', 'Bouquet'],
  ['Dongengan', 'Batik Belanda'],
  ['Encim'],
  ['Jawa Hokokai', 'Djawa Hokokai'],
  ['Pagi-Sore', 'Pagi Sore'],
  ['Tujuh Rupa'],
  ['Terang Bulan'],
  ['Liong', 'Naga'],
  ['Burung Hong', 'Hong'],
  ['Tiga Negeri', 'Tiga Negri'],
  ['Latohan'],
  ['Lok Can'],
  ['Mega Mendung', 'Megamendung'],
  ['Wadasan', 'Paksi Naga Liman'],
  ['Kapal Kandas', 'Iwak Etong'],
  ['Gentongan'],
  ['Parang Rusak', 'Parang Barong'],
  ['Udan Liris'],
  ['Kawung', 'Kawung Picis'],
  ['Semen Rama'],
  ['Huk'],
  ['Truntum'],
  ['Sido Mukti', 'Sidomukti'],
  ['Sido Luhur'],
  ['Sido Asih'],
  ['Sekar Jagad', 'Sekar Jagat'],
  ['Nitik', 'Nitik Cakar Ayam'],
  ['Tambal'],
  ['Sawunggaling'],
  ['Pring Sedapur', 'Lumbon'],
];
// prettier-ignore
const WORDS = (
  'kain batik tulis cap motif warna soga nila merah biru hijau kuning putih hitam coklat bunga daun burung ' +
  'kupu naga awan ombak garis titik bintang lingkaran segi empat delapan isen latar kepala badan papan ' +
  'pinggir tumpal canting malam lilin pewarna alam celup colet lorod pekalongan lasem cirebon solo yogya ' +
  'madura pesisir keraton pedalaman saudagar pembatik perempuan desa kota pasar pelabuhan kapal pedagang ' +
  'tionghoa arab belanda jepang india hadiah pengantin upacara pernikahan kelahiran selamatan raja ratu ' +
  'pangeran abdi dalem larangan makna harapan kesabaran kesuburan kemakmuran cinta keluarga leluhur ' +
  'cloth wax resist dye pattern flower leaf bird butterfly dragon cloud wave line dot star circle square ' +
  'border field head panel ground filler drawn stamped natural indigo brown red blue green yellow white ' +
  'black coast court inland merchant maker woman village town market harbour ship trader chinese arab ' +
  'dutch japanese indian gift bride ceremony wedding birth feast king queen prince servant restricted ' +
  'meaning hope patience fertility prosperity love family ancestor old new fine coarse silk cotton mori ' +
  'primissima prima sutera katun tenun sarung selendang kemben iket dodot jarik sinjang tapih halus kasar'
).split(' ');
const SYLLABLES = 'ka ri na sa ta wa la ma pa ba da ga ja ya ra ngu ti ro se lo mu ki no su de wi'.split(' ');
const PLACES = [
  'Pekalongan',
  'Kedungwuni',
  'Batang',
  'Semarang',
  'Lasem',
  'Tuban',
  'Surabaya',
  'Cirebon',
  'Trusmi',
  'Indramayu',
  'Jakarta',
  'Tanjung Bumi',
  'Pamekasan',
  'Surakarta',
  'Yogyakarta',
  'Banyumas',
  'Sokaraja',
  'Jambi',
  'Bengkulu',
  'Riau',
  'Bali',
  'Papua',
  'Kalimantan',
  'Malaysia',
  'Sri Lanka',
  'India',
  'Madura',
  'Sumenep',
  'Garut',
  'Tasikmalaya',
];
const VOCABS: Record<string, string[]> = {
  group: ['pesisiran', 'pedalaman', 'nusantara', 'mancanegara', 'kontemporer'],
  technique: ['tulis', 'cap', 'kombinasi', 'printed', 'celup', 'colet', 'remukan'],
  garment: ['kain-panjang', 'sarung', 'selendang', 'iket', 'dodot', 'kemben', 'taplak'],
  dye: ['indigo', 'soga', 'mengkudu', 'naptol', 'indigosol', 'remasol', 'secang', 'jolawe'],
  colour: [
    'indigo',
    'soga',
    'mengkudu',
    'putih-alam',
    'hitam',
    'hijau',
    'kuning',
    'merah-muda',
    'ungu',
    'jingga',
  ],
  fabric: ['mori-primissima', 'mori-prima', 'mori-biru', 'sutera', 'katun-dobby'],
  region: [
    'pesisir-utara',
    'vorstenlanden',
    'banyumasan',
    'madura',
    'sumatra',
    'bali',
    'papua',
    'luar-negeri',
  ],
  era: ['pre-1900', 'kolonial', 'jepang', 'awal-merdeka', 'modern', 'kontemporer', 'pasca-unesco'],
  family: [
    'ceplok',
    'parang',
    'semen',
    'buketan',
    'lereng',
    'nitik',
    'kawung',
    'figuratif',
    'tambal',
    'lung',
  ],
};

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Generates the collection. `hash` fields are left empty: the caller hashes with its own runtime. */
export function generateCollection(
  pieceCount = 10_000,
  motifCount = 100,
  seed = 20240501,
): GeneratedCollection {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const some = <T>(list: readonly T[], max: number): T[] => [
    ...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(list))),
  ];
  const word = (): string =>
    Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join('');
  // Texts draw words with a Zipf law from the common words plus thousands of rarer made-up ones,
  // the way real descriptions share a few frequent words and otherwise differ.
  const vocabulary = [...WORDS, ...Array.from({ length: 6000 }, word)];
  const cumulative: number[] = [];
  vocabulary.reduce((sum, _, rank) => (cumulative[rank] = sum + 1 / (rank + 1)), 0);
  const zipfWord = (): string => {
    const target = random() * cumulative[cumulative.length - 1];
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return vocabulary[lo];
  };
  const sentence = (n: number): string => Array.from({ length: n }, zipfWord).join(' ') + '.';
  const text = (n: number): LangMap => ({ id: sentence(n), en: sentence(n) });
  const title = (name: string) => name[0].toUpperCase() + name.slice(1);

  const terms: TermRecord[] = Object.entries(VOCABS).flatMap(([vocab, keys]) =>
    keys.map((key, order) => {
      const label = key.replace(/-/g, ' ');
      return {
        id: `${vocab}:${key}`,
        vocab,
        key,
        label: { id: title(label), en: title(label), jv: title(label) },
        order,
        hash: '',
      };
    }),
  );
  const places: PlaceRecord[] = PLACES.map((name) => ({
    id: slug(name),
    name: { id: name, en: name },
    region: pick(VOCABS.region),
    hash: '',
  }));
  const makers: MakerRecord[] = Array.from({ length: 200 }, (_, i) => ({
    id: `maker-${i}`,
    name: { [ANY_LANGUAGE]: `${title(word())} ${title(word())}` },
    kind: random() < 0.3 ? 'workshop' : 'person',
    place: pick(places).id,
    hash: '',
  }));

  const motifs: MotifRecord[] = Array.from({ length: motifCount }, (_, i) => {
    const [name, ...variants] = CATALOGUE[i] ?? [`${title(word())} ${title(word())}`];
    return {
      id: `${slug(name)}${i < CATALOGUE.length ? '' : `-${i}`}`,
      name: { id: name, en: name, jv: name },
      variants,
      family: pick(VOCABS.family),
      origins: some(places, 2).map((p) => p.id),
      meaning: text(40),
      history: text(60),
      elements: [text(4), text(4)],
      colours: some(VOCABS.colour, 3),
      era: { display: { id: 'abad ke-19', en: '19th century' }, earliest: 1800 + Math.floor(random() * 150) },
      larangan: { restricted: random() < 0.1 },
      related: [],
      media: [],
      notes: [],
      hash: '',
    };
  });

  const pieces: PieceRecord[] = Array.from({ length: pieceCount }, (_, i) => {
    const pieceMotifs = some(motifs, 3);
    const place = pick(places);
    const garment = pick(VOCABS.garment);
    const year = random() < 0.9 ? 1850 + Math.floor(random() * 175) : undefined;
    const main = pieceMotifs[0].name.id;
    const id = `piece-${String(i).padStart(5, '0')}`;
    return {
      id,
      accession: `MBP.${2006 + (i % 18)}.${String(i).padStart(5, '0')}`,
      objectType: garment,
      group: pick(VOCABS.group),
      title: {
        id: `${title(garment.replace('-', ' '))} ${main} ${place.name.id}`,
        en: `${main} ${garment.replace('-', ' ')} from ${place.name.en}`,
        jv: `${title(garment.replace('-', ' '))} ${main}`,
      },
      summary: text(18),
      description: text(70),
      motifs: pieceMotifs.map((m) => ({ motif: m.id, part: pick(['badan', 'kepala', 'pinggiran']) })),
      motifIds: pieceMotifs.map((m) => m.id),
      techniques: some(VOCABS.technique.slice(0, 4), 1),
      dyes: some(VOCABS.dye, 3),
      colours: some(VOCABS.colour, 3),
      fabric: pick(VOCABS.fabric),
      production: {
        makers: random() < 0.6 ? [{ maker: pick(makers).id, role: 'pembatik', certainty: 'attributed' }] : [],
        place: place.id,
        region: place.region,
        era: pick(VOCABS.era),
        date: {
          display: {
            id: year ? `sekitar ${year}` : 'tidak diketahui',
            en: year ? `about ${year}` : 'unknown',
          },
          earliest: year,
          latest: year,
        },
      },
      dimensions: { heightCm: 100 + Math.floor(random() * 20), widthCm: 200 + Math.floor(random() * 60) },
      display: { onDisplay: random() < 0.08 },
      media: [media(id, random)],
      related: [],
      notes: [],
      hash: '',
    };
  });

  return {
    pieces,
    motifs,
    terms,
    makers,
    places,
    synonyms: [
      ['jlamprang', 'jelamprang'],
      ['soga', 'sogan', 'coklat'],
      ['mega mendung', 'megamendung'],
    ],
    languages: ['id', 'en', 'jv'],
  };
}

/** One image entry of the size the compiler writes (thumbs, palette, placeholder). */
function media(id: string, random: () => number): MediaRecord {
  const key = `${id}-${Math.floor(random() * 1e9).toString(36)}`;
  return {
    id: key,
    view: 'full',
    alt: { id: 'Foto kain secara utuh', en: 'The whole cloth' },
    illustrative: true,
    width: 2400,
    height: 1000,
    thumbs: [
      { size: 256, src: `media/${key}-256.webp` },
      { size: 512, src: `media/${key}-512.webp` },
    ],
    display: `media/${key}-1600.webp`,
    tiles: `media/${key}.dzi`,
    placeholder: 'YJqGPQw7sFlslqhFafSE+Q6oJ1h2iHB2Rw',
    palette: [
      { family: 'soga', hex: '#8a5a2b', share: 0.6 },
      { family: 'indigo', hex: '#2b3a67', share: 0.3 },
    ],
  };
}
