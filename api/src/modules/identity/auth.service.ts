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

async function lockedUntil(em: EntityManager, keys: [string, string]): Promise<Date | null> {
  const rows = await em.execute<{ locked_until: string | Date | null }[]>(
    'select max(locked_until) as locked_until from login_throttle where key in (?, ?) and locked_until > now()',
    keys,
  );
  const value = rows[0]?.locked_until;
  return value ? new Date(value) : null;
}

async function recordFailure(em: EntityManager, key: string, limit: number): Promise<void> {
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
  input: { email: string; password: string; address: string; ttlHours: number; requestId: string },
): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const keys = throttleKeys(email, input.address);
  const locked = await lockedUntil(em, [keys.account, keys.address]);
  if (locked) {
    log.warn('login.rate_limited', { requestId: input.requestId });
    throw rateLimited(locked);
  }
  const user = email.length > 0 && email.length <= 254 ? await em.findOne(User, { email }, { populate: ['passwordHash', 'organisation'] }) : null;
  const valid = user && user.active ? await verifyPassword(user.passwordHash, input.password) : (await burnVerification(input.password), false);
  if (!user || !valid) {
    await recordFailure(em, keys.account, LOGIN_LIMITS.perAccount);
    await recordFailure(em, keys.address, LOGIN_LIMITS.perAddress);
    log.warn('login.failed', { requestId: input.requestId });
    throw new ClientError('UNAUTHENTICATED', GENERIC_LOGIN_ERROR, { reason: 'INVALID_CREDENTIALS' });
  }
  await em.execute('delete from login_throttle where key = ?', [keys.account]);
  const token = randomBytes(32).toString('base64url');
  const session = em.create(Session, {
    tokenHash: sha256(token),
    user,
    expiresAt: new Date(Date.now() + input.ttlHours * 3600_000),
  });
  await em.flush();
  log.info('login.succeeded', { requestId: input.requestId, userId: user.id });
  return { token, session, user };
}

/** Finds the live session for a bearer token or cookie value; null when unknown, expired or revoked. */
export async function sessionForToken(em: EntityManager, token: string): Promise<Session | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const session = await em.findOne(
    Session,
    { tokenHash: sha256(token), revokedAt: null, expiresAt: { $gt: new Date() } },
    { populate: ['user', 'user.organisation'] },
  );
  if (!session || !session.user.active) return null;
  return session;
}

export async function revokeSession(em: EntityManager, sessionId: string): Promise<void> {
  await em.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: new Date() });
}

/**
 * The actor of a request: built fresh from the database on every request (one query), so
 * that a membership that ended, a director handover or an expired emergency grant takes
 * effect on the very next request.
 */
export interface ActorWithGrants {
  actor: Actor;
  /** case id -> id of the active break-the-glass grant, for cases not readable via the team. */
  grantByCase: Map<string, string>;
}

export async function actorFor(em: EntityManager, session: Session): Promise<Actor> {
  return (await actorWithGrants(em, session)).actor;
}

export async function actorWithGrants(em: EntityManager, session: Session): Promise<ActorWithGrants> {
  const user = session.user;
  const today = todayInNetherlands();
  const rows = await em.execute<{ kind: 'team' | 'director' | 'break_glass'; case_id: string; grant_id: string | null }[]>(
    `select 'team' as kind, case_id, null::uuid as grant_id from case_team_membership
      where organisation_id = ? and valid_from <= ? and (valid_until is null or valid_until >= ?) and ended_at is null
     union
     select 'director', case_id, null from director_assignment where user_id = ? and kind = 'CASE_DIRECTOR' and status = 'ACCEPTED'
     union
     select 'break_glass', case_id, id from break_glass_grant where user_id = ? and granted_at <= now() and expires_at > now()`,
    [user.organisation.id, today, today, user.id, user.id],
  );
  const of = (kind: string) => [...new Set(rows.filter((r) => r.kind === kind).map((r) => r.case_id))];
  const teamCaseIds = of('team');
  const grantByCase = new Map<string, string>();
  for (const r of rows) if (r.kind === 'break_glass' && r.grant_id && !teamCaseIds.includes(r.case_id)) grantByCase.set(r.case_id, r.grant_id);
  return {
    actor: {
      userId: user.id,
      organisationId: user.organisation.id,
      organisationType: user.organisation.type,
      roles: [...user.roles],
      teamCaseIds,
      directorCaseIds: of('director'),
      breakGlassCaseIds: of('break_glass'),
      purpose: session.purpose,
    },
    grantByCase,
  };
}
