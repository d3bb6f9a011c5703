import { randomBytes } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import * as oidc from 'openid-client';
import type { AppConfig } from '../../config/env.js';
import { log } from '../../core/log/logger.js';
import { createSession, SESSION_COOKIE } from './auth.service.js';
import { hashPassword } from './password.js';
import { Organisation } from './organisation.entity.js';
import { User } from './user.entity.js';

/** Single sign-on per organisation (OpenID Connect, authorization code flow with PKCE). docs/identity.md. */
export const OIDC_STATE_COOKIE = 'mda_oidc_state';
export const OIDC_CALLBACK_PATH = '/auth/oidc/callback';
const STATE_MINUTES = 10;
/** amr values (RFC 8176) that by themselves mean more than one factor was used. */
const MULTI_FACTOR_AMR = ['mfa'];

export interface IdentityProviderRow {
  organisation_id: string;
  organisation_name: string;
  issuer: string;
  client_id: string;
  client_secret: string;
  allowed_domain: string;
  second_factor_acr: string[];
}

export async function identityProviders(em: EntityManager): Promise<IdentityProviderRow[]> {
  return em.execute<IdentityProviderRow[]>(
    `select p.organisation_id, o.name as organisation_name, p.issuer, p.client_id, p.client_secret, p.allowed_domain, p.second_factor_acr
       from organisation_identity_provider p join organisation o on o.id = p.organisation_id where p.enabled order by o.name`,
  );
}

async function providerOf(em: EntityManager, organisationId: string): Promise<IdentityProviderRow | null> {
  if (!/^[0-9a-f-]{36}$/.test(organisationId)) return null;
  return (await identityProviders(em)).find((p) => p.organisation_id === organisationId) ?? null;
}

/** Discovery documents per issuer and client, fetched once per process. */
const discovered = new Map<string, Promise<oidc.Configuration>>();

function configurationOf(provider: IdentityProviderRow, config: AppConfig): Promise<oidc.Configuration> {
  const cacheKey = `${provider.issuer}|${provider.client_id}`;
  let found = discovered.get(cacheKey);
  if (!found) {
    // Plain http only outside production (the test run's provider on 127.0.0.1).
    const insecure = config.nodeEnv !== 'production' && provider.issuer.startsWith('http://');
    found = oidc.discovery(
      new URL(provider.issuer),
      provider.client_id,
      undefined,
      oidc.ClientSecretBasic(provider.client_secret),
      insecure ? { execute: [oidc.allowInsecureRequests] } : undefined,
    );
    found.catch(() => discovered.delete(cacheKey));
    discovered.set(cacheKey, found);
  }
  return found;
}

function publicOrigin(config: AppConfig, req: Request): string {
  if (config.publicUrl) return config.publicUrl;
  return `${req.protocol}://${req.get('host') ?? `${config.host}:${config.port}`}`;
}

const failed = (res: Response, reason: string): void => {
  res.redirect(302, `/login?sso=${encodeURIComponent(reason)}`);
};

/**
 * Asks the provider to say how the user authenticated: the acr values that count as two
 * factors (acr_values, voluntary: the provider may step up), and amr and acr in the ID token
 * through the claims parameter where the provider supports it (many include them anyway).
 */
function secondFactorRequest(configuration: oidc.Configuration, provider: IdentityProviderRow): Record<string, string> {
  const request: Record<string, string> = {};
  if (provider.second_factor_acr.length > 0) request.acr_values = provider.second_factor_acr.join(' ');
  if (configuration.serverMetadata().claims_parameter_supported === true)
    request.claims = JSON.stringify({ id_token: { amr: null, acr: null } });
  return request;
}

/** GET /auth/oidc/:organisationId/start: to the organisation's identity provider. */
export function oidcStartHandler(orm: MikroORM, config: AppConfig) {
  return async (req: Request, res: Response): Promise<void> => {
    const em = orm.em.fork();
    try {
      const provider = await providerOf(em, String(req.params.organisationId ?? ''));
      if (!provider) return failed(res, 'unknown_organisation');
      const configuration = await configurationOf(provider, config);
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const verifier = oidc.randomPKCECodeVerifier();
      await em.execute('delete from oidc_login_state where expires_at < now()');
      await em.execute(
        `insert into oidc_login_state (state, organisation_id, code_verifier, nonce, expires_at) values (?, ?, ?, ?, now() + make_interval(mins => ?))`,
        [state, provider.organisation_id, verifier, nonce, STATE_MINUTES],
      );
      const url = oidc.buildAuthorizationUrl(configuration, {
        redirect_uri: `${publicOrigin(config, req)}${OIDC_CALLBACK_PATH}`,
        scope: 'openid email profile',
        code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
        ...secondFactorRequest(configuration, provider),
      });
      // Binds the flow to this browser: a callback with someone else's state is refused.
      res.cookie(OIDC_STATE_COOKIE, state, {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.nodeEnv === 'production',
        path: OIDC_CALLBACK_PATH,
        maxAge: STATE_MINUTES * 60_000,
      });
      res.redirect(302, url.href);
    } catch (error) {
      log.warn('oidc.start_failed', { kind: error instanceof Error ? error.constructor.name : 'unknown' });
      failed(res, 'provider_unavailable');
    }
  };
}

interface Claims {
  sub: string;
  email?: unknown;
  email_verified?: unknown;
  name?: unknown;
  amr?: unknown;
  acr?: unknown;
}

