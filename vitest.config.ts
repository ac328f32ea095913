import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// `electron` is aliased to a hand-written stub: a stray import would otherwise make the real
// package try to download its binary, which cannot happen on the build machines.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      electron: fileURLToPath(new URL('./tests/mocks/electron.ts', import.meta.url)),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    sequence: { shuffle: true },
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
