import { getNamedType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { codeOf, type ApiClient } from './support/graphql-client.js';
import { changedTables, expectAlive, fullyConfirmed, SCHEMA, storedState } from './support/hostile.js';

/**
 * Hostile input, class 3 (issue 11 item 10): very long strings, control characters, bidi
 * overrides and unpaired surrogates in every String input of a sample of operations (the
 * fields enumerated from the schema); malformed JSON, wrong types, oversize bodies, deep
 * nesting, fragment cycles, alias and field floods. Each gets its specific code, stores
 * nothing, and the server answers `me` afterwards.
 */

let platform: Platform;
let caseId: string;
let reference: string;
let personId: string;
beforeAll(async () => {
  platform = await startPlatform();
  const [row] = await platform.sql<{ id: string; reference: string; person_id: string }>(
    `select c.id, c.reference, (select hm.person_id from household_member hm where hm.household_id = c.household_id order by hm.person_id limit 1) as person_id
       from case_file c where c.status = 'ACTIVE'
        and exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = c.id and o.type = 'SAFE_HOME' and m.ended_at is null)
        and not exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = c.id and o.name = 'Wijkteam Schiedam')
      order by c.reference limit 1`,
  );
  ({ id: caseId, reference, person_id: personId } = row!);
}, 120_000);
afterAll(async () => {
  await platform?.stop();
});

/** One confirmed session per persona for the whole file (a TOTP code is accepted once). */
const clients = new Map<string, ApiClient>();
async function confirmed(email: string): Promise<ApiClient> {
  if (!clients.has(email)) clients.set(email, await fullyConfirmed(platform, email));
  return clients.get(email)!;
}

/** Every String leaf of an argument, as a path into the variables (`input.members.0.lastName`). */
function stringPaths(type: GraphQLInputType, path: string, value: unknown): string[] {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner))
    return Array.isArray(value) ? value.flatMap((v, i) => stringPaths(inner.ofType, `${path}.${i}`, v)) : [];
  const named = getNamedType(inner);
  if (isInputObjectType(named))
    return Object.values(named.getFields()).flatMap((f) =>
      stringPaths(
        f.type,
        `${path}.${f.name}`,
        (value as Record<string, unknown> | undefined)?.[f.name] ??
          (getNamedType(f.type).name === 'String' ? '' : undefined),
      ),
    );
  return named.name === 'String' ? [path] : [];
}

function withValue(variables: Record<string, unknown>, path: string, value: string): Record<string, unknown> {
  const copy = structuredClone(variables);
  const keys = path.split('.');
  let at: Record<string, unknown> = copy;
  for (const k of keys.slice(0, -1)) {
    at[k] ??= {};
    at = at[k] as Record<string, unknown>;
  }
  at[keys.at(-1)!] = value;
  return copy;
}

const HOSTILE: [string, string][] = [
  ['a 100,000-character string', 'Lang '.repeat(20_000)],
  ['a NUL byte and terminal escapes', 'Jansen\u0000\u0007\u001b[31m'],
  ['a right-to-left override', 'rapport\u202Efdp.exe'],
  ['an unpaired surrogate', 'Jansen\uD800'],
];

