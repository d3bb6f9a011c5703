import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient, codeOf, PERSONAS } from './support/graphql-client.js';
import { flatText } from './support/pdf-text.js';
import { eventually, liveClient, LiveSubscription } from './support/live-client.js';
import { ADD_GOAL, clientFor, isoDaysFromToday, PLAN, type PlanView } from './support/plan-fixtures.js';

/**
 * The multidisciplinary meeting (docs/meetings.md), as the issue's "done means" put it: the
 * police sit at an MDO with three cases and are on the team of two; they hear and contribute
 * to those two, see that the third exists and nothing of it; being present at the third is
 * refused; a decision becomes a police action in the plan and the police are told; every item
 * read is on record with the meeting as purpose; agreed minutes are frozen.
 */
const CHAIR = 'procesregisseur.veiligthuis@demo.mda.test';
const POLICE = 'politie@demo.mda.test';
const CARE = 'ggz@demo.mda.test';
const DECISION = 'politie: rapport over het contactverbod vóór vrijdag';

const MEETING_FIELDS = `id status currentItemId version heldAt minutesAgreedAt viewerCan { run addItem }
  series { id name chairId members { id type } }
  items { id position kind visible label caseId caseReference title question questionCategory considerations safetyScore version redactedFields
    viewerCanContribute viewerCanDecide
    participants { organisation { id type } legalBasisKind legalBasis }
    contributions { kind category body redactedFields organisation { type } }
    decisions { id text planActionId ownerOrganisation { id type } dueOn notifiedAt } }
  attendance { itemId organisation { id } status }`;
const MEETING = `query ($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} } }`;
const MY_MEETINGS = '{ myMeetings { id seriesName startsAt place status itemCount viewerIsChair } }';
const CREATE_SERIES = 'mutation ($i: CreateMeetingSeriesInput!) { createMeetingSeries(input: $i) { id name } }';
const PLAN_MEETING = `mutation ($i: PlanMeetingInput!) { planMeeting(input: $i) { ${MEETING_FIELDS} } }`;
const ADD_ITEM = `mutation ($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { ${MEETING_FIELDS} } }`;
const ATTEND = `mutation ($i: RecordAttendanceInput!) { recordAttendance(input: $i) { ${MEETING_FIELDS} } }`;
const FORM = `mutation ($i: SaveItemFormInput!) { saveItemForm(input: $i) { ${MEETING_FIELDS} } }`;
const CONTRIBUTE = `mutation ($i: AddItemContributionInput!) { addItemContribution(input: $i) { ${MEETING_FIELDS} } }`;
const DECIDE = `mutation ($i: RecordDecisionInput!) { recordDecision(input: $i) { ${MEETING_FIELDS} } }`;
const START = `mutation ($id: ID!) { startMeeting(meetingId: $id) { ${MEETING_FIELDS} } }`;
const NEXT = `mutation ($i: MoveToItemInput!) { moveToItem(input: $i) { ${MEETING_FIELDS} } }`;
const HELD = `mutation ($id: ID!) { markMeetingHeld(meetingId: $id) { ${MEETING_FIELDS} } }`;
const AGREE = `mutation ($id: ID!) { agreeMinutes(meetingId: $id) { ${MEETING_FIELDS} } }`;
const HISTORY = 'query ($id: ID!) { case(id: $id) { id meetingHistory { id seriesName status } } }';

interface ItemView {
  id: string;
  position: number;
  visible: boolean;
  label: string;
  caseId: string | null;
  caseReference: string | null;
  question: string | null;
  considerations: string | null;
  safetyScore: number | null;
  version: number | null;
  redactedFields: string[];
  viewerCanContribute: boolean;
  participants: { organisation: { id: string; type: string }; legalBasisKind: string; legalBasis: string }[];
  contributions: {
    kind: string;
    category: string;
    body: string | null;
    redactedFields: string[];
    organisation: { type: string };
  }[];
  decisions: {
    id: string;
    text: string | null;
    planActionId: string | null;
    ownerOrganisation: { id: string; type: string } | null;
    dueOn: string | null;
    notifiedAt: string | null;
  }[];
}
interface MeetingView {
  id: string;
  status: string;
  currentItemId: string | null;
  viewerCan: { run: boolean; addItem: boolean };
  items: ItemView[];
  attendance: { itemId: string | null; organisation: { id: string }; status: string }[];
}

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
const ACTIVE =
  'm.ended_at is null and m.valid_from <= current_date and (m.valid_until is null or m.valid_until >= current_date)';
