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
  },
});
