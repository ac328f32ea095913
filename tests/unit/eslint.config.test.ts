import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The room rules of eslint.config.js, tried on small made-up files: a rule that silently stopped
 * matching (a renamed folder, a regex typo) would let imports run both ways again without anyone
 * noticing, since the real tree has no violation to trip it.
 */
const root = path.resolve(import.meta.dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The rule ids that fire for `code` placed at `file` (a path inside the repository). */
async function firing(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

const restricted = (messages: string[]) => messages.filter((m) => m.startsWith('no-restricted-'));

describe('renderer rooms: imports only go down', () => {
  const refused: Array<[string, string]> = [
    ['renderer/features/browse/Example.tsx', "import { navigate } from '../../app/router';"],
    ['renderer/features/search/Example.tsx', "import { cards } from '../motif/cards';"],
    ['renderer/features/search/Example.tsx', "import { cards } from '../../features/motif/cards';"],
    ['renderer/ui/Example.tsx', "import { BrowseScreen } from '../features/browse/BrowseScreen';"],
    ['renderer/navigation/example.ts', "import { AppContainer } from '../app/AppContainer';"],
    ['renderer/records/example.ts', "import { x } from '../features/piece/x';"],
    ['renderer/db/example.ts', "import { x } from '../features/motif/motif-view';"],
    ['renderer/kit/zoom/Example.tsx', "import { t } from '../../i18n/setup-i18n';"],
    ['renderer/kit/index.ts', "import { x } from '../ui/icons';"],
    ['renderer/features/home/Example.tsx', "import fs from 'node:fs';"],
  ];
  it.each(refused)('%s: %s is refused', async (file, code) => {
    expect(
      restricted(
        await firing(file, `${code}\nexport const used = [${code.match(/\{ (\w+)/)?.[1] ?? 'fs'}];\n`),
      ),
    ).toHaveLength(1);
  });

  const allowed: Array<[string, string]> = [
    ['renderer/app/Example.tsx', "import { BrowseContainer } from '../features/browse/BrowseContainer';"],
    ['renderer/features/browse/Example.tsx', "import { navigate } from '../../navigation/router';"],
    ['renderer/features/browse/Example.tsx', "import { facetOptions } from './facet-labels';"],
    ['renderer/features/search/Example.tsx', "import { x } from '../../ui/icons';"],
    ['renderer/ui/Example.tsx', "import { x } from '../i18n/numbers';"],
    ['renderer/kit/zoom/Example.tsx', "import { x } from '../a11y/use-reduced-motion';"],
  ];
  it.each(allowed)('%s: %s is allowed', async (file, code) => {
    expect(
      restricted(await firing(file, `${code}\nexport const used = [${code.match(/\{ (\w+)/)![1]}];\n`)),
    ).toEqual([]);
  });
});

describe('renderer host: only renderer/host knows which host the page runs under', () => {
  const outside = 'renderer/features/admin/Example.tsx';
  it.each([
    'export const kiosk = window.kiosk;',
    'export const beat = () => window.kiosk?.heartbeat();',
    "export const url = new URL('./api/status', document.baseURI);",
    'export const url = `.${"/api/"}events`;',
  ])('%s is refused outside renderer/host', async (code) => {
    expect(restricted(await firing(outside, code))).toHaveLength(1);
    expect(restricted(await firing('renderer/host/example.ts', code))).toEqual([]);
  });
});

describe('electron: main -> node -> shared, the preload apart', () => {
  it.each([
    ['electron/node/web/example.ts', "import { x } from '../../main/context';"],
    [
      'electron/node/live-collection/example.ts',
      "import { x } from '../../main/live-collection/live-collection';",
    ],
    ['electron/node/cli/example.ts', "import { x } from '../../preload/index';"],
    ['electron/preload/example.ts', "import { x } from '../node/config/config-file';"],
    ['electron/main/example.ts', "import { x } from '../../renderer/host';"],
    ['electron/shared/search/example.ts', "import { x } from '../../node/collection/hash';"],
    ['electron/shared/search/example.ts', "import { x } from '../kiosk-api';"],
    ['electron/shared/search/example.ts', "import { x } from '../../../renderer/db/read';"],
  ])('%s: %s is refused', async (file, code) => {
    expect(restricted(await firing(file, `${code}\nexport const used = [x];\n`))).toHaveLength(1);
  });

  it.each([
    ['electron/main/example.ts', "import { x } from '../node/config/config-file';"],
    ['electron/node/web/example.ts', "import { x } from '../live-collection/live-collection';"],
    ['electron/preload/example.ts', "import { x } from '../shared/ipc';"],
    ['electron/shared/search/example.ts', "import { x } from '../collection-records';"],
    ['electron/shared/search/example.ts', "import { x } from './split-text';"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(restricted(await firing(file, `${code}\nexport const used = [x];\n`))).toEqual([]);
  });
});
