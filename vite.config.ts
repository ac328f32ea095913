import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { precompressTree } from './electron/node/server/precompress';

/**
 * Writes `.br`/`.gz` siblings of every text file of the build (JS, CSS, HTML, SVG), which the web
 * host sends to browsers that accept them. Node's own zlib does both, so no plugin dependency.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'kiosk-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await precompressTree(outDir, 'max');
    },
  };
}

// The renderer is served from kiosk://app/ in Electron and from http://127.0.0.1:PORT/ by the web
// host; relative asset URLs work under both origins.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), precompress()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    // Two pages: the kiosk, and the out-of-order page main shows instead of it when the kiosk is
    // caught in a relaunch loop (it loads neither the collection nor IndexedDB).
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('./renderer/index.html', import.meta.url)),
        'out-of-order': fileURLToPath(new URL('./renderer/out-of-order.html', import.meta.url)),
      },
    },
  },
});
