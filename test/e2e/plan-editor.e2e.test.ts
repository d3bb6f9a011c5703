import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserPlatform } from '../support/browser.js';
import { flatText } from '../../api/test/support/pdf-text.js';
import { ApiClient, PERSONAS } from '../support/platform.js';
import { activeMembershipSql, NL_TODAY_SQL, nlDaysFromToday } from '../../api/test/support/nl-today.js';

// The joint plan as two partner organisations work on it in the MDO week: the case director
// (Wijkteam) sharpens a goal while a partner professional has the same goal open; the partner
// sees the change arrive without reloading, keeps their own text, meets the conflict on save
// and merges both texts. Then the plan is proposed, every organisation agrees, and the agreed
// version downloads as a PDF.

const nl = JSON.parse(readFileSync(new URL('../../web/src/app/i18n/nl.json', import.meta.url), 'utf8')) as {
  enums: {
    PlanStatus: Record<string, string>;
    SafetyItemKind: Record<string, string>;
    DataCategory: Record<string, string>;
  };
  fields: { notShared: string };
};
const WAIT = { timeout: 60_000 };
const SIGN_OFF = 'mutation ($i: SignOffPlanInput!) { signOffPlan(input: $i) { status } }';

interface Target {
  caseId: string;
  director: string;
  directorOrg: string;
  partner: string;
  partnerOrg: string;
  /** One persona per other team organisation, to sign off through the API. */
  others: { email: string; organisationId: string }[];
}

