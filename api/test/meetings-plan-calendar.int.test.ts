import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { type ApiClient, codeOf } from './support/graphql-client.js';
import { ADD_GOAL, clientFor, nlDaysFromToday, PLAN, type PlanView } from './support/plan-fixtures.js';
import {
  CHAIR,
  POLICE,
  CARE,
  DECISION,
  CREATE_SERIES,
  PLAN_MEETING,
  ADD_ITEM,
  ATTEND,
  DECIDE,
  HELD,
  ACTIVE,
  type MeetingView,
} from './support/meetings-fixtures.js';

/**
 * From the meeting to the plan's sign-off, and the meeting in the attendees' calendars
 * (docs/meetings.md): the chair of a held meeting proposes an item's case plan through the plan's
 * own sign-off flow (its rules and problems unchanged); the calendar file (RFC 5545) is for who
 * may read the meeting and holds no household data; the web's rules get the facts they decide
 * with (`caseViewerAccess`) and the chair the people to record as present.
 */

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(async () => {
  await platform?.stop();
});

const sql = <T>(text: string, params: unknown[] = []) => platform.sql<T>(text, params);
const count = async (from: string, params: unknown[] = []) =>
  Number((await sql<{ n: string }>(`select count(*) as n from ${from}`, params))[0]!.n);
const userOf = async (email: string) =>
  (
    await sql<{ organisation_id: string; id: string }>('select organisation_id, id from app_user where email = ?', [
      email,
    ])
  )[0]!;

const PROPOSE = `mutation ($i: ProposePlanFromMeetingInput!) { proposePlanFromMeeting(input: $i) { id status } }`;
const EXTRA = `query ($id: ID!) { meeting(id: $id) { id attendeeCandidates { id name organisationId }
  items { id caseId caseViewerAccess } } }`;
const SERIES_NAME = 'MDO Zuid (test; ICS, escaping)';
const PLACE = 'Zorg- en Veiligheidshuis, zaal 2; ingang B';

interface Setting {
  meetingId: string;
  itemId: string;
  caseId: string;
  startsAt: string;
  members: string[];
  chair: ApiClient;
  police: ApiClient;
  care: ApiClient;
  policeOrg: string;
}

let s: Setting;
beforeAll(async () => {
  const chairUser = await userOf(CHAIR);
  const policeOrg = (await userOf(POLICE)).organisation_id;
  const careOrg = (await userOf(CARE)).organisation_id;
  // A case of the chair's and the police's teams without a plan yet: the test writes the whole plan.
  const [found] = await sql<{ id: string }>(
    `select c.id from case_file c where c.status = 'ACTIVE'
        and exists (select 1 from case_team_membership m where m.case_id = c.id and m.organisation_id = ? and ${ACTIVE})
        and exists (select 1 from case_team_membership m where m.case_id = c.id and m.organisation_id = ? and ${ACTIVE})
        and not exists (select 1 from plan p where p.case_id = c.id)
      order by c.reference limit 1`,
    [chairUser.organisation_id, policeOrg],
  );
  if (!found) throw new Error('demo data lacks a case of the chair and the police without a plan');
  const chair = await clientFor(platform, CHAIR, 'MDO_PREPARATION');
  const police = await clientFor(platform, POLICE, 'MDO_PREPARATION');
  const care = await clientFor(platform, CARE, 'MDO_PREPARATION');
  const members = (await sql<{ id: string }>('select id from organisation where id <> ? order by id', [careOrg])).map(
    (o) => o.id,
  );
  const series = await chair.ok<{ createMeetingSeries: { id: string } }>(CREATE_SERIES, {
    i: { name: SERIES_NAME, rhythm: 'elke dinsdag 10:00', memberOrganisationIds: members },
  });
  const startsAt = new Date(Date.now() + 3_600_000);
  startsAt.setUTCSeconds(0, 0);
  const planned = await chair.ok<{ planMeeting: MeetingView }>(PLAN_MEETING, {
    i: { seriesId: series.createMeetingSeries.id, startsAt: startsAt.toISOString(), place: PLACE },
  });
  const meetingId = planned.planMeeting.id;
  const view = (await chair.ok<{ addAgendaItem: MeetingView }>(ADD_ITEM, { i: { meetingId, caseId: found.id } }))
    .addAgendaItem;
  s = {
    meetingId,
    itemId: view.items[0]!.id,
    caseId: found.id,
    startsAt: startsAt.toISOString(),
    members,
    chair,
    police,
    care,
    policeOrg,
  };
}, 60_000);

