import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserPlatform } from '../support/browser.js';

// Field-level privacy as the professionals and the privacy officer meet it in the browser:
// probation sees that a victim's secret location exists but not where it is, while Veilig
// Thuis does; the police break the glass on a case outside their teams; the privacy officer
// (FG) finds that access in the review queue and flags it.

const PROBATION = 'reclassering@demo.mda.test';
const SAFE_HOME = 'veiligthuis@demo.mda.test';
const POLICE = 'politie@demo.mda.test';
// The police broke the glass: the review goes to the police's privacy officer (docs/privacy.md, the mandate).
const PRIVACY_OFFICER = 'fg.politie@demo.mda.test';
const NOT_SHARED = 'Niet gedeeld met uw organisatie';
const REASON = 'Acute dreiging gemeld bij de meldkamer; slachtoffer belt vanaf een onbekend adres.';
const FLAG_COMMENT = 'Geen melding bij de meldkamer gevonden; navragen bij de teamleider.';

describe('privacy journey', () => {
  const journey = useBrowserPlatform();
  const { sql } = journey;

  it('shows the secret location to Veilig Thuis and marks it "niet gedeeld" for probation, on the same case', async () => {
    // A case with a sheltered household member and both probation and Veilig Thuis active on its team.
    const [sheltered] = await sql<{ case_id: string; person_id: string; shelter_address: string }>(
      `select c.id as case_id, p.id as person_id, p.shelter_address from case_file c
         join household_member hm on hm.household_id = c.household_id
         join person p on p.id = hm.person_id
        where p.shelter_address is not null
          and (select count(distinct o.type) from case_team_membership m join organisation o on o.id = m.organisation_id
                where m.case_id = c.id and m.valid_until is null and m.ended_at is null and o.type in ('PROBATION', 'SAFE_HOME')) = 2
        order by c.reference limit 1`,
    );
    expect(sheltered).toBeDefined();
    const { case_id: caseId, person_id: personId, shelter_address: shelterAddress } = sheltered!;

    const probation = await journey.pageOf(PROBATION);
    await probation.goto(`${journey.platform.baseUrl}/cases/${caseId}`);
    const probationRow = probation.locator(`[data-testid="household-member"][data-person-id="${personId}"]`);
    await probationRow.waitFor();
    const withheld = probationRow.getByTestId('member-shelter-address');
    expect(await withheld.textContent()).toBe(NOT_SHARED);
    expect(await withheld.getAttribute('data-field-state')).toBe('not-shared');
    expect(await probationRow.getByTestId('member-safe-contact').textContent()).toBe(NOT_SHARED);
    // The name is shared with probation: a redaction is per field, not per person.
    expect(await probationRow.getByTestId('member-name').getAttribute('data-field-state')).toBe('shared');
    expect(await probation.content()).not.toContain(shelterAddress);
    await probation.context().close();

    const safeHome = await journey.pageOf(SAFE_HOME);
    await safeHome.goto(`${journey.platform.baseUrl}/cases/${caseId}`);
    const safeHomeRow = safeHome.locator(`[data-testid="household-member"][data-person-id="${personId}"]`);
    await safeHomeRow.waitFor();
    const shown = safeHomeRow.getByTestId('member-shelter-address');
    expect(await shown.textContent()).toBe(shelterAddress);
    expect(await shown.getAttribute('data-field-state')).toBe('shared');
    await safeHome.context().close();
  });

  it('withholds health data until a purpose is chosen in the header, then shows it', async () => {
    const [row] = await sql<{ id: string }>(
      `select c.id from case_file c
        where exists (select 1 from case_entry e where e.case_id = c.id and e.category = 'HEALTH')
          and exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id
                       where m.case_id = c.id and m.valid_until is null and m.ended_at is null and o.type = 'SAFE_HOME')
        order by c.reference limit 1`,
    );
    expect(row).toBeDefined();
    const page = await journey.pageOf(SAFE_HOME);
    await page.goto(`${journey.platform.baseUrl}/cases/${row!.id}`);
    const health = page.locator('[data-testid="entry-row"][data-category="HEALTH"]');
    await health.first().waitFor();
    expect(await health.first().getByTestId('entry-body').textContent()).toBe(NOT_SHARED);
    expect(await page.getByTestId('purpose-hint').textContent()).toContain(
      'Kies een doel om gezondheids- en strafrechtelijke gegevens te zien',
    );

    // Without a purpose the session's rules do not allow recording health data: the form
    // does not offer it and says how to get it.
    const categories = () =>
      page
        .getByTestId('record-category')
        .locator('option')
        .evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value));
    expect(await categories()).not.toContain('HEALTH');
    expect(await categories()).toContain('PLAN');
    expect(await page.getByTestId('record-purpose-hint').textContent()).toMatch(/doel/);
    await page.getByTestId('record-title').fill('Opname crisisdienst');
    await page.getByTestId('record-body').fill('Slachtoffer is gisteren door de crisisdienst gezien.');
    await page.getByTestId('record-concerns').first().check();

    await page.getByTestId('purpose-select').selectOption('MDO_PREPARATION');
    await page.getByTestId('purpose-hint').waitFor({ state: 'detached' });
    await expect.poll(() => health.first().getAttribute('data-redacted')).toBe('false');
    expect(await health.first().getByTestId('entry-body').getAttribute('data-field-state')).toBe('shared');
    expect(await page.getByTestId('purpose-select').inputValue()).toBe('MDO_PREPARATION');

    // With a purpose the same entry is recorded and appears in the table, content shown.
    await expect.poll(categories).toContain('HEALTH');
    expect(await page.getByTestId('record-purpose-hint').count()).toBe(0);
    await page.getByTestId('record-category').selectOption('HEALTH');
    const before = await health.count();
    await page.getByTestId('record-submit').click();
    await page.getByTestId('record-ok').waitFor();
    await expect.poll(() => health.count()).toBe(before + 1);
    expect(await page.getByTestId('case-entries').textContent()).toContain(
      'Slachtoffer is gisteren door de crisisdienst gezien.',
    );
    await page.context().close();
  });

  describe('break the glass, reviewed by the privacy officer', () => {
    let target: { id: string; reference: string; directorEmail: string };

    beforeAll(async () => {
      // An active case without the police on its team, with an accepted case director.
      const [row] = await sql<{ id: string; reference: string; email: string }>(
        `select c.id, c.reference, u.email from case_file c
           join director_assignment d on d.case_id = c.id and d.status = 'ACCEPTED' and d.kind = 'CASE_DIRECTOR'
           join app_user u on u.id = d.user_id
          where c.status = 'ACTIVE'
            and not exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = c.id and o.type = 'POLICE')
          order by c.reference limit 1`,
      );
      expect(row).toBeDefined();
      target = { id: row!.id, reference: row!.reference, directorEmail: row!.email };
    });

    it('the police request emergency access with a reason and then open the case', async () => {
      const page = await journey.pageOf(POLICE);

      // Outside the team the case does not exist for them; the page points to emergency access.
      await page.goto(`${journey.platform.baseUrl}/cases/${target.id}`);
      await page.getByTestId('not-found').waitFor();
      await page.getByTestId('not-found-break-glass-link').click();
      await page.waitForURL(`${journey.platform.baseUrl}/noodtoegang`);
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent())
        .toBe('Noodtoegang (break the glass)');
      expect(await page.getByTestId('break-glass-warning').textContent()).toContain('functionaris gegevensbescherming');

      // A reason that is too short is refused before anything is sent.
      await page.getByTestId('break-glass-reference').fill(target.reference);
      await page.getByTestId('break-glass-reason').fill('spoed');
      await page.getByTestId('break-glass-submit').click();
      await page.getByText('De reden moet minimaal 20 tekens lang zijn.').waitFor();
      expect(await page.getByTestId('break-glass-granted').count()).toBe(0);

      await page.getByTestId('break-glass-reason').fill(REASON);
      await page.getByTestId('break-glass-submit').click();
      const granted = page.getByTestId('break-glass-granted');
      await granted.waitFor();
      expect(await granted.textContent()).toContain(target.reference);
      expect(await granted.textContent()).toContain('functionaris gegevensbescherming');

      await page.getByTestId('break-glass-open-case').click();
      await page.waitForURL(`${journey.platform.baseUrl}/cases/${target.id}`);
      await expect.poll(() => page.getByTestId('case-reference').textContent()).toBe(target.reference);
      await page.getByTestId('household-members').waitFor();
      await page.context().close();
    });

    it('the case director sees a notification of the emergency access', async () => {
      const page = await journey.pageOf(target.directorEmail);
      await expect
        .poll(async () => Number((await page.getByTestId('notification-count').textContent()) ?? '0'))
        .toBeGreaterThan(0);
      await page.getByTestId('nav-notifications').click();
      await page.waitForURL(`${journey.platform.baseUrl}/meldingen`);
      const rows = page.locator('[data-testid="notification-row"][data-kind="BREAK_GLASS"]');
      await rows.first().waitFor();
      expect(await rows.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(target.reference)]));
      await page.context().close();
    });

    it('the privacy officer finds the request in the FG console and flags it with a comment', async () => {
      const page = await journey.pageOf(PRIVACY_OFFICER);
      // Casework links are not for the privacy officer; the console is.
      expect(await page.getByTestId('nav-break-glass').count()).toBe(0);
      expect(await page.getByTestId('purpose-picker').count()).toBe(0);
      await page.getByTestId('nav-privacy-console').click();
      await page.waitForURL(`${journey.platform.baseUrl}/fg`);

      const row = page.locator(`[data-testid="review-row"][data-case-reference="${target.reference}"]`);
      await row.waitFor();
      expect(await row.getAttribute('data-status')).toBe('PENDING');
      expect(await row.textContent()).toContain(REASON);
      // No case content for the privacy officer: the reference is not a link.
      expect(await row.locator('a').count()).toBe(0);

      // Flagging needs a comment: an empty one is refused in the form.
      await row.getByTestId('review-flag').click();
      const form = page.getByTestId('flag-form');
      await form.waitFor();
      await form.getByTestId('flag-submit').click();
      await page.getByText('Vul een toelichting in van minimaal 5 tekens.').waitFor();

      await form.getByTestId('flag-comment').fill(FLAG_COMMENT);
      await form.getByTestId('flag-submit').click();
      await page.getByTestId('review-ok').waitFor();
      expect(await page.getByTestId('review-ok').textContent()).toContain(target.reference);
      // Reviewed: gone from the queue of pending requests.
      await row.waitFor({ state: 'detached' });

      await page.getByTestId('fg-filter-status').selectOption('FLAGGED');
      await page.getByTestId('fg-filter-apply').click();
      await page.waitForURL(`${journey.platform.baseUrl}/fg?status=FLAGGED`);
      const flagged = page.locator(`[data-testid="review-row"][data-case-reference="${target.reference}"]`);
      await flagged.waitFor();
      expect(await flagged.getAttribute('data-status')).toBe('FLAGGED');
      expect(await flagged.getByTestId('review-status').textContent()).toContain(FLAG_COMMENT);
      expect(await flagged.getByTestId('review-approve').count()).toBe(0);
      await page.context().close();
    });
  });
});