describe('joint plan editor', () => {
  const env = useBrowserPlatform();

  async function findTarget(): Promise<Target> {
    const personaEmails = PERSONAS.filter(
      (p) => !p.roles.includes('PRIVACY_OFFICER') && !p.roles.includes('ADMIN'),
    ).map((p) => p.email);
    const candidates = await env.sql<{ id: string; director: string; director_org: string }>(
      `select c.id, u.email as director, u.organisation_id as director_org
         from case_file c
         join plan p on p.case_id = c.id and p.status = 'DRAFT'
         join director_assignment d on d.case_id = c.id and d.kind = 'CASE_DIRECTOR' and d.status = 'ACCEPTED'
         join app_user u on u.id = d.user_id
        where c.status = 'ACTIVE'
          and exists (select 1 from plan_element g where g.case_id = c.id and g.kind = 'GOAL' and g.category = 'PLAN')
          and not exists (select 1 from plan_element g where g.case_id = c.id and g.kind = 'GOAL'
                           and not exists (select 1 from plan_element a where a.parent_id = g.id and a.kind = 'ACTION' and a.status <> 'CANCELLED'))
        order by c.reference`,
    );
    for (const candidate of candidates) {
      if (!personaEmails.includes(candidate.director)) continue;
      const team = await env.sql<{ organisation_id: string }>(
        `select distinct m.organisation_id from case_team_membership m
          where m.case_id = ? and ${activeMembershipSql()}`,
        [candidate.id],
      );
      const orgs = team.map((t) => t.organisation_id);
      if (!orgs.includes(candidate.director_org)) continue;
      const users = (
        await env.sql<{ email: string; organisation_id: string; roles: string[] }>(
          'select email, organisation_id, roles from app_user',
        )
      ).filter((u) => personaEmails.includes(u.email));
      const personaOf = (org: string, professional: boolean) =>
        users.find(
          (u) =>
            u.organisation_id === org &&
            (!professional || u.roles.includes('PROFESSIONAL')) &&
            u.email !== candidate.director,
        );
      const partnerOrg = orgs.find((org) => org !== candidate.director_org && personaOf(org, true));
      if (!partnerOrg) continue;
      const others = orgs
        .filter((org) => org !== candidate.director_org && org !== partnerOrg)
        .map((org) => personaOf(org, false));
      if (others.some((o) => o === undefined)) continue;
      return {
        caseId: candidate.id,
        director: candidate.director,
        directorOrg: candidate.director_org,
        partner: personaOf(partnerOrg, true)!.email,
        partnerOrg,
        others: others.map((o) => ({ email: o!.email, organisationId: o!.organisation_id })),
      };
    }
    throw new Error('demo data has no draft plan with two partner personas');
  }

  const goalText = (page: Page, goalId: string) =>
    page.locator(`[data-goal-id="${goalId}"] [data-testid="plan-goal-description"]`).textContent();

  it('two organisations edit one goal live, resolve the conflict, share a restricted note, agree the plan, download it and compare versions', async () => {
    const target = await findTarget();
    const planUrl = `${env.platform.baseUrl}/cases/${target.caseId}/plan`;

    const director = await env.pageOf(target.director);
    const partner = await env.pageOf(target.partner);
    // Reached from the case overview.
    await partner.goto(`${env.platform.baseUrl}/cases/${target.caseId}`);
    await partner.getByTestId('case-plan-link').click();
    await partner.getByTestId('plan-live').waitFor();
    await director.goto(planUrl);
    await director.getByTestId('plan-live').waitFor();
    await partner.evaluate(() => document.body.setAttribute('data-loaded-once', 'yes'));

    const goalId = (await partner.getByTestId('plan-goal').first().getAttribute('data-goal-id'))!;
    expect(goalId).toBeTruthy();

    // The partner opens the goal and starts typing.
    const partnerText = 'Kinderen hebben een vaste vertrouwenspersoon op school (afspraak Veilig Thuis)';
    await partner.locator(`[data-goal-id="${goalId}"] [data-testid="plan-goal-edit"]`).click();
    await partner.getByTestId(`goal-${goalId}-description`).fill(partnerText);

    // Meanwhile the case director saves a sharper goal.
    const directorText = 'Moeder en kinderen zijn veilig thuis; het contactverbod wordt nageleefd';
    await director.locator(`[data-goal-id="${goalId}"] [data-testid="plan-goal-edit"]`).click();
    await director.getByTestId(`goal-${goalId}-description`).fill(directorText);
    await director.getByTestId(`goal-${goalId}-save`).click();
    await expect.poll(() => goalText(director, goalId), WAIT).toContain(directorText);

    // The partner sees it arrive, without a reload, and their own text is untouched.
    await expect.poll(() => goalText(partner, goalId), WAIT).toContain(directorText);
    expect(await partner.getByTestId('plan-live-update').textContent()).not.toBe('');
    expect(await partner.getByTestId(`goal-${goalId}-description`).inputValue()).toBe(partnerText);
    await partner.getByTestId(`goal-${goalId}-stale`).waitFor();
    expect(await partner.evaluate(() => document.body.getAttribute('data-loaded-once'))).toBe('yes');

    // The partner saves from the stale version: both texts side by side, nothing saved yet.
    await partner.getByTestId(`goal-${goalId}-save`).click();
    await partner.getByTestId(`goal-${goalId}-conflict`).waitFor(WAIT);
    expect(await partner.getByTestId(`goal-${goalId}-conflict-mine-description`).textContent()).toBe(partnerText);
    expect(await partner.getByTestId(`goal-${goalId}-conflict-current-description`).textContent()).toBe(directorText);
    expect(await goalText(director, goalId)).toContain(directorText);

    // Merging keeps both; the partner saves the merged text on the new version.
    await partner.getByTestId(`goal-${goalId}-conflict-merge`).click();
    const merged = await partner.getByTestId(`goal-${goalId}-description`).inputValue();
    expect(merged).toContain(directorText);
    expect(merged).toContain(partnerText);
    await partner.getByTestId(`goal-${goalId}-save`).click();
    await expect.poll(() => goalText(partner, goalId), WAIT).toContain(partnerText);
    await expect.poll(() => goalText(director, goalId), WAIT).toContain(partnerText);
    expect(await goalText(director, goalId)).toContain(directorText);

    // The live notice goes after a while; the live region stays for the next one.
    await expect.poll(() => partner.getByTestId('plan-live-update').textContent(), WAIT).toBe('');
    expect(await partner.getByTestId('plan-live-update').getAttribute('aria-live')).toBe('polite');

    // The director adds an action owned by the partner organisation and chooses who does it:
    // the list holds the partner's colleagues, fetched for the chosen owner.
    const [assignee] = await env.sql<{ id: string; display_name: string }>(
      'select id, display_name from app_user where email = ?',
      [target.partner],
    );
    const actionsOf = (page: Page) => page.locator(`[data-goal-id="${goalId}"] [data-testid="plan-action"]`);
    const actionsBefore = await actionsOf(director).count();
    await director.locator(`[data-goal-id="${goalId}"] [data-testid="plan-action-add"]`).click();
    const actionForm = `action-new-${goalId}`;
    await director.getByTestId(`${actionForm}-description`).fill('Vertrouwenspersoon op school regelen met de mentor');
    await director.getByTestId(`${actionForm}-ownerOrganisationId`).selectOption(target.partnerOrg);
    await director
      .locator(`[data-testid="${actionForm}-assigneeUserId"] option[value="${assignee!.id}"]`)
      .waitFor({ state: 'attached', ...WAIT });
    await director.getByTestId(`${actionForm}-assigneeUserId`).selectOption(assignee!.id);
    await director.getByTestId(`${actionForm}-dueOn`).fill(nlDaysFromToday(14));
    await director.getByTestId(`${actionForm}-save`).click();
    await expect.poll(() => actionsOf(director).count(), WAIT).toBe(actionsBefore + 1);
    await expect
      .poll(() => actionsOf(partner).getByTestId('plan-action-assignee').allTextContents(), WAIT)
      .toContain(assignee!.display_name);
    expect(await actionsOf(director).getByTestId('plan-action-assignee').allTextContents()).toContain(
      assignee!.display_name,
    );

    // The partner corrects its own contribution to the picture; the director, of another
    // organisation, sees the change live but may not edit what the partner contributed.
    const partnerApi = await new ApiClient(env.platform.baseUrl).loginAs(target.partner);
    const picture = await partnerApi.ok<{ addPictureEntry: { id: string } }>(
      'mutation ($i: AddPictureEntryInput!) { addPictureEntry(input: $i) { id } }',
      {
        i: {
          caseId: target.caseId,
          lifeDomain: 'SAFETY',
          category: 'PLAN',
          text: 'Moeder durft de school nog niet te vertellen wat er thuis gebeurt',
        },
      },
    );
    const entry = (page: Page) => page.locator(`[data-entry-id="${picture.addPictureEntry.id}"]`);
    await entry(partner).getByTestId('plan-picture-edit').click(WAIT);
    const corrected = 'Moeder heeft de mentor op school ingelicht; de school weet wie zij kan bellen';
    await partner.getByTestId(`picture-${picture.addPictureEntry.id}-text`).fill(corrected);
    await partner.getByTestId(`picture-${picture.addPictureEntry.id}-save`).click();
    await expect.poll(() => entry(partner).getByTestId('plan-picture-text').textContent(), WAIT).toBe(corrected);
    await expect.poll(() => entry(director).getByTestId('plan-picture-text').textContent(), WAIT).toBe(corrected);
    expect(await entry(director).getByTestId('plan-picture-edit').count()).toBe(0);

    // A note for a restricted audience: the partner reads it, the director's organisation
    // sees that it exists but not what it says.
    const [types] = await env.sql<{ partner_type: string; director_type: string }>(
      'select (select type from organisation where id = ?) as partner_type, (select type from organisation where id = ?) as director_type',
      [target.partnerOrg, target.directorOrg],
    );
    const audience =
      types!.partner_type !== types!.director_type
        ? types!.partner_type
        : types!.director_type === 'POLICE'
          ? 'CARE'
          : 'POLICE';
    const noteBody = 'Moeder vertelde in vertrouwen over eerdere bedreigingen; alleen voor de eigen hulpverlening.';
    const notes = (page: Page) => page.getByTestId(`note-${goalId}s`);
    const notesBefore = await notes(director).getByTestId('plan-note').count();
    await notes(partner).locator('summary').click();
    await partner.locator(`#note-${goalId}-body`).fill(noteBody);
    await partner.locator(`#note-${goalId}-audience-${audience}`).check();
    await partner.getByTestId(`note-${goalId}-submit`).click();
    await partner.getByTestId(`note-${goalId}-ok`).waitFor(WAIT);
    await expect.poll(() => notes(partner).textContent(), WAIT).toContain(noteBody);
    await expect.poll(() => notes(director).getByTestId('plan-note').count(), WAIT).toBe(notesBefore + 1);
    expect(await notes(director).textContent()).not.toContain(noteBody);
    expect(await notes(director).locator('[data-field-state="not-shared"]').count()).toBeGreaterThan(0);

    // Propose: the working copy freezes as the next version, seen live by the partner.
    await director.getByTestId('plan-propose').click();
    await director
      .locator('[data-testid="plan-agreement-ok"], [data-testid="plan-agreement-error"]')
      .first()
      .waitFor(WAIT);
    expect(
      await director.getByTestId('plan-agreement-error').count(),
      (await director.getByTestId('plan-agreement').textContent()) ?? '',
    ).toBe(0);
    await expect
      .poll(() => partner.getByTestId('plan-status').textContent(), WAIT)
      .toBe(nl.enums.PlanStatus['PROPOSED']);
    expect(await partner.locator('[data-testid="plan-goal-edit"]').count()).toBe(0);
    const [proposed] = await env.sql<{ number: number }>(
      "select v.number from plan_version v where v.case_id = ? and v.status = 'PROPOSED'",
      [target.caseId],
    );
    expect(proposed).toBeDefined();

    // Each organisation decides: the two in the browser, the rest through the API.
    await partner.getByTestId('plan-agree').click();
    await partner.getByTestId('plan-agreement-ok').waitFor(WAIT);
    for (const other of target.others) {
      const client = await new ApiClient(env.platform.baseUrl).loginAs(other.email);
      await client.ok(SIGN_OFF, { i: { caseId: target.caseId, versionNumber: proposed!.number, decision: 'AGREE' } });
    }
    await expect
      .poll(() => director.getByTestId('plan-status').textContent(), WAIT)
      .toBe(nl.enums.PlanStatus['PROPOSED']);
    await director.getByTestId('plan-agree').click();
    await expect
      .poll(() => director.getByTestId('plan-status').textContent(), WAIT)
      .toBe(nl.enums.PlanStatus['AGREED']);
    await expect.poll(() => partner.getByTestId('plan-status').textContent(), WAIT).toBe(nl.enums.PlanStatus['AGREED']);

    // The agreed version downloads as a Dutch PDF.
    const pdfLink = partner.locator(
      `[data-testid="plan-version"][data-version="${proposed!.number}"] [data-testid="plan-version-pdf"]`,
    );
    const href = (await pdfLink.getAttribute('href'))!;
    const pdf = await partner.evaluate(async (url) => {
      const response = await fetch(url);
      const bytes = new Uint8Array(await response.arrayBuffer());
      let latin1 = '';
      for (const byte of bytes) latin1 += String.fromCharCode(byte);
      return { status: response.status, type: response.headers.get('content-type'), latin1 };
    }, href);
    const text = flatText(Buffer.from(pdf.latin1, 'latin1'));
    expect(pdf.status).toBe(200);
    expect(pdf.type).toContain('application/pdf');
    expect(pdf.latin1.startsWith('%PDF-')).toBe(true);
    // Dutch, with the merged goal as agreed.
    expect(text).toContain('Doel: ');
    expect(text).toContain('contactverbod wordt nageleefd');

    // A change after agreement starts the next draft; proposing it freezes the next version,
    // and comparing the two shows the changed goal and who changed it.
    const later = 'Moeder en kinderen wonen veilig; het contactverbod is zes maanden nageleefd';
    await director.locator(`[data-goal-id="${goalId}"] [data-testid="plan-goal-edit"]`).click();
    await director.getByTestId(`goal-${goalId}-description`).fill(later);
    await director.getByTestId(`goal-${goalId}-save`).click();
    await expect.poll(() => director.getByTestId('plan-status').textContent(), WAIT).toBe(nl.enums.PlanStatus['DRAFT']);
    await director.getByTestId('plan-propose').click();
    await expect
      .poll(() => director.getByTestId('plan-status').textContent(), WAIT)
      .toBe(nl.enums.PlanStatus['PROPOSED']);
    await director.getByTestId('plan-diff-from').selectOption(String(proposed!.number));
    await director.getByTestId('plan-diff-to').selectOption(String(proposed!.number + 1));
    await director.getByTestId('plan-diff-submit').click();
    const changed = director.locator('[data-testid="plan-diff-row"][data-change="CHANGED"]');
    await changed.first().waitFor(WAIT);
    expect(await changed.count()).toBe(1);
    expect(await changed.first().textContent()).toContain(later);
    expect(await changed.first().textContent()).toContain('contactverbod wordt nageleefd');
    expect(await director.locator('[data-testid="plan-diff-row"][data-change="REMOVED"]').count()).toBe(0);

    await director.context().close();
    await partner.context().close();
  });

  it('intimate terror: relationship therapy is refused with the reason; only the case director may record it, with a justification', async () => {
    const personaEmails = PERSONAS.map((p) => p.email);
    const candidates = await env.sql<{ id: string; director: string; director_org: string }>(
      `select c.id, u.email as director, u.organisation_id as director_org
         from case_file c
         join director_assignment d on d.case_id = c.id and d.kind = 'CASE_DIRECTOR' and d.status = 'ACCEPTED'
         join app_user u on u.id = d.user_id
        where c.status = 'ACTIVE' and c.profile in ('INTIMATE_TERROR', 'INTIMATE_TERROR_WITHOUT_CHILDREN')
          and not exists (select 1 from plan p where p.case_id = c.id and p.status = 'PROPOSED')
        order by c.reference`,
    );
    const users = (
      await env.sql<{ email: string; organisation_id: string; roles: string[] }>(
        'select email, organisation_id, roles from app_user',
      )
    ).filter((u) => personaEmails.includes(u.email));
    let found: { caseId: string; director: string; partner: string } | undefined;
    for (const candidate of candidates) {
      if (!personaEmails.includes(candidate.director)) continue;
      const team = await env.sql<{ organisation_id: string }>(
        `select distinct m.organisation_id from case_team_membership m where m.case_id = ? and ${activeMembershipSql()}`,
        [candidate.id],
      );
      const orgs = team.map((t) => t.organisation_id);
      const partner = users.find(
        (u) =>
          orgs.includes(u.organisation_id) &&
          u.organisation_id !== candidate.director_org &&
          u.roles.includes('PROFESSIONAL'),
      );
      if (orgs.includes(candidate.director_org) && partner) {
        found = { caseId: candidate.id, director: candidate.director, partner: partner.email };
        break;
      }
    }
    expect(found, 'demo data has an intimate-terror case with a director and a partner persona').toBeDefined();
    const planUrl = `${env.platform.baseUrl}/cases/${found!.caseId}/plan`;
    const goalCount = async () =>
      Number(
        (
          await env.sql<{ n: string }>("select count(*) as n from plan_element where case_id = ? and kind = 'GOAL'", [
            found!.caseId,
          ])
        )[0]!.n,
      );

    const addTherapyGoal = async (page: Page) => {
      await page.goto(planUrl);
      await page.locator('[data-testid="plan-goals"], [data-testid="plan-none"]').first().waitFor(WAIT);
      if ((await page.getByTestId('plan-start').count()) > 0) {
        await page.getByTestId('plan-start').click();
        await page.getByTestId('plan-goals').waitFor(WAIT);
      }
      await page.getByTestId('plan-goal-add').click();
      await page.getByTestId('goal-new-description').fill('Ouders leren zonder geweld met elkaar te communiceren');
      await page.getByTestId('goal-new-measurableEnd').fill('Zes gezamenlijke sessies afgerond');
      await page.getByTestId('goal-new-phase').selectOption('RECOVERY');
      await page.getByTestId('goal-new-lifeDomain').selectOption('SAFETY');
      await page.getByTestId('goal-new-interventionKind').selectOption('RELATIONSHIP_THERAPY');
      await page.getByTestId('goal-new-concerns').first().check();
      await page.getByTestId('goal-new-save').click();
      await page.getByTestId('goal-new-interventionKind-error').waitFor(WAIT);
    };

    // A partner professional is refused with the API's reason at the field, and told who may decide.
    const before = await goalCount();
    const partner = await env.pageOf(found!.partner);
    await addTherapyGoal(partner);
    expect(await partner.getByTestId('goal-new-interventionKind-error').textContent()).toMatch(
      /contra|intieme terreur/i,
    );
    expect(await partner.getByTestId('goal-new-summary').textContent()).toContain(
      await partner.getByTestId('goal-new-interventionKind-error').textContent(),
    );
    await partner.getByTestId('goal-new-guard-hint').waitFor();
    expect(await partner.getByTestId('goal-new-contraIndicationJustification').count()).toBe(0);
    expect(await goalCount()).toBe(before);

    // The case director gets the justification field and records it.
    const director = await env.pageOf(found!.director);
    await addTherapyGoal(director);
    const justification =
      'Beide partners willen dit expliciet; de pleger volgt eerst het plegerprogramma en de veiligheid wordt wekelijks getoetst.';
    await director.getByTestId('goal-new-contraIndicationJustification').fill(justification);
    await director.getByTestId('goal-new-save').click();
    await expect
      .poll(() => director.getByTestId('plan-goal-justification').allTextContents(), WAIT)
      .toEqual(expect.arrayContaining([expect.stringContaining(justification)]));
    expect(await goalCount()).toBe(before + 1);

    // The director thinks again: removing it from the working copy takes a confirmation.
    const justified = director.getByTestId('plan-goal').filter({ hasText: justification });
    await justified.getByTestId('plan-goal-remove').click();
    expect(await goalCount()).toBe(before + 1);
    await justified.getByTestId('plan-goal-remove-yes').click();
    await expect.poll(goalCount, WAIT).toBe(before);
    await expect.poll(() => director.getByTestId('plan-goal').filter({ hasText: justification }).count(), WAIT).toBe(0);
    await partner.context().close();
    await director.context().close();
  });

  it("police: the victim's safe place stays withheld; a 30-day restraining order is refused at the field, 10 days run with their clock", async () => {
    const POLICE = 'politie@demo.mda.test';
    const [target] = await env.sql<{
      case_id: string;
      safe_place: string;
      police_org: string;
      today: string;
      ten: string;
      thirty: string;
    }>(
      `select e.case_id, e.content->>'text' as safe_place, u.organisation_id as police_org,
              to_char(${NL_TODAY_SQL}, 'YYYY-MM-DD') as today, to_char(${NL_TODAY_SQL} + 10, 'YYYY-MM-DD') as ten, to_char(${NL_TODAY_SQL} + 30, 'YYYY-MM-DD') as thirty
         from plan_element e
         join plan p on p.id = e.plan_id and p.status <> 'PROPOSED'
         join case_file c on c.id = e.case_id and c.status = 'ACTIVE'
         join app_user u on u.email = ?
        where e.kind = 'SAFETY_ITEM' and e.content->>'itemKind' = 'SAFE_PLACE'
          and exists (select 1 from case_team_membership m where m.case_id = e.case_id and m.organisation_id = u.organisation_id
                       and ${activeMembershipSql()})
        order by c.reference limit 1`,
      [POLICE],
    );
    expect(target, 'demo data has a plan with a safe place on a police team').toBeDefined();
    const page = await env.pageOf(POLICE);
    await page.goto(`${env.platform.baseUrl}/cases/${target!.case_id}/plan`);
    await page.getByTestId('plan-safety').waitFor(WAIT);

    // The safe place: its existence, owner and category are visible, its content is not.
    const safePlace = page.getByTestId('plan-safety-item').filter({ hasText: nl.enums.SafetyItemKind['SAFE_PLACE']! });
    expect(await safePlace.count()).toBeGreaterThan(0);
    expect(await safePlace.first().getByTestId('plan-safety-text').getAttribute('data-field-state')).toBe('not-shared');
    expect(await safePlace.first().getByTestId('plan-safety-text').textContent()).toBe(nl.fields.notShared);
    expect(await safePlace.first().getByTestId('plan-safety-meta-category').textContent()).toBe(
      nl.enums.DataCategory['SECRET_LOCATION'],
    );
    expect((await safePlace.first().getByTestId('plan-safety-meta-owner').textContent())!.length).toBeGreaterThan(
      'Eigenaar: '.length,
    );
    expect(await page.locator('body').innerText()).not.toContain(target!.safe_place);

    // Criminal data needs a purpose: without one no measure can be recorded.
    expect(await page.getByTestId('plan-measure-add').count()).toBe(0);
    await page.getByTestId('purpose-select').selectOption('SAFETY_ASSESSMENT');
    await page.getByTestId('plan-measure-add').waitFor(WAIT);

    const measures = async () =>
      Number(
        (
          await env.sql<{ n: string }>(
            "select count(*) as n from plan_element where case_id = ? and kind = 'MEASURE'",
            [target!.case_id],
          )
        )[0]!.n,
      );
    const before = await measures();
    await page.getByTestId('plan-measure-add').click();
    await page.getByTestId('measure-new-kind').selectOption('RESTRAINING_ORDER');
    await page.getByTestId('measure-new-responsibleOrganisationId').selectOption(target!.police_org);
    await page.getByTestId('measure-new-startsOn').fill(target!.today);
    await page.getByTestId('measure-new-endsOn').fill(target!.thirty);
    await page.getByTestId('measure-new-save').click();
    await page.getByTestId('measure-new-endsOn-error').waitFor(WAIT);
    expect(await page.getByTestId('measure-new-endsOn-error').textContent()).toContain('28 dagen');
    expect(await page.getByTestId('measure-new-endsOn').getAttribute('aria-invalid')).toBe('true');
    expect(await measures()).toBe(before);

    // Without an end date the order runs the legal 10 days; the clock shows what is left.
    await page.getByTestId('measure-new-endsOn').fill('');
    await page.getByTestId('measure-new-concerns').first().check();
    await page.getByTestId('measure-new-save').click();
    await expect.poll(measures, WAIT).toBe(before + 1);
    await expect
      .poll(() => page.getByTestId('plan-measure-clock').allTextContents(), WAIT)
      .toEqual(expect.arrayContaining([expect.stringContaining('nog 10 dagen')]));
    await page.context().close();
  });
});
