/**
 * `npm run web`'s first step: the renderer's Vite build and the sample's drawings, side by side.
 * Neither needs the other and the web host needs both. One after the other they took about 3 s and
 * 21 s of a fresh clone's wait for its first screen on a 2-core machine, with the Vite build keeping
 * one core busy and the other mostly idle (issue 12). The draw's progress bar keeps the terminal;
 * Vite prints only warnings and errors.
 *
 * Usage: `tsx electron/node/cli/web-prepare.ts [DIR] [--force]` (the draw's own arguments). Exits
 * non-zero when either step failed, once both have ended.
 */
import { build } from 'vite';
import { runDraw } from './draw-command';

const [renderer, drawn] = await Promise.allSettled([
  build({ logLevel: 'warn' }),
  runDraw(process.argv.slice(2)),
]);
if (renderer.status === 'rejected') {
  const error = renderer.reason as unknown;
  process.stderr.write(
    `The renderer's Vite build failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
}
if (drawn.status === 'rejected') {
  const error = drawn.reason as unknown;
  process.stderr.write(
    `Drawing the sample images failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
}
process.exitCode = renderer.status === 'rejected' ? 1 : drawn.status === 'rejected' ? 1 : drawn.value;