const orgOf = async (email: string) =>
  (
    await sql<{ organisation_id: string; id: string }>('select organisation_id, id from app_user where email = ?', [
      email,
    ])
  )[0]!;

/** ACTIVE cases on whose team the chair's organisation sits, with or without the police. */
async function casesWith(chairOrg: string, policeOrg: string, police: boolean, n: number): Promise<string[]> {
  const rows = await sql<{ id: string }>(
    `select c.id from case_file c
      where c.status = 'ACTIVE'
        and exists (select 1 from case_team_membership m where m.case_id = c.id and m.organisation_id = ? and ${ACTIVE})
        and ${police ? '' : 'not'} exists (select 1 from case_team_membership m where m.case_id = c.id and m.organisation_id = ? and ${ACTIVE})
        ${police ? `and exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = c.id and o.type = 'LOCAL_TEAM' and ${ACTIVE})` : ''}
        and not exists (select 1 from plan p where p.case_id = c.id and (p.status = 'PROPOSED' or p.first_meeting_on is not null))
      order by c.reference limit ?`,
    [chairOrg, policeOrg, n],
  );
  if (rows.length < n) throw new Error(`demo data lacks ${n} cases (police ${police})`);
  return rows.map((r) => r.id);
}

interface Setting {
  meetingId: string;
  caseIds: [string, string, string];
  chair: ApiClient;
  police: ApiClient;
  chairOrg: string;
  policeOrg: string;
  /** A local-team persona on the team of the first case (reads no criminal data). */
  local: string;
  view: MeetingView;
}

async function setting(): Promise<Setting> {
  const chairUser = await orgOf(CHAIR);
  const policeOrg = (await orgOf(POLICE)).organisation_id;
  const careOrg = (await orgOf(CARE)).organisation_id;
  const [a, b] = await casesWith(chairUser.organisation_id, policeOrg, true, 2);
  const [c] = await casesWith(chairUser.organisation_id, policeOrg, false, 1);
  const chair = await clientFor(platform, CHAIR, 'MDO_PREPARATION');
  const police = await clientFor(platform, POLICE, 'MDO_PREPARATION');
  const locals = await sql<{ email: string }>(
    `select u.email from app_user u join case_team_membership m on m.organisation_id = u.organisation_id join organisation o on o.id = u.organisation_id
      where m.case_id = ? and o.type = 'LOCAL_TEAM' and 'PROFESSIONAL' = any(u.roles) and ${ACTIVE} order by u.email`,
    [a],
  );
  const local = locals.find((l) => PERSONAS.some((p) => p.email === l.email))?.email;
  if (!local) throw new Error('demo data lacks a local-team persona on the first case');
  // Every organisation sits at this table except the care provider (to show an outsider).
  const members = (await sql<{ id: string }>('select id from organisation where id <> ?', [careOrg])).map((o) => o.id);
  const series = await chair.ok<{ createMeetingSeries: { id: string } }>(CREATE_SERIES, {
    i: { name: 'MDA++ MDO Rotterdam-Zuid (test)', rhythm: 'elke dinsdag 10:00', memberOrganisationIds: members },
  });
  const planned = await chair.ok<{ planMeeting: MeetingView }>(PLAN_MEETING, {
    i: {
      seriesId: series.createMeetingSeries.id,
      startsAt: new Date(Date.now() + 3_600_000).toISOString(),
      place: 'Zorg- en Veiligheidshuis, zaal 2',
    },
  });
  const meetingId = planned.planMeeting.id;
  let view = planned.planMeeting;
  for (const caseId of [a!, b!, c!])
    view = (await chair.ok<{ addAgendaItem: MeetingView }>(ADD_ITEM, { i: { meetingId, caseId } })).addAgendaItem;
  return {
    meetingId,
    caseIds: [a!, b!, c!],
    chair,
    police,
    chairOrg: chairUser.organisation_id,
    policeOrg,
    local,
    view,
  };
}