interface Sample {
  operation: string;
  as: string;
  document: string;
  variables: () => Record<string, unknown>;
  /** The code for a hostile value in a field (BAD_USER_INPUT naming the field, unless said otherwise). */
  expect?: string;
}
const SAMPLES: Sample[] = [
  {
    operation: 'recordCaseEntry',
    as: 'veiligthuis@demo.mda.test',
    document: 'mutation ($input: RecordCaseEntryInput!) { recordCaseEntry(input: $input) { id } }',
    variables: () => ({
      input: { caseId, category: 'PLAN', title: 'Afspraak', body: 'Volgende MDO op dinsdag.', concerns: [personId] },
    }),
  },
  {
    operation: 'raiseEscalation',
    as: 'veiligthuis@demo.mda.test',
    document: 'mutation ($input: RaiseEscalationInput!) { raiseEscalation(input: $input) { id } }',
    variables: () => ({
      input: { caseId, reason: 'Het plan stagneert al drie weken.', decisionAsked: 'Wie neemt de regie?' },
    }),
  },
  {
    operation: 'updatePersonDetails',
    as: 'veiligthuis@demo.mda.test',
    document: 'mutation ($input: UpdatePersonDetailsInput!) { updatePersonDetails(input: $input) { id } }',
    variables: () => ({
      input: {
        caseId,
        personId,
        address: 'Hoogstraat 1',
        phone: '06-12345678',
        safeContact: 'Zus, via Veilig Thuis',
        shelterAddress: 'Opvang Noord',
      },
    }),
  },
  {
    operation: 'createCase',
    as: 'casusregisseur.veiligthuis@demo.mda.test',
    document: 'mutation ($input: CreateCaseInput!) { createCase(input: $input) { id } }',
    variables: () => ({
      input: {
        municipality: 'SCHIEDAM',
        profile: 'ELDER_ABUSE',
        purpose: 'Veiligheidsbeoordeling',
        legalBasis: { kind: 'COVENANT', article: 'Convenant art. 7' },
        members: [{ firstName: 'Oma', lastName: 'Jansen', dateOfBirth: '1940-01-01', roles: ['VICTIM'] }],
      },
    }),
  },
  {
    operation: 'requestBreakGlass',
    as: 'casusregisseur.wijkteam.schiedam@demo.mda.test',
    document:
      'mutation ($caseReference: String!, $reason: String!) { requestBreakGlass(caseReference: $caseReference, reason: $reason) { id } }',
    variables: () => ({ caseReference: reference, reason: 'Acute dreiging; de regisseur is niet bereikbaar.' }),
  },
  {
    operation: 'searchCases',
    as: 'veiligthuis@demo.mda.test',
    document: 'query ($text: String!) { searchCases(text: $text) { truncated } }',
    variables: () => ({ text: 'Jansen' }),
  },
];

describe('hostile strings in every String input of a sample of operations', () => {
  it('answers each with its code naming the field, stores nothing, and keeps answering', async () => {
    const outcome: Record<string, string> = {};
    const expected: Record<string, string> = {};
    const stored: Record<string, string[]> = {};
    for (const sample of SAMPLES) {
      const client = await confirmed(sample.as);
      const root = (SCHEMA.getMutationType()!.getFields()[sample.operation] ??
        SCHEMA.getQueryType()!.getFields()[sample.operation])!;
      const base = sample.variables();
      const paths = root.args.flatMap((a) => stringPaths(a.type, a.name, base[a.name]));
      expect(paths.length, sample.operation).toBeGreaterThan(0);
      const before = await storedState(platform);
      for (const path of paths) {
        for (const [label, value] of HOSTILE) {
          const key = `${sample.operation} ${path}: ${label}`;
          const answer = await client.request(sample.document, withValue(base, path, value));
          const code = codeOf(answer.errors) ?? (answer.errors ? 'ERROR' : 'ACCEPTED');
          const field = path
            .split('.')
            .filter((p) => !/^\d+$/.test(p))
            .at(-1)!;
          // The answer names the field (message or problems), never echoes the value back.
          const named = code === 'BAD_USER_INPUT' && JSON.stringify(answer.errors).includes(field);
          outcome[key] =
            `${code}${code === 'BAD_USER_INPUT' && !named ? ' (field not named)' : ''}${JSON.stringify(answer).includes(value) ? ' (value echoed)' : ''}`;
          expected[key] = sample.expect ?? 'BAD_USER_INPUT';
        }
      }
      const changed = changedTables(before, await storedState(platform));
      if (changed.length > 0) stored[sample.operation] = changed;
    }
    expect(outcome).toEqual(expected);
    expect(stored, 'tables changed by refused requests').toEqual({});
    for (const sample of SAMPLES) await expectAlive(await confirmed(sample.as));
  }, 120_000);
});

