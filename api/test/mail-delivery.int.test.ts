import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { SmtpCapture, type CapturedMail } from './support/smtp-capture.js';
import { notify } from '../src/modules/notifications/notification.service.js';
import { mailSettingsFrom, type MailSettings } from '../src/modules/notifications/mail-config.js';
import {
  claimNextMail,
  MAIL_BACKOFF_BASE_MS,
  MAIL_CLAIM_LEASE_MS,
  MAIL_MAX_ATTEMPTS,
  sendDueMail,
} from '../src/modules/notifications/mail-sender.service.js';

/**
 * A mail is never lost (docs/notifications.md, "Sender"): it is marked sent only after the SMTP
 * server accepted it; a refusal, a dead mail server or a process that dies halfway costs an
 * attempt and a pause, not the mail; after the last attempt the row is given up, visibly. Every
 * test runs against a real SMTP server on a free port, started by this file.
 */
const VT_DIRECTOR = 'casusregisseur.veiligthuis@demo.mda.test';
const VT_PROCESS = 'procesregisseur.veiligthuis@demo.mda.test';

interface OutboxRow {
  attempts: number;
  sent_at: Date | null;
  failed_at: Date | null;
  claimed_until: Date | null;
  last_error: string | null;
  next_attempt_at: Date | null;
}

let platform: Platform;
let smtp: SmtpCapture;
let settings: MailSettings;
const ids = new Map<string, string>();
beforeAll(async () => {
  [platform, smtp] = await Promise.all([startPlatform(), SmtpCapture.start()]);
  settings = mailSettingsFrom({ smtpUrl: smtp.url, webBaseUrl: 'https://mda.web.example' })!;
  for (const row of await platform.sql<{ id: string; email: string }>('select id, email from app_user'))
    ids.set(row.email, row.id);
});
afterAll(async () => {
  await smtp?.stop();
  await platform?.stop();
});
// Each test sees only its own mail: whatever the demo queued is taken out of the sender's way.
beforeEach(async () => {
  await platform.sql(
    `update notification_outbox set failed_at = now(), last_error = 'TEST_SETUP' where sent_at is null and failed_at is null`,
  );
  smtp.refuseNext(0);
  smtp.answerDataAfter(0);
});

const send = (at: Date, with_: MailSettings = settings) => sendDueMail(platform.orm.em, with_, at);
const outbox = async (outboxId: string): Promise<OutboxRow> =>
  (
    await platform.sql<OutboxRow>(
      'select attempts, sent_at, failed_at, claimed_until, last_error, next_attempt_at from notification_outbox where id = ?',
      [outboxId],
    )
  )[0]!;
const messageId = (mail: CapturedMail): string => /^Message-ID:\s*(\S+)/im.exec(mail.raw)?.[1] ?? '';

/** An urgent notification (mailed at once) to one person; returns its outbox row's id. */
async function crisis(email: string, text = 'Crisismelding binnengekomen bij Veilig Thuis: direct beoordelen.') {
  const [created] = await platform.orm.em
    .fork()
    .transactional((tx) =>
      notify(tx, { recipientIds: [ids.get(email)!], kind: 'INTAKE_CRISIS', caseId: null, message: text }),
    );
  const [row] = await platform.sql<{ id: string }>('select id from notification_outbox where notification_id = ?', [
    created!.id,
  ]);
  return row!.id;
}
const mailsOf = (outboxId: string) => smtp.mails.filter((m) => messageId(m) === `<${outboxId}@mda.example>`);

