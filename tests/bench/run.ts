// `npm run bench -- <name>`: runs tests/bench/<name>.ts in its own process. Each benchmark measures
// its own same-run baseline and prints one JSON object as the last line of stdout.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const here = import.meta.dirname;
const available = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
  .map((f) => f.replace(/\.ts$/, ''));
const [name, ...rest] = process.argv.slice(2);

if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- <${available.join('|')}> [options]`);
  process.exit(2);
}
const file = path.join(here, `${name}.ts`);
if (!existsSync(file)) process.exit(2);
const result = spawnSync('npx', ['tsx', file, ...rest], { stdio: 'inherit' });
process.exit(result.status ?? 1);
