/**
 * The same-run baselines: plain HTML with no framework, no store and no virtualisation, showing the
 * same 10,000 cards with the same thumbnail files. `grid.html` is every card in the DOM at once
 * (what the virtualised grid is compared with while scrolling); a tap on a card shows a detail div
 * with its title and picture (what tap-to-detail is compared with).
 */
import { writeFile } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

export interface BaselineCard {
  id: string;
  title: string;
  thumb: string;
  display: string;
}

const escape = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

function gridHtml(cards: BaselineCard[]): string {
  const items = cards
    .map(
      (card) =>
        `<li><button class="card" data-id="${card.id}" data-display="${card.display}"><img src="${card.thumb}" alt="" loading="lazy" width="256" height="107"><span>${escape(card.title)}</span></button></li>`,
    )
    .join('');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>baseline grid</title><style>
body{margin:0;font:20px sans-serif;background:#f6efe3}
#grid{list-style:none;margin:0;padding:16px;display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:16px}
.card{display:flex;flex-direction:column;width:100%;min-height:260px;border:0;border-radius:12px;background:#fff;padding:8px;font:inherit;text-align:left}
.card img{width:100%;height:auto;aspect-ratio:12/5;object-fit:cover}
#detail{position:fixed;inset:0;background:#f6efe3;padding:32px}#detail[hidden]{display:none}
#detail img{max-width:100%;max-height:70vh}
</style></head><body><ul id="grid">${items}</ul>
<div id="detail" hidden><h1></h1><img alt=""><button id="back">Kembali</button></div>
<script>
const grid = document.getElementById('grid'), detail = document.getElementById('detail');
grid.addEventListener('click', (e) => {
  const card = e.target.closest('.card'); if (!card) return;
  detail.querySelector('h1').textContent = card.textContent;
  detail.querySelector('img').src = card.dataset.display;
  detail.hidden = false;
});
document.getElementById('back').addEventListener('click', () => { detail.hidden = true; });
</script></body></html>`;
}

/**
 * Writes grid.html into `dir` and serves `dir` (which must also hold the collection's media under
 * `collection/`) on a loopback port.
 */
export async function serveBaseline(
  dir: string,
  cards: BaselineCard[],
): Promise<{ server: Server; url: string }> {
  await writeFile(path.join(dir, 'grid.html'), gridHtml(cards));
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path.join(dir, path.normalize(pathname).replace(/^[/\\]+/, ''));
    try {
      if (!file.startsWith(dir) || !(await stat(file)).isFile()) throw new Error('not a file');
      const type = file.endsWith('.html')
        ? 'text/html'
        : file.endsWith('.webp')
          ? 'image/webp'
          : 'application/octet-stream';
      response.writeHead(200, { 'content-type': type });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}/` });
    }),
  );
}