describe('a mail is delivered at least once', () => {
  it('a server that refuses the first two attempts (greylisting) gets the mail exactly once on the third', async () => {
    const id = await crisis(VT_DIRECTOR);
    smtp.refuseNext(2);
    const t0 = new Date(Date.now() + 1_000);

    expect(await send(t0)).toMatchObject({ sent: 0, retried: 1 });
    expect(await outbox(id)).toMatchObject({
      attempts: 1,
      sent_at: null,
      claimed_until: null,
      last_error: 'EENVELOPE 451',
    });
    const t1 = new Date(t0.getTime() + MAIL_BACKOFF_BASE_MS);
    expect(await send(t1)).toMatchObject({ sent: 0, retried: 1 });
    expect(mailsOf(id)).toHaveLength(0);

    const t2 = new Date(t1.getTime() + 2 * MAIL_BACKOFF_BASE_MS);
    expect(await send(t2)).toMatchObject({ sent: 1, retried: 0 });
    expect(mailsOf(id)).toHaveLength(1);
    expect(mailsOf(id)[0]!.to).toEqual([VT_DIRECTOR]);
    const sent = await outbox(id);
    expect(sent).toMatchObject({ attempts: 3, last_error: null, failed_at: null, claimed_until: null });
    expect(sent.sent_at).not.toBeNull();

    // Sent is sent: later runs leave it alone.
    expect(await send(new Date(t2.getTime() + 86_400_000))).toMatchObject({ sent: 0, retried: 0, failed: 0 });
    expect(mailsOf(id)).toHaveLength(1);
  });

  it('a row claimed by a process that died before sending is picked up again once its claim has run out', async () => {
    const id = await crisis(VT_PROCESS);
    const t0 = new Date(Date.now() + 1_000);
    // The dying process: it claimed the row, then never sent nor recorded anything.
    const claim = await claimNextMail(platform.orm.em, t0);
    expect(claim && 'claimed' in claim ? claim.claimed.id : null).toBe(id);
    const claimed = await outbox(id);
    expect(claimed).toMatchObject({ attempts: 1, sent_at: null, failed_at: null });
    expect(new Date(claimed.claimed_until!).getTime()).toBe(t0.getTime() + MAIL_CLAIM_LEASE_MS);

    // While the claim runs, another run (another API instance) does not send it a second time.
    expect(await send(new Date(t0.getTime() + MAIL_CLAIM_LEASE_MS - 1))).toMatchObject({ sent: 0 });
    expect(mailsOf(id)).toHaveLength(0);

    // After the claim: sent once, the interrupted attempt counted.
    expect(await send(new Date(t0.getTime() + MAIL_CLAIM_LEASE_MS))).toMatchObject({ sent: 1 });
    expect(mailsOf(id)).toHaveLength(1);
    expect(await outbox(id)).toMatchObject({ attempts: 2, last_error: null, claimed_until: null });
  });

  it('a row interrupted on its last attempt is given up as INTERRUPTED and stays visible, not mailed', async () => {
    const id = await crisis(VT_DIRECTOR);
    await platform.sql('update notification_outbox set attempts = ? where id = ?', [MAIL_MAX_ATTEMPTS - 1, id]);
    const t0 = new Date(Date.now() + 1_000);
    expect(await claimNextMail(platform.orm.em, t0)).toMatchObject({ claimed: { id, attempts: MAIL_MAX_ATTEMPTS } });

    expect(await send(new Date(t0.getTime() + MAIL_CLAIM_LEASE_MS))).toMatchObject({ sent: 0, failed: 1 });
    const dead = await outbox(id);
    expect(dead).toMatchObject({ attempts: MAIL_MAX_ATTEMPTS, sent_at: null, claimed_until: null });
    expect(dead.last_error).toBe('INTERRUPTED');
    expect(dead.failed_at).not.toBeNull();
    expect(mailsOf(id)).toHaveLength(0);
  });

  it('the duplicate window: a server that stored the mail but answered too late gets it twice, with one Message-ID', async () => {
    const id = await crisis(VT_PROCESS);
    const impatient: MailSettings = {
      ...settings,
      timeouts: { connectionTimeout: 2_000, greetingTimeout: 2_000, socketTimeout: 300 },
    };
    smtp.answerDataAfter(1_500);
    const t0 = new Date(Date.now() + 1_000);
    expect(await send(t0, impatient)).toMatchObject({ sent: 0, retried: 1 });
    // The server has it, but the sender never heard the acceptance: not marked sent.
    expect(mailsOf(id)).toHaveLength(1);
    expect(await outbox(id)).toMatchObject({ attempts: 1, sent_at: null, claimed_until: null });

    smtp.answerDataAfter(0);
    expect(await send(new Date(t0.getTime() + MAIL_BACKOFF_BASE_MS))).toMatchObject({ sent: 1 });
    const copies = mailsOf(id);
    expect(copies).toHaveLength(2);
    expect(new Set(copies.map(messageId))).toEqual(new Set([`<${id}@mda.example>`]));
  });

  it('two runs at the same moment (two API instances) send every due mail exactly once', async () => {
    const rows = [
      await crisis(VT_DIRECTOR, 'Crisismelding 1 binnengekomen bij Veilig Thuis.'),
      await crisis(VT_PROCESS, 'Crisismelding 2 binnengekomen bij Veilig Thuis.'),
      await crisis(VT_DIRECTOR, 'Crisismelding 3 binnengekomen bij Veilig Thuis.'),
      await crisis(VT_PROCESS, 'Crisismelding 4 binnengekomen bij Veilig Thuis.'),
    ];
    const at = new Date(Date.now() + 1_000);
    const [a, b] = await Promise.all([send(at), send(at)]);
    expect(a.sent + b.sent).toBe(rows.length);
    for (const id of rows) expect(mailsOf(id), id).toHaveLength(1);
  });
});