let s: Setting;
beforeAll(async () => {
  s = await setting();
}, 60_000);

describe('who hears which item', () => {
  it('the chair hears all three items and sees who may take part, with their legal basis', () => {
    expect(s.view.viewerCan.run).toBe(true);
    expect(s.view.items.map((i) => [i.position, i.visible, i.label])).toEqual([
      [1, true, 'Casus 1'],
      [2, true, 'Casus 2'],
      [3, true, 'Casus 3'],
    ]);
    const first = s.view.items[0]!;
    expect(first.participants.map((p) => p.organisation.id)).toContain(s.policeOrg);
    expect(first.participants.every((p) => p.legalBasis.length > 5)).toBe(true);
    expect(s.view.items[2]!.participants.map((p) => p.organisation.id)).not.toContain(s.policeOrg);
  });

  it('the police see and contribute to the two items of their teams, see that the third exists and nothing of it; every item read is audited with the meeting as purpose', async () => {
    const policeUser = await orgOf(POLICE);
    const auditBefore = await count(
      `audit.event where actor_user_id = ? and subject_type = 'MeetingItem' and action = 'READ'`,
      [policeUser.id],
    );
    const seen = (await s.police.ok<{ meeting: MeetingView }>(MEETING, { id: s.meetingId })).meeting;
    expect(seen.viewerCan.run).toBe(false);
    expect(seen.items.map((i) => [i.visible, i.label])).toEqual([
      [true, 'Casus 1'],
      [true, 'Casus 2'],
      [false, 'Casus 3 - niet voor uw organisatie'],
    ]);
    const third = seen.items[2]!;
    expect(third).toMatchObject({
      caseId: null,
      caseReference: null,
      question: null,
      considerations: null,
      safetyScore: null,
      version: null,
      participants: [],
      contributions: [],
      decisions: [],
      viewerCanContribute: false,
    });
    expect(seen.items[0]!.caseId).toBe(s.caseIds[0]);
    expect(seen.items[0]!.viewerCanContribute).toBe(true);

    const audited = await sql<{ subject_id: string; reason: string; purpose: string }>(
      `select subject_id, reason, purpose from audit.event where actor_user_id = ? and subject_type = 'MeetingItem' and action = 'READ' order by seq desc limit 2`,
      [policeUser.id],
    );
    expect(
      await count(`audit.event where actor_user_id = ? and subject_type = 'MeetingItem' and action = 'READ'`, [
        policeUser.id,
      ]),
    ).toBe(auditBefore + 2);
    expect(audited.map((a) => a.subject_id).sort()).toEqual([seen.items[0]!.id, seen.items[1]!.id].sort());
    expect(audited.every((a) => a.reason === `MDO ${s.meetingId}` && a.purpose === 'MDO_PREPARATION')).toBe(true);
    expect(
      await count(`audit.event where actor_user_id = ? and subject_type = 'MeetingItem' and subject_id = ?`, [
        policeUser.id,
        third.id,
      ]),
    ).toBe(0);

    // Contributing: their picture (criminal data) on their own case...
    const picture = 'Politie: twee meldingen huiselijk geweld in drie maanden; contactverbod loopt.';
    const after = (
      await s.police.ok<{ addItemContribution: MeetingView }>(CONTRIBUTE, {
        i: { itemId: seen.items[0]!.id, kind: 'PICTURE', category: 'CRIMINAL', body: picture },
      })
    ).addItemContribution;
    expect(after.items[0]!.contributions.map((c) => c.body)).toContain(picture);
    // ...and nothing on the third: it answers like a missing item, nothing stored.
    const contributionsBefore = await count('meeting_contribution');
    const refused = await s.police.request(CONTRIBUTE, {
      i: { itemId: third.id, kind: 'PICTURE', category: 'PLAN', body: 'Mag niet worden opgeslagen' },
    });
    expect(codeOf(refused.errors)).toBe('NOT_FOUND');
    expect(await count('meeting_contribution')).toBe(contributionsBefore);
  });

  it("a partner whose organisation may not read criminal data gets the police's picture masked", async () => {
    const local = await clientFor(platform, s.local, 'MDO_PREPARATION');
    const seen = (await local.ok<{ meeting: MeetingView }>(MEETING, { id: s.meetingId })).meeting;
    expect(seen.items[0]!.visible).toBe(true);
    const criminal = seen.items[0]!.contributions.filter((x) => x.category === 'CRIMINAL');
    expect(criminal.length).toBeGreaterThan(0);
    for (const c of criminal) {
      expect(c.body).toBeNull();
      expect(c.redactedFields).toEqual(['body']);
    }
  });
});

