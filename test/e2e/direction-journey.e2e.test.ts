import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserPlatform } from '../support/browser.js';

// Case direction as the region works it (docs/direction.md, "Web"): a process director
// assigns a case director from the waiting list and hands another case over with a note;
// the proposed director sees the notification, opens the case, finds the old director still
// responsible, and accepts. A team member escalates; the new case director finds it in
// "Mijn escalaties" and decides it.

const ZUID_DIRECTOR = 'casusregisseur.wijkteam.zuid@demo.mda.test';
const VT_DIRECTOR = 'casusregisseur.veiligthuis@demo.mda.test';
const VT_PROCESS = 'procesregisseur.veiligthuis@demo.mda.test';
const VT_PRO = 'veiligthuis@demo.mda.test';
const ZVH_LEAD = 'teamleider.zvh@demo.mda.test';
const LOCAL_LEAD = 'teamleider.wijkteam.zuid@demo.mda.test';
const WAIT = { timeout: 60_000 };

/** The end/withdraw form: refused without a reason (said at the field), then the confirmation step. */
async function reasonThenConfirm(form: Locator, reason: string): Promise<Locator> {
  await form.getByTestId('end-assignment-submit').click();
  await expect
    .poll(() => form.getByTestId('end-assignment-reason-error').textContent(), WAIT)
    .toContain('Geef een reden');
  await form.getByTestId('end-assignment-reason').fill(reason);
  await form.getByTestId('end-assignment-submit').click();
  const confirm = form.getByTestId('end-assignment-confirm');
  await confirm.waitFor(WAIT);
  return confirm;
}

const onTeam = (email: string) =>
  `exists (select 1 from case_team_membership m join app_user u on u.organisation_id = m.organisation_id and u.email = '${email}'
            where m.case_id = c.id and m.ended_at is null and m.valid_until is null)`;

async function badgeCount(page: Page): Promise<number> {
  const badge = page.getByTestId('notification-count');
  return (await badge.count()) === 0 ? 0 : Number((await badge.textContent())?.trim() ?? '0');
}

