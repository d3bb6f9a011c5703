import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { generateSecret, generateURI, verify } from 'otplib';
import { secondFactorWouldReveal, type Actor, type DataCategory } from '@mda/authz';
import { ClientError } from '../../core/graphql/errors.js';
import { log } from '../../core/log/logger.js';
import { lockedUntil, recordFailure } from './auth.service.js';

/** Failed codes per user before a lock of 15 minutes (the login throttle's window). */
export const SECOND_FACTOR_ATTEMPTS = 5;
const ISSUER = 'MDA++';

/** Shown with withheld special categories and when a code is missing or wrong. */
export const SECOND_FACTOR_MESSAGE =
  'Bevestig uw inlog met uw tweede factor (authenticator-app) om gezondheids-, strafrechtelijke en geheime-verblijfplaatsgegevens te zien. / Confirm your sign-in with your second factor (authenticator app) to see health, criminal and secret-location data.';

/**
 * TOTP secrets are kept encrypted (AES-256-GCM) under a key derived from BSN_HASH_KEY, which
 * lives outside the database: a copy of the database alone yields no usable secret.
 */
function secretKey(masterKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'mda-totp-secret-v1', 32));
}

export function sealSecret(masterKey: Buffer, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', secretKey(masterKey), iv);
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return `v1.${iv.toString('base64url')}.${body.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}`;
}

