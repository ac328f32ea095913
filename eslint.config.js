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
  {
    files: ['electron/node/**/*.ts', 'electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Plain-Node core and shared types must not import electron.' },
          ],
          patterns: [
            {
              group: ['**/electron/main/**'],
              message: 'The plain-Node core must not depend on the Electron adapters.',
            },
          ],
        },
      ],
    },
  },
);
