import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient, codeOf, PERSONAS, persona, personaWith } from './support/graphql-client.js';

const LOGIN =
  'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt user { email roles organisation { type } } } }';
const ME = '{ me { email displayName roles organisation { name type } } }';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(async () => {
  await platform?.stop();
});

describe('logging in as the demo personas', () => {
  it('every persona in personas.json can log in and sees its own organisation and roles', async () => {
    for (const p of PERSONAS) {
      const client = new ApiClient(platform.baseUrl);
      const data = await client.ok<{
        login: { token: string; user: { email: string; roles: string[]; organisation: { type: string } } };
      }>(LOGIN, {
        email: p.email,
        password: p.password,
      });
      expect(data.login.user.email).toBe(p.email);
      expect(data.login.user.organisation.type).toBe(p.organisationType);
      expect([...data.login.user.roles].sort()).toEqual([...p.roles].sort());
      client.token = data.login.token;
      const me = await client.ok<{ me: { email: string } }>(ME);
      expect(me.me.email).toBe(p.email);
    }
  });

  it('e-mail addresses are matched case-insensitively', async () => {
    const p = PERSONAS[0]!;
    const data = await new ApiClient(platform.baseUrl).ok<{ login: { user: { email: string } } }>(LOGIN, {
      email: `  ${p.email.toUpperCase()} `,
      password: p.password,
    });
    expect(data.login.user.email).toBe(p.email);
  });

  it('the web gets an httpOnly, SameSite=Strict session cookie that authenticates the next request', async () => {
    const p = PERSONAS[0]!;
    const client = new ApiClient(platform.baseUrl);
    const result = await client.request(LOGIN, { email: p.email, password: p.password });
    const cookie = result.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^mda_session=[A-Za-z0-9_-]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const value = cookie.split(';')[0]!;
    const me = await client.request<{ me: { email: string } | null }>(ME, {}, { cookie: value });
    expect(me.data?.me?.email).toBe(p.email);
  });
});

describe('failed logins', () => {
  it('a wrong password and an unknown account get the same generic answer', async () => {
    const p = PERSONAS[1]!;
    const wrong = await new ApiClient(platform.baseUrl).request(LOGIN, {
      email: p.email,
      password: 'not-the-password',
    });
    const unknown = await new ApiClient(platform.baseUrl).request(LOGIN, {
      email: 'nobody@demo.mda.test',
      password: 'not-the-password',
    });
    expect(codeOf(wrong.errors)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect(wrong.errors?.[0]?.extensions).toEqual(unknown.errors?.[0]?.extensions);
    expect(wrong.data).toBeNull();
  });

  it('locks an account after 5 failures, even for the right password, without touching other accounts', async () => {
    const victim = personaWith('POLICE', 'PROFESSIONAL');
    const other = PERSONAS.find((p) => p.email !== victim.email)!;
    // All test requests come from 127.0.0.1: 7 failures in this file stay under the address limit (20).
    for (let i = 0; i < 5; i += 1) {
      const r = await new ApiClient(platform.baseUrl).request(LOGIN, { email: victim.email, password: `wrong-${i}` });
      expect(r.errors?.[0]?.extensions?.reason).toBe('INVALID_CREDENTIALS');
    }
    const locked = await new ApiClient(platform.baseUrl).request(LOGIN, {
      email: victim.email,
      password: victim.password,
    });
    expect(codeOf(locked.errors)).toBe('UNAUTHENTICATED');
    expect(locked.errors?.[0]?.extensions?.reason).toBe('RATE_LIMITED');
    expect(Number(locked.errors?.[0]?.extensions?.retryAfterSeconds)).toBeGreaterThan(0);
    const fine = await new ApiClient(platform.baseUrl).request(LOGIN, { email: other.email, password: other.password });
    expect(fine.errors).toBeUndefined();
  });

  it('limits failures per client address across accounts', async () => {
    const rows = await platform.orm.em
      .fork()
      .getConnection()
      .execute<{ failures: number }[]>("select failures from login_throttle where key like 'address:%'");
    expect(rows.length).toBeGreaterThan(0);
    // Fill the address bucket directly to its limit, then any account from that address is refused.
    await platform.orm.em
      .fork()
      .getConnection()
      .execute(
        "update login_throttle set failures = 20, locked_until = now() + interval '15 minutes' where key like 'address:%'",
      );
    const p = PERSONAS[2]!;
    const refused = await new ApiClient(platform.baseUrl).request(LOGIN, { email: p.email, password: p.password });
    expect(refused.errors?.[0]?.extensions?.reason).toBe('RATE_LIMITED');
    await platform.orm.em.fork().getConnection().execute('delete from login_throttle');
  });
});

describe('sessions', () => {
  it('an unauthenticated request for cases is answered UNAUTHENTICATED, and me is null', async () => {
    const client = new ApiClient(platform.baseUrl);
    expect(codeOf((await client.request('{ cases { totalCount } }')).errors)).toBe('UNAUTHENTICATED');
    expect((await client.request<{ me: null }>(ME)).data).toEqual({ me: null });
  });

  it('a made-up token is treated as no session', async () => {
    const client = new ApiClient(platform.baseUrl);
    client.token = 'x'.repeat(43);
    expect(codeOf((await client.request('{ cases { totalCount } }')).errors)).toBe('UNAUTHENTICATED');
  });

  it('logout revokes the session at once; the token is stored only as a hash', async () => {
    const p = persona(PERSONAS[3]!.email);
    const client = await new ApiClient(platform.baseUrl).loginAs(p.email);
    const token = client.token!;
    const stored = await platform.orm.em
      .fork()
      .getConnection()
      .execute<{ token_hash: string }[]>('select token_hash from user_session');
    expect(stored.some((r) => r.token_hash === token)).toBe(false);
    expect((await client.ok<{ logout: boolean }>('mutation { logout }')).logout).toBe(true);
    expect(codeOf((await client.request('{ cases { totalCount } }')).errors)).toBe('UNAUTHENTICATED');
  });

  it('an expired session no longer authenticates', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs(PERSONAS[4]!.email);
    await platform.orm.em
      .fork()
      .getConnection()
      .execute("update user_session set expires_at = now() - interval '1 second'");
    expect((await client.request<{ me: null }>(ME)).data).toEqual({ me: null });
  });
});
