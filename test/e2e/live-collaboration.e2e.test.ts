import { describe, expect, it } from 'vitest';
import { ApiClient, personaWith } from '../support/platform.js';
import { logIn, useBrowserPlatform } from '../support/browser.js';

// Live collaboration as the MDO partners meet it: Wijkteam Zuid records an agreement while
// the public prosecutor has the same case open; it appears on the prosecutor's screen without
// a reload. A case director's notification badge counts an emergency access as it happens.

const WRITER = 'wijkteam.zuid@demo.mda.test';
const VIEWER = 'om@demo.mda.test';
const WAIT = { timeout: 60_000 };

describe('live collaboration', () => {
  const journey = useBrowserPlatform();
  const { sql } = journey;
  /** Resolves once the API has one more live subscriber than `before` (the page's subscription is in place). */
  const subscribed = (before: number) =>
    expect.poll(() => journey.platform.server.realtime.hub.subscriberCount, WAIT).toBeGreaterThan(before);

  it("shows a partner's new entry on the open case overview without reloading", async () => {
    const [target] = await sql<{ id: string }>(
      `select c.id from case_file c
        where c.status <> 'CLOSED'
          and exists (select 1 from case_team_membership m join app_user u on u.organisation_id = m.organisation_id and u.email = ? where m.case_id = c.id and m.ended_at is null and m.valid_until is null)
          and exists (select 1 from case_team_membership m join app_user u on u.organisation_id = m.organisation_id and u.email = ? where m.case_id = c.id and m.ended_at is null and m.valid_until is null)
        order by c.reference limit 1`,
      [WRITER, VIEWER],
    );
    expect(target).toBeDefined();
    const caseUrl = `${journey.platform.baseUrl}/cases/${target!.id}`;

    const viewer = await journey.pageOf(VIEWER);
    const before = journey.platform.server.realtime.hub.subscriberCount;
    await viewer.goto(caseUrl);
    await viewer.getByTestId('case-live').waitFor();
    await subscribed(before);
    // Marks this page load: a reload would lose it.
    await viewer.evaluate(() => document.body.setAttribute('data-loaded-once', 'yes'));

    const writer = await journey.pageOf(WRITER);
    await writer.goto(caseUrl);
    const title = 'Afspraak MDO: wekelijks huisbezoek';
    await writer.getByTestId('record-category').selectOption('PLAN');
    await writer.getByTestId('record-title').fill(title);
    await writer
      .getByTestId('record-body')
      .fill('Wijkteam legt wekelijks een huisbezoek af en koppelt terug aan het MDO.');
    await writer.getByTestId('record-concerns').first().check();
    await writer.getByTestId('record-submit').click();
    await writer.getByTestId('record-ok').waitFor();

    await expect.poll(() => viewer.getByTestId('case-entries').textContent(), WAIT).toContain(title);
    expect(await viewer.getByTestId('case-live-update').textContent()).toContain('Wijkteam');
    expect(await viewer.evaluate(() => document.body.getAttribute('data-loaded-once'))).toBe('yes');
    await writer.context().close();
    await viewer.context().close();
  });

  it("counts a new notification in the director's header badge as it arrives", async () => {
    const [target] = await sql<{ reference: string; email: string }>(
      `select c.reference, u.email from case_file c
         join director_assignment d on d.case_id = c.id and d.status = 'ACCEPTED' and d.kind = 'CASE_DIRECTOR'
         join app_user u on u.id = d.user_id
        where c.status = 'ACTIVE'
          and not exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = c.id and o.type = 'POLICE')
        order by c.reference limit 1`,
    );
    expect(target).toBeDefined();
    const [{ unread }] = (await sql<{ unread: number }>(
      'select count(*)::int as unread from notification n join app_user u on u.id = n.recipient_id where u.email = ? and n.read_at is null',
      [target!.email],
    )) as [{ unread: number }];

    const context = await journey.browser.newContext();
    const page = await context.newPage();
    const before = journey.platform.server.realtime.hub.subscriberCount;
    await logIn(page, journey.platform.baseUrl, target!.email);
    await subscribed(before);
    const badgeCount = async () =>
      (await page.getByTestId('notification-count').count()) === 0
        ? 0
        : Number(await page.getByTestId('notification-count').textContent());
    await expect.poll(badgeCount, WAIT).toBe(unread);

    const police = await new ApiClient(journey.platform.baseUrl).loginAs(personaWith('POLICE', 'PROFESSIONAL').email);
    await police.ok(
      'mutation ($ref: String!, $reason: String!) { requestBreakGlass(caseReference: $ref, reason: $reason) { id } }',
      {
        ref: target!.reference,
        reason: 'Acute dreiging gemeld bij de meldkamer; verifiëren of er kinderen in huis zijn.',
      },
    );
    await expect.poll(badgeCount, WAIT).toBe(unread + 1);
    await context.close();
  });
});
