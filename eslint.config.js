import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The layers: src/ is the pure core; renderer/ is the UI; electron/ is the OS. */
const coreRestrictions = {
  patterns: [
    { group: ['**/renderer/**', '**/renderer'], message: 'src/ is the pure core: it must not import the renderer.' },
    { group: ['**/electron/**', '**/electron'], message: 'src/ is the pure core: it must not import Electron code.' },
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@xyflow/*'], message: 'src/ is the pure core: no React.' },
    { group: ['electron', 'electron/*'], message: 'src/ is the pure core: no Electron.' },
  ],
};

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'coverage/', 'node_modules/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Tests deliberately build malformed documents.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...coreRestrictions,
          patterns: [
            ...coreRestrictions.patterns,
            { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'src/ reaches the OS only through src/platform/port.ts.' },
          ],
        },
      ],
    },
  },
  {
    // The port's Node implementation and the command line's entry point are the only Node-bound files in src/.
    files: ['src/platform/node.ts', 'src/cli/node-entry.ts', 'src/**/node/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', coreRestrictions] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*', '**/electron/**'], message: 'The renderer reaches Electron only through renderer/src/platform.' },
            { group: ['node:*'], message: 'The renderer runs in a browser: no Node modules.' },
          ],
        },
      ],
    },
  },
);