describe('attendance', () => {
  it('marking the police present at the item of a case whose team they are not on is refused with the reason, and nothing is stored', async () => {
    const before = await count('meeting_attendance where meeting_id = ?', [s.meetingId]);
    const third = s.view.items[2]!;
    const refused = await s.chair.request(ATTEND, {
      i: { meetingId: s.meetingId, itemId: third.id, organisationId: s.policeOrg, status: 'PRESENT' },
    });
    expect(codeOf(refused.errors)).toBe('FORBIDDEN');
    expect(refused.errors![0]!.extensions!.reason).toBe('NOT_ON_CASE_TEAM');
    expect(refused.errors![0]!.message).toContain('niet in het casusteam van Casus 3');
    expect(await count('meeting_attendance where meeting_id = ?', [s.meetingId])).toBe(before);
    // The police may not sign themselves in either.
    const own = await s.police.request(ATTEND, {
      i: { meetingId: s.meetingId, itemId: third.id, organisationId: s.policeOrg, status: 'PRESENT' },
    });
    expect(own.errors![0]!.extensions!.reason).toBe('NOT_ON_CASE_TEAM');
    expect(await count('meeting_attendance where meeting_id = ?', [s.meetingId])).toBe(before);
  });

  it('present at the meeting and at an item of their team; bad input names every field', async () => {
    const meetingLevel = await s.police.ok<{ recordAttendance: MeetingView }>(ATTEND, {
      i: { meetingId: s.meetingId, organisationId: s.policeOrg, status: 'PRESENT' },
    });
    expect(
      meetingLevel.recordAttendance.attendance.some(
        (a) => a.itemId === null && a.organisation.id === s.policeOrg && a.status === 'PRESENT',
      ),
    ).toBe(true);
    const first = s.view.items[0]!;
    const atItem = await s.chair.ok<{ recordAttendance: MeetingView }>(ATTEND, {
      i: { meetingId: s.meetingId, itemId: first.id, organisationId: s.policeOrg, status: 'PRESENT' },
    });
    expect(atItem.recordAttendance.attendance.some((a) => a.itemId === first.id && a.status === 'PRESENT')).toBe(true);

    const before = await count('meeting_attendance');
    const bad = await s.chair.request(ATTEND, {
      i: {
        meetingId: s.meetingId,
        itemId: '00000000-0000-4000-8000-000000000000',
        organisationId: '00000000-0000-4000-8000-000000000001',
        status: 'PRESENT',
      },
    });
    expect(codeOf(bad.errors)).toBe('BAD_USER_INPUT');
    expect(((bad.errors![0]!.extensions!.problems ?? []) as { field: string }[]).map((p) => p.field).sort()).toEqual([
      'itemId',
      'organisationId',
    ]);
    expect(await count('meeting_attendance')).toBe(before);
  });
});

