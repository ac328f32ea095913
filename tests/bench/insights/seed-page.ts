/**
 * Bundled by tests/bench/insights.ts for the kiosk's own page (same origin, so the same IndexedDB):
 * `window.__seedInsights(plan)` writes a generated run of visits through the app's own writer,
 * day by day as a kiosk would, and `window.__insightsStorage()` reports what is stored.
 */
import type { InsightEvent, SessionRecord } from '../../../renderer/insights/insight-types';
import { appInsightsDb } from '../../../renderer/insights/insights-db';
import { writeSessions } from '../../../renderer/insights/insights-store';
import { seededRandom } from '../store/generate-collection';

interface SeedPlan {
  days: number;
  perDay: number;
  keepRawDays: number;
  pieceIds: string[];
  motifIds: string[];
}

const WORDS = ['parang', 'kawung', 'mega mendung', 'jlamprang', 'tiga negeri', 'buketan', 'sido mukti'];
const MISSES = ['naga emas', 'qx', 'batik bali', 'songket', 'ikat'];

function visit(random: () => number, start: number, n: number, plan: SeedPlan): SessionRecord {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() ** 2 * list.length)]!;
  const glance = random() < 0.15;
  const events: InsightEvent[] = [];
  let t = start;
  const step = (ms: number) => (t += Math.round(ms * (0.5 + random())));
  events.push({ kind: 'screen', at: step(2_000), screen: 'home' });
  if (!glance) {
    for (let i = 0, opened = 1 + Math.floor(random() * 4); i < opened; i++) {
      events.push({ kind: 'screen', at: step(5_000), screen: 'piece' });
      const id = pick(plan.pieceIds);
      if (random() < 0.4)
        events.push({ kind: 'zoom', at: step(20_000), pieceId: id, depth: 1 + random() * 7 });
      events.push({ kind: 'piece', at: step(30_000), id, dwellMs: 30_000 });
    }
    if (random() < 0.5)
      events.push({ kind: 'motif', at: step(20_000), id: pick(plan.motifIds), dwellMs: 20_000 });
    if (random() < 0.4) {
      const miss = random() < 0.1;
      events.push({
        kind: 'search',
        at: step(8_000),
        text: miss ? pick(MISSES) : pick(WORDS),
        results: miss ? 0 : 12,
      });
    }
    if (random() < 0.2)
      events.push({ kind: 'facet', at: step(4_000), field: 'group', value: 'pesisiran', on: true });
  }
  const language = random() < 0.7 ? 'id' : random() < 0.85 ? 'en' : 'jv';
  const day = new Date(start);
  const pad = (v: number) => String(v).padStart(2, '0');
  return {
    id: `v${n}`,
    start,
    end: t,
    day: `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`,
    hour: day.getHours(),
    languages: [language],
    a11yModes: random() < 0.05 ? ['largeText'] : [],
    orientation: 'landscape',
    interactions: glance ? 1 : 3 + events.length,
    glance,
    endedBy: random() < 0.9 ? 'idle' : 'start-again',
    events,
  };
}

async function seedInsights(plan: SeedPlan): Promise<{ visits: number; ms: number }> {
  const db = appInsightsDb();
  // The store bench's seeded PRNG: the same visits on every run.
  const random = seededRandom(15);
  const t0 = performance.now();
  const today = new Date();
  today.setHours(0, 0, 0, 0);
  let n = 0;
  for (let d = plan.days - 1; d >= 0; d--) {
    const midnight = new Date(today);
    midnight.setDate(today.getDate() - d);
    const open = midnight.getTime() + 9 * 3600_000;
    const sessions: SessionRecord[] = [];
    for (let i = 0; i < plan.perDay; i++) {
      sessions.push(visit(random, open + Math.floor((i / plan.perDay) * 8 * 3600_000), n++, plan));
    }
    // As a kiosk writes them: that day's visits, at that day's end (so pruning runs as it would).
    await writeSessions(db, sessions, { keepRawDays: plan.keepRawDays, now: open + 9 * 3600_000 });
  }
  return { visits: n, ms: Math.round(performance.now() - t0) };
}

async function insightsStorage() {
  const db = appInsightsDb();
  const daily = await db.daily.toArray();
  const sizes = daily.map((row) => JSON.stringify(row).length);
  return {
    rawSessions: await db.sessions.count(),
    dailyRows: daily.length,
    dailyJsonMB: sizes.reduce((a, b) => a + b, 0) / 1e6,
    dailyRowMaxKB: Math.max(0, ...sizes) / 1e3,
    usageMB: ((await navigator.storage.estimate()).usage ?? 0) / 1e6,
  };
}

Object.assign(window, { __seedInsights: seedInsights, __insightsStorage: insightsStorage });
