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
      'no-restricted-imports': [
        'error',
        {
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
        },
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
);