describe('what the web decides with', () => {
  it('each item names how the viewer reaches its case; only the chair gets the professionals to record as present', async () => {
    type Extra = {
      meeting: {
        attendeeCandidates: { id: string; organisationId: string }[];
        items: { id: string; caseId: string | null; caseViewerAccess: string[] }[];
      };
    };
    const asChair = (await s.chair.ok<Extra>(EXTRA, { id: s.meetingId })).meeting;
    const asPolice = (await s.police.ok<Extra>(EXTRA, { id: s.meetingId })).meeting;
    expect(asPolice.items[0]).toMatchObject({ id: s.itemId, caseId: s.caseId, caseViewerAccess: ['TEAM'] });
    expect(asChair.items[0]!.caseViewerAccess).toContain('TEAM');
    expect(asChair.attendeeCandidates.length).toBeGreaterThan(1);
    expect(asChair.attendeeCandidates.every((p) => s.members.includes(p.organisationId))).toBe(true);
    expect(asChair.attendeeCandidates.map((p) => p.organisationId)).toContain(s.policeOrg);
    expect(asPolice.attendeeCandidates).toEqual([]);
  });
});

describe('a decision becomes a new goal in the plan', () => {
  const GOAL_DECISION = 'Doel: het kind woont veilig bij de grootmoeder';
  it("the plan's problems come back under goal.*, nothing stored; then goal and its action are created together and linked", async () => {
    const before = {
      decisions: await count('meeting_decision where item_id = ?', [s.itemId]),
      elements: await count('plan_element where case_id = ?', [s.caseId]),
    };
    const bad = await s.chair.request(DECIDE, {
      i: { itemId: s.itemId, text: GOAL_DECISION, goal: { phase: null, lifeDomain: null, concerns: [] } },
    });
    expect(codeOf(bad.errors)).toBe('BAD_USER_INPUT');
    const fields = ((bad.errors![0]!.extensions!.problems ?? []) as { field: string }[]).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['goal.phase', 'goal.lifeDomain', 'goal.measurableEnd']));
    expect(fields.every((f) => f.startsWith('goal.'))).toBe(true);
    expect(await count('meeting_decision where item_id = ?', [s.itemId])).toBe(before.decisions);
    expect(await count('plan_element where case_id = ?', [s.caseId])).toBe(before.elements);

    const [person] = await sql<{ person_id: string }>(
      'select hm.person_id from household_member hm join case_file c on c.household_id = hm.household_id where c.id = ? order by hm.person_id limit 1',
      [s.caseId],
    );
    type Decided = {
      recordDecision: {
        items: { decisions: { text: string | null; planGoalId: string | null; planActionId: string | null }[] }[];
      };
    };
    const decided = await s.chair.ok<Decided>(
      `mutation ($i: RecordDecisionInput!) { recordDecision(input: $i) { items { decisions { text planGoalId planActionId } } } }`,
      {
        i: {
          itemId: s.itemId,
          text: GOAL_DECISION,
          goal: {
            phase: 'STABLE_SAFETY',
            lifeDomain: 'SAFETY',
            concerns: [person!.person_id],
            measurableEnd: 'Zes maanden zonder melding bij Veilig Thuis',
          },
          action: { ownerOrganisationId: s.policeOrg, dueOn: nlDaysFromToday(10) },
        },
      },
    );
    const decision = decided.recordDecision.items[0]!.decisions.find((d) => d.text === GOAL_DECISION)!;
    expect(decision.planGoalId).not.toBeNull();
    expect(decision.planActionId).not.toBeNull();
    const rows = await sql<{ id: string; kind: string; parent_id: string | null }>(
      'select id, kind, parent_id from plan_element where id in (?, ?) order by kind',
      [decision.planGoalId, decision.planActionId],
    );
    expect(rows).toEqual([
      { id: decision.planActionId, kind: 'ACTION', parent_id: decision.planGoalId },
      { id: decision.planGoalId, kind: 'GOAL', parent_id: null },
    ]);
    const plan = (await s.police.ok<PlanView>(PLAN, { caseId: s.caseId })).plan!;
    const goal = plan.workingCopy.goals.find((g) => g.id === decision.planGoalId);
    expect(goal?.description).toBe(GOAL_DECISION);
    expect(goal?.phase).toBe('STABLE_SAFETY');
    expect(goal?.actions.map((a) => [a.id, a.description, a.ownerOrganisation?.type])).toEqual([
      [decision.planActionId, GOAL_DECISION, 'POLICE'],
    ]);
  });
});

