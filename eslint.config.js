import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Besides the usual checks, this file enforces the one-way imports of the architecture:
 * renderer -> shared, and electron/{main,host,preload} -> electron/core -> shared.
 */
const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'crypto', 'worker_threads'];

function forbid(patterns, message) {
  return { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] };
}

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/', '.tmp/'] },
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
    files: ['shared/**'],
    rules: forbid(
      [...NODE_BUILTINS, 'electron', 'react', 'react-*', '**/electron/**', '**/renderer/**', '../electron/*', '../renderer/*'],
      'shared/ is pure TypeScript: no Node, no DOM, no Electron, nothing from electron/ or renderer/.',
    ),
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid(
        [...NODE_BUILTINS, 'electron', '**/electron/**'],
        'The renderer talks to the core only through src/api (the shared contract); it never imports electron/ or Node.',
      ),
    },
  },
  {
    // The headless editor and the command registry are what pages build on: no page imports there.
    files: ['renderer/src/editor/**', 'renderer/src/commands/**'],
    rules: forbid(
      [...NODE_BUILTINS, 'electron', '**/electron/**', '**/features/**'],
      'renderer/src/editor and renderer/src/commands never import a page (features/), and never electron/ or Node.',
    ),
  },
  {
    files: ['electron/core/**'],
    rules: forbid(
      ['electron', '**/renderer/**', '**/main/**', '**/host/**', '**/preload/**'],
      'electron/core is plain Node: it never imports electron, a door (main, host, preload) or the renderer.',
    ),
  },
  {
    files: ['electron/host/**'],
    rules: forbid(['electron', '**/renderer/**', '**/main/**', '**/preload/**'], 'The browser host runs in plain Node: no electron, no renderer.'),
  },
  {
    files: ['electron/main/**'],
    // The participants' door (host/door) is the one piece of the host the desktop app runs too.
    rules: forbid(
      ['**/renderer/**', '**/host/*', '!**/host/door', '**/preload/**'],
      'The Electron shell reaches the renderer only through app:// and IPC, and runs no browser host.',
    ),
  },
  {
    files: ['electron/preload/**'],
    rules: forbid(
      ['**/core/**', '**/main/**', '**/host/**', '**/renderer/**', 'zod', 'kysely', 'react', '@*/*'],
      'The preload has no npm imports and only talks IPC.',
    ),
  },
);
