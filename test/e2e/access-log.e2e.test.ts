import { describe, expect, it } from 'vitest';
import { logIn, useBrowserPlatform } from '../support/browser.js';

// The access log (toegangslogboek) as the privacy officer meets it in the browser: Veilig
// Thuis opens a case; the privacy officer (FG) filters the log on that case reference and
// finds the access, by whom and for which organisation; the reader's name filters the log on them.

const SAFE_HOME = 'veiligthuis@demo.mda.test';
const PRIVACY_OFFICER = 'fg.veiligthuis@demo.mda.test';
const SAFE_HOME_NAME = 'Veilig Thuis Rotterdam Rijnmond';

describe('access log', () => {
  const journey = useBrowserPlatform();
  const sql = journey.sql;

  it('shows the privacy officer that Veilig Thuis opened a case, filtered on its reference', async () => {
    // A case with Veilig Thuis active on its team.
    const [target] = await sql<{ id: string; reference: string }>(
      `select c.id, c.reference from case_file c
        where exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id
                       where m.case_id = c.id and m.valid_until is null and m.ended_at is null and o.type = 'SAFE_HOME')
        order by c.reference limit 1`,
    );
    expect(target).toBeDefined();
    const { id: caseId, reference } = target!;

    const safeHomeContext = await journey.browser.newContext();
    const safeHome = await safeHomeContext.newPage();
    await logIn(safeHome, journey.platform.baseUrl, SAFE_HOME);
    await safeHome.goto(`${journey.platform.baseUrl}/cases/${caseId}`);
    await expect.poll(() => safeHome.getByTestId('case-reference').textContent()).toBe(reference);
    await safeHomeContext.close();

    const context = await journey.browser.newContext();
    const page = await context.newPage();
    await logIn(page, journey.platform.baseUrl, PRIVACY_OFFICER);
    await page.getByTestId('nav-privacy-console').click();
    await page.waitForURL(`${journey.platform.baseUrl}/fg`);
    await expect.poll(() => page.getByTestId('fg-tab-reviews').getAttribute('aria-current')).toBe('page');

    await page.getByTestId('fg-tab-access-log').click();
    await page.waitForURL(`${journey.platform.baseUrl}/fg/logboek`);
    await expect.poll(() => page.getByTestId('fg-tab-access-log').getAttribute('aria-current')).toBe('page');
    expect(await page.getByTestId('fg-tab-reviews').getAttribute('aria-current')).toBeNull();
    expect(await page.getByTestId('access-log-logged-notice').textContent()).toContain('zelf ook vastgelegd');

    // A malformed case reference: the API refuses it and the page says why.
    await page.getByTestId('access-log-filter-case').fill('MDA-12');
    await page.getByTestId('access-log-filter-apply').click();
    const refused = page.getByTestId('access-log-error');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('MDA-2026-000123');

    // Typed in lower case as professionals do; the filter sends it upper case.
    await page.getByTestId('access-log-filter-case').fill(reference.toLowerCase());
    await page.getByLabel('Inzage', { exact: true }).check();
    await page.getByTestId('access-log-filter-apply').click();
    await page.waitForURL(`${journey.platform.baseUrl}/fg/logboek?case=${reference}&action=READ`);
    await page.getByTestId('access-log').waitFor();
    expect(await page.getByTestId('access-log-error').count()).toBe(0);

    const rows = page.getByTestId('access-log-row');
    // Only reads within this case are listed.
    await expect
      .poll(
        async () => new Set(await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-case-reference')))),
      )
      .toEqual(new Set([reference]));
    expect(new Set(await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-action'))))).toEqual(
      new Set(['READ']),
    );

    const bySafeHome = page
      .locator('[data-testid="access-log-row"][data-action="READ"]')
      .filter({ hasText: SAFE_HOME_NAME });
    expect(await bySafeHome.count()).toBeGreaterThan(0);
    expect(await bySafeHome.first().getByTestId('access-log-action').textContent()).toBe('Inzage');
    expect(await bySafeHome.first().getByTestId('access-log-case').textContent()).toBe(reference);

    // The name of who read it leads to all that user's accesses (the log filtered on the user).
    const [safeHomeUser] = await sql<{ id: string }>('select id from app_user where email = ?', [SAFE_HOME]);
    const actor = bySafeHome.first().getByTestId('access-log-actor-filter');
    expect(await actor.getAttribute('data-user-id')).toBe(safeHomeUser!.id);
    await actor.click();
    await page.waitForURL(`${journey.platform.baseUrl}/fg/logboek?user=${safeHomeUser!.id}`);
    await expect
      .poll(
        async () =>
          new Set(
            await page
              .getByTestId('access-log-actor-filter')
              .evaluateAll((els) => els.map((el) => el.getAttribute('data-user-id'))),
          ),
      )
      .toEqual(new Set([safeHomeUser!.id]));
    // The filter form holds that user as chosen, without a name it was never told.
    expect(await page.getByTestId('access-log-filter-user').inputValue()).toBe(safeHomeUser!.id);

    // The same user found by part of the name instead: one letter is refused, part of the last name finds them.
    await page.getByTestId('access-log-filter-clear').click();
    await page.waitForURL(`${journey.platform.baseUrl}/fg/logboek`);
    const [named] = await sql<{ display_name: string }>('select display_name from app_user where id = ?', [
      safeHomeUser!.id,
    ]);
    const fullName = named!.display_name;
    await page.getByTestId('access-log-filter-user-name').fill('a');
    await page.getByTestId('access-log-filter-user-search').click();
    await expect.poll(() => page.getByTestId('access-log-filter-user-error').textContent()).toContain('te kort');
    const part = fullName.split(' ').at(-1)!.slice(0, 4).toLowerCase();
    await page.getByTestId('access-log-filter-user-name').fill(part);
    await page.getByTestId('access-log-filter-user-name').press('Enter');
    await page.locator(`[data-testid="access-log-filter-user"] option[value="${safeHomeUser!.id}"]`).waitFor({
      state: 'attached',
    });
    expect(page.url()).toBe(`${journey.platform.baseUrl}/fg/logboek`);
    expect(await page.getByTestId('access-log-filter-user-error').count()).toBe(0);
    await page.getByTestId('access-log-filter-user').selectOption(safeHomeUser!.id);
    expect(await page.getByTestId('access-log-filter-user').locator('option:checked').textContent()).toBe(
      `${fullName} (${SAFE_HOME_NAME})`,
    );
    await page.getByTestId('access-log-filter-apply').click();
    await page.waitForURL(`${journey.platform.baseUrl}/fg/logboek?user=${safeHomeUser!.id}`);
    await page.getByTestId('access-log-row').first().waitFor();
    expect(
      new Set(
        await page
          .getByTestId('access-log-actor-filter')
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-user-id'))),
      ),
    ).toEqual(new Set([safeHomeUser!.id]));
    await context.close();
  });
});
