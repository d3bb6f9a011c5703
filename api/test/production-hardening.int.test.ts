import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient, codeOf, PERSONAS } from './support/graphql-client.js';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform({ config: { nodeEnv: 'production' } });
});
afterAll(async () => {
  await platform?.stop();
});

describe('production mode', () => {
  it('refuses introspection', async () => {
    const result = await new ApiClient(platform.baseUrl).request('{ __schema { types { name } } }');
    expect(result.data).toBeNull();
    expect(codeOf(result.errors)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('gives no field suggestions that would reveal the schema', async () => {
    const result = await new ApiClient(platform.baseUrl).request('{ mee { id } }');
    expect(codeOf(result.errors)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean/);
  });

  it('serves no GraphQL sandbox page', async () => {
    const response = await fetch(`${platform.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    expect(await response.text()).not.toMatch(/<html|embeddable-sandbox|apollo-server-landing-page/i);
  });

  it('tells browsers and proxies never to store an answer (they carry personal data)', async () => {
    const response = await fetch(`${platform.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('keeps CSRF prevention on: a simple cross-site GET is refused', async () => {
    const response = await fetch(`${platform.baseUrl}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(response.status).toBe(400);
  });

  it('limits aliases and query cost (graphql-armor)', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs(PERSONAS[0]!.email);
    const normal = await client.request(
      '{ cases(first: 20) { edges { node { household { members { person { id } } } team { organisation { id } } } } } }',
    );
    expect(normal.errors).toBeUndefined();
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: me { id }`).join(' ');
    const many = await client.request(`{ ${aliases} }`);
    expect(codeOf(many.errors)).toBe('QUERY_TOO_COMPLEX');
    const heavy = Array.from(
      { length: 15 },
      (_, i) =>
        `c${i}: cases(first: 100) { edges { node { household { members { person { id firstName lastName dateOfBirth } roles } } team { organisation { id name type } legalBasis { kind article statute consentDate } } } } }`,
    ).join(' ');
    const costly = await client.request(`{ ${heavy} }`);
    expect(codeOf(costly.errors)).toBe('QUERY_TOO_COMPLEX');
    expect(costly.errors?.[0]?.message).toMatch(/kosten.*cost/i);
  });

  it('masks unexpected errors behind a correlation id, with no SQL or stack trace', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs(PERSONAS[0]!.email);
    // Break the database under the running API: building the actor now fails inside the server.
    await platform.orm.em
      .fork()
      .getConnection()
      .execute('alter table case_team_membership rename to case_team_membership_gone');
    try {
      const result = await client.request('{ cases { totalCount } }', {}, { 'x-request-id': 'test-correlation-0001' });
      const text = JSON.stringify(result);
      expect(text).not.toMatch(/case_team_membership|select |relation "|does not exist|stack|\.ts:\d|\.js:\d/i);
      expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      // The reference is the server's own request id; the client's id comes back apart, as a correlation hint.
      const serverId = result.headers.get('x-request-id')!;
      expect(serverId).not.toBe('test-correlation-0001');
      expect(result.headers.get('x-correlation-id')).toBe('test-correlation-0001');
      expect(result.errors?.[0]?.extensions?.requestId).toBe(serverId);
      expect(result.errors?.[0]?.message).toContain(serverId);
    } finally {
      await platform.orm.em
        .fork()
        .getConnection()
        .execute('alter table case_team_membership_gone rename to case_team_membership');
    }
  });
});
