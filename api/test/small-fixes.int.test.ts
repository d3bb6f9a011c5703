import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../src/server.js';
import { startPlatform, testConfig, type Platform } from './support/platform.js';
import { ApiClient, codeOf, personaWith } from './support/graphql-client.js';

// Issue 11, item 9: cookies and HSTS in production behind a TLS proxy, a busy port, cursor dates.

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform({ config: { nodeEnv: 'production', trustProxy: true } });
});
afterAll(async () => {
  await platform?.stop();
});

describe('production behind a TLS proxy', () => {
  it('sends HSTS when the request came in over TLS, and not over plain HTTP', async () => {
    const overTls = await fetch(`${platform.baseUrl}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(overTls.headers.get('strict-transport-security')).toMatch(/^max-age=31536000/);
    const plain = await fetch(`${platform.baseUrl}/healthz`);
    expect(plain.headers.get('strict-transport-security')).toBeNull();
  });

  it('writes the session cookie with Secure on login and on logout', async () => {
    const persona = personaWith('SAFE_HOME', 'PROFESSIONAL');
    const post = (query: string, variables: Record<string, unknown>, cookie = '') =>
      fetch(`${platform.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });
    const login = await post('mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
      e: persona.email,
      p: persona.password,
    });
    const set = login.headers.get('set-cookie') ?? '';
    expect(set).toMatch(/;\s*Secure/i);
    const logout = await post('mutation { logout }', {}, set.split(';')[0]!);
    const cleared = logout.headers.get('set-cookie') ?? '';
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(cleared).toMatch(/;\s*Secure/i);
  });
});

describe('serve on a busy port', () => {
  it('fails to start (so the CLI exits non-zero) instead of running on without a listener', async () => {
    const config = testConfig({ nodeEnv: 'production' });
    await expect(startServer(platform.orm, config, { port: platform.server.port })).rejects.toMatchObject({
      code: 'EADDRINUSE',
    });
    // The first instance is untouched.
    expect((await fetch(`${platform.baseUrl}/healthz`)).status).toBe(200);
  });
});

describe('cursors', () => {
  it('a cursor with the year -200000 is bad input, not a server error', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'PROFESSIONAL').email);
    const after = Buffer.from(
      JSON.stringify(['-200000-01-01T00:00:00.000Z', '0b0e4f7e-1a2b-4c3d-8e9f-0a1b2c3d4e5f']),
      'utf8',
    ).toString('base64url');
    const result = await client.request('query ($a: String) { cases(first: 5, after: $a) { totalCount } }', {
      a: after,
    });
    expect(codeOf(result.errors)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/after/);
  });
});
