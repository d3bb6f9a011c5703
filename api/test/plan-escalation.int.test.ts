import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient, PERSONAS } from './support/graphql-client.js';
import { runEscalationDeadlines } from '../src/modules/escalations/escalation-ladder.service.js';
import { runDirectionTriggers } from '../src/modules/escalations/signals.service.js';

/**
 * Issue 5's "done means": a plan action left overdue produces an escalation at level 1 on the
 * right working day; left undecided, it climbs to level 2 at its deadline without anyone
 * touching it, with two job runners at once and no duplicate.
 */
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(async () => {
  await platform?.stop();
});

/**
 * Earlier runs of the trigger job (other tests in this file) escalated the demo's overdue
 * actions, one escalation per case. Set-up: forget those of one case (withdrawn, grounds
 * removed), so its actions count as never escalated.
 */
async function forgetOverdueEscalations(caseId: string): Promise<void> {
  await platform.sql(
    "delete from escalation_ground where escalation_id in (select id from escalation where case_id = ? and trigger = 'PLAN_ACTION_OVERDUE')",
    [caseId],
  );
  await platform.sql(
    "update escalation set status = 'WITHDRAWN', closing_reason = 'test set-up', closed_at = now() where case_id = ? and trigger = 'PLAN_ACTION_OVERDUE' and status = 'OPEN'",
    [caseId],
  );
}

/** Noon in Amsterdam on a calendar day (CET in December: UTC+1). */
const noonAmsterdam = (day: string) => new Date(`${day}T11:00:00Z`);

