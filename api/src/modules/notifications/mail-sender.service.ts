import type { EntityManager } from '@mikro-orm/postgresql';
import { createTransport } from 'nodemailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { log } from '../../core/log/logger.js';
import { SMTP_TIMEOUTS, type MailSettings } from './mail-config.js';
import { digestMail, notificationPath, singleMail, type MailItem, type MailText } from './mail-text.js';

/** After this many failed attempts a row is given up (`failed_at`) and stays visible. */
export const MAIL_MAX_ATTEMPTS = 6;
/** The first retry waits this long; each next one twice as long (1, 2, 4, 8, 16 minutes). */
export const MAIL_BACKOFF_BASE_MS = 60_000;
/** Rows one run sends at most (the job runs every minute). */
const BATCH = 50;
/**
 * How long a claimed row belongs to the attempt that claimed it. The SMTP timeouts end an
 * attempt within about two minutes, so a live attempt never outlasts its claim; a claim that ran
 * out without `sent_at` was interrupted (the process died, or the database could not be told),
 * and the row is due again: the lease is the pause before that retry.
 */
export const MAIL_CLAIM_LEASE_MS = 5 * 60_000;

/** When a row that failed `attempts` times is tried again. */
export function nextAttemptAt(attempts: number, now: Date): Date {
  return new Date(now.getTime() + MAIL_BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
}

/**
 * What a failure leaves in `last_error`: the SMTP error code and response code only. Never the
 * message (a server may quote the address back), never a stack.
 */
export function mailErrorCode(error: unknown): string {
  const e = error as { code?: unknown; responseCode?: unknown } | null;
  const code = typeof e?.code === 'string' && /^[A-Z0-9_]{1,40}$/.test(e.code) ? e.code : 'SEND_FAILED';
  return typeof e?.responseCode === 'number' ? `${code} ${e.responseCode}` : code;
}

/** A row this attempt holds: `attempts` already counts it, `claimedUntil` is its lease. */
export interface ClaimedMail {
  id: string;
  notification_id: string | null;
  attempts: number;
  message: string | null;
  escalation_id: string | null;
  reference: string | null;
  email: string;
  claimedUntil: Date;
}

interface DueRow extends Omit<ClaimedMail, 'claimedUntil'> {
  active: boolean;
  claimed_until: Date | null;
}

export interface SendOutcome {
  sent: number;
  retried: number;
  failed: number;
}

/** The items of a digest, oldest first (their messages were checked by `notify`). */
async function digestItems(tx: EntityManager, digestId: string): Promise<MailItem[]> {
  const rows = await tx.execute<{ message: string; escalation_id: string | null; reference: string | null }[]>(
    `select n.message, n.escalation_id, c.reference
       from notification_outbox o
       join notification n on n.id = o.notification_id
       left join case_file c on c.id = o.case_id
      where o.digest_id = ?
      order by o.created_at, o.id`,
    [digestId],
  );
  return rows.map((r) => ({ message: r.message, reference: r.reference, path: notificationPath(r.escalation_id) }));
}

async function compose(tx: EntityManager, row: ClaimedMail, settings: MailSettings): Promise<MailText> {
  if (row.notification_id === null) return digestMail(await digestItems(tx, row.id), settings.webBaseUrl);
  return singleMail(
    { message: row.message ?? '', reference: row.reference, path: notificationPath(row.escalation_id) },
    settings.webBaseUrl,
  );
}

/**
 * Claims the next due row in a short transaction of its own (`FOR UPDATE SKIP LOCKED`, so two
 * runs never claim the same row): the attempt is counted and the row is leased until
 * `now + MAIL_CLAIM_LEASE_MS`. Due means unsent, not given up, delivered at once, past its backoff
 * and not leased. A row whose earlier lease ran out is claimed again with `last_error`
 * INTERRUPTED, or given up if that was its last attempt; a row of an inactive user is given up at
 * once (RECIPIENT_INACTIVE). Returns null when nothing is due.
 */
export async function claimNextMail(
  em: EntityManager,
  now: Date,
  skip: ReadonlySet<string> = new Set(),
): Promise<{ claimed: ClaimedMail } | { gaveUp: string } | null> {
  return em.fork().transactional(async (tx) => {
    const [row] = await tx.execute<DueRow[]>(
      `select o.id, o.notification_id, o.attempts, o.claimed_until, n.message, n.escalation_id, c.reference, u.email, u.active
         from notification_outbox o
         join app_user u on u.id = o.recipient_id
         left join notification n on n.id = o.notification_id
         left join case_file c on c.id = o.case_id
        where o.sent_at is null and o.failed_at is null and o.delivery = 'IMMEDIATE' and o.channel = 'EMAIL'
          and (o.next_attempt_at is null or o.next_attempt_at <= ?)
          and (o.claimed_until is null or o.claimed_until <= ?)
          and not (o.id = any(?::uuid[]))
        order by o.created_at, o.id
        limit 1
        for update of o skip locked`,
      [now, now, `{${[...skip].join(',')}}`],
    );
    if (!row) return null;
    const interrupted = row.claimed_until !== null;
    const giveUp = !row.active
      ? 'RECIPIENT_INACTIVE'
      : interrupted && row.attempts >= MAIL_MAX_ATTEMPTS
        ? 'INTERRUPTED'
        : null;
    if (giveUp) {
      await tx.execute(
        `update notification_outbox set failed_at = ?, claimed_until = null, next_attempt_at = null, last_error = ?, updated_at = ? where id = ?`,
        [now, giveUp, now, row.id],
      );
      return { gaveUp: row.id };
    }
    const claimedUntil = new Date(now.getTime() + MAIL_CLAIM_LEASE_MS);
    await tx.execute(
      `update notification_outbox set attempts = attempts + 1, last_attempt_at = ?, claimed_until = ?,
              last_error = case when ? then 'INTERRUPTED' else last_error end, updated_at = ? where id = ?`,
      [now, claimedUntil, interrupted, now, row.id],
    );
    const { active: _active, claimed_until: _previous, ...mail } = row;
    return { claimed: { ...mail, attempts: row.attempts + 1, claimedUntil } };
  });
}

/**
 * Sends the due outbox mails, one claimed row at a time (claimNextMail), and records each
 * outcome in a second short transaction: no database transaction is open while the SMTP server
 * is talked to. A row is marked sent only after the server accepted it (a 250 to the data).
 * A failure keeps only the error code, ends the claim and sets the next attempt (1, 2, 4, 8, 16
 * minutes); at MAIL_MAX_ATTEMPTS the row is given up (`failed_at`) and stays visible.
 *
 * Delivery is at least once. A mail can arrive twice only when the server accepted it and the
 * acceptance did not reach the database: the process died or the database failed in between,
 * or the server's answer to the data was lost (a timeout after the server had stored it). The
 * row is then sent again after the lease or the backoff, with the same Message-ID (the row's id).
 */
export async function sendDueMail(em: EntityManager, settings: MailSettings, now: Date): Promise<SendOutcome> {
  // An SMTPTransport of its own: createTransport would drop the timeouts next to a URL.
  const smtp = typeof settings.smtp === 'string' ? { url: settings.smtp } : settings.smtp;
  const transport = createTransport(new SMTPTransport({ ...smtp, ...(settings.timeouts ?? SMTP_TIMEOUTS) }), {
    from: settings.from,
  });
  const outcome: SendOutcome = { sent: 0, retried: 0, failed: 0 };
  const tried = new Set<string>();
  // Each claim's lease runs from the moment of that claim, not from the start of the run: after a
  // few slow SMTP conversations a lease taken from `now` would already have run out, and another
  // instance could claim and send the same row.
  const startedAt = Date.now();
  const claimTime = (): Date => new Date(now.getTime() + (Date.now() - startedAt));
  try {
    for (let i = 0; i < BATCH; i += 1) {
      const next = await claimNextMail(em, claimTime(), tried);
      if (!next) break;
      if ('gaveUp' in next) {
        tried.add(next.gaveUp);
        outcome.failed += 1;
        continue;
      }
      const row = next.claimed;
      tried.add(row.id);
      const mail = await compose(em.fork(), row, settings);
      try {
        await transport.sendMail({
          to: row.email,
          subject: mail.subject,
          text: mail.text,
          messageId: `<${row.id}@mda.example>`,
        });
      } catch (error) {
        const giveUp = row.attempts >= MAIL_MAX_ATTEMPTS;
        // Only while the claim is still this attempt's: a later attempt may hold the row by now.
        await em.fork().execute(
          `update notification_outbox set claimed_until = null, last_error = ?, next_attempt_at = ?, failed_at = ?, updated_at = ?
              where id = ? and sent_at is null and claimed_until = ?`,
          [
            mailErrorCode(error),
            giveUp ? null : nextAttemptAt(row.attempts, now),
            giveUp ? now : null,
            now,
            row.id,
            row.claimedUntil,
          ],
        );
        if (giveUp) outcome.failed += 1;
        else outcome.retried += 1;
        continue;
      }
      // Accepted by the server: sent, whoever holds the claim now.
      await em.fork().execute(
        `update notification_outbox set sent_at = ?, claimed_until = null, last_error = null, next_attempt_at = null, updated_at = ?
            where id = ? and sent_at is null`,
        [now, now, row.id],
      );
      outcome.sent += 1;
    }
  } finally {
    transport.close();
  }
  if (outcome.sent + outcome.retried + outcome.failed > 0) log.info('mail.outbox_run', { ...outcome });
  return outcome;
}
