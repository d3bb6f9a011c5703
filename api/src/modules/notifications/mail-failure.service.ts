import { asSubject } from '@mda/authz';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { changeOf, readOf } from '../../core/context/request-audit.js';
import { conflict, forbidden, notFound } from '../../core/graphql/errors.js';
import { isUuid } from '../../core/graphql/validation.js';
import { log } from '../../core/log/logger.js';

/** At most this many given-up mails are listed, newest first. */
export const FAILED_MAIL_LIMIT = 200;

/**
 * A mail the sender gave up on, as the functional administrator sees it: what kind, to whom
 * (a colleague), how often it was tried and the SMTP error code. Never the case, its reference
 * or the text of the mail: the administrator does no casework.
 */
export interface FailedMailView {
  id: string;
  kind: string;
  recipientName: string;
  recipientOrganisation: string;
  recipientActive: boolean;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  lastAttemptAt: Date | null;
  /** Null once the mail is back in the queue (the answer to a retry). */
  failedAt: Date | null;
}

interface Row {
  id: string;
  kind: string;
  recipient_name: string;
  recipient_organisation: string;
  recipient_active: boolean;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  last_attempt_at: Date | null;
  failed_at: Date;
}

const SELECT = `select o.id, o.kind, u.display_name as recipient_name, org.name as recipient_organisation, u.active as recipient_active,
                       o.attempts, o.last_error, o.created_at, o.last_attempt_at, o.failed_at
                  from notification_outbox o
                  join app_user u on u.id = o.recipient_id
                  join organisation org on org.id = u.organisation_id
                 where o.failed_at is not null and o.sent_at is null`;

const view = (r: Row): FailedMailView => ({
  id: r.id,
  kind: r.kind,
  recipientName: r.recipient_name,
  recipientOrganisation: r.recipient_organisation,
  recipientActive: r.recipient_active,
  attempts: r.attempts,
  lastError: r.last_error,
  createdAt: new Date(r.created_at),
  lastAttemptAt: r.last_attempt_at ? new Date(r.last_attempt_at) : null,
  failedAt: new Date(r.failed_at),
});

/** The mails the sender gave up on, newest first (docs/notifications.md, "Given-up mails"). Audited as a read. */
export async function failedMails(ctx: RequestContext): Promise<FailedMailView[]> {
  requireActor(ctx);
  if (!ctx.ability.can('read', 'MailDelivery')) throw forbidden('mislukte e-mails in te zien');
  const rows = await ctx.em.execute<Row[]>(`${SELECT} order by o.failed_at desc, o.id limit ?`, [FAILED_MAIL_LIMIT]);
  ctx.audit?.record(
    readOf({
      subjectType: 'MailDelivery',
      subjectId: null,
      caseId: null,
      fields: ['kind', 'recipient', 'attempts', 'lastError', 'failedAt'],
      reason: `results=${rows.length}`,
    }),
  );
  return rows.map(view);
}

/**
 * Puts a given-up mail back in the queue: the sender tries it again in its next run, with a
 * fresh series of attempts. Answers the row as it now stands (no attempts, not given up). A row that is not given up (or does not exist, or a malformed id)
 * is NOT_FOUND; a mail to a colleague whose account is no longer active is refused (CONFLICT):
 * it would be given up again at once. Audited as an UPDATE in the same transaction.
 */
export async function retryFailedMail(ctx: RequestContext, id: string): Promise<FailedMailView> {
  requireActor(ctx);
  if (!ctx.ability.can('retry', asSubject('MailDelivery', { id })))
    throw forbidden('een mislukte e-mail opnieuw te versturen');
  if (!isUuid(id)) throw notFound('Mislukte e-mail');
  const retried = await ctx.em.transactional(async (tx) => {
    const [row] = await tx.execute<Row[]>(`${SELECT} and o.id = ? for update of o`, [id]);
    if (!row) throw notFound('Mislukte e-mail');
    if (!row.recipient_active)
      throw conflict(
        'De ontvanger heeft geen actief account meer; deze e-mail kan niet opnieuw worden verstuurd. / The recipient is no longer active.',
      );
    await tx.execute(
      `update notification_outbox set failed_at = null, attempts = 0, next_attempt_at = null, claimed_until = null, updated_at = now() where id = ?`,
      [id],
    );
    await ctx.audit?.write(tx, [
      changeOf('UPDATE', {
        subjectType: 'MailDelivery',
        subjectId: id,
        caseId: null,
        fields: ['failedAt', 'attempts'],
        reason: 'MAIL_RETRY',
      }),
    ]);
    return row;
  });
  log.info('mail.retry_requested', { requestId: ctx.requestId, outboxId: id });
  return { ...view(retried), attempts: 0, failedAt: null };
}
