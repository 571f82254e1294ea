import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const engineMustStayPure =
  'src/engine is the pure sizing engine: no React, store, DOM, clock or randomness. Pass data in as arguments.';

export default tseslint.config(
  { ignores: ['dist', 'dist-e2e-*', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/charts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'recharts',
              message: 'recharts loads lazily: import charts from src/charts/lazy-charts.tsx.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'zustand', 'zustand/*', 'recharts', 'react-hook-form'],
              message: engineMustStayPure,
            },
            {
              group: [
                '**/store/**',
                '**/steps/**',
                '**/charts/**',
                '**/app/**',
                '**/derivations/**',
              ],
              message: engineMustStayPure,
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: engineMustStayPure },
        { name: 'document', message: engineMustStayPure },
        { name: 'localStorage', message: engineMustStayPure },
        { name: 'performance', message: engineMustStayPure },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: engineMustStayPure },
        { object: 'Date', property: 'now', message: engineMustStayPure },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date']", message: engineMustStayPure },
      ],
    },
  },
);
