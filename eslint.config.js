// One lint configuration for the whole workspace. The evaluator's boundary rule lives here:
// it must run unchanged in Node and in a browser, so it may import nothing at all.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.data/**',
      '**/generated/**',
      '**/test-results/**',
      '**/playwright-report/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The command-line tool (src/cli) is the one part of the evaluator that runs only in Node.
    files: ['packages/evaluator/src/**/*.ts'],
    ignores: ['packages/evaluator/src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'crypto', 'util'],
              message: 'the evaluator runs in browsers: no Node imports',
            },
            {
              group: ['react*', 'express*', '@prisma/*', '@gatehouse/*'],
              message: 'the evaluator depends on nothing',
            },
            {
              regex: '^(?!\\.{1,2}/)',
              message: 'the evaluator has zero runtime dependencies: relative imports only',
            },
          ],
        },
      ],
    },
  },
  {
    // The contracts run in the console too: zod and the evaluator's types, nothing of Node or the server.
    files: ['packages/contracts/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'crypto', 'util'],
              message: 'the contracts run in browsers: no Node imports',
            },
            {
              group: ['react*', 'express*', '@prisma/*', '@gatehouse/server*', '@gatehouse/web*'],
              message: 'the contracts depend on zod and the evaluator only',
            },
          ],
        },
      ],
    },
  },
);
