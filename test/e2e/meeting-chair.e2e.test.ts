import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { useBrowserPlatform } from '../support/browser.js';
import { activeMembershipSql, nlDaysFromToday } from '../../api/test/support/nl-today.js';

/*
 * The chair's screens of the MDO (docs/meetings.md): in the browser the chair of "MDA++ MDO
 * Rotterdam-Zuid" records that the police are present and a decision that becomes a police
 * action in the case plan (visible on the plan page); once the meeting is held the chair proposes
 * that plan for sign-off from the meeting. A second decision becomes a new goal with an action
 * under it. The police, on the team of the item but neither chair
 * nor case director, see no decision form and may record only their own presence. axe-core finds
 * no serious or critical violation on the meeting page with the forms open.
 */
const ctx = useBrowserPlatform();
const CHAIR = 'procesregisseur.veiligthuis@demo.mda.test';
const POLICE = 'politie@demo.mda.test';
const WAIT = { timeout: 60_000 };
const DECISION = 'Politie: rapport over het contactverbod vóór vrijdag (e2e)';
const GOAL_DECISION = 'De kinderen gaan veilig naar school en weer naar huis (e2e)';
const CATEGORY_DECISION = 'Zorgmelding jeugdbescherming blijft binnen het overleg (e2e)';

interface Target {
  meeting_id: string;
  item_id: string;
  case_id: string;
  goal_id: string;
  police_org: string;
  plan_version: number;
}

/** The demo meeting's first item whose case has the police on its team and a plan in draft or agreed whose every goal has an action (so it can be proposed). */
async function target(): Promise<Target> {
  const rows = await ctx.sql<Target>(
    `select m.id as meeting_id, i.id as item_id, i.case_id, g.id as goal_id, o.id as police_org, p.version as plan_version
       from meeting m join meeting_series s on s.id = m.series_id
       join meeting_item i on i.meeting_id = m.id
       join plan p on p.case_id = i.case_id and p.status <> 'PROPOSED'
       join plan_element g on g.plan_id = p.id and g.kind = 'GOAL'
       join organisation o on o.type = 'POLICE'
      where s.name = 'MDA++ MDO Rotterdam-Zuid' and m.status = 'PLANNED'
        and exists (select 1 from case_team_membership t where t.case_id = i.case_id and t.organisation_id = o.id
                      and ${activeMembershipSql('t')})
        and not exists (select 1 from plan_element g2 where g2.plan_id = p.id and g2.kind = 'GOAL'
                          and not exists (select 1 from plan_element a where a.parent_id = g2.id and a.status <> 'CANCELLED'))
      order by i.position, g.created_at, g.id limit 1`,
  );
  expect(
    rows,
    'the demo meeting has an item with a police team membership and a plan that can be proposed',
  ).toHaveLength(1);
  return rows[0]!;
}

