import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@mda/authz';
import { ClientError } from '../../core/graphql/errors.js';
import { todayInNetherlands } from '../../core/graphql/validation.js';
import { log } from '../../core/log/logger.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import { burnVerification, verifyPassword } from './password.js';

export const SESSION_COOKIE = 'mda_session';

/** Failed-login limits, per account and per client address, in one window. */
export const LOGIN_LIMITS = {
  windowMinutes: 15,
  lockMinutes: 15,
  perAccount: 5,
  perAddress: 20,
} as const;

const GENERIC_LOGIN_ERROR = 'E-mailadres of wachtwoord onjuist. / Incorrect e-mail address or password.';

export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

export interface LoginResult {
  token: string;
  session: Session;
  user: User;
}

function throttleKeys(email: string, address: string): { account: string; address: string } {
  return { account: `account:${sha256(email)}`, address: `address:${address}` };
}

export async function lockedUntil(em: EntityManager, keys: [string, string]): Promise<Date | null> {
  const rows = await em.execute<{ locked_until: string | Date | null }[]>(
    'select max(locked_until) as locked_until from login_throttle where key in (?, ?) and locked_until > now()',
    keys,
  );
  const value = rows[0]?.locked_until;
  return value ? new Date(value) : null;
}

export async function recordFailure(em: EntityManager, key: string, limit: number): Promise<void> {
  const { windowMinutes, lockMinutes } = LOGIN_LIMITS;
  await em.execute(
    `insert into login_throttle (key, failures, window_started_at, locked_until)
     values (?, 1, now(), case when 1 >= ? then now() + make_interval(mins => ?) end)
     on conflict (key) do update set
       failures = case when login_throttle.window_started_at < now() - make_interval(mins => ?) then 1 else login_throttle.failures + 1 end,
       window_started_at = case when login_throttle.window_started_at < now() - make_interval(mins => ?) then now() else login_throttle.window_started_at end,
       locked_until = case
         when (case when login_throttle.window_started_at < now() - make_interval(mins => ?) then 1 else login_throttle.failures + 1 end) >= ?
         then now() + make_interval(mins => ?) else login_throttle.locked_until end`,
    [key, limit, lockMinutes, windowMinutes, windowMinutes, windowMinutes, limit, lockMinutes],
  );
}

function rateLimited(until: Date): ClientError {
  const retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  return new ClientError(
    'UNAUTHENTICATED',
    'Te veel mislukte inlogpogingen. Probeer het later opnieuw. / Too many failed login attempts. Try again later.',
    { reason: 'RATE_LIMITED', retryAfterSeconds },
  );
}

/**
 * Logs a user in. Every failure gives the same message, whether the account exists or not,
 * and takes about as long; failures count against the account and the client address.
 */
export async function login(
  em: EntityManager,
  input: {
    email: string;
    password: string;
    address: string;
    ttlHours: number;
    requestId: string;
    secondFactorRequired: boolean;
  },
): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const keys = throttleKeys(email, input.address);
  const locked = await lockedUntil(em, [keys.account, keys.address]);
  if (locked) {
    log.warn('login.rate_limited', { requestId: input.requestId });
    throw rateLimited(locked);
  }
  const user =
    email.length > 0 && email.length <= 254
      ? await em.findOne(User, { email }, { populate: ['passwordHash', 'organisation'] })
      : null;
  const valid =
    user && user.active
      ? await verifyPassword(user.passwordHash, input.password)
      : (await burnVerification(input.password), false);
  if (!user || !valid) {
    await recordFailure(em, keys.account, LOGIN_LIMITS.perAccount);
    await recordFailure(em, keys.address, LOGIN_LIMITS.perAddress);
    log.warn('login.failed', { requestId: input.requestId });
    throw new ClientError('UNAUTHENTICATED', GENERIC_LOGIN_ERROR, { reason: 'INVALID_CREDENTIALS' });
  }
  await em.execute('delete from login_throttle where key = ?', [keys.account]);
  const { token, session } = await createSession(em, user, {
    ttlHours: input.ttlHours,
    authMethod: 'PASSWORD',
    secondFactorRequired: input.secondFactorRequired,
    secondFactorMethod: null,
  });
  log.info('login.succeeded', { requestId: input.requestId, userId: user.id });
  return { token, session, user };
}

/**
 * Opens a session for a user who proved who they are (password or identity provider). The
 * session remembers whether the deployment requires a second factor and whether one was
 * already confirmed (an identity provider asserting multi-factor authentication).
 */
