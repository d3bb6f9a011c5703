import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient, personaWith } from './support/graphql-client.js';

// Every error path answers GraphQL-shaped JSON with extensions.code, never an HTML page or a
// stack trace, and neither the answer nor the log holds what the client sent: a password, a
// BSN or a shelter address in a broken request must not end up in a log file (issue 11, item 2).

const PASSWORD = 'Geheim-Wachtwoord-7781!';
const BSN = '111222333'; // synthetic, passes the eleven-test
const SHELTER = 'Opvanghuis Zeemeeuwstraat 41';
const SECRETS = [PASSWORD, BSN, SHELTER];
const LOGIN = `mutation { login(email: "politie@demo.mda.test", password: "${PASSWORD}") { token } }`;

let platform: Platform;
const captured: string[] = [];
const originals = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
const previousLog = process.env.MDA_LOG;

beforeAll(async () => {
  // Log for real (the platform is silent by default) and keep every line this process writes.
  process.env.MDA_LOG = 'json';
  const capture = (chunk: unknown): boolean => {
    captured.push(typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk));
    return true;
  };
  process.stdout.write = capture as typeof process.stdout.write;
  process.stderr.write = capture as typeof process.stderr.write;
  platform = await startPlatform();
});
afterAll(async () => {
  await platform?.stop();
  process.stdout.write = originals.out;
  process.stderr.write = originals.err;
  if (previousLog === undefined) delete process.env.MDA_LOG;
  else process.env.MDA_LOG = previousLog;
});

interface Answer {
  status: number;
  contentType: string;
  text: string;
  code: string | undefined;
  extensions: Record<string, unknown>;
  message: string;
}

async function send(
  body: string | Blob,
  contentType: string | null = 'application/json',
  path = '/graphql',
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(`${platform.baseUrl}${path}`, {
    method: 'POST',
    headers: {
      ...(contentType ? { 'content-type': contentType } : {}),
      'apollo-require-preflight': 'true',
      ...headers,
    },
    body,
  });
  const text = await response.text();
  const parsed = JSON.parse(text) as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
  const first = parsed.errors?.[0];
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text,
    code: first?.extensions?.code as string | undefined,
    extensions: first?.extensions ?? {},
    message: first?.message ?? '',
  };
}

