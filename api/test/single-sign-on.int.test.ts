import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient, persona } from './support/graphql-client.js';
import {
  startTestIdentityProvider,
  type TestIdentityProvider,
  type TestLogin,
} from './support/test-identity-provider.js';

/**
 * Item 6 of issue 11: partners sign in with their own organisation's account (OpenID Connect,
 * authorization code with PKCE) against a real provider started here; the provider's amr/acr
 * count as the second factor. The deployment requires a second factor (as production does).
 */
const CASE = 'query ($id: ID!) { case(id: $id) { entries { id category body redactedFields withheldReason } } }';
const STATUS = '{ secondFactorStatus { required confirmed method } }';
const ME = '{ me { id email roles organisation { type } } }';
const DUTCH = 'Bevestig uw inlog met uw tweede factor';
const ENGLISH = 'Confirm your sign-in with your second factor';

let platform: Platform;
let idp: TestIdentityProvider;
let policeOrgId: string;
let safeHomeOrgId: string;
let policeCaseId: string;

beforeAll(async () => {
  platform = await startPlatform({ config: { secondFactorRequired: true } });
  idp = await startTestIdentityProvider(`${platform.baseUrl}/auth/oidc/callback`);
  const orgs = await platform.sql<{ id: string; type: string }>(
    "select id, type from organisation where type in ('POLICE', 'SAFE_HOME') order by name",
  );
  policeOrgId = orgs.find((o) => o.type === 'POLICE')!.id;
  safeHomeOrgId = orgs.find((o) => o.type === 'SAFE_HOME')!.id;
  // The police sign in at their own provider (accounts @politie-rijnmond.test); the acr
  // "substantial" of that provider means two factors.
  await platform.sql(
    `insert into organisation_identity_provider (organisation_id, issuer, client_id, client_secret, allowed_domain, second_factor_acr) values (?, ?, ?, ?, 'politie-rijnmond.test', '{urn:mda:test:substantial}')`,
    [policeOrgId, idp.issuer, idp.clientId, idp.clientSecret],
  );
  const [row] = await platform.sql<{ id: string }>(
    `select c.id from case_file c
      where exists (select 1 from case_entry e where e.case_id = c.id and e.category = 'CRIMINAL')
        and exists (select 1 from case_team_membership m where m.case_id = c.id and m.organisation_id = ? and m.valid_until is null and m.ended_at is null)
      order by c.reference limit 1`,
    [policeOrgId],
  );
  if (!row) throw new Error('demo data has no case with a CRIMINAL entry on a police team');
  policeCaseId = row.id;
});
afterAll(async () => {
  await idp?.stop();
  await platform?.stop();
});

/** A browser: follows redirects by hand, keeps cookies per origin, and ends where the API sends it. */
async function signIn(
  organisationId: string,
  login: TestLogin | null,
  options: { dropStateCookie?: boolean } = {},
): Promise<{ landedOn: string; session: string | null }> {
  idp.nextLogin = login;
  const jar = new Map<string, Map<string, string>>();
  let url = new URL(`/auth/oidc/${organisationId}/start`, platform.baseUrl);
  for (let hop = 0; hop < 15; hop += 1) {
    const cookies = jar.get(url.origin) ?? new Map<string, string>();
    const response = await fetch(url, {
      redirect: 'manual',
      headers: cookies.size ? { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {},
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at);
      if (options.dropStateCookie && name === 'mda_oidc_state') continue;
      const value = pair!.slice(at + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) cookies.delete(name);
      else cookies.set(name, value);
    }
    jar.set(url.origin, cookies);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location)
      throw new Error(`sign-in stopped at ${url.pathname} with ${response.status}: ${await response.text()}`);
    const next = new URL(location, url);
    if (next.origin === platform.baseUrl && !next.pathname.startsWith('/auth/oidc/')) {
      return {
        landedOn: `${next.pathname}${next.search}`,
        session: jar.get(platform.baseUrl)?.get('mda_session') ?? null,
      };
    }
    url = next;
  }
  throw new Error('too many redirects');
}

