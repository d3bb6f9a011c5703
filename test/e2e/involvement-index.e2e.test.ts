import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { useBrowserPlatform } from '../support/browser.js';

/*
 * The involvement index (verwijsindex, docs/intake.md) in the browser: the local team registers
 * THAT it is involved with a person, sees its registration listed, and ends it early after a
 * confirmation; the period then ends today, audited (that it matches nobody from tomorrow on is
 * api/test/involvement-index.int.test.ts). From the case page a household member is chosen by
 * name; one without a BSN on record cannot be chosen, and registering updates only the index list
 * (no second CaseOverview, no second READ of the case on record). axe-core finds no serious or
 * critical violation.
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

  it('from the case page the local team registers a household member without typing a BSN, and learns the police are involved too', async () => {
    const [target] = await ctx.sql<{ case_id: string; person_id: string; other_id: string }>(
      `select c.id as case_id, p.id as person_id, o.id as other_id
         from case_file c join household_member hm on hm.household_id = c.household_id join person p on p.id = hm.person_id
         join household_member ohm on ohm.household_id = c.household_id and ohm.person_id <> p.id
         join person o on o.id = ohm.person_id and o.pseudonymised_at is null
        where p.pseudonymised_at is null and p.restricted_at is null and exists (
          select 1 from case_team_membership m join app_user u on u.organisation_id = m.organisation_id
           where m.case_id = c.id and u.email = ? and m.ended_at is null and m.valid_until is null)
        order by c.reference, p.id, o.id limit 1`,
      [LOCAL],
    );
    expect(target, 'a case of the local team with two household members').toBeDefined();
    // A household member without a BSN on record: listed, but it cannot be chosen.
    await ctx.sql('update person set bsn_hash = null where id = ?', [target!.other_id]);
    // The person's stored BSN (as its keyed hash; the value is opaque here) and the police's registration of it.
    const hash = 'e2e-case-register-0001';
    await ctx.sql('update person set bsn_hash = ? where id = ?', [hash, target!.person_id]);
    await ctx.sql(
      `insert into involvement (id, bsn_hash, organisation_id, basis_kind, basis_detail, contact_point, valid_from, registered_by_id)
       select gen_random_uuid(), ?, u.organisation_id, 'LEGAL_DUTY', 'Politiewet 2012 art. 3', 'Basisteam Zuid, 0900-8844',
              (now() at time zone 'Europe/Amsterdam')::date, u.id from app_user u where u.email = 'politie@demo.mda.test'`,
      [hash],
    );

    const page = await ctx.pageOf(LOCAL);
    // Which GraphQL operations the page sends from here on.
    const operations: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && r.method() === 'POST')
        operations.push(String((r.postDataJSON() as { operationName?: string } | null)?.operationName));
    });
    await page.goto(`${ctx.platform.baseUrl}/cases/${target!.case_id}`);
    await page.getByTestId('case-involvement-register').click();
    await page.getByTestId('case-involvement-form').waitFor(WAIT);
    // No BSN field: the person is chosen by name.
    expect(await page.getByTestId('case-involvement-bsn').count()).toBe(0);
    const without = page.locator(`[data-testid="case-involvement-personId"] option[value="${target!.other_id}"]`);
    expect(await without.isDisabled()).toBe(true);
    expect(await without.textContent()).toContain('(geen BSN vastgelegd)');
    expect(await page.getByTestId('case-involvement-personId-hint').textContent()).toContain('vastgelegd BSN');
    // What opening the case wrote: its read records are not written again by registering.
    const caseReads = async () =>
      (
        await ctx.sql<{ n: number }>(
          "select count(*)::int as n from audit.event where action = 'READ' and subject_type = 'Case' and case_id = ?",
          [target!.case_id],
        )
      )[0]!.n;
    await expect.poll(() => operations.filter((o) => o === 'CaseOverview').length, WAIT).toBe(1);
    const readsBefore = await caseReads();
    await page.getByTestId('case-involvement-personId').selectOption(target!.person_id);
    await page.getByTestId('case-involvement-basisDetail').fill('Convenant MDA++ Rotterdam-Rijnmond art. 5');
    await page.getByTestId('case-involvement-contactPoint').fill('Wijkteam Zuid, loket 010-2345678');
    await page.getByTestId('case-involvement-ownReference').fill('WZ-E2E-CASE');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('case-involvement-submit').click();
    await expect.poll(() => page.getByTestId('case-involvement-done').textContent(), WAIT).toContain('Ook 1');
    const stored = await ctx.sql<{ bsn_hash: string }>(
      "select bsn_hash from involvement where own_reference = 'WZ-E2E-CASE'",
    );
    expect(stored).toEqual([{ bsn_hash: hash }]);
    // The case's index section now lists the new registration next to the police's.
    await expect
      .poll(() => page.getByTestId('case-involvement-row').allTextContents(), WAIT)
      .toEqual(
        expect.arrayContaining([
          expect.stringContaining('Wijkteam Zuid, loket 010-2345678'),
          expect.stringContaining('Basisteam Zuid, 0900-8844'),
        ]),
      );
    // Only the index list changed: the overview was not fetched again, so its reads are not on record twice.
    expect(operations.filter((o) => o === 'CaseOverview')).toHaveLength(1);
    expect(operations.filter((o) => o === 'RegisterInvolvement')).toHaveLength(1);
    expect(await caseReads()).toBe(readsBefore);
    await page.context().close();
  }, 180_000);
});
