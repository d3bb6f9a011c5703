import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient } from './support/graphql-client.js';
import { SmtpCapture, type CapturedMail } from './support/smtp-capture.js';
import { raiseFromTrigger } from '../src/modules/escalations/escalation-ladder.service.js';
import { notify } from '../src/modules/notifications/notification.service.js';
import { mailSettingsFrom, type MailSettings } from '../src/modules/notifications/mail-config.js';
import {
  MAIL_BACKOFF_BASE_MS,
  MAIL_MAX_ATTEMPTS,
  sendDueMail,
} from '../src/modules/notifications/mail-sender.service.js';

/**
 * Notifications that keep their promise: the outbox goes out by mail over real SMTP to the
 * person who must act, with the case reference and a link, never a name, BSN or address of the
 * household; a dead mail server costs attempts with growing pauses, not mails.
 */
const VT_DIRECTOR = 'casusregisseur.veiligthuis@demo.mda.test';
const VT_PROCESS = 'procesregisseur.veiligthuis@demo.mda.test';
const ZUID_DIRECTOR = 'casusregisseur.wijkteam.zuid@demo.mda.test';
const WEB = 'https://mda.web.example';

const PROPOSE = 'mutation ($i: ProposeDirectorInput!) { proposeDirector(input: $i) { id status } }';
const DIRECTION = 'query ($id: ID!) { caseDirection(caseId: $id) { id kind responsible } }';

let platform: Platform;
let smtp: SmtpCapture;
let settings: MailSettings;
const ids = new Map<string, string>();
beforeAll(async () => {
  [platform, smtp] = await Promise.all([startPlatform(), SmtpCapture.start()]);
  settings = mailSettingsFrom({ smtpUrl: smtp.url, webBaseUrl: `${WEB}/` })!;
  for (const row of await platform.sql<{ id: string; email: string }>('select id, email from app_user'))
    ids.set(row.email, row.id);
});
afterAll(async () => {
  await smtp?.stop();
  await platform?.stop();
});

const login = (email: string) => new ApiClient(platform.baseUrl).loginAs(email);
const send = (at: Date = new Date()) => sendDueMail(platform.orm.em, settings, at);
/** Sends until nothing is due (a run sends at most a batch). */
async function drain(): Promise<number> {
  let sent = 0;
  for (;;) {
    const run = await send();
    sent += run.sent;
    if (run.sent + run.retried + run.failed === 0) return sent;
  }
}
const outbox = async (notificationId: string) =>
  (
    await platform.sql<{
      attempts: number;
      sent_at: Date | null;
      failed_at: Date | null;
      last_error: string | null;
      next_attempt_at: Date | null;
    }>(
      'select attempts, sent_at, failed_at, last_error, next_attempt_at from notification_outbox where notification_id = ?',
      [notificationId],
    )
  )[0]!;

/** Everything personal the household of a case has on record: names, addresses, phones, birth dates. */
async function personalDataOf(caseId: string): Promise<string[]> {
  const rows = await platform.sql<Record<string, string | null>>(
    `select p.first_name, p.last_name, p.address, p.phone, p.shelter_address, p.safe_contact, p.date_of_birth::text as dob
       from case_file c join household_member hm on hm.household_id = c.household_id join person p on p.id = hm.person_id
      where c.id = ?`,
    [caseId],
  );
  return rows.flatMap((r) => Object.values(r)).filter((v): v is string => typeof v === 'string' && v.length >= 3);
}

function expectNoPersonalData(mail: CapturedMail, personal: readonly string[]): void {
  const visible = `${mail.subject}\n${mail.text}`;
  for (const value of personal) expect(visible.toLowerCase()).not.toContain(value.toLowerCase());
  // A BSN is nine digits; only the hash is stored, so look for the shape.
  expect(visible).not.toMatch(/\b\d{9}\b/);
}

