import { createServer, type Server } from 'node:http';
import Provider, { type OidcContext } from 'oidc-provider';
import { freePort } from './free-port.js';

/** Who signs in at the next interaction, and what the provider asserts about how. */
export interface TestLogin {
  subject: string;
  email: string;
  name: string;
  /** Authentication methods (RFC 8176), e.g. ['pwd'] or ['pwd', 'otp']. */
  amr: string[];
  acr?: string;
}

export interface TestIdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The account the next login interaction signs in. */
  nextLogin: TestLogin | null;
  stop(): Promise<void>;
}

/**
 * A real OpenID Connect provider (panva's oidc-provider, OpenID certified) on a free port of
 * the loopback interface, with one confidential client for the API. Its login interaction
 * signs in `nextLogin` at once, as an organisation's identity provider would after its own
 * password (and possibly second factor) screens.
 */
export async function startTestIdentityProvider(redirectUri: string): Promise<TestIdentityProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const state: TestIdentityProvider = {
    issuer,
    clientId: 'mda-politie',
    clientSecret: 'test-client-secret-not-for-production-0123456789',
    nextLogin: null,
    stop: async () => undefined,
  };
  const accounts = new Map<string, TestLogin>();
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: state.clientId,
        client_secret: state.clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    cookies: { keys: ['test-identity-provider-cookie-key'] },
    // acr, amr and auth_time are standalone claims: without them here the ID token would not carry them.
    claims: {
      acr: null,
      amr: null,
      auth_time: null,
      sid: null,
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name'],
    },
    features: { devInteractions: { enabled: false }, claimsParameter: { enabled: true } },
    acrValues: ['urn:mda:test:substantial', 'urn:mda:test:low'],
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: async (_ctx, sub) => {
      const login = accounts.get(sub);
      return login
        ? { accountId: sub, claims: () => ({ sub, email: login.email, email_verified: true, name: login.name }) }
        : undefined;
    },
    // No consent screen: the organisation's own client is trusted for these scopes.
    loadExistingGrant: async (ctx: OidcContext) => {
      const existing = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  const handle = provider.callback();
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      void (async () => {
        try {
          await provider.interactionDetails(req, res);
          const login = state.nextLogin;
          if (!login) throw new Error('test identity provider: no nextLogin set');
          accounts.set(login.subject, login);
          await provider.interactionFinished(
            req,
            res,
            { login: { accountId: login.subject, amr: login.amr, ...(login.acr ? { acr: login.acr } : {}) } },
            { mergeWithLastSubmission: false },
          );
        } catch (error) {
          res.statusCode = 500;
          res.end(error instanceof Error ? error.message : 'interaction failed');
        }
      })();
      return;
    }
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  state.stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}
