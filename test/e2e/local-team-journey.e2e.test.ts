import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { logIn, useBrowserPlatform } from '../support/browser.js';

// A local-team professional's day: log in, see the own caseload, open a case and see
// who is on its team - and find that a case of another local team does not exist for them.

const ZUID = 'wijkteam.zuid@demo.mda.test';
const SCHIEDAM = 'wijkteam.schiedam@demo.mda.test';

/** Case ids a persona can see, as the web gets them: from the cases table. */
async function visibleCaseIds(page: Page): Promise<string[]> {
  // Casework lands on "Vandaag"; "Mijn casussen" is one click in the header.
  if (new URL(page.url()).pathname !== '/cases') await page.getByTestId('nav-cases').click();
  await page.getByTestId('case-row').first().waitFor();
  return page.getByTestId('case-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-case-id') ?? ''));
}

describe('local team journey', () => {
  const journey = useBrowserPlatform();

  it('sees its own cases and their team, and nothing of another local team', async () => {
    // Another local team's case, as that team sees it in its own browser session.
    const schiedamPage = await journey.pageOf(SCHIEDAM);
    const schiedamCaseIds = await visibleCaseIds(schiedamPage);
    await schiedamPage.context().close();
    expect(schiedamCaseIds.length).toBeGreaterThan(0);

    const context = await journey.browser.newContext();
    const page = await context.newPage();

    // Unauthenticated: the app sends the user to the login page.
    await page.goto(`${journey.platform.baseUrl}/cases`);
    await page.waitForURL(`${journey.platform.baseUrl}/login`);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');

    // Logged in, the case list opens by its address (the Vandaag landing has its own journey).
    await logIn(page, journey.platform.baseUrl, ZUID);
    await page.goto(`${journey.platform.baseUrl}/cases`);
    await expect.poll(() => page.getByTestId('cases-table').isVisible(), { timeout: 60_000 }).toBe(true);
    const zuidCaseIds = await visibleCaseIds(page);
    expect(zuidCaseIds.length).toBeGreaterThan(0);
    // The two local teams have disjoint caseloads.
    expect(zuidCaseIds.filter((id) => schiedamCaseIds.includes(id))).toEqual([]);

    // Open the first case: its team includes this local team, as an active member.
    const firstRow = page.getByTestId('case-row').first();
    const reference = (await firstRow.getByTestId('case-link').textContent())?.trim();
    expect(reference).toMatch(/^MDA-\d{4}-\d{6}$/);
    await firstRow.getByTestId('case-link').click();
    await page.waitForURL(`${journey.platform.baseUrl}/cases/${zuidCaseIds[0]}`);
    await expect.poll(() => page.getByTestId('case-reference').textContent()).toBe(reference);

    const team = page.getByTestId('case-team');
    await team.waitFor();
    const localTeamRows = team.locator(
      '[data-testid="team-row"][data-organisation-type="LOCAL_TEAM"][data-active="true"]',
    );
    expect(await localTeamRows.count()).toBeGreaterThan(0);
    expect(await localTeamRows.first().textContent()).toContain('Wijkteam / lokaal team');
    await expect.poll(() => page.getByTestId('household-members').isVisible()).toBe(true);

    // A case of the other local team: the app shows "not found", as for a missing case.
    await page.goto(`${journey.platform.baseUrl}/cases/${schiedamCaseIds[0]}`);
    await page.getByTestId('not-found').waitFor();
    expect(await page.getByTestId('not-found').textContent()).toContain('Casus niet gevonden');
    expect(await page.getByTestId('case-team').count()).toBe(0);
    expect(await page.getByTestId('household-members').count()).toBe(0);

    // Logging out ends the session: the case list is out of reach again.
    await page.getByTestId('logout').click();
    await page.waitForURL(`${journey.platform.baseUrl}/login`);
    await page.goto(`${journey.platform.baseUrl}/cases`);
    await page.waitForURL(`${journey.platform.baseUrl}/login`);

    await context.close();
  }, 180_000);
});