describe("the chair's screens of the MDO", () => {
  it('the chair records attendance, a decision that becomes a plan action and one that becomes a goal, then proposes the plan; the police see no chair forms', async () => {
    const t = await target();
    const actionsBefore = Number(
      (
        await ctx.sql<{ n: string }>(`select count(*) as n from plan_element where parent_id = ? and kind = 'ACTION'`, [
          t.goal_id,
        ])
      )[0]!.n,
    );

    const chair = await ctx.pageOf(CHAIR);
    await chair.goto(`${ctx.platform.baseUrl}/overleggen/${t.meeting_id}`);
    await chair.getByTestId('attendance-form').waitFor(WAIT);

    // "Agenda-bestand (.ics)": the link downloads the meeting's calendar file with the session cookie.
    const ics = chair.getByTestId('meeting-ics');
    expect(await ics.textContent()).toBe('Agenda-bestand (.ics)');
    const icsResponse = await chair.request.get(`${ctx.platform.baseUrl}${await ics.getAttribute('href')}`);
    expect(icsResponse.status()).toBe(200);
    const icsText = await icsResponse.text();
    expect(icsText).toContain('BEGIN:VEVENT');
    expect(icsText).toContain(`UID:meeting-${t.meeting_id}@mda-platform`);
    // The table's organisations as attendees (the police among them), by id, never by e-mail.
    expect(icsText.replace(/\r\n /g, '')).toContain(`:urn:uuid:${t.police_org}`);
    expect(icsText).not.toContain('mailto:');

    // Attendance: the chair marks the police present.
    await chair.locator('#attendance-organisationId').selectOption(t.police_org);
    await chair.locator('#attendance-status').selectOption('PRESENT');
    await chair.getByTestId('attendance-save').click();
    await chair.getByTestId('attendance-ok').waitFor(WAIT);
    await expect
      .poll(
        () =>
          chair
            .locator(`[data-testid="attendance-row"][data-organisation-id="${t.police_org}"][data-item-id=""]`)
            .textContent(),
        WAIT,
      )
      .toContain('aanwezig');
    const stored = await ctx.sql<{ status: string; item_id: string | null }>(
      'select status, item_id from meeting_attendance where meeting_id = ? and organisation_id = ?',
      [t.meeting_id, t.police_org],
    );
    expect(stored).toEqual([{ status: 'PRESENT', item_id: null }]);

    // Per item: at an item whose case does not have the police on its team the form does not offer them;
    // at the police's item the chair records them excused, listed under that item.
    const [foreign] = await ctx.sql<{ id: string }>(
      `select i.id from meeting_item i where i.meeting_id = ? and i.case_id is not null
          and not exists (select 1 from case_team_membership t where t.case_id = i.case_id and t.organisation_id = ?
                            and ${activeMembershipSql('t')})
        order by i.position limit 1`,
      [t.meeting_id, t.police_org],
    );
    const offered = () =>
      chair
        .locator('#attendance-organisationId option')
        .evaluateAll((els) => els.map((el) => el.getAttribute('value')));
    expect(foreign, 'the demo meeting has an item whose case the police are not on').toBeDefined();
    await chair.locator('#attendance-itemId').selectOption(foreign!.id);
    expect(await offered()).not.toContain(t.police_org);
    await chair.locator('#attendance-itemId').selectOption(t.item_id);
    expect(await offered()).toContain(t.police_org);
    await chair.locator('#attendance-organisationId').selectOption(t.police_org);
    await chair.locator('#attendance-status').selectOption('EXCUSED');
    await chair.getByTestId('attendance-save').click();
    const atItem = chair.locator(`[data-testid="attendance-item"][data-item-id="${t.item_id}"]`);
    await expect
      .poll(() => atItem.locator(`[data-organisation-id="${t.police_org}"]`).textContent(), WAIT)
      .toContain('afgemeld');
    expect(
      await chair
        .locator(`[data-testid="attendance-row"][data-organisation-id="${t.police_org}"][data-item-id=""]`)
        .textContent(),
    ).toContain('aanwezig');
    expect(
      await ctx.sql<{ status: string }>(
        'select status from meeting_attendance where meeting_id = ? and organisation_id = ? and item_id = ?',
        [t.meeting_id, t.police_org, t.item_id],
      ),
    ).toEqual([{ status: 'EXCUSED' }]);

    // A decision with an action but nothing filled in: every problem is named next to its field, nothing stored.
    const item = chair.locator(`[data-testid="agenda-item"][data-item-id="${t.item_id}"]`);
    const form = item.getByTestId('decision-form');
    await form.getByTestId('decision-with-action').check();
    await form
      .getByTestId('decision-goal')
      .locator(`option[value="${t.goal_id}"]`)
      .waitFor({ state: 'attached', ...WAIT });
    await form.getByTestId('decision-save').click();
    const errorOf = (field: string) => form.locator(`[id="decision-${t.item_id}-${field}-error"]`);
    await errorOf('text').waitFor(WAIT);
    for (const field of ['action.goalId', 'action.ownerOrganisationId', 'action.dueOn'])
      expect(await errorOf(field).textContent()).not.toBe('');
    expect(await form.getByTestId('decision-text').getAttribute('aria-describedby')).toBe(
      `decision-${t.item_id}-text-error`,
    );
    expect(
      Number(
        (await ctx.sql<{ n: string }>('select count(*) as n from meeting_decision where item_id = ?', [t.item_id]))[0]!
          .n,
      ),
    ).toBe(0);

    // The decision itself: a police action under the goal, due in a week.
    const dueOn = nlDaysFromToday(7);
    await form.getByTestId('decision-text').fill(DECISION);
    await form.getByTestId('decision-goal').selectOption(t.goal_id);
    await form.getByTestId('decision-owner').selectOption(t.police_org);
    await form.getByTestId('decision-due').fill(dueOn);
    expect(await seriousViolations(chair)).toEqual([]);
    await form.getByTestId('decision-save').click();
    await form.getByTestId('decision-ok').waitFor(WAIT);
    await expect.poll(() => item.getByTestId('agenda-item-decision').last().textContent(), WAIT).toContain(DECISION);
    expect(await item.getByTestId('agenda-item-decision').last().textContent()).toContain('opgenomen in het plan');
    const [decision] = await ctx.sql<{ plan_element_id: string }>(
      'select plan_element_id from meeting_decision where item_id = ? and text = ?',
      [t.item_id, DECISION],
    );
    expect(decision?.plan_element_id).toBeTruthy();
    expect(
      Number(
        (
          await ctx.sql<{ n: string }>(
            `select count(*) as n from plan_element where parent_id = ? and kind = 'ACTION'`,
            [t.goal_id],
          )
        )[0]!.n,
      ),
    ).toBe(actionsBefore + 1);

    // A second decision becomes a new goal of the plan, with a police action under it, in one step.
    await form.getByTestId('decision-text').fill(GOAL_DECISION);
    await form.getByTestId('decision-with-goal').check();
    await form.getByTestId('decision-goal-measurable-end').fill('Vier weken lang elke schooldag gebracht en gehaald');
    await form.getByTestId('decision-goal-phase').selectOption('STABLE_SAFETY');
    await form.getByTestId('decision-goal-life-domain').selectOption({ index: 1 });
    // The goal concerns the first household member (the form lists them by name).
    await form.locator(`[data-testid="decision-${t.item_id}-goal-concerns"]`).first().check(WAIT);
    await form.getByTestId('decision-action-under-new-goal').waitFor(WAIT);
    expect(await form.getByTestId('decision-goal').count()).toBe(0);
    await form.getByTestId('decision-owner').selectOption(t.police_org);
    await form.getByTestId('decision-due').fill(dueOn);
    await form.getByTestId('decision-save').click();
    await expect.poll(() => form.getByTestId('decision-ok').textContent(), WAIT).toContain('als doel in het plan');
    const [asGoal] = await ctx.sql<{ plan_goal_id: string; parent_id: string; description: string; phase: string }>(
      `select d.plan_goal_id, a.parent_id, g.content ->> 'description' as description, g.content ->> 'phase' as phase
         from meeting_decision d join plan_element g on g.id = d.plan_goal_id join plan_element a on a.id = d.plan_element_id
        where d.item_id = ? and d.text = ?`,
      [t.item_id, GOAL_DECISION],
    );
    // The goal's text is the decision's (none typed), and the action sits under the new goal.
    expect(asGoal).toEqual({
      plan_goal_id: asGoal!.plan_goal_id,
      parent_id: asGoal!.plan_goal_id,
      description: GOAL_DECISION,
      phase: 'STABLE_SAFETY',
    });

    // A decision in another category than PLAN stays in the meeting: the plan options disappear, with the reason.
    await form.locator(`#decision-${t.item_id}-category`).selectOption('CHILD_PROTECTION');
    await form.getByTestId('decision-category-no-plan').waitFor(WAIT);
    expect(await form.getByTestId('decision-with-goal').count()).toBe(0);
    expect(await form.getByTestId('decision-with-action').count()).toBe(0);
    await form.getByTestId('decision-text').fill(CATEGORY_DECISION);
    await form.getByTestId('decision-save').click();
    const kept = () =>
      ctx.sql<{ category: string; plan_element_id: string | null; plan_goal_id: string | null }>(
        'select category, plan_element_id, plan_goal_id from meeting_decision where item_id = ? and text = ?',
        [t.item_id, CATEGORY_DECISION],
      );
    await expect
      .poll(kept, WAIT)
      .toEqual([{ category: 'CHILD_PROTECTION', plan_element_id: null, plan_goal_id: null }]);

    // The police: on the item's team, but no decision form, no chair controls; the attendance form offers only themselves.
    const police = await ctx.pageOf(POLICE);
    await police.goto(`${ctx.platform.baseUrl}/overleggen/${t.meeting_id}`);
    const policeItem = police.locator(`[data-testid="agenda-item"][data-item-id="${t.item_id}"]`);
    await policeItem.getByTestId('contribution-form').waitFor(WAIT);
    expect(await police.getByTestId('decision-form').count()).toBe(0);
    expect(await police.getByTestId('chair-controls').count()).toBe(0);
    expect(
      await police
        .locator('#attendance-organisationId option')
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)),
    ).toEqual([t.police_org]);
    await police.context().close();

    // The action is in the plan: the plan page shows it with the police as owner.
    await chair.goto(`${ctx.platform.baseUrl}/cases/${t.case_id}/plan`);
    const action = chair.locator(`[data-action-id="${decision!.plan_element_id}"]`);
    await action.waitFor(WAIT);
    expect(await action.getByTestId('plan-action-description').textContent()).toContain(DECISION);
    expect(await action.getByTestId('plan-action-owner').textContent()).toMatch(/politie/i);

    // Held: the chair proposes the plan for sign-off from the meeting.
    await chair.goto(`${ctx.platform.baseUrl}/overleggen/${t.meeting_id}`);
    await chair.getByTestId('chair-held').click();
    await chair.getByTestId('chair-ok').waitFor(WAIT);
    const propose = chair
      .locator(`[data-testid="agenda-item"][data-item-id="${t.item_id}"]`)
      .getByTestId('propose-plan');
    await propose.getByTestId('propose-plan-button').click();
    await propose.getByTestId('propose-plan-ok').waitFor(WAIT);
    await expect.poll(() => propose.getAttribute('data-plan-status'), WAIT).toBe('PROPOSED');
    const [plan] = await ctx.sql<{ status: string }>('select status from plan where case_id = ?', [t.case_id]);
    expect(plan?.status).toBe('PROPOSED');
    expect(await seriousViolations(chair)).toEqual([]);
    await chair.context().close();
  }, 240_000);
});
