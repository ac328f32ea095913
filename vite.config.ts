import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is served from kiosk://app/ in Electron and from http://127.0.0.1:PORT/ by the web
// host; relative asset URLs work under both origins.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
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
