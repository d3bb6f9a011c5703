// The web's only door to the API contract: the typed `graphql()` function, fragment
// helpers and the schema's types, all generated from schema.graphql by codegen.ts.
export { graphql } from './gql/gql.js';
export { getFragmentData, makeFragmentData, isFragmentReady, type FragmentType } from './gql/fragment-masking.js';
export type * from './gql/graphql.js';
