import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useBrowserPlatform } from '../support/browser.js';
import { NL_TODAY_SQL } from '../../api/test/support/nl-today.js';

// A Veilig Thuis professional at the front door: records a report (the draft survives a
// reload), sees that a person may be known and confirms it side by side, screens, assesses
// with the triage instrument, and starts an MDA++ case - case, team and draft plan at once.

const VT = 'veiligthuis@demo.mda.test';
const LOCAL = 'wijkteam.zuid@demo.mda.test';

describe('intake journey', () => {
  const env = useBrowserPlatform();

  it('opens the desk with the crisis on top and an overdue assessment shown as overdue', async () => {
    // The demo reports (intake-demo.seeder.ts): a crisis today, one received 8 working days ago.
    const page = await env.pageOf(VT);
    await page.getByTestId('nav-intake').click();
    await page.getByTestId('intake-desk').waitFor();
    const rows = page.getByTestId('intake-row');
    const flags = await rows.evaluateAll((els) =>
      els.map((e) => ({ crisis: e.getAttribute('data-crisis'), overdue: e.getAttribute('data-overdue') })),
    );
    expect(flags[0]!.crisis).toBe('true');
    expect(await rows.first().textContent()).toContain('Crisis');
    // Every crisis comes before anything that is merely overdue or running.
    const lastCrisis = flags.map((f) => f.crisis).lastIndexOf('true');
    expect(flags.slice(0, lastCrisis + 1).every((f) => f.crisis === 'true')).toBe(true);
    const overdue = page.locator('[data-testid="intake-row"][data-overdue="true"]');
    expect(await overdue.count()).toBeGreaterThan(0);
    expect(await overdue.first().getByTestId('intake-clock').textContent()).toContain('Over de termijn');
    await page.context().close();
  });

  it('records a report, confirms a match, assesses it and starts an MDA++ case; a local team never sees the reporter', async () => {
    // Someone already known by name and date of birth (with diacritics and a tussenvoegsel);
    // 'linden zoe' is personNameKey('Zoë', 'van der Linden') (packages/domain, unit-tested there).
    const knownId = randomUUID();
    await env.sql('insert into person (id, first_name, last_name, date_of_birth, name_key) values (?, ?, ?, ?, ?)', [
      knownId,
      'Zoë',
      'van der Linden',
      '1993-09-30',
      'linden zoe',
    ]);

    // A local team has no intake desk.
    const local = await env.pageOf(LOCAL);
    expect(await local.getByTestId('nav-intake').count()).toBe(0);
    await local.goto(`${env.platform.baseUrl}/intake`);
    await local.getByTestId('no-access').waitFor();
    expect(await local.getByTestId('intake-desk').count()).toBe(0);
    await local.context().close();

    const page = await env.pageOf(VT);
    await page.getByTestId('nav-intake').click();
    await page.getByTestId('intake-new').click();
    await page.getByTestId('intake-form').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');

    await page.getByTestId('intake-municipality').selectOption('ROTTERDAM');
    await page.getByTestId('intake-reporterName').fill('Agent B. Wijkmans');
    await page
      .getByTestId('intake-reporterAccount')
      .fill('Buren hoorden geschreeuw; slachtoffer had striemen in de nek.');
    // Keyboard: focus the checkbox and tick it with the space bar.
    await page.locator('#intake-violence-ATTEMPTED_STRANGULATION').focus();
    await page.keyboard.press('Space');
    await page.locator('#intake-violence-COERCIVE_CONTROL').check();
    await page.getByTestId('intake-person-firstName').nth(0).fill('Linden');
    await page.getByTestId('intake-person-lastName').nth(0).fill('Zoe');
    await page.getByTestId('intake-person-dateOfBirth').nth(0).fill('1993-09-30');
    await page.locator('#intake-person-0-roles-VICTIM').check();

    // Interrupted: the draft survives a reload of the page.
    await page.reload();
    await page.getByTestId('intake-draft-restored').waitFor();
    expect(await page.getByTestId('intake-reporterAccount').inputValue()).toContain('striemen');
    expect(await page.locator('#intake-violence-ATTEMPTED_STRANGULATION').isChecked()).toBe(true);

    await page.getByTestId('intake-add-person').click();
    await page.getByTestId('intake-person-firstName').nth(1).fill('Rick');
    await page.getByTestId('intake-person-lastName').nth(1).fill('Verhoef');
    await page.locator('#intake-person-1-roles-PERPETRATOR').check();
    await page.getByTestId('intake-submit').click();

    // The report page: the person of the report and the known candidate side by side.
    await page.getByTestId('intake-report').waitFor();
    expect(await page.getByTestId('intake-reporter').textContent()).toContain('Wijkmans');
    const card = page.getByTestId('intake-person-card').first();
    expect(await card.getAttribute('data-match-basis')).toBe('NEW');
    expect(await card.getByTestId('intake-candidate').textContent()).toContain('Zoë van der Linden');
    await card.getByTestId('intake-confirm-match').click();
    await expect
      .poll(() => page.getByTestId('intake-person-card').first().getAttribute('data-match-basis'))
      .toBe('CONFIRMED');
    const reportId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const [linked] = await env.sql<{ n: number }>(
      'select count(*)::int as n from intake_report_person where report_id = ? and person_id = ?',
      [reportId, knownId],
    );
    expect(linked!.n).toBe(1);

    // Screening (no crisis), then the assessment: a draft first, then complete.
    await page.getByTestId('intake-screen-submit').click();
    await page.getByTestId('intake-assessment-form').waitFor();
    await page.getByTestId('assess-unsafety').selectOption('STRUCTURAL');
    await page.getByTestId('assess-structuralUnsafety').selectOption('yes');
    await page.getByTestId('assess-save-draft').click();
    await expect
      .poll(
        async () =>
          (
            await env.sql<{ structural_unsafety: boolean | null; status: string }>(
              'select structural_unsafety, status from intake_report where id = ?',
              [reportId],
            )
          )[0],
      )
      .toEqual({ structural_unsafety: true, status: 'SCREENED' });
    await page.getByTestId('assess-multiProblem').selectOption('yes');
    await page.getByTestId('assess-helpRefused').selectOption('no');
    await page.getByTestId('assess-helpStagnating').selectOption('yes');
    await page.locator('#assess-problemAreas-ALCOHOL_USE').check();
    await page.locator('#assess-problemAreas-DEBTS').check();
    await page.getByTestId('assess-intimateTerrorConclusion').selectOption('PROBABLY');
    await page.locator('#assess-redFlags-STRANGULATION').check();
    await page.getByTestId('assess-complete').click();
    await page.getByTestId('intake-decision-form').waitFor();
    await page.getByTestId('assess-meets').waitFor();

    // The decision: start an MDA++ case.
    await page.getByTestId('decide-decision').selectOption('START_MDA_CASE');
    await page.getByTestId('decide-reason').fill('Structureel onveilig, meervoudige problematiek, hulp stagneert.');
    await page.getByTestId('decide-profile').selectOption('INTIMATE_TERROR');
    await page.getByTestId('decide-purpose').fill('Gezamenlijk plan van aanpak MDA++');
    await page.getByTestId('decide-submit').click();
    await page.getByTestId('intake-open-case').waitFor();
    const [row] = await env.sql<{ case_id: string; status: string }>(
      'select case_id, status from intake_report where id = ?',
      [reportId],
    );
    expect(row!.status).toBe('DECIDED');
    const members = await env.sql<{ person_id: string }>(
      'select hm.person_id from household_member hm join case_file c on c.household_id = hm.household_id where c.id = ?',
      [row!.case_id],
    );
    expect(members.map((m) => m.person_id)).toContain(knownId);
    expect(await env.sql('select status from plan where case_id = ?', [row!.case_id])).toEqual([{ status: 'DRAFT' }]);
    await page.getByTestId('intake-open-case').click();
    await page.waitForURL(`${env.platform.baseUrl}/cases/${row!.case_id}`);
    // The case page shows the household's report history.
    await page.getByTestId('case-report-row').first().waitFor();
    expect(await page.getByTestId('case-report-count').textContent()).toContain('meldingen');

    // A local team that joins the case sees the report history, never who reported or what they said.
    await env.sql(
      `insert into case_team_membership (id, case_id, organisation_id, legal_basis_kind, legal_basis_article, purpose, valid_from)
       select ?, ?, u.organisation_id, 'COVENANT', 'art. 5', 'Hulp in het gezin', ${NL_TODAY_SQL} from app_user u where u.email = ?`,
      [randomUUID(), row!.case_id, LOCAL],
    );
    const localOnCase = await env.pageOf(LOCAL);
    await localOnCase.goto(`${env.platform.baseUrl}/cases/${row!.case_id}`);
    await localOnCase.getByTestId('case-report-row').first().waitFor();
    const history = (await localOnCase.getByTestId('case-reports').textContent()) ?? '';
    expect(history).toContain('Politie');
    expect(history).not.toContain('Wijkmans');
    expect(await localOnCase.locator('body').textContent()).not.toContain('striemen');
    // Nor through the report itself: it answers like a missing one.
    await localOnCase.goto(`${env.platform.baseUrl}/intake/${reportId}`);
    await localOnCase.getByTestId('no-access').waitFor();
    expect(await localOnCase.getByTestId('intake-reporter').count()).toBe(0);
    await localOnCase.context().close();

    // The desk: today's report is listed, decided, below anything still open.
    await page.getByTestId('nav-intake').click();
    const deskRow = page.locator(`[data-testid="intake-row"][data-report-id="${reportId}"]`);
    await deskRow.waitFor();
    expect(await deskRow.textContent()).toContain('Besloten');
  }, 150_000);
});