describe('"propose the plan for sign-off" from the meeting', () => {
  let goalId: string;
  beforeAll(async () => {
    const [person] = await sql<{ person_id: string }>(
      'select hm.person_id from household_member hm join case_file c on c.household_id = hm.household_id where c.id = ? order by hm.person_id limit 1',
      [s.caseId],
    );
    goalId = (
      await s.chair.ok<{ addGoal: { id: string } }>(ADD_GOAL, {
        i: {
          caseId: s.caseId,
          phase: 'DIRECT_SAFETY',
          lifeDomain: 'SAFETY',
          concerns: [person!.person_id],
          description: 'Het contactverbod wordt nageleefd',
          measurableEnd: 'Drie maanden geen overtreding gemeld',
        },
      })
    ).addGoal.id;
  });

  const planOf = async (client: ApiClient) => (await client.ok<PlanView>(PLAN, { caseId: s.caseId })).plan!;
  const versions = () => count('plan_version where case_id = ?', [s.caseId]);

  it('before the meeting is held, by anyone but the chair, or outside the table it is refused and nothing is proposed', async () => {
    // A goal without an action: even once held the plan service would refuse; first the meeting's own rules.
    const plan = await planOf(s.chair);
    const early = await s.chair.request(PROPOSE, { i: { itemId: s.itemId, expectedPlanVersion: plan.version } });
    expect(codeOf(early.errors)).toBe('CONFLICT');
    expect(early.errors![0]!.extensions!.reason).toBe('MEETING_NOT_HELD');
    const police = await s.police.request(PROPOSE, { i: { itemId: s.itemId, expectedPlanVersion: plan.version } });
    expect(codeOf(police.errors)).toBe('FORBIDDEN');
    const outsider = await s.care.request(PROPOSE, { i: { itemId: s.itemId, expectedPlanVersion: plan.version } });
    expect(codeOf(outsider.errors)).toBe('NOT_FOUND');
    expect(await versions()).toBe(0);
    expect((await planOf(s.chair)).status).toBe('DRAFT');
  });

  it('once held the plan service decides: its problems come back unchanged, then the chair proposes and every team organisation is asked', async () => {
    await s.chair.ok(HELD, { id: s.meetingId });
    // The plan's own rule: every goal needs an action.
    const withoutAction = await s.chair.request(PROPOSE, {
      i: { itemId: s.itemId, expectedPlanVersion: (await planOf(s.chair)).version },
    });
    expect(codeOf(withoutAction.errors)).toBe('BAD_USER_INPUT');
    expect(((withoutAction.errors![0]!.extensions!.problems ?? []) as { field: string }[]).map((p) => p.field)).toEqual(
      ['goals'],
    );
    expect(await versions()).toBe(0);

    // Written up after the meeting: the decision becomes the goal's action.
    await s.chair.ok(DECIDE, {
      i: {
        itemId: s.itemId,
        text: DECISION,
        action: { goalId, ownerOrganisationId: s.policeOrg, dueOn: nlDaysFromToday(4) },
      },
    });
    const draft = await planOf(s.chair);
    const stale = await s.chair.request(PROPOSE, { i: { itemId: s.itemId, expectedPlanVersion: draft.version - 1 } });
    expect(codeOf(stale.errors)).toBe('CONFLICT');
    expect(await versions()).toBe(0);

    const auditBefore = await count(
      `audit.event where subject_type = 'MeetingItem' and subject_id = ? and action = 'UPDATE' and reason = ?`,
      [s.itemId, `MDO ${s.meetingId}`],
    );
    await s.chair.ok(PROPOSE, { i: { itemId: s.itemId, expectedPlanVersion: draft.version } });
    const proposed = await planOf(s.police);
    expect(proposed.status).toBe('PROPOSED');
    const [version] = await sql<{ number: number; proposed_by_id: string }>(
      'select number, proposed_by_id from plan_version where case_id = ?',
      [s.caseId],
    );
    expect(version).toEqual({ number: 1, proposed_by_id: (await userOf(CHAIR)).id });
    expect(
      await count(
        `audit.event where subject_type = 'MeetingItem' and subject_id = ? and action = 'UPDATE' and reason = ?`,
        [s.itemId, `MDO ${s.meetingId}`],
      ),
    ).toBe(auditBefore + 1);
    expect(
      await count(`audit.event where subject_type = 'PlanVersion' and case_id = ? and reason = 'PROPOSE_VERSION_1'`, [
        s.caseId,
      ]),
    ).toBe(1);

    // Proposing again: the plan service's own conflict (a proposal is open), nothing new.
    const again = await s.chair.request(PROPOSE, {
      i: { itemId: s.itemId, expectedPlanVersion: (await planOf(s.chair)).version },
    });
    expect(codeOf(again.errors)).toBe('CONFLICT');
    expect(await versions()).toBe(1);
  });
});