const asSession = (session: string): ApiClient => {
  const client = new ApiClient(platform.baseUrl);
  client.token = session;
  return client;
};

describe('signing in with the organisation identity provider', () => {
  it('the login page learns which organisations sign in with their own account (no secrets)', async () => {
    const data = await new ApiClient(platform.baseUrl).ok<{ identityProviders: Record<string, unknown>[] }>(
      '{ identityProviders { organisationId organisationName startPath } }',
    );
    expect(data.identityProviders).toEqual([
      {
        organisationId: policeOrgId,
        organisationName: expect.any(String),
        startPath: `/auth/oidc/${policeOrgId}/start`,
      },
    ]);
  });

  it('a police officer without a second factor at the provider is provisioned, and refused CRIMINAL data with the message to confirm with the second factor', async () => {
    const { landedOn, session } = await signIn(policeOrgId, {
      subject: 'agent-0001',
      email: 'a.jansen@politie-rijnmond.test',
      name: 'A. Jansen',
      amr: ['pwd'],
      acr: 'urn:mda:test:low',
    });
    expect(landedOn).toBe('/');
    expect(session).not.toBeNull();
    const client = asSession(session!);
    const me = (
      await client.ok<{ me: { id: string; email: string; roles: string[]; organisation: { type: string } } }>(ME)
    ).me;
    expect(me).toMatchObject({
      email: 'a.jansen@politie-rijnmond.test',
      roles: ['PROFESSIONAL'],
      organisation: { type: 'POLICE' },
    });
    const [stored] = await platform.sql<{ oidc_issuer: string; oidc_subject: string; auth_method: string }>(
      `select u.oidc_issuer, u.oidc_subject, s.auth_method from app_user u join user_session s on s.user_id = u.id where u.id = ?`,
      [me.id],
    );
    expect(stored).toEqual({ oidc_issuer: idp.issuer, oidc_subject: 'agent-0001', auth_method: 'OIDC' });

    expect((await client.ok<{ secondFactorStatus: unknown }>(STATUS)).secondFactorStatus).toEqual({
      required: true,
      confirmed: false,
      method: null,
    });
    await client.ok('mutation { setPurpose(purpose: PLAN_EXECUTION) { purpose } }');
    const entries = (
      await client.ok<{
        case: {
          entries: { category: string; body: string | null; redactedFields: string[]; withheldReason: string | null }[];
        };
      }>(CASE, { id: policeCaseId })
    ).case.entries;
    const criminal = entries.filter((e) => e.category === 'CRIMINAL');
    expect(criminal.length).toBeGreaterThan(0);
    for (const e of criminal) {
      expect(e.body).toBeNull();
      expect(e.redactedFields).toContain('body');
      expect(e.withheldReason).toContain(DUTCH);
      expect(e.withheldReason).toContain(ENGLISH);
    }
  });

  it('the same officer, with the provider asserting two factors (acr), reads CRIMINAL data; the account is linked, not duplicated', async () => {
    const { session } = await signIn(policeOrgId, {
      subject: 'agent-0001',
      email: 'a.jansen@politie-rijnmond.test',
      name: 'A. Jansen',
      amr: ['pwd', 'otp'],
      acr: 'urn:mda:test:substantial',
    });
    const client = asSession(session!);
    expect((await client.ok<{ secondFactorStatus: unknown }>(STATUS)).secondFactorStatus).toEqual({
      required: true,
      confirmed: true,
      method: 'IDENTITY_PROVIDER',
    });
    await client.ok('mutation { setPurpose(purpose: PLAN_EXECUTION) { purpose } }');
    const entries = (
      await client.ok<{
        case: { entries: { category: string; body: string | null; withheldReason: string | null }[] };
      }>(CASE, { id: policeCaseId })
    ).case.entries;
    for (const e of entries.filter((x) => x.category === 'CRIMINAL'))
      expect([typeof e.body, e.withheldReason]).toEqual(['string', null]);
    const [count] = await platform.sql<{ n: number }>(
      "select count(*)::int as n from app_user where email = 'a.jansen@politie-rijnmond.test'",
    );
    expect(count!.n).toBe(1);
  });

  it('links an existing user of the organisation by e-mail address', async () => {
    const officer = persona('politie@demo.mda.test');
    await platform.sql(
      "update organisation_identity_provider set allowed_domain = 'demo.mda.test' where organisation_id = ?",
      [policeOrgId],
    );
    try {
      const { session } = await signIn(policeOrgId, {
        subject: 'agent-0002',
        email: officer.email,
        name: 'Demo politie',
        amr: ['mfa'],
      });
      const me = (await asSession(session!).ok<{ me: { id: string; email: string } }>(ME)).me;
      // amr "mfa" (RFC 8176) counts as the second factor.
      expect((await asSession(session!).ok<{ secondFactorStatus: unknown }>(STATUS)).secondFactorStatus).toEqual({
        required: true,
        confirmed: true,
        method: 'IDENTITY_PROVIDER',
      });
      const [user] = await platform.sql<{ id: string; oidc_subject: string }>(
        'select id, oidc_subject from app_user where email = ?',
        [officer.email],
      );
      expect(me.id).toBe(user!.id);
      expect(user!.oidc_subject).toBe('agent-0002');
    } finally {
      await platform.sql(
        "update organisation_identity_provider set allowed_domain = 'politie-rijnmond.test' where organisation_id = ?",
        [policeOrgId],
      );
    }
  });
});