export async function createSession(
  em: EntityManager,
  user: User,
  options: {
    ttlHours: number;
    authMethod: 'PASSWORD' | 'OIDC';
    secondFactorRequired: boolean;
    secondFactorMethod: 'IDENTITY_PROVIDER' | null;
  },
): Promise<{ token: string; session: Session }> {
  const token = randomBytes(32).toString('base64url');
  const session = em.create(Session, {
    tokenHash: sha256(token),
    user,
    expiresAt: new Date(Date.now() + options.ttlHours * 3600_000),
    authMethod: options.authMethod,
    secondFactorRequired: options.secondFactorRequired,
    secondFactorAt: options.secondFactorMethod ? new Date() : null,
    secondFactorMethod: options.secondFactorMethod,
  });
  await em.flush();
  return { token, session };
}

/** The live session of a request, as the request needs it. */
export interface SessionRecord {
  id: string;
  expiresAt: Date;
}

/**
 * The actor of a request: built fresh from the database on every request, so that a
 * membership that ended, a director handover or an expired emergency grant takes effect on
 * the very next request.
 */
export interface ActorWithGrants {
  actor: Actor;
  /** case id -> id of the active break-the-glass grant, for cases not readable via the team. */
  grantByCase: Map<string, string>;
}

interface SessionActorRow {
  session_id: string;
  expires_at: Date | string;
  purpose: Actor['purpose'];
  user_id: string;
  roles: Actor['roles'];
  organisation_id: string;
  organisation_type: Actor['organisationType'];
  grants: [caseId: string, grantId: string][];
  second_factor: boolean;
  municipalities: string[];
}

// One statement per request: the live session (unknown, expired or revoked tokens and
// deactivated users match nothing), its user and organisation, and the user's active
// emergency grants on cases outside the team (for marking the audit; a handful at most).
// Which cases the actor reaches is not read here: rules speak of access facts that
// PostgreSQL evaluates with the rows (case-access.service.ts, docs/adr/0006-permission-scope-in-sql.md).
const SESSION_ACTOR_SQL = (match: 'token_hash' | 'id'): string => `
  select s.id as session_id, s.expires_at, s.purpose, (not s.second_factor_required or s.second_factor_at is not null) as second_factor, u.id as user_id, u.roles, o.id as organisation_id, o.type as organisation_type, o.municipalities,
    (select coalesce(json_agg(json_build_array(g.case_id, g.id)), '[]') from break_glass_grant g
      where g.user_id = u.id and g.granted_at <= now() and g.expires_at > now()
        and not exists (select 1 from case_team_membership m where m.case_id = g.case_id and m.organisation_id = o.id
                          and m.valid_from <= ? and (m.valid_until is null or m.valid_until >= ?) and m.ended_at is null)) as grants
  from user_session s join app_user u on u.id = s.user_id join organisation o on o.id = u.organisation_id
  where s.${match} = ? and s.revoked_at is null and s.expires_at > now() and u.active`;

async function sessionActor(
  em: EntityManager,
  match: 'token_hash' | 'id',
  value: string,
): Promise<{ session: SessionRecord; loaded: ActorWithGrants } | null> {
  const today = todayInNetherlands();
  const [row] = await em.execute<SessionActorRow[]>(SESSION_ACTOR_SQL(match), [today, today, value]);
  if (!row) return null;
  const grantByCase = new Map<string, string>();
  for (const [caseId, grantId] of row.grants) if (!grantByCase.has(caseId)) grantByCase.set(caseId, grantId);
  return {
    session: { id: row.session_id, expiresAt: new Date(row.expires_at) },
    loaded: {
      actor: {
        userId: row.user_id,
        organisationId: row.organisation_id,
        organisationType: row.organisation_type,
        roles: [...row.roles],
        purpose: row.purpose,
        secondFactor: row.second_factor,
        municipalities: [...row.municipalities],
      },
      grantByCase,
    },
  };
}

/** The live session for a bearer token or cookie value with its actor; null when unknown, expired, revoked or the user is inactive. */
export async function sessionForToken(
  em: EntityManager,
  token: string,
): Promise<{ session: SessionRecord; loaded: ActorWithGrants } | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  return sessionActor(em, 'token_hash', sha256(token));
}

/** The actor of a session (with its emergency grants) read again after a change in the same request; null once the session ended. */
export async function actorOfSession(em: EntityManager, sessionId: string): Promise<ActorWithGrants | null> {
  return (await sessionActor(em, 'id', sessionId))?.loaded ?? null;
}

export async function revokeSession(em: EntityManager, sessionId: string): Promise<void> {
  await em.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: new Date() });
}