interface RawAnswer {
  status: number;
  code: string | undefined;
  text: string;
}
async function raw(
  body: string,
  token: string | null,
  contentType = 'application/json',
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  const response = await fetch(`${platform.baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'apollo-require-preflight': 'true',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body,
  });
  const text = await response.text();
  let code: string | undefined;
  try {
    code = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
  } catch {
    code = 'NOT_JSON';
  }
  return { status: response.status, code, text };
}

const CREATE_ENTRY = 'mutation ($i: RecordCaseEntryInput!) { recordCaseEntry(input: $i) { id } }';
const SCORE = 'mutation ($i: RecordSafetyScoreInput!) { recordSafetyScore(input: $i) { id } }';
const LOGIN = 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const nested = (depth: number): string =>
  `{ __schema { types { ${'fields { type { '.repeat(depth)}name${' } }'.repeat(depth)} } } }`;

describe('malformed, oversize and abusive requests', () => {
  it('each gets its specific code, stores nothing, and the server keeps answering', async () => {
    const client = await confirmed('veiligthuis@demo.mda.test');
    const token = client.token!;
    const entry = { caseId, category: 'PLAN', title: 'Afspraak', body: 'Volgende MDO.', concerns: [personId] };
    const cases: [string, () => Promise<RawAnswer>, number, string][] = [
      [
        'malformed JSON holding a write',
        () => raw(`{"query": ${JSON.stringify(CREATE_ENTRY)}, "variables": {"i": ${JSON.stringify(entry)}`, token),
        400,
        'BAD_REQUEST',
      ],
      ['a JSON number as the body', () => raw('42', token), 400, 'BAD_REQUEST'],
      ['a body of JSON null', () => raw('null', token), 400, 'BAD_REQUEST'],
      [
        'a body over 200 kB holding a write',
        () =>
          raw(
            JSON.stringify({ query: CREATE_ENTRY, variables: { i: { ...entry, body: 'x'.repeat(210_000) } } }),
            token,
          ),
        413,
        'PAYLOAD_TOO_LARGE',
      ],
      [
        'a batch of writes',
        () =>
          raw(
            JSON.stringify([
              { query: CREATE_ENTRY, variables: { i: entry } },
              { query: CREATE_ENTRY, variables: { i: entry } },
            ]),
            token,
          ),
        400,
        'BAD_REQUEST',
      ],
      [
        'text/plain holding a write',
        () => raw(JSON.stringify({ query: CREATE_ENTRY, variables: { i: entry } }), token, 'text/plain'),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
      [
        'a number where an ID goes',
        () => raw(JSON.stringify({ query: CREATE_ENTRY, variables: { i: { ...entry, caseId: 12345 } } }), token),
        200,
        'NOT_FOUND',
      ],
      [
        'an object where a String goes',
        () => raw(JSON.stringify({ query: CREATE_ENTRY, variables: { i: { ...entry, body: { $ne: null } } } }), token),
        400,
        'BAD_USER_INPUT',
      ],
      [
        'an unknown enum value',
        () =>
          raw(JSON.stringify({ query: CREATE_ENTRY, variables: { i: { ...entry, category: 'EVERYTHING' } } }), token),
        400,
        'BAD_USER_INPUT',
      ],
      [
        'an unknown input field',
        () =>
          raw(
            JSON.stringify({ query: CREATE_ENTRY, variables: { i: { ...entry, authorOrganisationId: caseId } } }),
            token,
          ),
        400,
        'BAD_USER_INPUT',
      ],
      // GraphQL turns one value into a list of one; not a person of the household.
      [
        'a string where a list goes',
        () => raw(JSON.stringify({ query: CREATE_ENTRY, variables: { i: { ...entry, concerns: 'all' } } }), token),
        200,
        'BAD_USER_INPUT',
      ],
      [
        'a non-uuid ID',
        () =>
          raw(JSON.stringify({ query: CREATE_ENTRY, variables: { i: { ...entry, caseId: "' or 1=1 --" } } }), token),
        200,
        'NOT_FOUND',
      ],
      // The schema has no cycles (its deepest path is 9 levels, under the depth limit of 10), so
      // only introspection nests deeper: graphql-js refuses that in validation.
      [
        'an introspection query nested 40 levels deep',
        () => raw(JSON.stringify({ query: nested(40) }), token),
        400,
        'GRAPHQL_VALIDATION_FAILED',
      ],
      [
        'a fragment cycle',
        () =>
          raw(
            JSON.stringify({ query: 'query { me { ...A } } fragment A on User { ...B } fragment B on User { ...A }' }),
            token,
          ),
        400,
        'GRAPHQL_VALIDATION_FAILED',
      ],
      [
        'an alias flood',
        () =>
          raw(
            JSON.stringify({ query: `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: me { id }`).join(' ')} }` }),
            token,
          ),
        400,
        'QUERY_TOO_COMPLEX',
      ],
      [
        'an alias flood of writes',
        () =>
          raw(
            JSON.stringify({
              query: `mutation ($i: RecordCaseEntryInput!) { ${Array.from({ length: 40 }, (_, i) => `w${i}: recordCaseEntry(input: $i) { id }`).join(' ')} }`,
              variables: { i: entry },
            }),
            token,
          ),
        400,
        'QUERY_TOO_COMPLEX',
      ],
      [
        'a field repeated 5,000 times',
        () => raw(JSON.stringify({ query: `{ me { ${'id '.repeat(5000)}} }` }), token),
        400,
        'QUERY_TOO_COMPLEX',
      ],
      [
        'a directive repeated 3,000 times',
        () => raw(JSON.stringify({ query: `{ me { id ${'@include(if: true) '.repeat(3000)}} }` }), token),
        400,
        'QUERY_TOO_COMPLEX',
      ],
      // Values a type accepts but the domain cannot: cursors, counts, dates, keys.
      [
        'a forged cursor',
        () =>
          raw(
            JSON.stringify({ query: '{ cases(first: 5, after: "eyJ0IjoiLTIwMDAwMC0wMS0wMSJ9") { totalCount } }' }),
            token,
          ),
        200,
        'BAD_USER_INPUT',
      ],
      [
        'a negative page size',
        () => raw(JSON.stringify({ query: '{ cases(first: -1) { totalCount } }' }), token),
        200,
        'BAD_USER_INPUT',
      ],
      // The cost analysis sees first: 2147483648 before the Int coercion does.
      [
        'a page size past 32 bits',
        () => raw(JSON.stringify({ query: '{ cases(first: 2147483648) { totalCount } }' }), token),
        400,
        'QUERY_TOO_COMPLEX',
      ],
      [
        '30 February',
        () =>
          raw(
            JSON.stringify({
              query: SCORE,
              variables: { i: { caseId, score: 5, scoredBy: 'FAMILY', scoredOn: '2026-02-30' } },
            }),
            token,
          ),
        400,
        'BAD_USER_INPUT',
      ],
      [
        'a date in the year 275760',
        () =>
          raw(
            JSON.stringify({
              query: SCORE,
              variables: { i: { caseId, score: 5, scoredBy: 'FAMILY', scoredOn: '+275760-09-13' } },
            }),
            token,
          ),
        400,
        'BAD_USER_INPUT',
      ],
      [
        'a score past 32 bits',
        () =>
          raw(
            JSON.stringify({
              query: SCORE,
              variables: { i: { caseId, score: 99999999999, scoredBy: 'FAMILY', scoredOn: '2026-12-01' } },
            }),
            token,
          ),
        400,
        'BAD_USER_INPUT',
      ],
      [
        'an idempotency key of 10,000 characters',
        () =>
          raw(JSON.stringify({ query: CREATE_ENTRY, variables: { i: entry } }), token, 'application/json', {
            'idempotency-key': 'k'.repeat(10_000),
          }),
        400,
        'BAD_USER_INPUT',
      ],
      [
        'an idempotency key with a right-to-left override',
        () =>
          raw(
            JSON.stringify({
              query: CREATE_ENTRY,
              variables: { i: entry },
              extensions: { idempotencyKey: 'sleutel-\u202E-0001' },
            }),
            token,
          ),
        400,
        'BAD_USER_INPUT',
      ],
      [
        'a login with a NUL byte in the e-mail address',
        () => raw(JSON.stringify({ query: LOGIN, variables: { e: 'politie@demo.mda.test\u0000', p: 'x' } }), null),
        200,
        'BAD_USER_INPUT',
      ],
      [
        'a login with a 100,000-character password',
        () =>
          raw(
            JSON.stringify({ query: LOGIN, variables: { e: 'politie@demo.mda.test', p: 'p'.repeat(100_000) } }),
            null,
          ),
        200,
        'BAD_USER_INPUT',
      ],
    ];
    const outcome: Record<string, string> = {};
    const expected: Record<string, string> = {};
    const before = await storedState(platform);
    for (const [name, run, status, code] of cases) {
      const answer = await run();
      outcome[name] = `${answer.status} ${answer.code}${/<html|\n\s+at /i.test(answer.text) ? ' (HTML or stack)' : ''}`;
      expected[name] = `${status} ${code}`;
    }
    expect(outcome).toEqual(expected);
    expect(changedTables(before, await storedState(platform))).toEqual([]);
    await expectAlive(client);
  }, 60_000);
});
