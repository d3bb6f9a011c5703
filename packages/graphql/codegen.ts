import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the web (client-preset). The schema is the API's emitted, committed
 * `schema.graphql`; the documents are the `graphql(...)` calls colocated in `web/src`.
 * Output in `src/gql/` is committed; regenerate with `pnpm codegen` from the root.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['../../web/src/**/*.{ts,tsx}', '!../../web/src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        gqlTagName: 'graphql',
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: {
          DateTimeISO: 'string',
          LocalDate: 'string',
        },
        documentMode: 'documentNode',
        skipTypename: false,
        dedupeFragments: true,
      },
    },
  },
};

export default config;