describe('the agenda', () => {
  it('a partner who is neither chair nor case director cannot put a case on the agenda', async () => {
    const before = await count('meeting_item where meeting_id = ?', [s.meetingId]);
    const refused = await s.police.request(ADD_ITEM, { i: { meetingId: s.meetingId, title: 'Rondvraag' } });
    expect(codeOf(refused.errors)).toBe('FORBIDDEN');
    const bad = await s.chair.request(ADD_ITEM, { i: { meetingId: s.meetingId, caseId: s.caseIds[0] } });
    expect(codeOf(bad.errors)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.message).toContain('caseId: deze casus staat al op de agenda');
    expect(await count('meeting_item where meeting_id = ?', [s.meetingId])).toBe(before);
  });

  it("the chair cannot put another team's case on its agenda: answered like a case that does not exist, nothing stored", async () => {
    const [other] = await sql<{ id: string }>(
      `select c.id from case_file c where not exists (select 1 from case_team_membership m where m.case_id = c.id and m.organisation_id = ?)
          and not exists (select 1 from director_assignment d join app_user u on u.id = d.user_id where d.case_id = c.id and u.organisation_id = ?) order by c.reference limit 1`,
      [s.chairOrg, s.chairOrg],
    );
    expect(other, 'demo data has a case outside the chair organisation').toBeDefined();
    const before = await count('meeting_item');
    const refused = await s.chair.request(ADD_ITEM, { i: { meetingId: s.meetingId, caseId: other!.id } });
    const missing = await s.chair.request(ADD_ITEM, {
      i: { meetingId: s.meetingId, caseId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(codeOf(refused.errors)).toBe('NOT_FOUND');
    expect(refused.errors![0]!.message).toBe(missing.errors![0]!.message);
    expect(await count('meeting_item')).toBe(before);
  });

  it('"Mijn overleggen" lists the meeting for the chair and the police, not for an organisation outside the table', async () => {
    expect(
      (
        await s.police.ok<{ myMeetings: { id: string; itemCount: number; viewerIsChair: boolean }[] }>(MY_MEETINGS)
      ).myMeetings.find((m) => m.id === s.meetingId),
    ).toMatchObject({ itemCount: 3, viewerIsChair: false });
    expect(
      (await s.chair.ok<{ myMeetings: { id: string; viewerIsChair: boolean }[] }>(MY_MEETINGS)).myMeetings.find(
        (m) => m.id === s.meetingId,
      )?.viewerIsChair,
    ).toBe(true);
    const care = await new ApiClient(platform.baseUrl).loginAs(CARE);
    expect(
      (await care.ok<{ myMeetings: { id: string }[] }>(MY_MEETINGS)).myMeetings.some((m) => m.id === s.meetingId),
    ).toBe(false);
    expect(codeOf((await care.request(MEETING, { id: s.meetingId })).errors)).toBe('NOT_FOUND');
  });
});

describe('decisions become plan work', () => {
  let goalId: string;
  beforeAll(async () => {
    const persons = await sql<{ person_id: string }>(
      'select hm.person_id from household_member hm join case_file c on c.household_id = hm.household_id where c.id = ? order by hm.person_id',
      [s.caseIds[0]],
    );
    goalId = (
      await s.chair.ok<{ addGoal: { id: string } }>(ADD_GOAL, {
        i: {
          caseId: s.caseIds[0],
          phase: 'DIRECT_SAFETY',
          lifeDomain: 'SAFETY',
          concerns: [persons[0]!.person_id],
          description: 'Het contactverbod wordt nageleefd',
          measurableEnd: 'Drie maanden geen overtreding gemeld',
        },
      })
    ).addGoal.id;
  });

  it('bad input names every field and stores neither decision nor action', async () => {
    const before = {
      decisions: await count('meeting_decision'),
      elements: await count('plan_element where case_id = ?', [s.caseIds[0]]),
    };
    const item = s.view.items[0]!;
    const bad = await s.chair.request(DECIDE, {
      i: { itemId: item.id, text: 'ok', action: { goalId: null, ownerOrganisationId: null, dueOn: null } },
    });
    expect(codeOf(bad.errors)).toBe('BAD_USER_INPUT');
    expect(((bad.errors![0]!.extensions!.problems ?? []) as { field: string }[]).map((p) => p.field).sort()).toEqual([
      'action.dueOn',
      'action.goalId',
      'action.ownerOrganisationId',
      'text',
    ]);
    // An owner outside the case team: the plan service refuses it, the decision rolls back with it.
    const outsider = (
      await sql<{ id: string }>(
        `select o.id from organisation o where not exists (select 1 from case_team_membership m where m.case_id = ? and m.organisation_id = o.id) limit 1`,
        [s.caseIds[0]],
      )
    )[0]!.id;
    const notOnTeam = await s.chair.request(DECIDE, {
      i: {
        itemId: item.id,
        text: DECISION,
        action: { goalId, ownerOrganisationId: outsider, dueOn: isoDaysFromToday(4) },
      },
    });
    expect(codeOf(notOnTeam.errors)).toBe('BAD_USER_INPUT');
    expect(((notOnTeam.errors![0]!.extensions!.problems ?? []) as { field: string }[]).map((p) => p.field)).toEqual([
      'action.ownerOrganisationId',
    ]);
    expect(await count('meeting_decision')).toBe(before.decisions);
    expect(await count('plan_element where case_id = ?', [s.caseIds[0]])).toBe(before.elements);
  });

  it('"politie: rapport over het contactverbod vóór vrijdag" becomes a police action in the plan, linked to the decision; once held the police are notified and the plan has its first MDO', async () => {
    const item = s.view.items[0]!;
    const dueOn = isoDaysFromToday(4);
    const decided = (
      await s.chair.ok<{ recordDecision: MeetingView }>(DECIDE, {
        i: { itemId: item.id, text: DECISION, action: { goalId, ownerOrganisationId: s.policeOrg, dueOn } },
      })
    ).recordDecision;
    const decision = decided.items[0]!.decisions.find((d) => d.text === DECISION)!;
    expect(decision.ownerOrganisation?.id).toBe(s.policeOrg);
    expect(decision.dueOn).toBe(dueOn);
    expect(decision.planActionId).not.toBeNull();
    const [row] = await sql<{ kind: string; case_id: string; owner_organisation_id: string; parent_id: string | null }>(
      'select kind, case_id, owner_organisation_id, parent_id from plan_element where id = ?',
      [decision.planActionId],
    );
    expect(row).toMatchObject({ kind: 'ACTION', case_id: s.caseIds[0], owner_organisation_id: s.policeOrg });
    const plan = (await s.police.ok<PlanView>(PLAN, { caseId: s.caseIds[0] })).plan!;
    const action = plan.workingCopy.goals.flatMap((g) => g.actions).find((a) => a.id === decision.planActionId);
    expect(action?.description).toBe(DECISION);
    expect(action?.ownerOrganisation?.type).toBe('POLICE');
    expect(plan.firstMeetingOn).toBeNull();

    const policeUsers = await sql<{ id: string }>(
      `select id from app_user where organisation_id = ? and active and roles && array['PROFESSIONAL','CASE_DIRECTOR','PROCESS_DIRECTOR']::text[]`,
      [s.policeOrg],
    );
    const notifiedBefore = await count(`notification where kind = 'MDO_ACTIONS' and recipient_id = ?`, [
      policeUsers[0]!.id,
    ]);
    const started = (await s.chair.ok<{ startMeeting: MeetingView }>(START, { id: s.meetingId })).startMeeting;
    expect(started.currentItemId).toBe(started.items[0]!.id);
    const refusedMove = await s.police.request(NEXT, { i: { meetingId: s.meetingId } });
    expect(codeOf(refusedMove.errors)).toBe('FORBIDDEN');
    const moved = (await s.chair.ok<{ moveToItem: MeetingView }>(NEXT, { i: { meetingId: s.meetingId } })).moveToItem;
    expect(moved.currentItemId).toBe(started.items[1]!.id);
    const held = (await s.chair.ok<{ markMeetingHeld: MeetingView }>(HELD, { id: s.meetingId })).markMeetingHeld;
    expect(held.status).toBe('HELD');
    expect(held.items[0]!.decisions.find((d) => d.id === decision.id)?.notifiedAt).not.toBeNull();
    expect(await count(`notification where kind = 'MDO_ACTIONS' and recipient_id = ?`, [policeUsers[0]!.id])).toBe(
      notifiedBefore + 1,
    );
    const [note] = await sql<{ message: string }>(
      `select message from notification where kind = 'MDO_ACTIONS' and recipient_id = ? order by created_at desc limit 1`,
      [policeUsers[0]!.id],
    );
    expect(note!.message).toContain('1 nieuwe actie');
    // Only the owner organisation is told.
    expect(
      await count(
        `notification n join app_user u on u.id = n.recipient_id where n.kind = 'MDO_ACTIONS' and u.organisation_id <> ?`,
        [s.policeOrg],
      ),
    ).toBe(0);
    const [p] = await sql<{ first_meeting_on: string | null }>(
      'select first_meeting_on::text as first_meeting_on from plan where case_id = ?',
      [s.caseIds[0]],
    );
    expect(p!.first_meeting_on).toBe(isoDaysFromToday(0));
    // The case page's MDO history.
    const history = (await s.police.ok<{ case: { meetingHistory: { id: string }[] } }>(HISTORY, { id: s.caseIds[0] }))
      .case.meetingHistory;
    expect(history.map((h) => h.id)).toContain(s.meetingId);
  });

  it('agreed minutes are frozen: every write is refused with MINUTES_AGREED and nothing changes', async () => {
    const agreed = (await s.chair.ok<{ agreeMinutes: MeetingView }>(AGREE, { id: s.meetingId })).agreeMinutes;
    expect(agreed.status).toBe('MINUTES_AGREED');
    const item = agreed.items[0]!;
    const before = {
      items: await sql<{ version: number }>('select version from meeting_item where id = ?', [item.id]),
      decisions: await count('meeting_decision'),
    };
    for (const [client, query, variables] of [
      [s.police, FORM, { i: { itemId: item.id, expectedVersion: item.version, question: 'Nog een vraag achteraf' } }],
      [s.chair, DECIDE, { i: { itemId: item.id, text: 'Een besluit na vaststelling' } }],
      [s.chair, ADD_ITEM, { i: { meetingId: s.meetingId, title: 'Rondvraag' } }],
      [s.chair, HELD, { id: s.meetingId }],
    ] as const) {
      const refused = await client.request(query, variables);
      expect(codeOf(refused.errors)).toBe('CONFLICT');
      expect(refused.errors![0]!.extensions!.reason).toBe('MINUTES_AGREED');
    }
    expect(await sql<{ version: number }>('select version from meeting_item where id = ?', [item.id])).toEqual(
      before.items,
    );
    expect(await count('meeting_decision')).toBe(before.decisions);
  });
});

describe('live in the room', () => {
  it("the chair moves to the next item and the police's screen follows, still showing only their items", async () => {
    const fresh = await setting();
    const before = platform.server.realtime.hub.subscriberCount;
    const { client } = liveClient(platform.wsUrl, { token: fresh.police.token! });
    const live = new LiveSubscription<{ meetingLive: MeetingView }>(
      client,
      `subscription ($id: ID!) { meetingLive(meetingId: $id) { ${MEETING_FIELDS} } }`,
      { id: fresh.meetingId },
    );
    try {
      await eventually(() => platform.server.realtime.hub.subscriberCount > before, 'the subscription is registered');
      const started = (await fresh.chair.ok<{ startMeeting: MeetingView }>(START, { id: fresh.meetingId }))
        .startMeeting;
      await fresh.chair.ok(NEXT, { i: { meetingId: fresh.meetingId } });
      await fresh.chair.ok(NEXT, { i: { meetingId: fresh.meetingId } });
      const atThird = await live.next(
        (m) => m.meetingLive.currentItemId === started.items[2]!.id,
        'the police screen follows the chair to the third item',
      );
      expect(atThird.meetingLive.status).toBe('IN_PROGRESS');
      // The chair is at an item the police may not hear: they see it is there, and nothing of it.
      expect(atThird.meetingLive.items[2]).toMatchObject({
        visible: false,
        label: 'Casus 3 - niet voor uw organisatie',
        caseId: null,
        question: null,
      });
      expect(live.errors).toEqual([]);
    } finally {
      live.unsubscribe();
    }
  }, 60_000);
});

describe('the minutes', () => {
  const pdfAs = (client: ApiClient | null, meetingId: string) =>
    fetch(`${platform.baseUrl}/api/meetings/${meetingId}/minutes.pdf`, {
      headers: client?.token ? { authorization: `Bearer ${client.token}` } : {},
    });

  it("the police's minutes hold only their two items (the third only as not for them); every export is audited with the meeting as purpose", async () => {
    const refs = await sql<{ id: string; reference: string }>(
      'select id, reference from case_file where id in (?, ?, ?)',
      s.caseIds,
    );
    const ref = (id: string) => refs.find((r) => r.id === id)!.reference;
    const policeUser = await orgOf(POLICE);
    const response = await pdfAs(s.police, s.meetingId);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = flatText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain('Verslag MDO - MDA++ MDO Rotterdam-Zuid (test)');
    expect(text).toContain(`Casus 1 (${ref(s.caseIds[0])})`);
    expect(text).toContain(`Casus 2 (${ref(s.caseIds[1])})`);
    expect(text).toContain(DECISION);
    expect(text).toContain('Casus 3 - niet voor uw organisatie');
    expect(text).not.toContain(ref(s.caseIds[2]));
    const exports = await sql<{ subject_id: string; reason: string }>(
      `select subject_id, reason from audit.event where actor_user_id = ? and action = 'EXPORT' and subject_type = 'MeetingItem' and reason = ?`,
      [policeUser.id, `MDO ${s.meetingId}`],
    );
    expect(exports.map((e) => e.subject_id).sort()).toEqual([s.view.items[0]!.id, s.view.items[1]!.id].sort());
    // The chair's minutes hold the third case; an outsider gets none.
    expect(flatText(Buffer.from(await (await pdfAs(s.chair, s.meetingId)).arrayBuffer()))).toContain(
      `Casus 3 (${ref(s.caseIds[2])})`,
    );
    expect((await pdfAs(null, s.meetingId)).status).toBe(401);
    expect((await pdfAs(await new ApiClient(platform.baseUrl).loginAs(CARE), s.meetingId)).status).toBe(404);
  });
});

describe('the MDO form', () => {
  it('bad input names each field; a police question in criminal data is masked for the local team', async () => {
    const fresh = await setting();
    const item = fresh.view.items[0]!;
    const bad = await fresh.police.request(FORM, {
      i: {
        itemId: item.id,
        expectedVersion: item.version,
        question: 'x'.repeat(4001),
        questionCategory: 'RESTRICTED_NOTE',
        safetyScore: 11,
      },
    });
    expect(codeOf(bad.errors)).toBe('BAD_USER_INPUT');
    expect(((bad.errors![0]!.extensions!.problems ?? []) as { field: string }[]).map((p) => p.field).sort()).toEqual([
      'question',
      'questionCategory',
      'safetyScore',
    ]);
    expect(
      (await sql<{ version: number }>('select version from meeting_item where id = ?', [item.id]))[0]!.version,
    ).toBe(item.version);

    const saved = (
      await fresh.police.ok<{ saveItemForm: MeetingView }>(FORM, {
        i: {
          itemId: item.id,
          expectedVersion: item.version,
          question: 'Is het contactverbod overtreden sinds de aanhouding?',
          questionCategory: 'CRIMINAL',
          safetyScore: 4,
        },
      })
    ).saveItemForm;
    expect(saved.items[0]).toMatchObject({
      question: 'Is het contactverbod overtreden sinds de aanhouding?',
      safetyScore: 4,
    });
    const stale = await fresh.police.request(FORM, {
      i: { itemId: item.id, expectedVersion: item.version, safetyScore: 5 },
    });
    expect(codeOf(stale.errors)).toBe('CONFLICT');

    const local = await clientFor(platform, fresh.local, 'MDO_PREPARATION');
    const seen = (await local.ok<{ meeting: MeetingView }>(MEETING, { id: fresh.meetingId })).meeting;
    const same = seen.items.find((i) => i.id === item.id)!;
    expect(same.visible).toBe(true);
    expect(same.question).toBeNull();
    expect(same.redactedFields).toEqual(['question']);
    expect(same.safetyScore).toBe(4);
  }, 60_000);
});
