import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isInputObjectType,
  isLeafType,
  isNonNullType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { generate } from 'otplib';
import { expect } from 'vitest';
import { REPO_ROOT } from '../../src/config/env.js';
import type { Platform } from './platform.js';
import { ApiClient, codeOf, persona, type GraphQLResponse } from './graphql-client.js';

/**
 * Shared by the hostile-input suite (api/test/hostile-*.int.test.ts): the committed schema as
 * graphql-js sees it, the operations that take an ID somewhere in their arguments, documents
 * built from the schema, and the checks every hostile request ends with: nothing stored, the
 * server still answers.
 */

export const SCHEMA: GraphQLSchema = buildSchema(
  readFileSync(join(REPO_ROOT, 'packages', 'graphql', 'schema.graphql'), 'utf8'),
);

export type OperationKind = 'query' | 'mutation' | 'subscription';

export interface IdTakingOperation {
  kind: OperationKind;
  name: string;
  /** Where the IDs sit, e.g. `caseId`, `input.goalId`, `input.concerns`, `filter.personId`. */
  idPaths: string[];
  field: GraphQLField<unknown, unknown>;
}

function idPathsOf(type: GraphQLInputType, path: string, seen: ReadonlySet<string>): string[] {
  const named = getNamedType(type);
  if (named.name === 'ID') return [path];
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  const inner = new Set([...seen, named.name]);
  return Object.values(named.getFields()).flatMap((f) => idPathsOf(f.type, `${path}.${f.name}`, inner));
}

const ROOTS: [OperationKind, () => ReturnType<GraphQLSchema['getQueryType']>][] = [
  ['query', () => SCHEMA.getQueryType()],
  ['mutation', () => SCHEMA.getMutationType()],
  ['subscription', () => SCHEMA.getSubscriptionType()],
];

/** Every root field of the schema with its kind (so a new operation shows up by itself). */
export function allOperations(): { kind: OperationKind; name: string; field: GraphQLField<unknown, unknown> }[] {
  return ROOTS.flatMap(([kind, root]) =>
    Object.values(root()?.getFields() ?? {}).map((field) => ({ kind, name: field.name, field })),
  );
}

/** Every query, mutation and subscription with an argument of type ID, directly or inside an input object. */
export function idTakingOperations(): IdTakingOperation[] {
  return allOperations()
    .map((op) => ({ ...op, idPaths: op.field.args.flatMap((a) => idPathsOf(a.type, a.name, new Set())) }))
    .filter((op) => op.idPaths.length > 0);
}

/** A selection of the scalar fields of a type, `depth` levels deep (fields with required arguments left out). */
export function selectionOf(type: GraphQLOutputType, depth = 2): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isUnionType(named)) return '{ __typename }';
  const parts = ['__typename'];
  for (const f of Object.values(named.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    if (isLeafType(getNamedType(f.type))) parts.push(f.name);
    else if (depth > 1) parts.push(`${f.name} ${selectionOf(f.type, depth - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** `mutation ($a: T!, ...) { op(a: $a, ...) { scalars } }` for one root field, every argument a variable. */
export function documentFor(kind: OperationKind, field: GraphQLField<unknown, unknown>, depth = 2): string {
  const vars = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind}${vars ? ` (${vars})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selectionOf(field.type, depth)} }`;
}

/** Tables whose rows move by themselves (sessions touched per request, the outbox worker): counted only. */
const VOLATILE = new Set(['user_session', 'notification_outbox', 'mikro_orm_migrations']);
/** Not data: a failed login is counted against brute force on purpose. */
const IGNORED = new Set(['login_throttle']);

/**
 * What is stored, per table of the application schema: the row count and a checksum of every
 * row (audit schema excluded: a refusal is on record there, on purpose).
 */
export async function storedState(platform: Platform): Promise<Record<string, string>> {
  const tables = await platform.sql<{ name: string }>(
    "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
  );
  const parts = tables
    .filter(({ name }) => !IGNORED.has(name))
    .map(({ name }) =>
      VOLATILE.has(name)
        ? `select '${name}' as name, count(*)::text as state from "${name}"`
        : `select '${name}' as name, count(*) || ':' || coalesce(md5(string_agg(md5(x::text), '' order by md5(x::text))), '-') as state from "${name}" x`,
    );
  const rows = await platform.sql<{ name: string; state: string }>(parts.join(' union all '));
  return Object.fromEntries(rows.map((r) => [r.name, r.state]));
}

/** The tables whose content differs between two storedState() snapshots. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((t) => before[t] !== after[t]).sort();
}

/** The server still answers: `me` for a logged-in client. */
export async function expectAlive(client: ApiClient): Promise<void> {
  const alive = await client.request<{ me: { id: string } | null }>('{ me { id } }');
  expect(alive.status).toBe(200);
  expect(alive.data?.me?.id).toMatch(/^[0-9a-f-]{36}$/);
}

/** The personal data of a case as stored: names, contact and location details, entry and plan texts. */
export async function personalDataOfCase(platform: Platform, caseId: string): Promise<string[]> {
  const persons = await platform.sql<Record<string, string | null>>(
    `select p.first_name, p.last_name, p.address, p.phone, p.shelter_address, p.safe_contact
       from person p join household_member hm on hm.person_id = p.id join case_file c on c.household_id = hm.household_id where c.id = ?`,
    [caseId],
  );
  const texts = await platform.sql<{ t: string }>(
    `select e.body as t from case_entry e where e.case_id = ?
     union all select v.value as t from plan_element pe, jsonb_each_text(pe.content) v where pe.case_id = ? and length(v.value) >= 12 and v.value like '% %'
     union all select n.body as t from plan_note n where n.case_id = ?`,
    [caseId, caseId, caseId],
  );
  const values = [...persons.flatMap((p) => Object.values(p)), ...texts.map((t) => t.t)];
  // Names of four letters or more and free text: short values would match by chance.
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v.trim().length >= 4))];
}

/** Fails when any of the case's personal data appears anywhere in the answer. */
export function expectNoPersonalData(answer: GraphQLResponse<unknown> | string, secrets: readonly string[]): void {
  const text = typeof answer === 'string' ? answer : JSON.stringify({ data: answer.data, errors: answer.errors });
  const found = secrets.filter((s) => text.includes(s));
  expect(found, 'personal data of the case in the answer').toEqual([]);
}

/** Logged in, purpose declared and second factor confirmed: a refusal is then the rule's, not a missing step. */
export async function fullyConfirmed(platform: Platform, email: string): Promise<ApiClient> {
  const client = await new ApiClient(platform.baseUrl).loginAs(email);
  await client.ok('mutation { setPurpose(purpose: PLAN_EXECUTION) { id } }');
  const status = await client.request<{ verifySecondFactor: { confirmed: boolean } }>(
    'mutation ($c: String!) { verifySecondFactor(code: $c) { confirmed } }',
    {
      c: await generate({ secret: persona(email).totpSecret }),
    },
  );
  expect(status.data?.verifySecondFactor.confirmed ?? codeOf(status.errors)).toBe(true);
  return client;
}
