// Flat config. Besides the usual rule sets it enforces the runtime boundaries of STYLE.md:
// the renderer runs sandboxed in Chromium (no Node, no Electron), and the plain-Node core must stay
// importable by the web host and plain vitest, so it may not import `electron` either.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'url',
  'worker_threads',
];

/** The renderer's runtime rule: sandboxed Chromium, no Node, no Electron, no main-process code. */
const rendererRuntime = {
  // `paths` matches the bare module name; a `patterns` entry 'electron' would also match our own
  // electron/ folder (gitignore-style), which holds the shared types the renderer needs.
  paths: [{ name: 'electron', message: 'The renderer talks to main only through window.kiosk.' }],
  patterns: [
    { group: nodeBuiltins, message: 'The renderer runs sandboxed: no Node built-ins.' },
    {
      group: ['**/electron/main/**', '**/electron/node/**'],
      message: 'Main-process code is not for the renderer.',
    },
  ],
};

/** The rule's options: the runtime rule plus the room rules given (regexes over the import path). */
function rendererImports(...rooms) {
  return ['error', { paths: rendererRuntime.paths, patterns: [...rendererRuntime.patterns, ...rooms] }];
}

/** Rooms below the features: they serve every screen and know none. */
const lowerRooms = [
  'ui',
  'navigation',
  'records',
  'i18n',
  'host',
  'db',
  'sync',
  'search',
  'facets',
  'insights',
];

const upToApp = {
  regex: '(^|/)app(/|$)',
  message: 'app/ is the composition root: nothing imports it. Move what you need into a room below.',
};
const upToFeatures = {
  regex: '(^|/)features(/|$)',
  message: 'The rooms below the screens know no feature: move the shared part down (ui/, records/, ...).',
};
// Feature folders are flat, so `../name/` from a feature file is always another feature.
const toOtherFeature = {
  regex: '^\\.\\./[^./][^/]*/|(^|/)features/',
  message:
    'A feature never imports another feature: move the shared part to ui/, records/, navigation/ or db/.',
};
// Kit parts sit one folder deep (kit/zoom/...): two levels up leaves the kit, as does one from kit/index.ts.
const kitMessage = 'The kit is self-contained: it imports nothing of ours outside kit/.';
const outOfKitPart = { regex: '^\\.\\./\\.\\./', message: kitMessage };
const outOfKitRoot = { regex: '^\\.\\./', message: kitMessage };

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'out/',
      'release/',
      '.cache/',
      'collection-build/',
      'test-results/',
      'playwright-report/',
      'tests/output/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'no-restricted-imports': rendererImports(),
    },
  },
  // The renderer's rooms, top to bottom (renderer/README.md): app/ wires everything; a feature is one
  // screen family and never reaches into another; ui/ and the rooms below it know no screen; kit/
  // knows nothing of ours. Each block repeats the runtime rule above because a later block's options
  // replace an earlier block's for the same rule.
  {
    files: ['renderer/features/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': rendererImports(upToApp, toOtherFeature) },
  },
  {
    files: [`renderer/{${lowerRooms.join(',')}}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': rendererImports(upToApp, upToFeatures) },
  },
  {
    files: ['renderer/kit/*/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': rendererImports(outOfKitPart) },
  },
  {
    files: ['renderer/kit/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': rendererImports(outOfKitRoot) },
  },
  {
    // Only renderer/host/ knows whether the page runs in Electron or under the web host (see its
    // README): elsewhere no `window.kiosk` and no `/api/` address, whichever way they are spelled.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/host/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          "MemberExpression[object.name=/^(window|globalThis|self)$/][property.name='kiosk']",
          "MemberExpression[object.name=/^(window|globalThis|self)$/][property.value='kiosk']",
          'VariableDeclarator[init.name=/^(window|globalThis|self)$/] Property[key.name="kiosk"]',
        ].map((selector) => ({ selector, message: 'Ask the host (renderer/host), not window.kiosk.' })),
        ...[
          'Literal[value=/(^|\\/)api\\//]',
          'TemplateElement[value.raw=/(^|\\/)api\\//]',
          "ImportSpecifier[imported.name='WEB_API_PREFIX']",
          "MemberExpression[property.name='WEB_API_PREFIX']",
        ].map((selector) => ({
          selector,
          message: "Ask the host (renderer/host), not the web host's /api/.",
        })),
      ],
    },
  },
  // The electron side's one-way imports (see electron/README.md): main may import node and shared;
  // node never imports electron or main (the web host runs it without Electron); preload only shared;
  // shared nothing. Relative imports are matched by `regex`: a glob like '**/electron/main/**' never
  // sees '../../main/context'.
  {
    files: ['electron/node/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The plain-Node core must not import electron.' }],
          patterns: [
            {
              regex: '^(\\.\\./)+main(/|$)|/electron/main(/|$)',
              message:
                'The plain-Node core (the web host too) must not depend on the Electron adapters in electron/main.',
            },
            {
              regex: '^(\\.\\./)+preload(/|$)|/electron/preload(/|$)',
              message: 'The plain-Node core must not depend on the preload.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(preload|renderer)(/|$)',
              message: 'Main imports only electron/node and electron/shared of ours.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'The preload runs sandboxed: no Node built-ins.' },
            {
              regex: '^\\.\\./(?!shared/)',
              message: 'The preload may import only electron/shared (and electron itself).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Shared types must not import electron.' }],
          patterns: [
            {
              // kiosk-api.ts takes the bridge's type from the preload's source so it can't drift.
              regex: '^\\.\\./preload/',
              allowTypeImports: true,
              message: 'Shared types may take only types from the preload.',
            },
            {
              regex: '^\\.\\./(?!preload/)',
              message: 'Shared types import nothing from the rest of electron/.',
            },
          ],
        },
      ],
    },
  },
  // The search index's code (shared: the collection build makes the index a kiosk downloads) may
  // take the record types from shared/, one folder up, and nothing else of ours.
  {
    files: ['electron/shared/search/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Shared code must not import electron.' }],
          patterns: [
            {
              regex: '^\\.\\./(?!collection-records$)',
              message: 'The search code takes only the record types from electron/shared/.',
            },
          ],
        },
      ],
    },
  },
);
