import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../support/platform.js';
import { useBrowserPlatform } from '../support/browser.js';
import { seriousViolations } from '../support/axe.js';
import { flatText } from '../../api/test/support/pdf-text.js';
import { nlDaysFromToday } from '../../api/test/support/nl-today.js';

// The privacy officer's console (FG) in the browser: signals lead into the access log, an
// AVG art. 15 export is checked and downloaded, an art. 17 request becomes a restriction
// while the case runs. Professionals do not get the console, and only who may move a
// case's status sees the buttons for it: the web decides with the API's own rules.

const PRIVACY_OFFICER = 'fg.veiligthuis@demo.mda.test';
/** The covenant's coordinating privacy officer: the region's access log, art. 15 over the joint record, art. 17. */
const COORDINATING = 'fg.zvh@demo.mda.test';
const PROBING = 'wijkteam.zuid@demo.mda.test';
const SAFE_HOME = 'veiligthuis@demo.mda.test';
const POLICE = 'politie@demo.mda.test';
const SAFE_HOME_DIRECTOR = 'casusregisseur.veiligthuis@demo.mda.test';
const SAFE_HOME_NAME = 'Veilig Thuis Rotterdam Rijnmond';

describe('the privacy officer console', () => {
  const journey = useBrowserPlatform();
  const sql = journey.sql;
  const pageOf = (email: string) => journey.pageOf(email);
  const baseUrl = () => journey.platform.baseUrl;

  it('follows a signal of refusals in bulk into the access log for that user and period', async () => {
    // A local-team professional tries a dozen cases of another team: each refused, each on record.
    const probing = await new ApiClient(baseUrl()).loginAs(PROBING);
    const foreign = await sql<{ case_id: string }>(
      "select distinct m.case_id from case_team_membership m join organisation o on o.id = m.organisation_id where o.name = 'Wijkteam Schiedam' order by m.case_id limit 12",
    );
    expect(foreign.length).toBeGreaterThanOrEqual(10);
    for (const f of foreign) {
      const refused = await probing.request('query ($id: ID!) { case(id: $id) { id } }', { id: f.case_id });
      expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const [user] = await sql<{ id: string; display_name: string }>(
      'select id, display_name from app_user where email = ?',
      [PROBING],
    );

    // The local team's refusals are not Veilig Thuis's processing: the coordinating FG oversees the region.
    const page = await pageOf(COORDINATING);
    await page.getByTestId('nav-privacy-console').click();
    await page.getByTestId('fg-tab-signals').click();
    await page.waitForURL(`${baseUrl()}/fg/signalen`);
    expect(await page.getByTestId('fg-tab-signals').getAttribute('aria-current')).toBe('page');

    const refusals = page.locator('[data-testid="signal-section"][data-kind="REFUSALS_IN_BULK"]');
    const row = refusals.locator(`[data-testid="signal-row"][data-user-id="${user!.id}"]`);
    await row.waitFor();
    expect(await row.getByTestId('signal-count').textContent()).toBe(String(foreign.length));
    expect(await row.textContent()).toContain(user!.display_name);
    expect(await row.textContent()).toContain('Wijkteam Rotterdam-Zuid');
    // Nobody read a case under emergency access here: that table says so.
    expect(
      await page
        .locator('[data-testid="signal-section"][data-kind="MANY_CASES_OUTSIDE_TEAM"] [data-testid="signals-none"]')
        .count(),
    ).toBe(1);

    await row.getByTestId('signal-access-log-link').click();
    await page.waitForURL((url) => url.pathname === '/fg/logboek');
    const params = new URL(page.url()).searchParams;
    expect(params.get('user')).toBe(user!.id);
    expect(params.getAll('action')).toEqual(['DENIED']);
    expect(params.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const rows = page.getByTestId('access-log-row');
    await expect.poll(() => rows.count()).toBe(foreign.length);
    expect(new Set(await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-action'))))).toEqual(
      new Set(['DENIED']),
    );
    await page.context().close();
  });

  it('runs an art. 15 export for one household member: real figures, a download without the others', async () => {
    const [c] = await sql<{ id: string; reference: string; household_id: string }>(
      `select c.id, c.reference, c.household_id from case_file c
        where c.status <> 'CLOSED'
          and exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id
                       where m.case_id = c.id and o.type = 'SAFE_HOME' and m.valid_until is null and m.ended_at is null)
          and (select count(*) from household_member hm where hm.household_id = c.household_id) >= 3
        order by c.reference limit 1`,
    );
    expect(c).toBeDefined();
    const members = await sql<{ id: string; first_name: string }>(
      'select p.id, p.first_name from household_member hm join person p on p.id = hm.person_id where hm.household_id = ? order by p.id',
      [c!.household_id],
    );
    const [subject, ...others] = members;
    const [{ n: disclosures } = { n: -1 }] = await sql<{ n: number }>(
      `select count(*)::int as n from case_team_membership m join case_file c on c.id = m.case_id
         join household_member hm on hm.household_id = c.household_id where hm.person_id = ?`,
      [subject!.id],
    );
    // Veilig Thuis reads the case: a consultation the data subject is entitled to know about.
    await (
      await new ApiClient(baseUrl()).loginAs(SAFE_HOME)
    ).ok('query ($id: ID!) { case(id: $id) { household { members { person { firstName } } } } }', { id: c!.id });

    const page = await pageOf(PRIVACY_OFFICER);
    await page.goto(`${baseUrl()}/fg/inzage`);
    expect(await page.getByTestId('fg-tab-export').getAttribute('aria-current')).toBe('page');

    // Not a person the platform knows: the API's message, next to the field; nothing exported.
    await page.getByTestId('export-person-id').fill('geen-id');
    await page.getByTestId('export-submit').click();
    const fieldError = page.getByTestId('export-person-id-error');
    await fieldError.waitFor();
    expect(await fieldError.textContent()).toContain('niet gevonden');
    expect(await page.getByTestId('export-summary').count()).toBe(0);

    // The FG finds the person through the access log: each record names its data subjects,
    // each a link to this page with the id filled in.
    await page.goto(`${baseUrl()}/fg/logboek?person=${subject!.id}`);
    await page.locator(`[data-testid="access-log-data-subject"][title="${subject!.id}"]`).first().click();
    await page.waitForURL((url) => url.pathname === '/fg/inzage');
    expect(await page.getByTestId('export-person-id').inputValue()).toBe(subject!.id);
    expect(await page.getByTestId('export-summary').count()).toBe(0);
    await page.getByTestId('export-submit').click();
    const summary = page.getByTestId('export-summary');
    await summary.waitFor();
    expect(await summary.getAttribute('data-person-id')).toBe(subject!.id);
    expect(await summary.locator('h3').first().textContent()).toContain(subject!.first_name);
    expect(await page.getByTestId('export-cases').textContent()).toContain(c!.reference);
    expect(await page.getByTestId('export-categories').textContent()).toContain('Identiteit');
    expect(await page.getByTestId('export-disclosure-row').count()).toBe(disclosures);
    expect(disclosures).toBeGreaterThan(0);
    expect(Number(await page.getByTestId('export-consultation-count').textContent())).toBeGreaterThan(0);
    expect(
      await page.getByTestId('export-consultation-row').filter({ hasText: SAFE_HOME_NAME }).count(),
    ).toBeGreaterThan(0);
    expect(await page.getByTestId('export-left-out').textContent()).toContain('andere gezinsleden');
    expect(new URL(page.url()).searchParams.get('persoon')).toBe(subject!.id);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-download').click()]);
    expect(download.suggestedFilename()).toBe(`inzageverzoek-${subject!.id}-${nlDaysFromToday(0)}.json`);
    const text = readFileSync((await download.path())!, 'utf8');
    const doc = JSON.parse(text) as { person: { id: string; first_name: string } };
    expect(doc.person).toMatchObject({ id: subject!.id, first_name: subject!.first_name });
    for (const other of others) expect(text).not.toContain(other.id);

    const exports = await sql<{ n: number }>(
      "select count(*)::int as n from audit.event where action = 'EXPORT' and data_subject_ids @> array[?]::uuid[]",
      [subject!.id],
    );
    expect(exports[0]!.n).toBe(1);
    await page.context().close();
  });

  it('the access log speaks Dutch and names the person; an art. 15 request starts from a name search', async () => {
    const [subject] = await sql<{ id: string; first_name: string; last_name: string; dob: string; case_id: string }>(
      `select p.id, p.first_name, p.last_name, p.date_of_birth::text as dob, c.id as case_id
         from person p join household_member hm on hm.person_id = p.id join case_file c on c.household_id = hm.household_id
        where p.date_of_birth is not null and p.pseudonymised_at is null and c.status <> 'CLOSED'
          and exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id
                       where m.case_id = c.id and o.type = 'SAFE_HOME' and m.valid_until is null and m.ended_at is null)
        order by p.id desc limit 1`,
    );
    expect(subject).toBeDefined();
    await (
      await new ApiClient(baseUrl()).loginAs(SAFE_HOME)
    ).ok('query ($id: ID!) { case(id: $id) { household { members { person { firstName } } } } }', {
      id: subject!.case_id,
    });

    const page = await pageOf(PRIVACY_OFFICER);
    await page.goto(`${baseUrl()}/fg/logboek?person=${subject!.id}`);
    const rows = page.getByTestId('access-log-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const log = (await page.getByTestId('access-log').textContent()) ?? '';
    // Dutch words, never the trail's class and field names or its key=value details.
    expect(log).toContain('Inzage');
    expect(log).toMatch(/Casus|Persoon|Gezinslid/);
    expect(log).toContain('voornaam');
    for (const internal of [
      'HouseholdMember',
      'CaseFile',
      'firstName',
      'lastName',
      'dateOfBirth',
      'results=',
      'filter=',
    ])
      expect(log).not.toContain(internal);
    // The data subject by name (inside this FG's mandate: Veilig Thuis sits on the case).
    const named = page.locator(`[data-testid="access-log-data-subject"][data-person-id="${subject!.id}"]`).first();
    expect(await named.textContent()).toBe(`${subject!.first_name} ${subject!.last_name}`);
    expect(await seriousViolations(page)).toEqual([]);

    const searches = async () =>
      (
        await sql<{ n: number }>(
          "select count(*)::int as n from audit.event where action = 'SEARCH' and reason like 'DATA_SUBJECT_SEARCH%'",
        )
      )[0]!.n;
    const searchesBefore = await searches();
    await page.goto(`${baseUrl()}/fg/inzage`);
    // A malformed BSN: the eleven-test, said plainly; nothing searched.
    await page.getByTestId('export-search-bsn').fill('123456789');
    await page.getByTestId('export-search-submit').click();
    await page.getByTestId('export-search-bsn-error').waitFor();
    expect(await page.getByTestId('export-search-bsn-error').textContent()).toContain('elfproef');
    await page.getByTestId('export-search-bsn').fill('');
    // A name without a date of birth: asked for.
    await page.getByTestId('export-search-name').fill(subject!.last_name);
    await page.getByTestId('export-search-submit').click();
    await page.getByTestId('export-search-dateOfBirth-error').waitFor();
    expect(await searches()).toBe(searchesBefore);

    await page.getByTestId('export-search-dateOfBirth').fill(subject!.dob);
    await page.getByTestId('export-search-submit').click();
    const match = page.locator(`[data-testid="export-search-result"][data-person-id="${subject!.id}"]`);
    await match.waitFor();
    expect(await match.textContent()).toContain(`${subject!.first_name} ${subject!.last_name}`);
    expect(await seriousViolations(page)).toEqual([]);
    await match.getByTestId('export-search-choose').click();
    expect(await page.getByTestId('export-person-id').inputValue()).toBe(subject!.id);
    const confirmation = page.getByTestId('export-person-name');
    await confirmation.waitFor();
    expect(await confirmation.textContent()).toContain(`${subject!.first_name} ${subject!.last_name}`);
    await page.getByTestId('export-submit').click();
    await page.getByTestId('export-summary').waitFor();
    expect(await page.getByTestId('export-summary').getAttribute('data-person-id')).toBe(subject!.id);
    // The same answer as a Dutch letter for the citizen, addressed by name.
    const [letter] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-letter').click()]);
    expect(letter.suggestedFilename()).toMatch(new RegExp(`^inzageverzoek-${subject!.id}-.*\\.pdf$`));
    expect(flatText(readFileSync((await letter.path())!))).toContain(
      `Geachte ${subject!.first_name} ${subject!.last_name},`,
    );
    // The search is on record, without the words.
    expect(await searches()).toBeGreaterThan(searchesBefore);
    const [record] = await sql<{ reason: string }>(
      "select reason from audit.event where action = 'SEARCH' and reason like 'DATA_SUBJECT_SEARCH%' order by seq desc limit 1",
    );
    expect(record!.reason).not.toContain(subject!.last_name);
    await page.context().close();
  });

  it('an art. 17 request touching other organisations waits for a second privacy officer, who approves it into a restriction', async () => {
    const [target] = await sql<{ person_id: string; reference: string }>(
      `select hm.person_id, c.reference from household_member hm join case_file c on c.household_id = hm.household_id
        where c.status = 'ACTIVE' and (select count(*) from case_file c2 where c2.household_id = hm.household_id) = 1
          and exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = c.id and o.type = 'SAFE_HOME')
        order by c.reference desc, hm.person_id limit 1`,
    );
    expect(target).toBeDefined();
    const requests = async () => (await sql<{ n: number }>('select count(*)::int as n from erasure_request'))[0]!.n;
    const restricted = async () =>
      (
        await sql<{ r: boolean }>('select restricted_at is not null as r from person where id = ?', [target!.person_id])
      )[0]!.r;
    const before = await requests();

    // A privacy officer who does not coordinate sees no request form, only the requests it may decide.
    const ownOnly = await pageOf(PRIVACY_OFFICER);
    await ownOnly.goto(`${baseUrl()}/fg/verwijderen`);
    await ownOnly.getByTestId('erasure-coordinator-only').waitFor();
    expect(await ownOnly.getByTestId('erasure-submit').count()).toBe(0);
    await ownOnly.context().close();

    const page = await pageOf(COORDINATING);
    await page.goto(`${baseUrl()}/fg`);
    await page.getByTestId('fg-tab-erasure').click();
    await page.waitForURL(`${baseUrl()}/fg/verwijderen`);

    // An id nobody has: the API says so next to the field, and nothing is recorded.
    await page.getByTestId('erasure-person-id').fill('00000000-0000-4000-8000-000000000000');
    await page.getByTestId('erasure-note').fill('Verzoek per brief van 3 maart');
    await page.getByTestId('erasure-submit').click();
    await page.getByTestId('erasure-confirm-yes').click();
    const idError = page.getByTestId('erasure-person-id-error');
    await idError.waitFor();
    expect(await idError.textContent()).toContain('niet gevonden');
    expect(await requests()).toBe(before);

    await page.getByTestId('erasure-person-id').fill(target!.person_id);
    await page.getByTestId('erasure-submit').click();
    // Nothing happens before the confirmation.
    await page.getByTestId('erasure-confirm').waitFor();
    expect(await requests()).toBe(before);
    await page.getByTestId('erasure-confirm-yes').click();

    const outcome = page.getByTestId('erasure-outcome');
    await outcome.waitFor();
    expect(await outcome.getAttribute('data-outcome')).toBe('PENDING_APPROVAL');
    expect(await requests()).toBe(before + 1);
    expect(await restricted()).toBe(false);
    // The requester may withdraw it, not approve it (four eyes).
    const mine = page.locator(`[data-testid="erasure-pending-row"][data-person-id="${target!.person_id}"]`);
    await mine.waitFor();
    expect(await mine.getByTestId('erasure-withdraw').count()).toBe(1);
    expect(await mine.getByTestId('erasure-approve').count()).toBe(0);
    await page.context().close();

    // Veilig Thuis is on the case: its privacy officer is the second pair of eyes.
    const second = await pageOf(PRIVACY_OFFICER);
    await second.goto(`${baseUrl()}/fg/verwijderen`);
    const row = second.locator(`[data-testid="erasure-pending-row"][data-person-id="${target!.person_id}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain(target!.reference);
    expect(await row.getByTestId('erasure-pending-affected').textContent()).toContain(SAFE_HOME_NAME);
    expect(await row.getByTestId('erasure-withdraw').count()).toBe(0);
    await row.getByTestId('erasure-approve').click();
    const decided = second.getByTestId('erasure-decision-ok');
    await decided.waitFor();
    expect(await decided.textContent()).toContain('beperkt');
    expect(await restricted()).toBe(true);
    expect(await requests()).toBe(before + 1);
    await second.context().close();
  });

  it('gives a professional no console: no link, and its addresses answer "no access"', async () => {
    const page = await pageOf(POLICE);
    await page.getByTestId('nav-cases').waitFor();
    expect(await page.getByTestId('nav-break-glass').count()).toBe(1);
    expect(await page.getByTestId('nav-privacy-console').count()).toBe(0);
    for (const path of ['/fg', '/fg/signalen', '/fg/inzage', '/fg/verwijderen', '/fg/logboek']) {
      await page.goto(`${baseUrl()}${path}`);
      await page.getByTestId('no-access').waitFor();
      expect(await page.getByTestId('fg-sections').count()).toBe(0);
    }
    await page.context().close();
  });

  it('shows the status buttons of a running case to its case director, not to the police on the same team', async () => {
    const [c] = await sql<{ id: string }>(
      `select c.id from case_file c where c.status = 'ACTIVE'
          and exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id
                       where m.case_id = c.id and o.type = 'SAFE_HOME' and m.valid_until is null and m.ended_at is null)
          and exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id
                       where m.case_id = c.id and o.type = 'POLICE' and m.valid_until is null and m.ended_at is null)
        order by c.reference limit 1`,
    );
    expect(c).toBeDefined();
    const statusButtons = async (email: string) => {
      const page = await pageOf(email);
      await page.goto(`${baseUrl()}/cases/${c!.id}`);
      const section = page.getByTestId('case-status-section');
      await section.waitFor();
      const count = await section.locator('button').count();
      await page.context().close();
      return count;
    };
    expect(await statusButtons(SAFE_HOME_DIRECTOR)).toBeGreaterThan(0);
    expect(await statusButtons(POLICE)).toBe(0);
  });
});