/**
 * The user for verified claims: already linked (issuer + subject); else the organisation's
 * user with that e-mail address, now linked; else a new professional of the organisation.
 * The address must be in the organisation's allowed domain, always.
 */
async function userFor(
  em: EntityManager,
  provider: IdentityProviderRow,
  claims: Claims,
): Promise<User | 'domain_not_allowed' | 'other_organisation' | 'no_email'> {
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
  if (!email || claims.email_verified === false) return 'no_email';
  const domain = email.slice(email.lastIndexOf('@') + 1);
  if (domain !== provider.allowed_domain && !domain.endsWith(`.${provider.allowed_domain}`))
    return 'domain_not_allowed';
  const [linked] = await em.execute<{ id: string }[]>(
    'select id from app_user where oidc_issuer = ? and oidc_subject = ?',
    [provider.issuer, claims.sub],
  );
  const byEmail = linked ? null : await em.findOne(User, { email });
  const existing = linked ? await em.findOneOrFail(User, { id: linked.id }) : byEmail;
  if (existing) {
    if (existing.organisation.id !== provider.organisation_id) return 'other_organisation';
    if (!linked)
      await em.execute('update app_user set oidc_issuer = ?, oidc_subject = ? where id = ?', [
        provider.issuer,
        claims.sub,
        existing.id,
      ]);
    return existing;
  }
  const user = em.create(User, {
    email,
    displayName:
      typeof claims.name === 'string' && claims.name.trim() !== '' ? claims.name.trim().slice(0, 200) : email,
    // No local password: a random one nobody knows.
    passwordHash: await hashPassword(randomBytes(32).toString('base64url')),
    organisation: em.getReference(Organisation, provider.organisation_id),
    roles: ['PROFESSIONAL'],
  });
  await em.flush();
  await em.execute('update app_user set oidc_issuer = ?, oidc_subject = ? where id = ?', [
    provider.issuer,
    claims.sub,
    user.id,
  ]);
  return user;
}

/** Whether the identity provider asserts a second factor: amr `mfa`, two or more methods, or a configured acr. */
export function providerAssertsSecondFactor(
  claims: Pick<Claims, 'amr' | 'acr'>,
  secondFactorAcr: readonly string[],
): boolean {
  const amr = Array.isArray(claims.amr) ? claims.amr.filter((a): a is string => typeof a === 'string') : [];
  if (amr.some((a) => MULTI_FACTOR_AMR.includes(a)) || new Set(amr).size >= 2) return true;
  return typeof claims.acr === 'string' && secondFactorAcr.includes(claims.acr);
}

/** GET /auth/oidc/callback: checks the answer (state, PKCE, nonce, ID token), opens a session. */
export function oidcCallbackHandler(orm: MikroORM, config: AppConfig) {
  return async (req: Request, res: Response): Promise<void> => {
    const em = orm.em.fork();
    const state = typeof req.query.state === 'string' ? req.query.state : '';
    const cookieState: unknown = req.cookies?.[OIDC_STATE_COOKIE];
    res.clearCookie(OIDC_STATE_COOKIE, { path: OIDC_CALLBACK_PATH });
    try {
      if (!state || cookieState !== state) return failed(res, 'state_mismatch');
      const [pending] = await em.execute<{ organisation_id: string; code_verifier: string; nonce: string }[]>(
        'delete from oidc_login_state where state = ? and expires_at > now() returning organisation_id, code_verifier, nonce',
        [state],
      );
      if (!pending) return failed(res, 'state_expired');
      const provider = await providerOf(em, pending.organisation_id);
      if (!provider) return failed(res, 'unknown_organisation');
      const configuration = await configurationOf(provider, config);
      const origin = publicOrigin(config, req);
      const tokens = await oidc.authorizationCodeGrant(configuration, new URL(req.originalUrl, origin), {
        pkceCodeVerifier: pending.code_verifier,
        expectedState: state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims() as Claims | undefined;
      if (!idClaims) return failed(res, 'no_id_token');
      // A conformant provider puts e-mail and name in userinfo, not in the ID token; amr and
      // acr (how the user authenticated) are taken from the ID token only.
      let claims: Claims = idClaims;
      if (typeof idClaims.email !== 'string') {
        const info = await oidc.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
        claims = {
          ...idClaims,
          email: info.email,
          email_verified: info.email_verified,
          name: idClaims.name ?? info.name,
        };
      }
      const user = await userFor(em, provider, claims);
      if (typeof user === 'string') {
        log.warn('oidc.refused', { reason: user, organisationId: provider.organisation_id });
        return failed(res, user);
      }
      if (!user.active) return failed(res, 'inactive');
      const assertsSecondFactor = providerAssertsSecondFactor(claims, provider.second_factor_acr);
      const { token, session } = await createSession(em, user, {
        ttlHours: config.sessionTtlHours,
        authMethod: 'OIDC',
        secondFactorRequired: config.secondFactorRequired,
        secondFactorMethod: assertsSecondFactor ? 'IDENTITY_PROVIDER' : null,
      });
      res.cookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: config.nodeEnv === 'production',
        path: '/',
        expires: session.expiresAt,
      });
      log.info('oidc.login_succeeded', {
        userId: user.id,
        organisationId: provider.organisation_id,
        secondFactor: assertsSecondFactor,
      });
      res.redirect(302, '/');
    } catch (error) {
      log.warn('oidc.callback_failed', {
        kind: error instanceof Error ? error.constructor.name : 'unknown',
        code: typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : null,
      });
      failed(res, 'callback_failed');
    }
  };
}
