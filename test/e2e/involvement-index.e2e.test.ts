import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { useBrowserPlatform } from '../support/browser.js';

/*
 * The involvement index (verwijsindex, docs/intake.md) in the browser: the local team registers
 * THAT it is involved with a person, sees its registration listed, and ends it early after a
 * confirmation; the period then ends today, audited (that it matches nobody from tomorrow on is
 * api/test/involvement-index.int.test.ts). axe-core finds no serious or critical violation.
 */
const ctx = useBrowserPlatform();
const LOCAL = 'wijkteam.zuid@demo.mda.test';
const BSN = '111222345';
const WAIT = { timeout: 60_000 };

describe('the involvement index in the browser', () => {
  it('the local team registers an involvement and ends it early, after a confirmation', async () => {
    const page = await ctx.pageOf(LOCAL);
    await page.goto(`${ctx.platform.baseUrl}/verwijsindex`);
    await page.getByTestId('involvement-form').waitFor(WAIT);
    await page.getByTestId('involvement-bsn').fill(BSN);
    await page.getByTestId('involvement-basisDetail').fill('Convenant MDA++ Rotterdam-Rijnmond art. 5');
    await page.getByTestId('involvement-contactPoint').fill('Wijkteam Zuid, loket 010-2345678');
    await page.getByTestId('involvement-ownReference').fill('WZ-E2E-1');
    await page.getByTestId('involvement-submit').click();
    await page.getByTestId('involvement-done').waitFor(WAIT);
    const [stored] = await ctx.sql<{ id: string; valid_until: string | null; today: string }>(
      `select i.id, i.valid_until::text as valid_until, (now() at time zone 'Europe/Amsterdam')::date::text as today
         from involvement i where i.own_reference = 'WZ-E2E-1'`,
    );
    expect(stored?.valid_until).toBeNull();

    const row = page.locator(`[data-testid="involvement-row"][data-involvement-id="${stored!.id}"]`);
    await row.getByTestId('involvement-end').click();
    // Nothing changes before the confirmation.
    await row.getByTestId('involvement-end-confirm').waitFor(WAIT);
    expect(await seriousViolations(page)).toEqual([]);
    const before = await ctx.sql<{ valid_until: string | null }>('select valid_until from involvement where id = ?', [
      stored!.id,
    ]);
    expect(before[0]?.valid_until).toBeNull();
    await row.getByTestId('involvement-end-confirm-submit').click();
    await expect.poll(() => row.textContent(), WAIT).toContain('Eindigt vandaag');
    const [after] = await ctx.sql<{ valid_until: string }>(
      'select valid_until::text as valid_until from involvement where id = ?',
      [stored!.id],
    );
    expect(after?.valid_until).toBe(stored!.today);
    const [audited] = await ctx.sql<{ n: number }>(
      "select count(*)::int as n from audit.event where action = 'UPDATE' and subject_type = 'Involvement' and subject_id = ? and reason = 'INDEX_ENDED'",
      [stored!.id],
    );
    expect(audited?.n).toBe(1);
    await page.context().close();
  }, 240_000);
});