describe('the outbox goes out by mail', () => {
  it('an escalation raised reaches the deciding person by mail, with the reference and a link to the escalation', async () => {
    const [target] = await platform.sql<{ id: string; reference: string }>(
      `select c.id, c.reference from case_file c
         join director_assignment d on d.case_id = c.id and d.kind = 'CASE_DIRECTOR' and d.status = 'ACCEPTED'
         join app_user u on u.id = d.user_id and u.email = ?
        where c.status = 'ACTIVE' and not exists (select 1 from escalation e where e.case_id = c.id)
        order by c.reference limit 1`,
      [VT_DIRECTOR],
    );
    const before = smtp.mails.length;
    const { escalation } = await platform.orm.em.fork().transactional((tx) =>
      raiseFromTrigger(tx, {
        caseId: target!.id,
        trigger: 'PLAN_ACTION_OVERDUE',
        sourceKey: `mail-test:${target!.id}`,
        reason: 'Actie uit het plan 5 werkdagen over de datum.',
        decisionAsked: 'Wie pakt de actie op?',
        now: new Date(),
      }),
    );
    const deciders = await platform.sql<{ email: string; id: string }>(
      `select u.email, n.id from notification n join app_user u on u.id = n.recipient_id
        where n.kind = 'ESCALATION_RAISED' and n.escalation_id = ?`,
      [escalation.id],
    );
    expect(deciders.length).toBeGreaterThan(0);
    expect((await send()).sent).toBe(deciders.length);
    const personal = await personalDataOf(target!.id);
    for (const decider of deciders) {
      const [mail] = smtp.mails.slice(before).filter((m) => m.to.includes(decider.email));
      expect(mail, decider.email).toBeDefined();
      expect(mail!.subject).toContain(target!.reference);
      expect(mail!.text).toContain(`${WEB}/escalaties/${escalation.id}`);
      expect(mail!.text).toContain(`Casus: ${target!.reference}`);
      expectNoPersonalData(mail!, personal);
      expect(await outbox(decider.id)).toMatchObject({ attempts: 1, last_error: null, failed_at: null });
      expect((await outbox(decider.id)).sent_at).not.toBeNull();
    }
  });

  it('a director proposal reaches the proposed director by mail', async () => {
    const [caseId] = (
      await platform.sql<{ id: string }>(
        `select c.id from case_file c
           join director_assignment d on d.case_id = c.id and d.kind = 'CASE_DIRECTOR' and d.status = 'ACCEPTED'
           join app_user u on u.id = d.user_id and u.email = ?
          where c.status = 'ACTIVE'
            and exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = c.id and o.name = 'Wijkteam Rotterdam-Zuid' and m.valid_until is null)
            and exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = c.id and o.type = 'SAFE_HOME' and m.valid_until is null)
            and not exists (select 1 from director_assignment p where p.case_id = c.id and p.status = 'PROPOSED')
          order by c.reference`,
        [VT_DIRECTOR],
      )
    ).map((r) => r.id);
    const process = await login(VT_PROCESS);
    const current = (
      await process.ok<{ caseDirection: { id: string; kind: string; responsible: boolean }[] }>(DIRECTION, {
        id: caseId,
      })
    ).caseDirection.find((a) => a.kind === 'CASE_DIRECTOR' && a.responsible)!;
    await process.ok(PROPOSE, {
      i: {
        caseId,
        userId: ids.get(ZUID_DIRECTOR),
        kind: 'CASE_DIRECTOR',
        replacesAssignmentId: current.id,
        handoverNote: 'Gezin is gestabiliseerd; wijkteam neemt de regie over na het MDO.',
      },
    });
    const before = smtp.to(ZUID_DIRECTOR).length;
    await drain();
    const [reference] = await platform.sql<{ reference: string }>('select reference from case_file where id = ?', [
      caseId,
    ]);
    const mails = smtp.to(ZUID_DIRECTOR).slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain(reference!.reference);
    expect(mails[0]!.text).toMatch(/voorgesteld|voorstel/i);
    expect(mails[0]!.text).toContain(`${WEB}/meldingen`);
    expectNoPersonalData(mails[0]!, await personalDataOf(caseId!));
  });
});

