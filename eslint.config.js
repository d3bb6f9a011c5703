// Lint for the whole tree: `pnpm lint`. Typecheck is separate: `pnpm typecheck`.
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

// ---------------------------------------------------------------------------------------------
// Boundaries (docs/architecture.md, "Dependency rules"). Built on eslint's own
// `no-restricted-imports`, which matches the import string (static `import`, `import type` and
// `export ... from`; not `import()` or `require`). Imports are relative with a `.js` suffix,
// so a rule that depends on where the importing file sits is generated per folder depth.
// Each file set below is disjoint from the others: in flat config a later
// `no-restricted-imports` replaces an earlier one instead of adding to it.
// ---------------------------------------------------------------------------------------------
const SOURCE = '{ts,tsx,js,mjs}';
const MAX_DEPTH = 4;

/** `dir/*.ext`, `dir/*\/*.ext`, ...: one glob per folder depth below `dir`. */
const atDepth = (dir, depth) => `${dir}/${'*/'.repeat(depth)}*.${SOURCE}`;

const restrict = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });

const apiModules = readdirSync(new URL('./api/src/modules', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const webNoApi = [
  {
    group: ['@mda/api', '@mda/api/*'],
    message: 'The web knows the API only through packages/graphql (docs/architecture.md).',
  },
  {
    regex: '^(\\.\\./)+api(/|$)',
    message: 'The web knows the API only through packages/graphql (docs/architecture.md).',
  },
];

const boundaries = [
  // packages/* are the shared floor: they import nothing from api or web.
  restrict(
    [`packages/**/*.${SOURCE}`],
    [
      {
        group: ['@mda/api', '@mda/api/*', '@mda/web', '@mda/web/*'],
        message: 'packages/* import nothing from api or web (docs/architecture.md).',
      },
      {
        regex: '^(\\.\\./)+(api|web)(/|$)',
        message: 'packages/* import nothing from api or web (docs/architecture.md).',
      },
    ],
  ),
  // api/src/core is cross-cutting and knows no capability: modules register into it.
  restrict(
    [`api/src/core/**/*.${SOURCE}`],
    [
      {
        regex: '(^|/)modules(/|$)',
        message: 'api/src/core knows no capability: modules register into it (docs/adding-a-capability.md).',
      },
    ],
  ),
  // A module may use another module's entities and services, never its resolvers.
  ...apiModules.flatMap((name) =>
    Array.from({ length: MAX_DEPTH + 1 }, (_, depth) =>
      restrict(
        [atDepth(`api/src/modules/${name}`, depth)],
        [
          {
            // `../`(depth + 1) reaches api/src/modules; what follows is another module unless it is this one.
            regex: `^(\\.\\./){${depth + 1}}(?!${escapeRegex(name)}/|\\.\\./)[^/]+/(.*/)?[^/]+\\.resolver(\\.js|\\.ts)?$`,
            message: `A module never imports another module's resolvers: use its service (docs/architecture.md).`,
          },
          {
            regex: `(^|/)modules/(?!${escapeRegex(name)}/)[^/]+/(.*/)?[^/]+\\.resolver(\\.js|\\.ts)?$`,
            message: `A module never imports another module's resolvers: use its service (docs/architecture.md).`,
          },
        ],
      ),
    ),
  ),
  // The web knows the API only through packages/graphql.
  { ...restrict([`web/**/*.${SOURCE}`], webNoApi), ignores: [`web/src/ui/**`] },
  // web/src/ui is presentational: no GraphQL, no CASL, nothing from a module.
  restrict(
    [`web/src/ui/**/*.${SOURCE}`],
    [
      ...webNoApi,
      {
        group: ['@mda/graphql', '@mda/graphql/*', '@apollo/client', '@apollo/client/*'],
        message: 'web/src/ui imports no GraphQL: take data through props (docs/architecture.md).',
      },
      {
        group: ['@casl/*', '@mda/authz', '@mda/authz/*'],
        message: 'web/src/ui imports no CASL: the caller decides what to show (docs/architecture.md).',
      },
      {
        regex: '(^|/)modules(/|$)',
        message: 'web/src/ui imports nothing from a module: it is presentational (docs/architecture.md).',
      },
    ],
  ),
];

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
  ...boundaries,
  {
    // Config files and Vitest global setup must default-export.
    files: ['**/*.config.{ts,js,mjs}', '**/codegen.ts', 'api/test/support/global-setup.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
