import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient, codeOf } from './support/graphql-client.js';
import { SmtpCapture } from './support/smtp-capture.js';
import { raiseFromTrigger } from '../src/modules/escalations/escalation-ladder.service.js';
import { notify } from '../src/modules/notifications/notification.service.js';
import { mailSettingsFrom, type MailSettings } from '../src/modules/notifications/mail-config.js';
import {
  MAIL_BACKOFF_BASE_MS,
  MAIL_MAX_ATTEMPTS,
  sendDueMail,
} from '../src/modules/notifications/mail-sender.service.js';

/**
 * Given-up mails (docs/notifications.md): the functional administrator sees the mails the sender
 * gave up on (kind, colleague, attempts, error code, never the case) and puts one back in the
 * queue; the sender then delivers it. Nobody else sees or retries them. Both are audited.
 */
const ADMIN = 'beheer.gemeente@demo.mda.test';
const VT_DIRECTOR = 'casusregisseur.veiligthuis@demo.mda.test';
const PRIVACY = 'fg.gemeente@demo.mda.test';
const LIST =
  '{ failedMails { id kind recipientName recipientOrganisation recipientActive attempts lastError failedAt } }';
const RETRY = 'mutation ($id: ID!) { retryFailedMail(id: $id) { id attempts } }';

interface FailedMail {
  id: string;
  kind: string;
  recipientName: string;
  recipientOrganisation: string;
  recipientActive: boolean;
  attempts: number;
  lastError: string | null;
}

let platform: Platform;
let smtp: SmtpCapture;
let settings: MailSettings;
/** The mails the sender gave up on while the SMTP server was down (escalation first), and the escalation's case. */
let failed: { id: string; email: string }[] = [];
let reference = '';
beforeAll(async () => {
  [platform, smtp] = await Promise.all([startPlatform(), SmtpCapture.start()]);
  settings = mailSettingsFrom({ smtpUrl: smtp.url, webBaseUrl: 'https://mda.web.example' })!;
  await platform.sql(
    `update notification_outbox set failed_at = now(), last_error = 'TEST_SETUP' where sent_at is null and failed_at is null`,
  );
  const [target] = await platform.sql<{ id: string; reference: string }>(
    `select c.id, c.reference from case_file c where c.status = 'ACTIVE'
        and not exists (select 1 from escalation e where e.case_id = c.id) order by c.reference limit 1`,
  );
  reference = target!.reference;
  const { escalation } = await platform.orm.em.fork().transactional((tx) =>
    raiseFromTrigger(tx, {
      caseId: target!.id,
      trigger: 'PLAN_ACTION_OVERDUE',
      sourceKey: `mail-failures:${target!.id}`,
      reason: 'Actie uit het plan 5 werkdagen over de datum.',
      decisionAsked: 'Wie pakt de actie op?',
      now: new Date(),
    }),
  );
  await platform.orm.em.fork().transactional(async (tx) => {
    const [user] = await tx.execute<{ id: string }[]>('select id from app_user where email = ?', [VT_DIRECTOR]);
    await notify(tx, {
      recipientIds: [user!.id],
      kind: 'INTAKE_CRISIS',
      caseId: null,
      message: 'Crisismelding binnengekomen bij Veilig Thuis: direct beoordelen.',
    });
  });
  // The mail server is down for all six attempts: the escalation mail and the crisis mail are given up.
  await smtp.stop();
  let at = new Date(Date.now() + 1_000);
  for (let attempt = 1; attempt <= MAIL_MAX_ATTEMPTS; attempt += 1) {
    await sendDueMail(platform.orm.em, settings, at);
    at = new Date(at.getTime() + MAIL_BACKOFF_BASE_MS * 2 ** attempt);
  }
  await smtp.start();
  failed = await platform.sql<{ id: string; email: string }>(
    `select o.id, u.email from notification_outbox o join notification n on n.id = o.notification_id
       join app_user u on u.id = o.recipient_id
      where (n.escalation_id = ? or n.kind = 'INTAKE_CRISIS') and o.failed_at is not null and o.last_error <> 'TEST_SETUP'
      order by o.kind, o.id`,
    [escalation.id],
  );
});
afterAll(async () => {
  await smtp?.stop();
  await platform?.stop();
});