describe('a mail server that is down', () => {
  const crisis = async (email: string) => {
    const [created] = await platform.orm.em.fork().transactional((tx) =>
      notify(tx, {
        recipientIds: [ids.get(email)!],
        kind: 'INTAKE_CRISIS',
        caseId: null,
        message: 'Crisismelding binnengekomen bij Veilig Thuis: direct beoordelen. / Crisis report.',
      }),
    );
    return created!.id;
  };

  it('costs attempts with growing pauses, keeps only an error code, and the mail goes out once the server is back', async () => {
    await smtp.stop();
    const id = await crisis(VT_DIRECTOR);
    const t0 = new Date(Date.now() + 1_000);
    expect(await send(t0)).toMatchObject({ sent: 0, retried: 1 });
    const first = await outbox(id);
    expect(first).toMatchObject({ attempts: 1, sent_at: null, failed_at: null });
    expect(first.last_error).toMatch(/^[A-Z0-9_]+( \d{3})?$/);
    expect(first.last_error).not.toContain('@');
    expect(new Date(first.next_attempt_at!).getTime()).toBe(t0.getTime() + MAIL_BACKOFF_BASE_MS);

    // Before the pause is over it is not tried again; after it, the next pause is twice as long.
    expect(await send(new Date(t0.getTime() + MAIL_BACKOFF_BASE_MS - 1))).toMatchObject({ retried: 0 });
    expect((await outbox(id)).attempts).toBe(1);
    const t1 = new Date(t0.getTime() + MAIL_BACKOFF_BASE_MS);
    expect(await send(t1)).toMatchObject({ retried: 1 });
    const second = await outbox(id);
    expect(second.attempts).toBe(2);
    expect(new Date(second.next_attempt_at!).getTime()).toBe(t1.getTime() + 2 * MAIL_BACKOFF_BASE_MS);

    await smtp.start();
    const before = smtp.to(VT_DIRECTOR).length;
    expect(await send(new Date(t1.getTime() + 2 * MAIL_BACKOFF_BASE_MS))).toMatchObject({ sent: 1 });
    expect(await outbox(id)).toMatchObject({ attempts: 3, last_error: null, next_attempt_at: null, failed_at: null });
    expect(
      smtp
        .to(VT_DIRECTOR)
        .slice(before)
        .map((m) => m.subject),
    ).toEqual([expect.stringContaining('Crisismelding binnengekomen bij Veilig Thuis')]);
  });

  it(`gives up after ${MAIL_MAX_ATTEMPTS} attempts and leaves the row visible as failed`, async () => {
    await smtp.stop();
    try {
      const id = await crisis(VT_PROCESS);
      let at = new Date(Date.now() + 1_000);
      for (let attempt = 1; attempt <= MAIL_MAX_ATTEMPTS; attempt += 1) {
        await send(at);
        at = new Date(at.getTime() + MAIL_BACKOFF_BASE_MS * 2 ** attempt);
      }
      const dead = await outbox(id);
      expect(dead).toMatchObject({ attempts: MAIL_MAX_ATTEMPTS, sent_at: null, next_attempt_at: null });
      expect(dead.failed_at).not.toBeNull();
      expect(dead.last_error).toMatch(/^[A-Z0-9_]+/);
      // Given up is given up: a later run leaves it alone, even with the server back.
      await smtp.start();
      expect(await send(new Date(at.getTime() + 86_400_000))).toMatchObject({ sent: 0, retried: 0, failed: 0 });
      expect((await outbox(id)).attempts).toBe(MAIL_MAX_ATTEMPTS);
    } finally {
      if (!smtp.running) await smtp.start();
    }
  });
});

describe('what a mail says', () => {
  it('every mail of this file carries the link and, for a case, its reference, and never names the household', async () => {
    const references = await platform.sql<{ id: string; reference: string }>('select id, reference from case_file');
    expect(smtp.mails.length).toBeGreaterThanOrEqual(3);
    let checkedCases = 0;
    for (const mail of smtp.mails) {
      expect(mail.text).toContain(WEB);
      expect(mail.text).toMatch(/^Beste collega,/);
      expect(mail.text).toMatch(/\n--\nEnglish: /);
      const about = references.find((r) => mail.subject.includes(r.reference));
      if (!about) continue;
      checkedCases += 1;
      expect(mail.text).toContain(`Casus: ${about.reference}`);
      const personal = await personalDataOf(about.id);
      expect(personal.length).toBeGreaterThan(0);
      expectNoPersonalData(mail, personal);
    }
    expect(checkedCases).toBeGreaterThanOrEqual(2);
  });
});
