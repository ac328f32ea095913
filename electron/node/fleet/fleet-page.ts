import type { FleetView } from './fleet-view';
import type { FleetVisits } from './fleet-visits';

/**
 * The operator's one page: a table of every kiosk, the ones needing attention first and
 * highlighted, then the visits of all kiosks per day. It is self-contained (inline style, no
 * script, no font, no image) because the museum LAN has no internet and the receiver serves nothing
 * else. Every value a kiosk sent passes through {@link escapeHtml}: a kiosk's name or problem text
 * is untrusted input (counts are schema-checked numbers).
 */

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** "3 d 4 h", "2 h 5 min", "7 min", "40 s": enough to tell a fresh restart from a long run. */
function formatDuration(seconds: number): string {
  const s = Math.floor(seconds);
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

const STYLE = `
body { font: 15px/1.4 system-ui, sans-serif; margin: 1.5rem; color: #1d1d1d; background: #fafafa; }
h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
h2 { font-size: 1.1rem; margin: 1.5rem 0 .25rem; }
.summary { margin: 0 0 1rem; }
.warn { color: #8a1c00; font-weight: 600; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid #ddd; }
th { background: #eee; }
tr.behind td { background: #fff4d6; }
tr.silent td { background: #fde2de; }
.state { font-weight: 600; white-space: nowrap; }
ul { margin: 0; padding-left: 1.1rem; }
.none { color: #777; }
td.count, th.count { text-align: right; }
table.visits { width: auto; margin-top: .5rem; }
tr.total td { font-weight: 600; }
`;

const NONE = '<span class="none">none</span>';

/** The visits of every kiosk that sent counts, one column per day and the sum of them. */
function visitsTable(visits: FleetVisits, reporting: number): string {
  if (reporting === 0) return '<p>No kiosk has sent visitor counts yet.</p>';
  const last = visits.days.length - 1;
  const head = visits.days
    .map((day, i) => `<th class="count">${escapeHtml(day)}${i === last ? ' (today)' : ''}</th>`)
    .join('');
  const cells = visits.perDay.map((n) => `<td class="count">${n}</td>`).join('');
  return `<table class="visits">
<thead><tr><th></th>${head}<th class="count">${visits.days.length} days</th></tr></thead>
<tbody>
<tr class="total"><td>all kiosks (${reporting} sending counts)</td>${cells}<td class="count">${visits.total}</td></tr>
</tbody>
</table>`;
}

/** Reloads itself every minute so a screen left open stays current (the cookie keeps it allowed). */
export function fleetPage(view: FleetView): string {
  const { published } = view;
  const rows = [...view.kiosks].sort(
    (a, b) =>
      Number(b.silent) - Number(a.silent) ||
      Number(b.behind) - Number(a.behind) ||
      a.name.localeCompare(b.name),
  );
  const publishedLine =
    published.problem !== null
      ? `<span class="warn">The published version cannot be read: ${escapeHtml(published.problem)}</span>`
      : published.version === null
        ? 'Published version: none yet (no kiosk has reported one).'
        : `Published version: <strong>${published.version}</strong> ${
            published.source === 'latest' ? '(from latest.json)' : '(the highest any kiosk reports)'
          }.`;
  const behind = view.kiosks.filter((k) => k.behind).length;
  const silent = view.kiosks.filter((k) => k.silent).length;
  const counts = `${view.kiosks.length} kiosk(s); ${behind} behind; ${silent} silent for more than ${formatDuration(
    view.silentAfterMs / 1000,
  )}.`;

  const body = rows.map((kiosk) => {
    const state = [kiosk.silent ? 'silent' : '', kiosk.behind ? 'behind' : ''].filter(Boolean);
    const problems = kiosk.problems.length
      ? `<ul>${kiosk.problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>`
      : '<span class="none">none</span>';
    return `<tr${state.length ? ` class="${state.join(' ')}"` : ''}>
<td class="state">${state.length ? state.join(', ') : 'ok'}</td>
<td>${escapeHtml(kiosk.name)}</td>
<td>${kiosk.version === null ? '<span class="none">none</span>' : kiosk.version}</td>
<td>${kiosk.verifiedAt === null ? '<span class="none">never</span>' : escapeHtml(kiosk.verifiedAt)}</td>
<td>${escapeHtml(kiosk.receivedAt)} (${formatDuration(kiosk.silentForMs / 1000)} ago)</td>
<td>${formatDuration(kiosk.uptimeSeconds)}</td>
<td class="count">${kiosk.visits === null ? NONE : (kiosk.visits.perDay.at(-1) ?? 0)}</td>
<td class="count">${kiosk.visits === null ? NONE : kiosk.visits.total}</td>
<td>${problems}</td>
</tr>`;
  });

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="60">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kiosk fleet</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Kiosk fleet</h1>
<p class="summary">${publishedLine}<br>${counts} Page made ${escapeHtml(view.now)}.</p>
${view.receiverProblems.map((problem) => `<p class="warn">${escapeHtml(problem)}</p>`).join('\n')}
${
  rows.length === 0
    ? '<p>No kiosk has sent a heartbeat yet.</p>'
    : `<table>
<thead><tr><th>state</th><th>kiosk</th><th>version held</th><th>verified at</th><th>last seen</th><th>uptime</th><th class="count">visits today</th><th class="count">visits, ${view.visits.days.length} days</th><th>problems</th></tr></thead>
<tbody>
${body.join('\n')}
</tbody>
</table>
<h2>Visits per day</h2>
<p class="summary">A visit is a session of two touches or more; the kiosks' own counts, as last reported.</p>
${visitsTable(view.visits, view.kiosks.filter((k) => k.visits !== null).length)}`
}
</body>
</html>
`;
}