describe('direction journey', () => {
  const ctx = useBrowserPlatform();
  const userId = async (email: string) =>
    (await ctx.sql<{ id: string }>('select id from app_user where email = ?', [email]))[0]!.id;

  it('assigns from the waiting list, hands over with a note, and the nominee accepts; then an escalation is decided', async () => {
    const nomineeId = await userId(ZUID_DIRECTOR);
    const oldDirectorId = await userId(VT_DIRECTOR);

    // A waiting case (no accepted case director, no proposal) with Wijkteam Zuid on its team, and a
    // process director whose organisation is on that team too.
    const [waiting] = await ctx.sql<{ id: string; reference: string; process: string }>(
      `select c.id, c.reference, p.email as process from case_file c
         join app_user p on 'PROCESS_DIRECTOR' = any(p.roles) and p.email like '%@demo.mda.test'
        where c.status in ('ACTIVE', 'MONITORING') and ${onTeam(ZUID_DIRECTOR)}
          and exists (select 1 from case_team_membership m where m.case_id = c.id and m.organisation_id = p.organisation_id and m.ended_at is null and m.valid_until is null)
          and not exists (select 1 from director_assignment d where d.case_id = c.id and d.kind = 'CASE_DIRECTOR' and d.status in ('ACCEPTED', 'PROPOSED'))
        order by c.reference, p.email limit 1`,
    );
    // A case Veilig Thuis' case director runs, to be handed over to Wijkteam Zuid.
    const [handover] = await ctx.sql<{ id: string; reference: string }>(
      `select c.id, c.reference from case_file c
         join director_assignment d on d.case_id = c.id and d.kind = 'CASE_DIRECTOR' and d.status = 'ACCEPTED' and d.user_id = ?
        where c.status = 'ACTIVE' and ${onTeam(ZUID_DIRECTOR)} and ${onTeam(VT_PRO)}
          and not exists (select 1 from director_assignment p where p.case_id = c.id and p.status = 'PROPOSED')
          and not exists (select 1 from escalation e where e.case_id = c.id and e.status = 'OPEN')
        order by c.reference limit 1`,
      [oldDirectorId],
    );
    expect(waiting).toBeDefined();
    expect(handover).toBeDefined();

    // The nominee has the app open: the badge counts new notifications live.
    const nominee = await ctx.pageOf(ZUID_DIRECTOR);
    const unreadBefore = await badgeCount(nominee);

    // 1. The process director's waiting list, oldest first, red past the norm.
    const assigner = await ctx.pageOf(waiting!.process);
    await assigner.getByTestId('nav-waiting-list').click();
    await assigner.getByTestId('waiting-list').waitFor();
    const row = assigner.locator(`[data-testid="waiting-row"][data-case-id="${waiting!.id}"]`);
    await row.waitFor();
    const rows = await assigner.getByTestId('waiting-row').evaluateAll((trs) =>
      trs.map((tr) => ({
        since: tr.getAttribute('data-waiting-since') ?? '',
        overNorm: tr.getAttribute('data-over-norm') === 'true',
        marked: (tr.querySelector('[data-testid="waiting-days"]')?.textContent ?? '').includes('Over de norm'),
      })),
    );
    expect(rows.map((r) => r.since)).toEqual(rows.map((r) => r.since).sort());
    // The red mark is exactly on the cases past the norm.
    expect(rows.map((r) => r.marked)).toEqual(rows.map((r) => r.overNorm));

    // The contact person during the wait: without a choice refused at the field, then named and shown in the list.
    const contactOf = async (caseId: string) =>
      (
        await ctx.sql<{ contact_user_id: string }>(
          'select contact_user_id from direction_waiting_contact where case_id = ?',
          [caseId],
        )
      )[0]?.contact_user_id ?? null;
    const contactBefore = await contactOf(waiting!.id);
    await row.getByTestId('waiting-contact-open').click();
    const contactForm = assigner.getByTestId('waiting-contact-form');
    await contactForm.waitFor();
    await contactForm.getByTestId('waiting-contact-select').selectOption('');
    await contactForm.getByTestId('waiting-contact-submit').click();
    await expect
      .poll(() => contactForm.getByTestId('waiting-contact-select-error').textContent(), WAIT)
      .toContain('Kies de contactpersoon');
    expect(await contactOf(waiting!.id)).toBe(contactBefore);
    await contactForm.getByTestId('waiting-contact-select').selectOption(nomineeId);
    await contactForm.getByTestId('waiting-contact-submit').click();
    await assigner.getByTestId('waiting-list-ok').waitFor(WAIT);
    await expect.poll(() => row.getByTestId('waiting-contact').getAttribute('data-contact-id'), WAIT).toBe(nomineeId);
    expect(await row.getByTestId('waiting-contact').textContent()).toContain('Wijkteam');
    expect(await contactOf(waiting!.id)).toBe(nomineeId);

    await row.getByTestId('waiting-assign').click();
    const form = assigner.getByTestId('propose-director');
    await form.waitFor();
    // Without a director: the error summary names the field, nothing is stored.
    const countFor = async (caseId: string) =>
      (
        await ctx.sql<{ n: number }>('select count(*)::int as n from director_assignment where case_id = ?', [caseId])
      )[0]!.n;
    const stored = await countFor(waiting!.id);
    await form.getByTestId('propose-submit').click();
    await expect.poll(() => assigner.getByTestId('propose-error').textContent(), WAIT).toContain('Kies de regisseur');
    expect(await countFor(waiting!.id)).toBe(stored);
    await form.getByTestId('propose-director-select').selectOption(nomineeId);
    await form
      .getByTestId('propose-note')
      .fill('Gezin kent het wijkteam al; start met huisbezoek samen met Veilig Thuis.');
    await form.getByTestId('propose-submit').click();
    await assigner.getByTestId('waiting-list-ok').waitFor(WAIT);
    await expect.poll(() => row.getByTestId('waiting-proposals').textContent(), WAIT).not.toBe('');

    // 2. The nominee: the badge goes up, the notification links to the case.
    await expect.poll(() => badgeCount(nominee), WAIT).toBe(unreadBefore + 1);
    await nominee.getByTestId('nav-notifications').click();
    const note = nominee.locator('[data-testid="notification-row"][data-kind="DIRECTOR_PROPOSED"]').first();
    await note.waitFor();
    expect(await note.textContent()).toContain(waiting!.reference);
    await note.getByTestId('notification-case-link').click();
    await nominee.waitForURL(`${ctx.platform.baseUrl}/cases/${waiting!.id}`);
    const direction = nominee.getByTestId('case-direction');
    await direction.waitFor();
    expect(await direction.getByTestId('direction-none').count()).toBe(1);
    await direction.getByTestId('proposal-accept').click();
    await direction.getByTestId('direction-ok').waitFor(WAIT);
    await expect
      .poll(
        () =>
          direction
            .locator(`[data-testid="direction-current"][data-kind="CASE_DIRECTOR"][data-director-id="${nomineeId}"]`)
            .count(),
        WAIT,
      )
      .toBe(1);
    // It leaves the waiting list.
    await assigner.reload();
    await assigner.getByTestId('waiting-list').or(assigner.getByTestId('waiting-list-empty')).waitFor();
    expect(await assigner.locator(`[data-testid="waiting-row"][data-case-id="${waiting!.id}"]`).count()).toBe(0);

    // 3. A handover from the case page: the old director stays responsible until the nominee accepts.
    const process = await ctx.pageOf(VT_PROCESS);
    await process.goto(`${ctx.platform.baseUrl}/cases/${handover!.id}`);
    const processDirection = process.getByTestId('case-direction');
    await processDirection.getByTestId('direction-handover').first().click();
    const handoverForm = process.getByTestId('propose-director');
    await handoverForm.getByTestId('propose-director-select').selectOption(nomineeId);
    // A handover needs a note: refused at the field.
    await handoverForm.getByTestId('propose-submit').click();
    await expect
      .poll(() => handoverForm.getByTestId('propose-note-error').textContent(), WAIT)
      .toContain('overdrachtsnotitie');
    await handoverForm
      .getByTestId('propose-note')
      .fill('Acute fase voorbij; overdracht in het MDO van donderdag met het gezin erbij.');
    await handoverForm.getByTestId('propose-submit').click();
    await processDirection.getByTestId('direction-ok').waitFor(WAIT);
    await expect.poll(() => processDirection.getByTestId('direction-proposal').count(), WAIT).toBe(1);

    await expect.poll(() => badgeCount(nominee), WAIT).toBe(unreadBefore + 2);
    await nominee.goto(`${ctx.platform.baseUrl}/cases/${handover!.id}`);
    const handoverDirection = nominee.getByTestId('case-direction');
    await handoverDirection.getByTestId('direction-proposal').waitFor();
    const responsibleCaseDirector = handoverDirection.locator(
      '[data-testid="direction-current"][data-kind="CASE_DIRECTOR"]',
    );
    expect(await responsibleCaseDirector.getAttribute('data-director-id')).toBe(oldDirectorId);
    expect(await handoverDirection.getByTestId('direction-handover-note').textContent()).toContain('MDO van donderdag');
    await handoverDirection.getByTestId('proposal-accept').click();
    await handoverDirection.getByTestId('direction-ok').waitFor(WAIT);
    await expect.poll(() => responsibleCaseDirector.getAttribute('data-director-id'), WAIT).toBe(nomineeId);
    expect(
      await handoverDirection.locator('[data-testid="direction-history-row"][data-status="ENDED"]').count(),
    ).toBeGreaterThan(0);

    // 4. A team member escalates on the handed-over case; the new case director decides at level 1.
    // The nominee keeps the case open: the escalation appears there live (case activity), without a reload.
    const nomineeEscalationRows = nominee.getByTestId('case-escalations').getByTestId('escalation-row');
    const rowsBefore = await nomineeEscalationRows.count();
    const member = await ctx.pageOf(VT_PRO);
    await member.goto(`${ctx.platform.baseUrl}/cases/${handover!.id}`);
    const escalations = member.getByTestId('case-escalations');
    await escalations.getByTestId('raise-open').click();
    await escalations.getByTestId('raise-submit').click();
    await expect.poll(() => member.getByTestId('raise-error').textContent(), WAIT).toContain('Geef de reden');
    expect(await member.getByTestId('raise-decision-asked-error').textContent()).toContain('Beschrijf welk besluit');
    await escalations
      .getByTestId('raise-reason')
      .fill('De afgesproken GGZ-intake is na twee MDO-rondes nog niet gepland.');
    await escalations.getByTestId('raise-decision-asked').fill('Besluit wie de intake deze week regelt.');
    await escalations.getByTestId('raise-submit').click();
    await escalations.getByTestId('raise-ok').waitFor(WAIT);
    // Who raised it may withdraw it (the rule's subject field raisedById, not a name match); nobody may decide it but the director.
    const [raised] = await ctx.sql<{ id: string }>(
      "select id from escalation where case_id = ? and trigger = 'MANUAL' order by created_at desc limit 1",
      [handover!.id],
    );
    await member.goto(`${ctx.platform.baseUrl}/escalaties/${raised!.id}`);
    await member.getByTestId('escalation-summary').waitFor(WAIT);
    await member.getByTestId('escalation-withdraw').waitFor(WAIT);
    expect(await member.getByTestId('escalation-decide').count()).toBe(0);

    await expect.poll(() => nomineeEscalationRows.count(), WAIT).toBe(rowsBefore + 1);
    // The decider's notification links to the escalation itself.
    await nominee.getByTestId('nav-notifications').click();
    const raisedNote = nominee.locator('[data-testid="notification-row"][data-kind="ESCALATION_RAISED"]').first();
    await raisedNote.waitFor(WAIT);
    expect(await raisedNote.getByTestId('notification-escalation-link').getAttribute('href')).toBe(
      `/escalaties/${raised!.id}`,
    );
    await nominee.getByTestId('nav-escalations').click();
    const mine = nominee.locator(`[data-testid="escalation-row"][data-case-id="${handover!.id}"]`);
    await mine.waitFor(WAIT);
    expect(await mine.getAttribute('data-may-decide')).toBe('true');
    expect(await mine.textContent()).toContain('Niveau 1');
    expect(await mine.getByTestId('escalation-deadline').textContent()).toMatch(/nog \d+ werkdag/);
    await mine.getByTestId('escalation-link').click();
    await nominee.getByTestId('escalation-summary').waitFor();
    await nominee.getByTestId('escalation-decide').click();
    await nominee.getByTestId('escalation-close-text').fill('Wijkteam Zuid plant de intake uiterlijk vrijdag.');
    await nominee.getByTestId('escalation-close-submit').click();
    await nominee.getByTestId('escalation-ok').waitFor(WAIT);
    await expect
      .poll(() => nominee.getByTestId('escalation-summary').getAttribute('data-status'), WAIT)
      .toBe('DECIDED');
    expect(await nominee.getByTestId('escalation-decision').textContent()).toContain('uiterlijk vrijdag');
    const events = await nominee
      .getByTestId('escalation-history-row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event')));
    expect(events).toEqual(['RAISED', 'DECIDED']);
    const [stored2] = await ctx.sql<{ status: string; decision: string }>(
      "select status, decision from escalation where case_id = ? and trigger = 'MANUAL' order by created_at desc limit 1",
      [handover!.id],
    );
    expect(stored2).toEqual({ status: 'DECIDED', decision: 'Wijkteam Zuid plant de intake uiterlijk vrijdag.' });

    // 5. The process director ends the new case director's assignment (a reason, then a confirmation):
    // without a case director the case is back on the waiting list.
    const statusOf = async (caseId: string) =>
      (
        await ctx.sql<{ status: string }>(
          "select status from director_assignment where case_id = ? and user_id = ? and kind = 'CASE_DIRECTOR' order by created_at desc limit 1",
          [caseId, nomineeId],
        )
      )[0]!.status;
    await assigner.goto(`${ctx.platform.baseUrl}/cases/${waiting!.id}`);
    const assignerDirection = assigner.getByTestId('case-direction');
    const ended = assignerDirection.locator(
      `[data-testid="direction-current"][data-kind="CASE_DIRECTOR"][data-director-id="${nomineeId}"]`,
    );
    await ended.getByTestId('direction-end').click();
    const endForm = assignerDirection.getByTestId('end-assignment');
    const confirm = await reasonThenConfirm(endForm, 'Wijkteam Zuid draagt terug: het gezin verhuist naar Schiedam.');
    expect(await confirm.getByTestId('end-assignment-consequence').textContent()).toContain('werkvoorraad');
    // Nothing has changed before the confirmation.
    expect(await statusOf(waiting!.id)).toBe('ACCEPTED');
    await confirm.getByTestId('end-assignment-confirm-submit').click();
    await assignerDirection.getByTestId('direction-ok').waitFor(WAIT);
    expect(await assignerDirection.getByTestId('direction-ok').textContent()).toContain('weer op de werkvoorraad');
    await assignerDirection.getByTestId('direction-none').waitFor(WAIT);
    expect(await ended.count()).toBe(0);
    expect(
      await assignerDirection
        .locator('[data-testid="direction-history-row"][data-status="ENDED"]', { hasText: 'verhuist naar Schiedam' })
        .count(),
    ).toBe(1);
    expect(await statusOf(waiting!.id)).toBe('ENDED');
    await assigner.getByTestId('nav-waiting-list').click();
    await assigner.locator(`[data-testid="waiting-row"][data-case-id="${waiting!.id}"]`).waitFor(WAIT);
  });

  it("a local team's team lead (no casework) lands on the waiting list, also from /", async () => {
    const lead = await ctx.pageOf(LOCAL_LEAD);
    expect(new URL(lead.url()).pathname).toBe('/werkvoorraad');
    await lead.getByTestId('waiting-list').or(lead.getByTestId('waiting-list-empty')).waitFor(WAIT);
    expect(await lead.getByTestId('nav-cases').count()).toBe(0);
    await lead.goto(`${ctx.platform.baseUrl}/`);
    await lead.waitForURL(`${ctx.platform.baseUrl}/werkvoorraad`);
  });

  it('the nominee declines a handover with a reason: the old director stays responsible and the proposer hears of it', async () => {
    const oldDirectorId = await userId(VT_DIRECTOR);
    // A seeded handover (Veilig Thuis' case director to Wijkteam Zuid's) nobody answered yet.
    const [seeded] = await ctx.sql<{ case_id: string; proposer: string }>(
      `select p.case_id, p.proposed_by_id as proposer from director_assignment p
         join director_assignment r on r.id = p.replaces_id and r.status = 'ACCEPTED' and r.user_id = ?
        where p.status = 'PROPOSED' and p.user_id = ? order by p.created_at limit 1`,
      [oldDirectorId, await userId(ZUID_DIRECTOR)],
    );
    expect(seeded).toBeDefined();
    const caseId = seeded!.case_id;
    const nominee = await ctx.pageOf(ZUID_DIRECTOR);
    // "Vandaag" (the landing page) names the proposal; "Mijn casussen" lists the proposals waiting for my answer.
    await nominee.locator('[data-testid="today-proposal"]').first().waitFor(WAIT);
    await nominee.getByTestId('nav-cases').click();
    const proposed = nominee.locator(
      `[data-testid="my-direction-row"][data-status="PROPOSED"][data-case-id="${caseId}"]`,
    );
    await proposed.waitFor(WAIT);
    expect(await proposed.textContent()).toContain('Wacht op uw antwoord');
    await proposed.getByRole('link').click();
    await nominee.waitForURL(`${ctx.platform.baseUrl}/cases/${caseId}`);
    const direction = nominee.getByTestId('case-direction');
    await direction.getByTestId('proposal-decline').click();
    await direction.getByTestId('decline-submit').click();
    await expect
      .poll(() => direction.getByTestId('decline-reason-error').textContent(), WAIT)
      .toContain('Geef een reden');
    await direction.getByTestId('decline-reason').fill('Geen ruimte in mijn caseload tot na de zomer.');
    await direction.getByTestId('decline-submit').click();
    await direction.getByTestId('direction-ok').waitFor(WAIT);
    await expect.poll(() => direction.getByTestId('direction-proposal').count(), WAIT).toBe(0);
    const current = direction.locator('[data-testid="direction-current"][data-kind="CASE_DIRECTOR"]');
    expect(await current.getAttribute('data-director-id')).toBe(oldDirectorId);
    expect(await direction.locator('[data-testid="direction-history-row"][data-status="DECLINED"]').count()).toBe(1);
    const notified = await ctx.sql<{ n: number }>(
      "select count(*)::int as n from notification where case_id = ? and kind = 'DIRECTOR_DECLINED' and recipient_id = ?",
      [caseId, seeded!.proposer],
    );
    expect(notified[0]!.n).toBe(1);
  });

  it('the process director withdraws a handover proposal nobody answered: the old director stays responsible and the nominee hears of it', async () => {
    const oldDirectorId = await userId(VT_DIRECTOR);
    const nomineeId = await userId(ZUID_DIRECTOR);
    const [seeded] = await ctx.sql<{ case_id: string; id: string }>(
      `select p.case_id, p.id from director_assignment p
         join director_assignment r on r.id = p.replaces_id and r.status = 'ACCEPTED' and r.user_id = ?
        where p.status = 'PROPOSED' and p.user_id = ? order by p.created_at desc limit 1`,
      [oldDirectorId, nomineeId],
    );
    expect(seeded).toBeDefined();
    const statusOf = async () =>
      (await ctx.sql<{ status: string }>('select status from director_assignment where id = ?', [seeded!.id]))[0]!
        .status;
    const assigner = await ctx.pageOf(VT_PROCESS);
    await assigner.goto(`${ctx.platform.baseUrl}/cases/${seeded!.case_id}`);
    const direction = assigner.getByTestId('case-direction');
    const proposal = direction.locator(`[data-testid="direction-proposal"][data-director-id="${nomineeId}"]`);
    await proposal.getByTestId('direction-withdraw').click();
    const form = proposal.getByTestId('end-assignment');
    expect(await form.getByRole('heading').first().textContent()).toContain('intrekken');
    const confirm = await reasonThenConfirm(
      form,
      'Veilig Thuis houdt de regie tot na de zitting van de kinderrechter.',
    );
    expect(await confirm.getByTestId('end-assignment-consequence').textContent()).toContain('blijft dat');
    expect(await statusOf()).toBe('PROPOSED'); // nothing changed before the confirmation
    await confirm.getByTestId('end-assignment-confirm-submit').click();
    await direction.getByTestId('direction-ok').waitFor(WAIT);
    expect(await direction.getByTestId('direction-ok').textContent()).toContain('ingetrokken');
    await expect.poll(() => proposal.count(), WAIT).toBe(0);
    const current = direction.locator('[data-testid="direction-current"][data-kind="CASE_DIRECTOR"]');
    expect(await current.getAttribute('data-director-id')).toBe(oldDirectorId);
    expect(
      await direction
        .locator('[data-testid="direction-history-row"][data-status="ENDED"]', {
          hasText: 'zitting van de kinderrechter',
        })
        .count(),
    ).toBe(1);
    expect(await statusOf()).toBe('ENDED');
    const notified = await ctx.sql<{ n: number }>(
      "select count(*)::int as n from notification where case_id = ? and kind = 'DIRECTOR_ENDED' and recipient_id = ?",
      [seeded!.case_id, nomineeId],
    );
    expect(notified[0]!.n).toBe(1);
  });

  it("the safety house's management sees the automatic climbs and hands a level-3 escalation back", async () => {
    const lead = await ctx.pageOf(ZVH_LEAD);
    // The safety house's management does no casework: it lands on "Mijn escalaties", not on "Mijn casussen".
    expect(new URL(lead.url()).pathname).toBe('/escalaties');
    expect(await lead.getByTestId('nav-cases').count()).toBe(0);
    await lead.getByTestId('nav-escalations').click();
    const row = lead.locator('[data-testid="escalation-row"][data-may-decide="true"]', { hasText: 'Niveau 3' }).first();
    await row.waitFor(WAIT);
    await row.getByTestId('escalation-link').click();
    const summary = lead.getByTestId('escalation-summary');
    await summary.waitFor();
    expect(await summary.getAttribute('data-level')).toBe('3');
    const climbs = lead.locator('[data-testid="escalation-history-row"][data-event="CLIMBED_AT_DEADLINE"]');
    expect(await climbs.count()).toBeGreaterThan(0);
    expect(await climbs.first().textContent()).toContain('automatisch (platform)');

    await lead.getByTestId('escalation-deEscalate').click();
    await lead.getByTestId('escalation-close-text').fill('kort');
    await lead.getByTestId('escalation-close-submit').click();
    await expect.poll(() => lead.getByTestId('escalation-close-text-error').textContent(), WAIT).toContain('te kort');
    await lead.getByTestId('escalation-close-text').fill('Eerst in het MDO bespreken met de jeugdbescherming erbij.');
    await lead.getByTestId('escalation-close-submit').click();
    await lead.getByTestId('escalation-ok').waitFor(WAIT);
    await expect.poll(() => summary.getAttribute('data-status'), WAIT).toBe('DE_ESCALATED');
    const events = await lead
      .getByTestId('escalation-history-row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event')));
    expect(events.at(-1)).toBe('DE_ESCALATED');
  });
});
