import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
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

/** Noon in Amsterdam on a calendar day (CET in December: UTC+1). */
const noonAmsterdam = (day: string) => new Date(`${day}T11:00:00Z`);

describe('a plan action left overdue climbs the ladder by itself', () => {
  it('a plan not agreed within ten working days of the first MDO is escalated once', async () => {
    const [plan] = await platform.sql<{ id: string }>(
      `select p.id from plan p join case_file c on c.id = p.case_id where c.status <> 'CLOSED' and p.agreed_version_number is null
          and not exists (select 1 from escalation e where e.trigger = 'PLAN_NOT_AGREED' and e.source_key = p.id || ':first-mdo') order by p.id limit 1`,
    );
    expect(plan).toBeDefined();
    // First MDO Tuesday 1 December 2026; ten working days later is Tuesday 15 December.
    await platform.sql("update plan set first_meeting_on = '2026-12-01' where id = ?", [plan!.id]);
    const of = () => platform.sql<{ level: number }>("select level from escalation where trigger = 'PLAN_NOT_AGREED' and source_key = ?", [`${plan!.id}:first-mdo`]);
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
          and not exists (select 1 from escalation x where x.trigger = 'PLAN_ACTION_OVERDUE' and x.source_key = e.id::text)
          and exists (select 1 from director_assignment d where d.case_id = c.id and d.kind = 'CASE_DIRECTOR' and d.status = 'ACCEPTED')
        order by e.id limit 1`,
    );
    expect(action).toBeDefined();
    // Due Friday 18 December 2026. Working days after it: 21, 22, 23, 24, (25/26 Christmas,
    // weekend), 28 December = the fifth. The default threshold is 5 working days.
    await platform.sql("update plan_element set due_on = '2026-12-18', status = 'OPEN' where id = ?", [action!.id]);
    const escalationsOf = () =>
      platform.sql<{ id: string; level: number; deadline_at: Date }>("select id, level, deadline_at from escalation where trigger = 'PLAN_ACTION_OVERDUE' and source_key = ?", [action!.id]);

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
    await Promise.all([runEscalationDeadlines(platform.orm.em, deadline), runEscalationDeadlines(platform.orm.em, deadline)]);
    expect((await escalationsOf()).map((e) => e.level)).toEqual([2]);
    const climbs = await platform.sql<{ n: number }>("select count(*)::int as n from escalation_history where escalation_id = ? and event = 'CLIMBED_AT_DEADLINE'", [raised[0]!.id]);
    expect(climbs[0]!.n).toBe(1);

    // Running the trigger again does not raise the same action twice.
    await runDirectionTriggers(platform.orm.em, noonAmsterdam('2026-12-29'));
    expect(await escalationsOf()).toHaveLength(1);
  });
});