/** Content lines of an iCalendar text: unfolded (RFC 5545 3.1), as [name with parameters, value]. */
function contentLines(text: string): [string, string][] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((l) => l !== '')
    .map((l) => {
      // The value starts at the first colon outside a quoted parameter value (RFC 5545 3.1).
      let quoted = false;
      let colon = -1;
      for (let i = 0; i < l.length && colon < 0; i++) {
        if (l[i] === '"') quoted = !quoted;
        else if (l[i] === ':' && !quoted) colon = i;
      }
      return [l.slice(0, colon), l.slice(colon + 1)];
    });
}
const unescapeText = (v: string) => v.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');

describe('the calendar file (.ics)', () => {
  const icsAs = (client: ApiClient | null) =>
    fetch(`${platform.baseUrl}/api/meetings/${s.meetingId}/calendar.ics`, {
      headers: client?.token ? { authorization: `Bearer ${client.token}` } : {},
    });

  it('is a VCALENDAR an attendee can import: stable UID, times in UTC, escaped texts, folded lines, no household data', async () => {
    const response = await icsAs(s.police);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar; charset=utf-8/);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="mdo-\d{4}-\d{2}-\d{2}\.ics"/);
    const text = await response.text();
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const lines = contentLines(text);
    const names = lines.map(([n]) => n);
    expect(names[0]).toBe('BEGIN');
    expect(lines.filter(([n]) => n === 'BEGIN').map(([, v]) => v)).toEqual(['VCALENDAR', 'VEVENT']);
    expect(lines.filter(([n]) => n === 'END').map(([, v]) => v)).toEqual(['VEVENT', 'VCALENDAR']);
    const value = (name: string) => lines.find(([n]) => n === name)?.[1];
    expect(value('VERSION')).toBe('2.0');
    // A plain event to import, not an iTIP message (PUBLISH carries no attendees).
    expect(value('METHOD')).toBeUndefined();
    expect(value('PRODID')).toBeTruthy();
    expect(value('UID')).toBe(`meeting-${s.meetingId}@mda-platform`);
    expect(value('DTSTAMP')).toMatch(/^\d{8}T\d{6}Z$/);
    const start = s.startsAt.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    expect(value('DTSTART')).toBe(start);
    const end = new Date(new Date(s.startsAt).getTime() + 2 * 3_600_000).toISOString();
    expect(value('DTEND')).toBe(end.replace(/[-:]/g, '').replace(/\.\d{3}/, ''));
    expect(unescapeText(value('SUMMARY')!)).toContain(SERIES_NAME);
    expect(unescapeText(value('LOCATION')!)).toBe(PLACE);
    expect(value('SUMMARY')).toContain('\\;');
    expect(value('SUMMARY')).toContain('\\,');
    expect(unescapeText(value('DESCRIPTION')!)).toContain('1 agendapunt');
    // No household data: neither the case reference nor any household member's name.
    const [ref] = await sql<{ reference: string }>('select reference from case_file where id = ?', [s.caseId]);
    expect(text).not.toContain(ref!.reference);
    const persons = await sql<{ name: string }>(
      `select p.last_name as name from person p join household_member hm on hm.person_id = p.id join case_file c on c.household_id = hm.household_id where c.id = ?`,
      [s.caseId],
    );
    for (const p of persons) expect(unescapeText(text)).not.toContain(p.name);
    // The same meeting gives the same event: UID and DTSTAMP are stable.
    const again = contentLines(await (await icsAs(s.chair)).text());
    expect(again.find(([n]) => n === 'UID')?.[1]).toBe(value('UID'));
    expect(again.find(([n]) => n === 'DTSTAMP')?.[1]).toBe(value('DTSTAMP'));
  });

  it('only for who may read the meeting: an organisation outside the table answers NOT_FOUND, no session UNAUTHENTICATED', async () => {
    const outsider = await icsAs(s.care);
    expect(outsider.status).toBe(404);
    expect(((await outsider.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'NOT_FOUND',
    );
    const anonymous = await icsAs(null);
    expect(anonymous.status).toBe(401);
  });
});

