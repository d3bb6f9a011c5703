import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient } from './support/graphql-client.js';

/**
 * "Vandaag" (issue 15, item 1): my plan actions that are late or due this week. The case
 * director sees the late actions of the cases she directs; an organisation that is not on the
 * case team sees none of them; the read is audited per case.
 */
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(async () => {
  await platform?.stop();
});

const DIRECTOR = 'casusregisseur.wijkteam.zuid@demo.mda.test';
const OUTSIDER = 'rvdk@demo.mda.test';
const MY_ACTIONS = '{ myPlanActions { id caseId caseReference description dueOn status reason workingDaysLate } }';
interface Row {
  id: string;
  caseId: string;
  reason: string;
  workingDaysLate: number;
  dueOn: string;
}

describe('my plan actions ("Vandaag")', () => {
  it('lists the late and soon-due actions of the cases I direct, late first, and hides them from an organisation outside the team', async () => {
    const [target] = await platform.sql<{ case_id: string; late_id: string; soon_id: string }>(
      `select c.id as case_id,
              (select e.id from plan_element e where e.case_id = c.id and e.kind = 'ACTION' order by e.id limit 1) as late_id,
              (select e.id from plan_element e where e.case_id = c.id and e.kind = 'ACTION' order by e.id offset 1 limit 1) as soon_id
         from case_file c
         join director_assignment d on d.case_id = c.id and d.kind = 'CASE_DIRECTOR' and d.status = 'ACCEPTED'
         join app_user u on u.id = d.user_id and u.email = ?
        where c.status = 'ACTIVE' and (select count(*) from plan_element e where e.case_id = c.id and e.kind = 'ACTION') >= 2
          and not exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = c.id and o.type = 'CHILD_PROTECTION_BOARD')
        order by c.reference limit 1`,
      [DIRECTOR],
    );
    expect(target).toBeDefined();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    await platform.sql("update plan_element set status = 'OPEN', due_on = (?::date - 30) where id = ?", [
      today,
      target!.late_id,
    ]);
    await platform.sql("update plan_element set status = 'IN_PROGRESS', due_on = (?::date + 3) where id = ?", [
      today,
      target!.soon_id,
    ]);

    const director = await new ApiClient(platform.baseUrl).loginAs(DIRECTOR);
    const { myPlanActions } = await director.ok<{ myPlanActions: Row[] }>(MY_ACTIONS);
    const late = myPlanActions.find((a) => a.id === target!.late_id);
    const soon = myPlanActions.find((a) => a.id === target!.soon_id);
    expect(late).toMatchObject({ caseId: target!.case_id, reason: 'I_DIRECT_THE_CASE' });
    expect(late!.workingDaysLate).toBeGreaterThanOrEqual(19);
    expect(soon).toMatchObject({ workingDaysLate: 0 });
    // Late ones come first; nothing due later than a week from today.
    const firstSoon = myPlanActions.findIndex((a) => a.workingDaysLate === 0);
    expect(myPlanActions.slice(firstSoon).every((a) => a.workingDaysLate === 0)).toBe(true);
    for (const a of myPlanActions)
      expect(a.dueOn <= new Date(Date.parse(`${today}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10)).toBe(
        true,
      );

    const audited = await platform.sql<{ n: number }>(
      "select count(*)::int as n from audit.event where action = 'READ' and subject_type = 'PlanElement' and case_id = ? and reason = 'MY_ACTIONS'",
      [target!.case_id],
    );
    expect(audited[0]!.n).toBeGreaterThan(0);

    const outsider = await new ApiClient(platform.baseUrl).loginAs(OUTSIDER);
    const theirs = (await outsider.ok<{ myPlanActions: Row[] }>(MY_ACTIONS)).myPlanActions;
    expect(theirs.some((a) => a.caseId === target!.case_id)).toBe(false);
  });

  it('needs a session', async () => {
    const anonymous = await new ApiClient(platform.baseUrl).request(MY_ACTIONS);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
