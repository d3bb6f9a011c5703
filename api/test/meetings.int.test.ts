import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient, codeOf, PERSONAS } from './support/graphql-client.js';
import { clientFor } from './support/plan-fixtures.js';
import {
  CHAIR,
  POLICE,
  CARE,
  MEETING,
  MY_MEETINGS,
  CREATE_SERIES,
  PLAN_MEETING,
  ADD_ITEM,
  ATTEND,
  CONTRIBUTE,
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
