// Lint for the whole tree: `pnpm lint`. Typecheck is separate: `pnpm typecheck`.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'packages/graphql/src/gql/**', '.data/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only (CONVENTIONS.md).' },
      ],
    },
  },
  {
    // Config files and Vitest global setup must default-export.
    files: ['**/*.config.{ts,js,mjs}', '**/codegen.ts', 'api/test/support/global-setup.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
