import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type DocumentNode, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../config/env.js';
import { apiArmor } from './armor.js';

// The web's operations as the codegen wrote them (packages/graphql/src/gql/graphql.ts): each
// `export const XDocument = {...} as unknown as DocumentNode<...>` line holds one document.
function webOperations(): { name: string; document: DocumentNode }[] {
  const source = readFileSync(join(REPO_ROOT, 'packages', 'graphql', 'src', 'gql', 'graphql.ts'), 'utf8');
  return source
    .split('\n')
    .filter((line) => /^export const \w+Document = \{"kind":"Document"/.test(line))
    .map((line) => ({
      name: line.slice('export const '.length, line.indexOf(' =')),
      document: JSON.parse(line.slice(line.indexOf('{"kind"'), line.lastIndexOf('} as unknown') + 1)) as DocumentNode,
    }))
    .filter(({ document }) => document.definitions.some((definition) => definition.kind === 'OperationDefinition'));
}

describe("the web's operations pass the API's limits", () => {
  const schema = buildSchema(readFileSync(join(REPO_ROOT, 'packages', 'graphql', 'schema.graphql'), 'utf8'));
  const rules = [...specifiedRules, ...apiArmor().protect().validationRules];
  const operations = webOperations();

  it('finds the operations, the plan editor among them', () => {
    expect(operations.map((operation) => operation.name)).toEqual(
      expect.arrayContaining(['CaseOverviewDocument', 'PlanEditorDocument']),
    );
  });

  it.each(operations.map((operation) => [operation.name, operation.document] as const))(
    '%s is valid within depth, cost and token limits',
    (_name, document) => {
      expect(validate(schema, document, rules).map((error) => error.message)).toEqual([]);
    },
  );

  it('a query deeper than the limit is refused (the check can fail)', () => {
    const deep = JSON.parse(
      JSON.stringify(operations.find((operation) => operation.name === 'PlanEditorDocument')!.document),
    ) as { definitions: { kind: string; selectionSet: unknown }[] };
    // The same operation with its selections replaced by twelve nested levels.
    const operation = deep.definitions.find((definition) => definition.kind === 'OperationDefinition')!;
    const field = (name: string, selectionSet?: unknown) => ({
      kind: 'Field',
      name: { kind: 'Name', value: name },
      ...(selectionSet ? { selectionSet } : {}),
    });
    let selection: unknown = { kind: 'SelectionSet', selections: [field('__typename')] };
    for (let i = 0; i < 12; i++) selection = { kind: 'SelectionSet', selections: [field('me', selection)] };
    operation.selectionSet = selection;
    expect(
      validate(schema, deep as unknown as DocumentNode, [...apiArmor().protect().validationRules])
        .map((error) => error.message)
        .join(' '),
    ).toMatch(/depth/i);
  });
});