describe('a plan action left overdue climbs the ladder by itself', () => {
  it('an hour after the demo is seeded, the process director has a list a person can work through', async () => {
    const inAnHour = new Date(Date.now() + 3_600_000);
    const run = await runDirectionTriggers(platform.orm.em, inAnHour);
    // Plans are mostly on time: a few cases with late actions, one escalation each.
    expect(run.overdueActions).toBeGreaterThan(0);
    const duplicates = await platform.sql<{ n: number }>(
      "select count(*)::int as n from (select case_id, trigger from escalation where status = 'OPEN' and trigger <> 'MANUAL' group by case_id, trigger having count(*) > 1) d",
    );
    expect(duplicates[0]!.n).toBe(0);
    const api = await new ApiClient(platform.baseUrl).loginAs('procesregisseur.veiligthuis@demo.mda.test');
    const { myEscalations } = await api.ok<{
      myEscalations: { caseReference: string; trigger: string; grounds: { reason: string }[] }[];
    }>('{ myEscalations { caseReference trigger grounds { reason } } }');
    const perCase = new Map<string, number>();
    for (const e of myEscalations) perCase.set(e.caseReference, (perCase.get(e.caseReference) ?? 0) + 1);
    console.info(
      `demo after one hour: ${myEscalations.length} open escalations for the process director over ${perCase.size} cases; trigger run ${JSON.stringify(run)}`,
    );
    expect(myEscalations.length).toBeGreaterThan(0);
    expect(myEscalations.length).toBeLessThanOrEqual(30);
    expect(Math.max(...perCase.values())).toBeLessThanOrEqual(3);
  });

  it('a plan not agreed within ten working days of the first MDO is escalated once', async () => {
    const [plan] = await platform.sql<{ id: string }>(
      `select p.id from plan p join case_file c on c.id = p.case_id where c.status <> 'CLOSED' and p.agreed_version_number is null
          and not exists (select 1 from escalation e where e.trigger = 'PLAN_NOT_AGREED' and e.source_key = p.id || ':first-mdo') order by p.id limit 1`,
    );
    expect(plan).toBeDefined();
    // First MDO Tuesday 1 December 2026; ten working days later is Tuesday 15 December.
    await platform.sql("update plan set first_meeting_on = '2026-12-01' where id = ?", [plan!.id]);
    const of = () =>
      platform.sql<{ level: number }>(
        "select level from escalation where trigger = 'PLAN_NOT_AGREED' and source_key = ?",
        [`${plan!.id}:first-mdo`],
      );
    await runDirectionTriggers(platform.orm.em, noonAmsterdam('2026-12-15'));
    expect(await of()).toEqual([]);
    await runDirectionTriggers(platform.orm.em, noonAmsterdam('2026-12-16'));
    expect(await of()).toHaveLength(1);
    await runDirectionTriggers(platform.orm.em, noonAmsterdam('2026-12-17'));
    expect(await of()).toHaveLength(1);
  });

  it('escalates on the fifth working day after the due date (Christmas not counted), then climbs at the deadline once', async () => {
    // An open action of a running case that has an accepted case director.
    const [action] = await platform.sql<{ id: string; case_id: string }>(
      `select e.id, e.case_id from plan_element e join case_file c on c.id = e.case_id
        where e.kind = 'ACTION' and c.status <> 'CLOSED'
          and exists (select 1 from director_assignment d where d.case_id = c.id and d.kind = 'CASE_DIRECTOR' and d.status = 'ACCEPTED')
        order by e.id limit 1`,
    );
    expect(action).toBeDefined();
    // Due Friday 18 December 2026. Working days after it: 21, 22, 23, 24, (25/26 Christmas,
    // weekend), 28 December = the fifth. The default threshold is 5 working days.
    // The case's other actions are done, so this action's escalation is its own.
    await forgetOverdueEscalations(action!.case_id);
    await platform.sql("update plan_element set status = 'DONE' where case_id = ? and kind = 'ACTION' and id <> ?", [
      action!.case_id,
      action!.id,
    ]);
    await platform.sql("update plan_element set due_on = '2026-12-18', status = 'OPEN' where id = ?", [action!.id]);
    const escalationsOf = () =>
      platform.sql<{ id: string; level: number; deadline_at: Date }>(
        "select x.id, x.level, x.deadline_at from escalation x join escalation_ground g on g.escalation_id = x.id where x.trigger = 'PLAN_ACTION_OVERDUE' and g.source_key = ?",
        [action!.id],
      );

    await runDirectionTriggers(platform.orm.em, noonAmsterdam('2026-12-24'));
    expect(await escalationsOf()).toEqual([]);

    const [first, second] = await Promise.all([
      runDirectionTriggers(platform.orm.em, noonAmsterdam('2026-12-28')),
      runDirectionTriggers(platform.orm.em, noonAmsterdam('2026-12-28')),
    ]);
    expect(first.overdueActions + second.overdueActions).toBeGreaterThan(0);
    const raised = await escalationsOf();
    expect(raised).toHaveLength(1);
    expect(raised[0]!.level).toBe(1);

    // Nobody decides: at the deadline it climbs to level 2, once, with two runners at once.
    const deadline = new Date(raised[0]!.deadline_at);
    await runEscalationDeadlines(platform.orm.em, new Date(deadline.getTime() - 1));
    expect((await escalationsOf())[0]!.level).toBe(1);
    await Promise.all([
      runEscalationDeadlines(platform.orm.em, deadline),
      runEscalationDeadlines(platform.orm.em, deadline),
    ]);
    expect((await escalationsOf()).map((e) => e.level)).toEqual([2]);
    const climbs = await platform.sql<{ n: number }>(
      "select count(*)::int as n from escalation_history where escalation_id = ? and event = 'CLIMBED_AT_DEADLINE'",
      [raised[0]!.id],
    );
    expect(climbs[0]!.n).toBe(1);

    // Running the trigger again does not raise the same action twice.
    await runDirectionTriggers(platform.orm.em, noonAmsterdam('2026-12-29'));
    expect(await escalationsOf()).toHaveLength(1);
  });

  it('a case with five overdue actions has one open escalation naming five grounds; a sixth joins it', async () => {
    // A running case with a plan, an accepted case director and no overdue escalation yet.
    const [target] = await platform.sql<{ case_id: string; email: string }>(
      `select c.id as case_id, u.email from case_file c
         join director_assignment d on d.case_id = c.id and d.kind = 'CASE_DIRECTOR' and d.status = 'ACCEPTED'
         join app_user u on u.id = d.user_id
        where c.status = 'ACTIVE' and u.email = any(?::text[]) and (select count(*) from plan_element e where e.case_id = c.id and e.kind = 'ACTION') >= 6
        order by c.reference limit 1`,
      [`{${PERSONAS.map((p) => p.email).join(',')}}`],
    );
    expect(target).toBeDefined();
    const actions = await platform.sql<{ id: string }>(
      "select id from plan_element where case_id = ? and kind = 'ACTION' order by id",
      [target!.case_id],
    );
    await platform.sql("update plan_element set status = 'DONE' where case_id = ? and kind = 'ACTION'", [
      target!.case_id,
    ]);
    await forgetOverdueEscalations(target!.case_id);
    const five = actions.slice(0, 5).map((a) => a.id);
    await platform.sql("update plan_element set status = 'OPEN', due_on = '2027-01-04' where id = any(?::uuid[])", [
      `{${five.join(',')}}`,
    ]);
    const open = () =>
      platform.sql<{ id: string; grounds: number }>(
        `select x.id, (select count(*)::int from escalation_ground g where g.escalation_id = x.id) as grounds
           from escalation x where x.case_id = ? and x.trigger = 'PLAN_ACTION_OVERDUE' and x.status = 'OPEN'`,
        [target!.case_id],
      );

    // Monday 11 January 2027 is the fifth working day after Monday 4 January. Two runners at once.
    await Promise.all([
      runDirectionTriggers(platform.orm.em, noonAmsterdam('2027-01-11')),
      runDirectionTriggers(platform.orm.em, noonAmsterdam('2027-01-11')),
    ]);
    expect(await open()).toEqual([{ id: expect.any(String), grounds: 5 }]);
    await runDirectionTriggers(platform.orm.em, noonAmsterdam('2027-01-12'));
    expect((await open())[0]!.grounds).toBe(5);

    // A sixth action past the threshold joins the same escalation as a ground.
    await platform.sql("update plan_element set status = 'IN_PROGRESS', due_on = '2027-01-05' where id = ?", [
      actions[5]!.id,
    ]);
    await runDirectionTriggers(platform.orm.em, noonAmsterdam('2027-01-12'));
    const [one] = await open();
    expect(one!.grounds).toBe(6);
    expect(await open()).toHaveLength(1);

    // The case director reads the escalation with every ground, each naming the case and its date.
    const api = await new ApiClient(platform.baseUrl).loginAs(target!.email);
    const data = await api.ok<{ escalation: { grounds: { at: string; reason: string }[]; caseReference: string } }>(
      'query ($id: ID!) { escalation(id: $id) { caseReference grounds { at reason } } }',
      { id: one!.id },
    );
    expect(data.escalation.grounds).toHaveLength(6);
    for (const g of data.escalation.grounds) expect(g.reason).toContain(data.escalation.caseReference);
    expect(data.escalation.grounds.filter((g) => g.reason.includes('(2027-01-04;'))).toHaveLength(5);
    expect(data.escalation.grounds.filter((g) => g.reason.includes('(2027-01-05;'))).toHaveLength(1);
  });
});