describe('the end time and the attendees in the calendar file', () => {
  const icsOf = async (meetingId: string, client: ApiClient) => {
    const response = await fetch(`${platform.baseUrl}/api/meetings/${meetingId}/calendar.ics`, {
      headers: { authorization: `Bearer ${client.token}` },
    });
    return response.text();
  };
  const utc = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');

  it('the chair plans the end: DTEND is that end; a default of two hours; an end before the start or over 12 hours is refused at endsAt, nothing stored', async () => {
    const [seriesRow] = await sql<{ series_id: string }>('select series_id from meeting where id = ?', [s.meetingId]);
    const before = Number((await sql<{ n: string }>('select count(*) as n from meeting'))[0]!.n);
    const start = new Date(new Date(s.startsAt).getTime() + 86_400_000);
    for (const endsAt of [new Date(start.getTime() - 60_000), new Date(start.getTime() + 13 * 3_600_000)]) {
      const refused = await s.chair.request(PLAN_MEETING, {
        i: {
          seriesId: seriesRow!.series_id,
          startsAt: start.toISOString(),
          endsAt: endsAt.toISOString(),
          place: 'Zaal 3',
        },
      });
      expect(codeOf(refused.errors)).toBe('BAD_USER_INPUT');
      expect(((refused.errors![0]!.extensions!.problems ?? []) as { field: string }[]).map((p) => p.field)).toEqual([
        'endsAt',
      ]);
    }
    expect(Number((await sql<{ n: string }>('select count(*) as n from meeting'))[0]!.n)).toBe(before);
    const end = new Date(start.getTime() + 90 * 60_000);
    const planned = await s.chair.ok<{ planMeeting: { id: string; endsAt: string } }>(
      `mutation ($i: PlanMeetingInput!) { planMeeting(input: $i) { id endsAt } }`,
      {
        i: {
          seriesId: seriesRow!.series_id,
          startsAt: start.toISOString(),
          endsAt: end.toISOString(),
          place: 'Zaal 3',
        },
      },
    );
    expect(planned.planMeeting.endsAt).toBe(end.toISOString());
    const lines = contentLines(await icsOf(planned.planMeeting.id, s.police));
    expect(lines.find(([n]) => n === 'DTSTART')?.[1]).toBe(utc(start.toISOString()));
    expect(lines.find(([n]) => n === 'DTEND')?.[1]).toBe(utc(end.toISOString()));
  });

  it("names the chair and the table's organisations, and the professionals recorded for the whole meeting; no e-mail, no presence at an item, no client", async () => {
    const police = await userOf(POLICE);
    await s.chair.ok(ATTEND, {
      i: { meetingId: s.meetingId, organisationId: police.organisation_id, userId: police.id, status: 'PRESENT' },
    });
    // Presence at the item (the case) stays out of the file.
    await s.chair.ok(ATTEND, {
      i: { meetingId: s.meetingId, itemId: s.itemId, organisationId: police.organisation_id, status: 'PRESENT' },
    });
    const text = await icsOf(s.meetingId, s.police);
    const lines = contentLines(text);
    const chair = await userOf(CHAIR);
    const [chairName] = await sql<{ display_name: string }>('select display_name from app_user where id = ?', [
      chair.id,
    ]);
    expect(lines.filter(([n]) => n.startsWith('ORGANIZER'))).toEqual([
      [`ORGANIZER;CN="${chairName!.display_name}"`, `urn:uuid:${chair.id}`],
    ]);
    const attendees = lines.filter(([n]) => n.startsWith('ATTENDEE'));
    const groups = attendees.filter(([n]) => n.includes('CUTYPE=GROUP')).map(([, v]) => v);
    expect(groups.sort()).toEqual(s.members.map((id) => `urn:uuid:${id}`).sort());
    const [policeName] = await sql<{ display_name: string }>('select display_name from app_user where id = ?', [
      police.id,
    ]);
    expect(attendees.filter(([n]) => n.includes('CUTYPE=INDIVIDUAL'))).toEqual([
      [
        `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="${policeName!.display_name}";MEMBER="urn:uuid:${police.organisation_id}"`,
        `urn:uuid:${police.id}`,
      ],
    ]);
    // The police organisation's own line is not marked present by its presence at the item.
    const policeGroup = attendees.find(
      ([n, v]) => n.includes('CUTYPE=GROUP') && v === `urn:uuid:${police.organisation_id}`,
    );
    expect(policeGroup?.[0]).toContain('PARTSTAT=NEEDS-ACTION');
    expect(text).not.toMatch(/mailto:|@demo\.mda\.test/);
    const [ref] = await sql<{ reference: string }>('select reference from case_file where id = ?', [s.caseId]);
    expect(text).not.toContain(ref!.reference);
    const persons = await sql<{ first: string; last: string }>(
      `select p.first_name as first, p.last_name as last from person p join household_member hm on hm.person_id = p.id join case_file c on c.household_id = hm.household_id where c.id = ?`,
      [s.caseId],
    );
    for (const p of persons) {
      expect(unescapeText(text.replace(/\r\n[ \t]/g, ''))).not.toContain(p.last);
    }
  });
});
