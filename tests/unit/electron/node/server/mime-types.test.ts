import { describe, expect, it } from 'vitest';
import { mimeTypeFor } from '../../../../../electron/node/server/mime-types';

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['app.js', 'text/javascript; charset=utf-8'],
    ['worker.mjs', 'text/javascript; charset=utf-8'],
    ['app.css', 'text/css; charset=utf-8'],
    ['manifest.json', 'application/json; charset=utf-8'],
    ['app.js.map', 'application/json; charset=utf-8'],
    ['motif.svg', 'image/svg+xml'],
    ['a.png', 'image/png'],
    ['a.jpg', 'image/jpeg'],
    ['A.JPEG', 'image/jpeg'],
    ['a.webp', 'image/webp'],
    ['a.avif', 'image/avif'],
    ['a.gif', 'image/gif'],
    ['favicon.ico', 'image/x-icon'],
    ['f.woff2', 'font/woff2'],
    ['f.woff', 'font/woff'],
    ['f.ttf', 'font/ttf'],
    ['kain.dzi', 'application/xml; charset=utf-8'],
    ['info.xml', 'application/xml; charset=utf-8'],
    ['notes.txt', 'text/plain; charset=utf-8'],
    ['captions.vtt', 'text/vtt; charset=utf-8'],
    ['film.mp4', 'video/mp4'],
    ['film.webm', 'video/webm'],
    ['gamelan.mp3', 'audio/mpeg'],
    ['gamelan.ogg', 'audio/ogg'],
    ['gamelan.wav', 'audio/wav'],
    ['search.wasm', 'application/wasm'],
  ])('%s -> %s', (name, type) => {
    expect(mimeTypeFor(name)).toBe(type);
  });

  it.each(['run.exe', 'main.ts', 'Makefile', 'archive.tar.gz', 'x.constructor', 'x.toString', 'dot.'])(
    'refuses %s',
    (name) => {
      expect(mimeTypeFor(name)).toBeNull();
    },
  );
});