export function openSecret(masterKey: Buffer, sealed: string): string {
  const [version, iv, body, tag] = sealed.split('.');
  if (version !== 'v1' || !iv || !body || !tag) throw new Error('unknown sealed secret format');
  const decipher = createDecipheriv('aes-256-gcm', secretKey(masterKey), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

const wrongCode = (): ClientError =>
  new ClientError(
    'BAD_USER_INPUT',
    'code: de code klopt niet of is verlopen; gebruik de nieuwste code uit uw app. / The code is wrong or expired; use the latest code from your app.',
    {
      problems: [{ field: 'code', message: 'wrong or expired' }],
    },
  );

const throttleKey = (userId: string) => `totp:${userId}`;

async function checkCode(
  em: EntityManager,
  userId: string,
  sealed: string,
  code: string,
  masterKey: Buffer,
  lastStep: number | null,
): Promise<number> {
  const locked = await lockedUntil(em, [throttleKey(userId), throttleKey(userId)]);
  if (locked) {
    throw new ClientError(
      'UNAUTHENTICATED',
      'Te veel onjuiste codes. Probeer het over 15 minuten opnieuw. / Too many wrong codes; try again in 15 minutes.',
      { reason: 'RATE_LIMITED' },
    );
  }
  if (!/^\d{6}$/.test(code)) throw wrongCode();
  const result = await verify({
    secret: openSecret(masterKey, sealed),
    token: code,
    epochTolerance: 30,
    ...(lastStep !== null ? { afterTimeStep: lastStep } : {}),
  });
  if (!result.valid) {
    await recordFailure(em, throttleKey(userId), SECOND_FACTOR_ATTEMPTS);
    throw wrongCode();
  }
  await em.execute('delete from login_throttle where key = ?', [throttleKey(userId)]);
  return 'timeStep' in result ? result.timeStep : 0;
}

export interface SecondFactorStatus {
  required: boolean;
  confirmed: boolean;
  method: 'TOTP' | 'IDENTITY_PROVIDER' | null;
  enrolled: boolean;
}

export async function secondFactorStatus(em: EntityManager, sessionId: string): Promise<SecondFactorStatus> {
  const [row] = await em.execute<
    { required: boolean; at: Date | null; method: SecondFactorStatus['method']; enrolled: boolean }[]
  >(
    `select s.second_factor_required as required, s.second_factor_at as at, s.second_factor_method as method, u.totp_secret is not null as enrolled
       from user_session s join app_user u on u.id = s.user_id where s.id = ?`,
    [sessionId],
  );
  return {
    required: row?.required ?? false,
    confirmed: row?.at != null,
    method: row?.method ?? null,
    enrolled: row?.enrolled ?? false,
  };
}

/** Starts (or restarts) enrolment: a new secret, kept as pending until a first code confirms it. */
export async function startTotpEnrolment(
  em: EntityManager,
  input: { userId: string; email: string; masterKey: Buffer },
): Promise<{ secret: string; uri: string }> {
  const secret = generateSecret();
  await em.execute('update app_user set totp_pending_secret = ? where id = ?', [
    sealSecret(input.masterKey, secret),
    input.userId,
  ]);
  return { secret, uri: generateURI({ issuer: ISSUER, label: input.email, secret }) };
}

/** Confirms enrolment with a first code; the session counts as confirmed from now on. */
export async function confirmTotpEnrolment(
  em: EntityManager,
  input: { userId: string; sessionId: string; code: string; masterKey: Buffer; requestId: string },
): Promise<void> {
  const [row] = await em.execute<{ pending: string | null }[]>(
    'select totp_pending_secret as pending from app_user where id = ?',
    [input.userId],
  );
  if (!row?.pending) {
    throw new ClientError(
      'BAD_USER_INPUT',
      'code: start eerst het koppelen van een authenticator-app. / Start enrolment first.',
      { problems: [{ field: 'code', message: 'no enrolment started' }] },
    );
  }
  const step = await checkCode(em, input.userId, row.pending, input.code, input.masterKey, null);
  await em.transactional(async (tx) => {
    await tx.execute(
      'update app_user set totp_secret = totp_pending_secret, totp_pending_secret = null, totp_enrolled_at = now(), totp_last_step = ? where id = ?',
      [step, input.userId],
    );
    await tx.execute("update user_session set second_factor_at = now(), second_factor_method = 'TOTP' where id = ?", [
      input.sessionId,
    ]);
  });
  log.info('second_factor.enrolled', { requestId: input.requestId, userId: input.userId });
}

/** Confirms this session with a code from the enrolled app. A code is accepted once (replay refused). */
export async function verifyTotp(
  em: EntityManager,
  input: { userId: string; sessionId: string; code: string; masterKey: Buffer; requestId: string },
): Promise<void> {
  const [row] = await em.execute<{ secret: string | null; last_step: string | null }[]>(
    'select totp_secret as secret, totp_last_step as last_step from app_user where id = ?',
    [input.userId],
  );
  if (!row?.secret) {
    throw new ClientError(
      'BAD_USER_INPUT',
      'code: er is nog geen authenticator-app gekoppeld; koppel er eerst een. / No authenticator app enrolled yet.',
      {
        problems: [{ field: 'code', message: 'not enrolled' }],
      },
    );
  }
  const step = await checkCode(
    em,
    input.userId,
    row.secret,
    input.code,
    input.masterKey,
    row.last_step === null ? null : Number(row.last_step),
  );
  await em.transactional(async (tx) => {
    // Only a later time step moves the marker: two requests with one code cannot both pass.
    const moved = await tx.execute<{ id: string }[]>(
      'update app_user set totp_last_step = ? where id = ? and (totp_last_step is null or totp_last_step < ?) returning id',
      [step, input.userId, step],
    );
    if (moved.length === 0) throw wrongCode();
    await tx.execute("update user_session set second_factor_at = now(), second_factor_method = 'TOTP' where id = ?", [
      input.sessionId,
    ]);
  });
  log.info('second_factor.verified', { requestId: input.requestId, userId: input.userId });
}

/**
 * Why a special category is withheld from this session: the message when a second factor
 * would make it readable (the rule is secondFactorWouldReveal in packages/authz); null
 * otherwise (then the category is simply not shared with the organisation).
 */
export function secondFactorWithheldReason(actor: Actor | null, category: DataCategory): string | null {
  return actor && secondFactorWouldReveal(actor, category) ? SECOND_FACTOR_MESSAGE : null;
}
