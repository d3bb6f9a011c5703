import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { logIn, useBrowserPlatform } from '../support/browser.js';
import { seriousViolations } from '../support/axe.js';

// The municipal policy officer (beleidsmedewerker) lands on "Cijfers" and sees the MDA++ cases
// of its own municipality only, as counts, with a sentence that says the same as the table.

const POLICY_OFFICER = 'beleid.gemeente@demo.mda.test';

describe('figures page', () => {
  const journey = useBrowserPlatform();

  it('shows a policy officer the MDA++ cases of Rotterdam, and no other municipality', async () => {
    const [row] = await journey.sql<{ n: number }>(
      `select count(*)::int as n from case_file where municipality = 'ROTTERDAM' and opened_at >= '2026-01-01T00:00:00+01' and opened_at < '2027-01-01T00:00:00+01'`,
    );
    const opened = row!.n;
    const context = await journey.browser.newContext();
    const page = await context.newPage();
    // Browser waits as in the other journeys: 60 s on a loaded 2-core CI machine (a rehearsal ran out of the default 30 s).
    page.setDefaultTimeout(60_000);
    await logIn(page, journey.platform.baseUrl, POLICY_OFFICER);
    await page.waitForURL(`${journey.platform.baseUrl}/cijfers`);
    expect(await page.getByTestId('nav-cases').count()).toBe(0);

    await page.getByTestId('figures-indicator').selectOption('MDA_CASES');
    await page.getByTestId('figures-granularity').selectOption('YEAR');
    await page.getByTestId('figures-from').fill('2026');
    await page.getByTestId('figures-to').fill('2026');
    await page.getByTestId('figures-show').click();
    const table = page.locator('[data-testid="figures-period"][data-period="2026"] [data-testid="figures-table"]');
    await table.waitFor();
    const municipalities = await table
      .getByTestId('figures-row')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-municipality')));
    expect(municipalities).toEqual(['ROTTERDAM', 'TOTAL']);
    const newCell = table.locator('[data-municipality="ROTTERDAM"] [data-testid="figures-cell"][data-key="NEW"]');
    expect(await newCell.textContent()).toBe(opened >= 5 ? String(opened) : '< 5');
    expect(await page.getByTestId('figures-summary').first().textContent()).toContain('2026');
    // The chart (Apache ECharts, SVG) is drawn, with its text alternative.
    await page.locator('[data-testid="figures-chart"] svg').first().waitFor();
    expect(await page.getByTestId('figures-chart-description').textContent()).toContain(
      `2026: ${opened >= 5 ? opened : '< 5'}`,
    );
    await context.close();
  });

  it('shows the safety scores after 3 and 12 months with the share of 6 or higher as the table allows', async () => {
    const context = await journey.browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await logIn(page, journey.platform.baseUrl, POLICY_OFFICER);
    await page.waitForURL(`${journey.platform.baseUrl}/cijfers`);
    await page.getByTestId('figures-indicator').selectOption('SAFETY_SCORES');
    await page.getByTestId('figures-granularity').selectOption('YEAR');
    await page.getByTestId('figures-from').fill('2026');
    await page.getByTestId('figures-to').fill('2026');
    await page.getByTestId('figures-show').click();
    const period = page.locator('[data-testid="figures-period"][data-period="2026"]');
    await period.getByTestId('figures-table').waitFor();
    const cell = async (key: string) =>
      (await period
        .locator(`[data-municipality="TOTAL"] [data-testid="figures-cell"][data-key="${key}"]`)
        .textContent()) ?? '';
    const shares = (await period.getByTestId('figures-shares').textContent()) ?? '';
    // Each share is a percentage exactly when both of its cells are shown, else it says so.
    for (const [scorer, name] of [
      ['PROFESSIONAL', 'Medewerkers'],
      ['FAMILY', 'Betrokkenen zelf'],
    ] as const) {
      const pass = await cell(`${scorer}_3M_6_PLUS`);
      const below = await cell(`${scorer}_3M_BELOW_6`);
      const shown = pass !== '< 5' && below !== '< 5';
      const expected = shown ? '\\d+(,\\d)?\\s?%' : 'niet te tonen \\(kleine aantallen\\)';
      expect(shares).toMatch(new RegExp(`${name} na 3 maanden: aandeel 6 of hoger: ${expected}`));
    }
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('gives a policy officer the quarterly report of Rotterdam as a PDF download from Cijfers', async () => {
    const context = await journey.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    // Browser waits as in the other journeys: 60 s on a loaded 2-core CI machine (a rehearsal ran out of the default 30 s).
    page.setDefaultTimeout(60_000);
    await logIn(page, journey.platform.baseUrl, POLICY_OFFICER);
    await page.waitForURL(`${journey.platform.baseUrl}/cijfers`);
    await page.getByTestId('quarterly-report-quarter').selectOption('2026-Q4');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('quarterly-report-pdf').click(),
    ]);
    expect(download.suggestedFilename()).toBe('kwartaalrapportage-2026-Q4.pdf');
    const path = await download.path();
    const pdf = readFileSync(path).toString('latin1');
    expect(pdf.startsWith('%PDF')).toBe(true);
    expect(pdf).toContain('Kwartaalrapportage');
    expect(await page.getByTestId('quarterly-report-done').textContent()).toContain('kwartaalrapportage-2026-Q4.pdf');
    await context.close();
  });

  it('while the report is compiled the page says what is happening; a failure says so in Dutch and a retry gets the file', async () => {
    const context = await journey.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await logIn(page, journey.platform.baseUrl, POLICY_OFFICER);
    await page.waitForURL(`${journey.platform.baseUrl}/cijfers`);
    // The server is slow the first time and then fails (as a timed-out proxy would); the second time it works.
    let calls = 0;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/figures/quarterly-report/**', async (route) => {
      calls += 1;
      if (calls === 1) {
        await held;
        return route.fulfill({ status: 504, body: 'Gateway Timeout' });
      }
      return route.continue();
    });
    await page.getByTestId('quarterly-report-quarter').selectOption('2026-Q4');
    await page.getByTestId('quarterly-report-pdf').click();
    const busy = page.getByTestId('quarterly-report-busy');
    await busy.waitFor();
    expect(await busy.textContent()).toContain('De kwartaalrapportage wordt opgesteld');
    // The page frame stays: header and navigation are there while the work runs, the buttons wait.
    expect(await page.getByTestId('main-navigation').isVisible()).toBe(true);
    expect(await page.getByTestId('quarterly-report-pdf').isDisabled()).toBe(true);
    await page.waitForFunction(() => /bezig sinds \d+ second/.test(document.body.textContent ?? ''));
    release();

    const failed = page.getByTestId('quarterly-report-failed');
    await failed.waitFor();
    expect(await failed.textContent()).toContain(
      'De kwartaalrapportage kon niet worden opgesteld. Er is niets gedownload.',
    );
    expect(await failed.textContent()).not.toContain('504');
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('quarterly-report-retry').click(),
    ]);
    expect(download.suggestedFilename()).toBe('kwartaalrapportage-2026-Q4.pdf');
    expect(calls).toBe(2);
    expect(await page.getByTestId('quarterly-report-failed').count()).toBe(0);
    await context.close();
  });
});