describe('refused sign-ins open no session', () => {
  const sessions = async (): Promise<number> =>
    (await platform.sql<{ n: number }>('select count(*)::int as n from user_session'))[0]!.n;

  it('an address outside the organisation domain', async () => {
    const before = await sessions();
    const result = await signIn(policeOrgId, {
      subject: 'x-1',
      email: 'someone@elsewhere.test',
      name: 'X',
      amr: ['pwd'],
    });
    expect(result).toEqual({ landedOn: '/login?sso=domain_not_allowed', session: null });
    expect(await sessions()).toBe(before);
    expect(
      (
        await platform.sql<{ n: number }>(
          "select count(*)::int as n from app_user where email = 'someone@elsewhere.test'",
        )
      )[0]!.n,
    ).toBe(0);
  });

  it("a user of another organisation, even with an address in the provider's domain", async () => {
    await platform.sql(
      "update organisation_identity_provider set allowed_domain = 'demo.mda.test' where organisation_id = ?",
      [policeOrgId],
    );
    try {
      const before = await sessions();
      const result = await signIn(policeOrgId, {
        subject: 'x-2',
        email: 'veiligthuis@demo.mda.test',
        name: 'X',
        amr: ['pwd'],
      });
      expect(result).toEqual({ landedOn: '/login?sso=other_organisation', session: null });
      expect(await sessions()).toBe(before);
      const [user] = await platform.sql<{ oidc_subject: string | null }>(
        "select oidc_subject from app_user where email = 'veiligthuis@demo.mda.test'",
      );
      expect(user!.oidc_subject).toBeNull();
    } finally {
      await platform.sql(
        "update organisation_identity_provider set allowed_domain = 'politie-rijnmond.test' where organisation_id = ?",
        [policeOrgId],
      );
    }
  });

  it('a callback from a browser that did not start the sign-in (no state cookie)', async () => {
    const before = await sessions();
    const result = await signIn(
      policeOrgId,
      { subject: 'agent-0001', email: 'a.jansen@politie-rijnmond.test', name: 'A. Jansen', amr: ['pwd'] },
      { dropStateCookie: true },
    );
    expect(result).toEqual({ landedOn: '/login?sso=state_mismatch', session: null });
    expect(await sessions()).toBe(before);
  });

  it('an organisation without single sign-on', async () => {
    const result = await signIn(safeHomeOrgId, null);
    expect(result).toEqual({ landedOn: '/login?sso=unknown_organisation', session: null });
  });
});
