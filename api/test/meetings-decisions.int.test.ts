import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient, codeOf, PERSONAS } from './support/graphql-client.js';
import { flatText } from './support/pdf-text.js';
import { eventually, liveClient, LiveSubscription } from './support/live-client.js';
import { ADD_GOAL, clientFor, nlDaysFromToday, PLAN, type PlanView } from './support/plan-fixtures.js';
import {
  CHAIR,
  POLICE,
  CARE,
  DECISION,
  MEETING_FIELDS,
  MEETING,
  CREATE_SERIES,
  PLAN_MEETING,
  ADD_ITEM,
  FORM,
  ATTEND,
  DECIDE,
  START,
  NEXT,
  HELD,
  AGREE,
  HISTORY,
  ACTIVE,
  type MeetingView,
} from './support/meetings-fixtures.js';

/**
 * The multidisciplinary meeting (docs/meetings.md), as the issue's "done means" put it: the
 * police sit at an MDO with three cases and are on the team of two; they hear and contribute
 * to those two, see that the third exists and nothing of it; being present at the third is
 * refused; a decision becomes a police action in the plan and the police are told; every item
 * read is on record with the meeting as purpose; agreed minutes are frozen.
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
        action: { goalId, ownerOrganisationId: outsider, dueOn: nlDaysFromToday(4) },
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
    const dueOn = nlDaysFromToday(4);
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
    expect(p!.first_meeting_on).toBe(nlDaysFromToday(0));
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
  /** The police's open meeting page: their subscription to the meeting, once the server holds it. */
  const policeWatching = async (fresh: Setting) => {
    const before = platform.server.realtime.hub.subscriberCount;
    const { client } = liveClient(platform.wsUrl, { token: fresh.police.token! });
    const live = new LiveSubscription<{ meetingLive: MeetingView }>(
      client,
      `subscription ($id: ID!) { meetingLive(meetingId: $id) { ${MEETING_FIELDS} } }`,
      { id: fresh.meetingId },
    );
    try {
      await eventually(() => platform.server.realtime.hub.subscriberCount > before, 'the subscription is registered');
    } catch (error) {
      live.unsubscribe();
      throw error;
    }
    return live;
  };

  it("the chair moves to the next item and the police's screen follows, still showing only their items", async () => {
    const fresh = await setting();
    const live = await policeWatching(fresh);
    try {
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

  it("what others record reaches the police's open page: a decision at their item, and at the item they may not hear only that something changed", async () => {
    const fresh = await setting();
    const live = await policeWatching(fresh);
    try {
      const [ours, , theirs] = fresh.view.items;
      const text = 'Veilig Thuis bespreekt het veiligheidsplan met moeder vóór woensdag.';
      await fresh.chair.ok(DECIDE, { i: { itemId: ours!.id, text } });
      const decided = await live.next(
        (m) => m.meetingLive.items[0]!.decisions.some((d) => d.text === text),
        "the chair's decision appears on the police's page without a move or a reload",
      );
      expect(decided.meetingLive.currentItemId).toBeNull();

      // The chair writes the form of the third item, then marks the police present: the police's page
      // follows the attendance, and no delivery ever held anything of the third item.
      const secret = 'Vraag over de derde casus, niet voor de politie.';
      await fresh.chair.ok(FORM, { i: { itemId: theirs!.id, expectedVersion: theirs!.version, question: secret } });
      await fresh.chair.ok(ATTEND, {
        i: { meetingId: fresh.meetingId, organisationId: fresh.policeOrg, status: 'PRESENT' },
      });
      const present = await live.next(
        (m) => m.meetingLive.attendance.some((a) => a.organisation.id === fresh.policeOrg && a.status === 'PRESENT'),
        "the police's attendance appears on their page",
      );
      expect(present.meetingLive.items[2]).toMatchObject({ visible: false, question: null, caseId: null });
      expect(JSON.stringify(live.items)).not.toContain(secret);
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

    // The police reword their question without naming a category: it stays criminal data, still
    // masked for the local team (it used to fall back to PLAN, readable by the whole team).
    const reworded = 'Is het contactverbod overtreden sinds de aanhouding op maandag?';
    const again = (
      await fresh.police.ok<{ saveItemForm: MeetingView }>(FORM, {
        i: { itemId: item.id, expectedVersion: saved.items[0]!.version, question: reworded },
      })
    ).saveItemForm;
    expect(again.items[0]).toMatchObject({ question: reworded, questionCategory: 'CRIMINAL' });
    const reread = (await local.ok<{ meeting: MeetingView }>(MEETING, { id: fresh.meetingId })).meeting;
    expect(reread.items.find((i) => i.id === item.id)).toMatchObject({ question: null, redactedFields: ['question'] });
    expect(JSON.stringify(reread)).not.toContain(reworded);
    // A category named explicitly still changes it.
    const plain = (
      await fresh.police.ok<{ saveItemForm: MeetingView }>(FORM, {
        i: { itemId: item.id, expectedVersion: again.items[0]!.version, question: reworded, questionCategory: 'PLAN' },
      })
    ).saveItemForm;
    expect(plain.items[0]!.questionCategory).toBe('PLAN');
  }, 60_000);
});