const login = (email: string) => new ApiClient(platform.baseUrl).loginAs(email);
const auditOf = (subjectId: string | null, action: string) =>
  platform.sql<{ reason: string | null; fields: string[]; actor_user_id: string }>(
    `select reason, fields, actor_user_id from audit.event
      where subject_type = 'MailDelivery' and action = ? and subject_id is not distinct from ?`,
    [action, subjectId],
  );

describe('mails the sender gave up on', () => {
  it('the administrator sees each given-up mail: kind, colleague, attempts and error code, but not the case', async () => {
    expect(failed.length).toBeGreaterThan(0);
    const admin = await login(ADMIN);
    const response = await admin.request<{ failedMails: FailedMail[] }>(LIST);
    expect(response.errors).toBeUndefined();
    const listed = response.data!.failedMails;
    for (const { id } of failed) {
      const row = listed.find((m) => m.id === id);
      expect(row, id).toMatchObject({ attempts: MAIL_MAX_ATTEMPTS, recipientActive: true });
      expect(['ESCALATION_RAISED', 'INTAKE_CRISIS']).toContain(row!.kind);
      expect(row!.lastError).toMatch(/^[A-Z0-9_]+( \d{3})?$/);
      expect(row!.recipientName.length).toBeGreaterThan(0);
    }
    // No case reference, escalation text or e-mail address leaves the server in this list.
    const body = JSON.stringify(response.data);
    expect(body).not.toContain(reference);
    expect(body).not.toContain('werkdagen');
    expect(body).not.toContain('@');
    const reads = await auditOf(null, 'READ');
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.at(-1)!.fields).toEqual(expect.arrayContaining(['recipient', 'lastError']));
  });

  it('casework roles and the privacy officer neither see nor retry them', async () => {
    for (const email of [VT_DIRECTOR, PRIVACY]) {
      const client = await login(email);
      expect(codeOf((await client.request(LIST)).errors), email).toBe('FORBIDDEN');
      expect(codeOf((await client.request(RETRY, { id: failed[0]!.id })).errors), email).toBe('FORBIDDEN');
    }
    const [row] = await platform.sql<{ failed_at: Date | null }>(
      'select failed_at from notification_outbox where id = ?',
      [failed[0]!.id],
    );
    expect(row!.failed_at).not.toBeNull();
  });

  it('a retry puts the mail back in the queue, is audited, and the sender then delivers it exactly once', async () => {
    const { id, email } = failed[0]!;
    const admin = await login(ADMIN);
    expect((await admin.ok<{ retryFailedMail: { attempts: number } }>(RETRY, { id })).retryFailedMail.attempts).toBe(0);
    const [queued] = await platform.sql<{ failed_at: Date | null; attempts: number }>(
      'select failed_at, attempts from notification_outbox where id = ?',
      [id],
    );
    expect(queued).toMatchObject({ failed_at: null, attempts: 0 });
    const audit = await auditOf(id, 'UPDATE');
    expect(audit).toHaveLength(1);
    expect(audit[0]!.reason).toBe('MAIL_RETRY');
    expect((await admin.ok<{ failedMails: FailedMail[] }>(LIST)).failedMails.map((m) => m.id)).not.toContain(id);

    const before = smtp.to(email).length;
    expect((await sendDueMail(platform.orm.em, settings, new Date())).sent).toBe(1);
    const mails = smtp.to(email).slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain(reference);
  });

  it('a mail that is not given up, an unknown or malformed id is NOT_FOUND; an inactive colleague is CONFLICT; nothing changes', async () => {
    const admin = await login(ADMIN);
    const sent = failed[0]!.id; // delivered in the test above
    for (const id of [sent, '00000000-0000-4000-8000-000000000000', 'not-an-id'])
      expect(codeOf((await admin.request(RETRY, { id })).errors), id).toBe('NOT_FOUND');

    const other = failed.at(-1)!;
    expect(other.id).not.toBe(sent);
    await platform.sql('update app_user set active = false where email = ?', [other.email]);
    try {
      const refused = await admin.request(RETRY, { id: other.id });
      expect(codeOf(refused.errors)).toBe('CONFLICT');
      const [row] = await platform.sql<{ failed_at: Date | null; attempts: number }>(
        'select failed_at, attempts from notification_outbox where id = ?',
        [other.id],
      );
      expect(row!.failed_at).not.toBeNull();
      expect(row!.attempts).toBe(MAIL_MAX_ATTEMPTS);
      expect(await auditOf(other.id, 'UPDATE')).toHaveLength(0);
    } finally {
      await platform.sql('update app_user set active = true where email = ?', [other.email]);
    }
  });
});
