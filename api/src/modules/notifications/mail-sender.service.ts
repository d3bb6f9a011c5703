import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createTransport } from 'nodemailer';
import { log } from '../../core/log/logger.js';
import type { MailSettings } from './mail-config.js';
import { digestMail, notificationPath, singleMail, type MailItem, type MailText } from './mail-text.js';

/** After this many failed attempts a row is given up (`failed_at`) and stays visible. */
export const MAIL_MAX_ATTEMPTS = 6;
/** The first retry waits this long; each next one twice as long (1, 2, 4, 8, 16 minutes). */
export const MAIL_BACKOFF_BASE_MS = 60_000;
/** Rows one run sends at most (the job runs every minute). */
const BATCH = 50;

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

interface DueRow {
  id: string;
  notification_id: string | null;
  attempts: number;
  message: string | null;
  escalation_id: string | null;
  reference: string | null;
  email: string;
  active: boolean;
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

async function compose(tx: EntityManager, row: DueRow, settings: MailSettings): Promise<MailText> {
  if (row.notification_id === null) return digestMail(await digestItems(tx, row.id), settings.webBaseUrl);
  return singleMail(
    { message: row.message ?? '', reference: row.reference, path: notificationPath(row.escalation_id) },
    settings.webBaseUrl,
  );
}

/**
 * Sends the due outbox mails: unsent, not given up, delivered at once (a digest row is too),
 * and past their backoff. One row per transaction, locked with SKIP LOCKED so that several
 * API instances never send the same row twice at once. A failure counts the attempt, keeps
 * the error code and sets the next attempt; after MAIL_MAX_ATTEMPTS the row is given up.
 * Delivery is at least once: a crash between the SMTP answer and the commit sends it again.
 */
export async function sendDueMail(em: EntityManager, settings: MailSettings, now: Date): Promise<SendOutcome> {
  const transport = createTransport(settings.smtp, { from: settings.from });
  const outcome: SendOutcome = { sent: 0, retried: 0, failed: 0 };
  const tried = new Set<string>();
  try {
    for (let i = 0; i < BATCH; i += 1) {
      const done = await em.fork().transactional(async (tx) => {
        const [row] = await tx.execute<DueRow[]>(
          `select o.id, o.notification_id, o.attempts, n.message, n.escalation_id, c.reference, u.email, u.active
             from notification_outbox o
             join app_user u on u.id = o.recipient_id
             left join notification n on n.id = o.notification_id
             left join case_file c on c.id = o.case_id
            where o.sent_at is null and o.failed_at is null and o.delivery = 'IMMEDIATE' and o.channel = 'EMAIL'
              and (o.next_attempt_at is null or o.next_attempt_at <= ?)
              and not (o.id = any(?::uuid[]))
            order by o.created_at, o.id
            limit 1
            for update of o skip locked`,
          [now, `{${[...tried].join(',')}}`],
        );
        if (!row) return true;
        tried.add(row.id);
        if (!row.active) {
          await tx.execute(
            `update notification_outbox set failed_at = ?, last_attempt_at = ?, last_error = 'RECIPIENT_INACTIVE', updated_at = ? where id = ?`,
            [now, now, now, row.id],
          );
          outcome.failed += 1;
          return false;
        }
        const mail = await compose(tx, row, settings);
        try {
          await transport.sendMail({
            to: row.email,
            subject: mail.subject,
            text: mail.text,
            messageId: `<${row.id}@mda.example>`,
          });
          await tx.execute(
            `update notification_outbox set sent_at = ?, attempts = attempts + 1, last_attempt_at = ?, last_error = null, next_attempt_at = null, updated_at = ? where id = ?`,
            [now, now, now, row.id],
          );
          outcome.sent += 1;
        } catch (error) {
          const attempts = row.attempts + 1;
          const giveUp = attempts >= MAIL_MAX_ATTEMPTS;
          await tx.execute(
            `update notification_outbox set attempts = ?, last_attempt_at = ?, last_error = ?, next_attempt_at = ?, failed_at = ?, updated_at = ? where id = ?`,
            [
              attempts,
              now,
              mailErrorCode(error),
              giveUp ? null : nextAttemptAt(attempts, now),
              giveUp ? now : null,
              now,
              row.id,
            ],
          );
          if (giveUp) outcome.failed += 1;
          else outcome.retried += 1;
        }
        return false;
      });
      if (done) break;
    }
  } finally {
    transport.close();
  }
  if (outcome.sent + outcome.retried + outcome.failed > 0) log.info('mail.outbox_run', { ...outcome });
  return outcome;
}

/**
 * The daily digest: per recipient, the DIGEST rows not yet in a digest become one digest row
 * (no notification of its own, kind DIGEST), which the sender then mails like any other row,
 * with the same retries. Returns the number of digests made.
 */
export async function buildDailyDigests(em: EntityManager, now: Date): Promise<number> {
  return em.fork().transactional(async (tx) => {
    const pending = await tx.execute<{ id: string; recipient_id: string }[]>(
      `select id, recipient_id from notification_outbox
        where delivery = 'DIGEST' and digest_id is null and sent_at is null and created_at <= ?
        order by recipient_id, created_at
        for update skip locked`,
      [now],
    );
    const byRecipient = new Map<string, string[]>();
    for (const row of pending)
      byRecipient.set(row.recipient_id, [...(byRecipient.get(row.recipient_id) ?? []), row.id]);
    for (const [recipientId, ids] of byRecipient) {
      const digestId = randomUUID();
      await tx.execute(
        `insert into notification_outbox (id, created_at, updated_at, notification_id, recipient_id, channel, kind, case_id, subject, body, delivery)
         values (?, ?, ?, null, ?, 'EMAIL', 'DIGEST', null, ?, ?, 'IMMEDIATE')`,
        [
          digestId,
          now,
          now,
          recipientId,
          'MDA++ dagelijks overzicht / daily digest',
          `${ids.length} meldingen / notifications`,
        ],
      );
      await tx.execute(`update notification_outbox set digest_id = ?, updated_at = ? where id = any(?::uuid[])`, [
        digestId,
        now,
        `{${ids.join(',')}}`,
      ]);
    }
    if (byRecipient.size > 0) log.info('mail.digests_built', { digests: byRecipient.size, items: pending.length });
    return byRecipient.size;
  });
}