const STACK = /\n\s+at |\bat [\w.<>]+ \(|node_modules|\/work\/|\.ts:\d+|\.js:\d+|<html|<pre>/i;

function expectClean(answer: Answer): void {
  expect(answer.contentType).toMatch(/^application\/json/);
  expect(answer.text).not.toMatch(STACK);
  for (const secret of SECRETS) expect(answer.text).not.toContain(secret);
}

const big = (n: number) => `${PASSWORD} ${BSN} ${SHELTER} `.repeat(Math.ceil(n / 60)).slice(0, n);

describe('every error path answers GraphQL-shaped JSON', () => {
  const cases: [string, () => Promise<Answer>, number, string][] = [
    [
      'malformed JSON with a login mutation',
      () => send(`{"query": ${JSON.stringify(LOGIN)}, "variables": {"bsn": "${BSN}", "shelter": "${SHELTER}"`),
      400,
      'BAD_REQUEST',
    ],
    ['a JSON string instead of an object', () => send(JSON.stringify(`${PASSWORD} ${BSN}`)), 400, 'BAD_REQUEST'],
    [
      'a body over 200 kB',
      () => send(JSON.stringify({ query: LOGIN, variables: { note: big(260_000) } })),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    ['text/plain', () => send(LOGIN, 'text/plain'), 415, 'UNSUPPORTED_MEDIA_TYPE'],
    [
      'a form post',
      () => send(`query=${encodeURIComponent(LOGIN)}&bsn=${BSN}`, 'application/x-www-form-urlencoded'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    ['no content type', () => send(new Blob([LOGIN]), null), 415, 'UNSUPPORTED_MEDIA_TYPE'],
    [
      'an unsupported charset',
      () => send(JSON.stringify({ query: LOGIN }), 'application/json; charset=latin-7'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    ['a batch (array)', () => send(JSON.stringify([{ query: LOGIN }, { query: LOGIN }])), 400, 'BAD_REQUEST'],
    [
      'a GraphQL syntax error',
      () => send(JSON.stringify({ query: `mutation { login(email: "x", password: "${PASSWORD}") { token }` })),
      400,
      'GRAPHQL_PARSE_FAILED',
    ],
    [
      'a document over the token limit',
      () =>
        send(
          JSON.stringify({
            query: `{ ${Array.from({ length: 1200 }, (_, i) => `a${i}: __typename`).join(' ')} } # ${PASSWORD}`,
          }),
        ),
      400,
      'QUERY_TOO_COMPLEX',
    ],
    [
      'a wrong password',
      () =>
        send(
          JSON.stringify({
            query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
            variables: { e: 'politie@demo.mda.test', p: PASSWORD },
          }),
        ),
      200,
      'UNAUTHENTICATED',
    ],
    [
      'a variable of the wrong type holding a password and a BSN',
      () =>
        send(
          JSON.stringify({
            query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
            variables: { e: 'x@y.nl', p: { password: PASSWORD, bsn: BSN, shelter: SHELTER } },
          }),
        ),
      400,
      'BAD_USER_INPUT',
    ],
    [
      'an unknown API address',
      () => send(JSON.stringify({ password: PASSWORD }), 'application/json', '/api/nothing'),
      404,
      'NOT_FOUND',
    ],
  ];

  it.each(cases)('%s', async (_name, run, status, code) => {
    const answer = await run();
    expect(answer.code).toBe(code);
    expect(answer.status).toBe(status);
    expect(answer.message.length).toBeGreaterThan(10);
    expectClean(answer);
  });

  it('names the size limit and the allowed maximum for an oversize body', async () => {
    const answer = await send(JSON.stringify({ query: LOGIN, variables: { note: big(260_000) } }));
    expect(answer.extensions.maximumBytes).toBe(200 * 1024);
    expect(answer.message).toMatch(/groter dan toegestaan \(200 kB\).*larger than the allowed maximum/);
  });

  it('answers the limits with QUERY_TOO_COMPLEX, the figure found and the allowed maximum, in Dutch and English', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'PROFESSIONAL').email);
    const heavy = Array.from(
      { length: 15 },
      (_, i) => `c${i}: cases(first: 100) { edges { node { household { members { person { id firstName } } } } } }`,
    ).join(' ');
    const costly = await client.request(`{ ${heavy} }`);
    expect(costly.status).toBe(400);
    const cost = costly.errors![0]!;
    expect(cost.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', maximum: 5000 });
    expect(cost.extensions!.found as number).toBeGreaterThan(5000);
    expect(cost.message).toMatch(
      /^De vraag is te zwaar: kosten \d+, toegestaan is 5000\. .*cases\(first: 50\).* \/ The query is too costly: cost \d+, the allowed maximum is 5000\./,
    );
    expect(cost.message).not.toMatch(/Syntax Error/);
    // The hint holds: the query it suggests is within the limit.
    expect(
      (
        await client.request(
          '{ cases(first: 50) { edges { node { id reference household { members { person { id firstName } } } } } } }',
        )
      ).errors,
    ).toBeUndefined();

    const tokens = await send(
      JSON.stringify({ query: `{ ${Array.from({ length: 1200 }, (_, i) => `a${i}: __typename`).join(' ')} }` }),
    );
    expect(tokens.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens', maximum: 2000 });
    expect(tokens.message).toMatch(/toegestaan is 2000.*allowed maximum is 2000/);

    const aliases = await client.request(`{ ${Array.from({ length: 30 }, (_, i) => `a${i}: me { id }`).join(' ')} }`);
    expect(aliases.errors![0]!.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'aliases',
      maximum: 15,
      found: 30,
    });
  });

  it('masks an internal error behind a reference, and logs no variable of the request', async () => {
    await platform.sql('alter table app_user rename to app_user_gone');
    try {
      const answer = await send(
        JSON.stringify({
          query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
          variables: { e: 'politie@demo.mda.test', p: PASSWORD, bsn: BSN },
        }),
      );
      expect(answer.code).toBe('INTERNAL_SERVER_ERROR');
      expect(answer.text).not.toMatch(/app_user|relation|select /i);
      expectClean(answer);
    } finally {
      await platform.sql('alter table app_user_gone rename to app_user');
    }
  });

  it('the server still answers afterwards', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'PROFESSIONAL').email);
    expect((await client.ok<{ me: { id: string } }>('{ me { id } }')).me.id).toBeTruthy();
  });
});

describe('the log after all of the above', () => {
  it('holds the refusals by code, and no password, BSN, address, body or stack trace', () => {
    const log = captured.join('');
    // The log was captured at all (the test can fail): the refusals are there, by code.
    expect(log).toMatch(/"event":"http\.refused".*"code":"PAYLOAD_TOO_LARGE"/);
    expect(log).toMatch(/"event":"http\.refused".*"code":"BAD_REQUEST"/);
    expect(log).toMatch(/"event":"graphql\.internal_error"/);
    for (const secret of SECRETS) expect(log).not.toContain(secret);
    expect(log).not.toMatch(/login\(email/);
    expect(log).not.toMatch(STACK);
  });
});
