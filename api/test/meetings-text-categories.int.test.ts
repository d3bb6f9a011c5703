import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { type ApiClient, codeOf, PERSONAS } from './support/graphql-client.js';
import { clientFor } from './support/plan-fixtures.js';
import {
  ACTIVE,
  ADD_ITEM,
  CHAIR,
  CREATE_SERIES,
  FORM,
  MEETING,
  PLAN_MEETING,
  POLICE,
  type MeetingView,
} from './support/meetings-fixtures.js';

/**
 * Who may give an MDO text another data category (docs/meetings.md, packages/authz
 * meeting-rules.ts `recategorise`): the organisation that alone wrote it. Veilig Thuis, which reads
 * the police's question in criminal data, may keep or narrow its category but never widen it to
 * PLAN (the whole table); a partner that saves only the safety score does not become the author of
 * the police's question (and so does not read it as "its own record").
 */

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(async () => {
  await platform?.stop();
});

const sql = <T>(text: string, params: unknown[] = []) => platform.sql<T>(text, params);
const organisationOf = async (email: string) =>
  (await sql<{ organisation_id: string }>('select organisation_id from app_user where email = ?', [email]))[0]!
    .organisation_id;
const row = async (itemId: string) =>
  (
    await sql<{
      question: string | null;
      question_category: string;
      question_author_organisation_ids: string[];
      considerations_category: string;
      version: number;
    }>(
      'select question, question_category, question_author_organisation_ids, considerations_category, version from meeting_item where id = ?',
      [itemId],
    )
  )[0]!;

interface Setting {
  itemId: string;
  meetingId: string;
  chair: ApiClient;
  police: ApiClient;
  local: ApiClient;
  policeOrg: string;
  chairOrg: string;
}

/** A meeting with one case on whose team Veilig Thuis (the chair), the police and a local team sit. */
async function setting(): Promise<Setting> {
  const chairOrg = await organisationOf(CHAIR);
  const policeOrg = await organisationOf(POLICE);
  const cases = await sql<{ id: string; email: string }>(
    `select c.id, u.email from case_file c
       join case_team_membership m on m.case_id = c.id and ${ACTIVE}
       join organisation o on o.id = m.organisation_id and o.type = 'LOCAL_TEAM'
       join app_user u on u.organisation_id = o.id and 'PROFESSIONAL' = any(u.roles)
      where c.status = 'ACTIVE'
        and exists (select 1 from case_team_membership m where m.case_id = c.id and m.organisation_id = ? and ${ACTIVE})
        and exists (select 1 from case_team_membership m where m.case_id = c.id and m.organisation_id = ? and ${ACTIVE})
      order by c.reference, u.email`,
    [chairOrg, policeOrg],
  );
  const found = cases.find((c) => PERSONAS.some((p) => p.email === c.email));
  if (!found) throw new Error('demo data lacks a case of Veilig Thuis, the police and a local-team persona');
  const chair = await clientFor(platform, CHAIR, 'MDO_PREPARATION');
  const police = await clientFor(platform, POLICE, 'MDO_PREPARATION');
  const local = await clientFor(platform, found.email, 'MDO_PREPARATION');
  const members = (await sql<{ id: string }>('select id from organisation')).map((o) => o.id);
  const series = await chair.ok<{ createMeetingSeries: { id: string } }>(CREATE_SERIES, {
    i: { name: 'MDO categorieën (test)', rhythm: 'wekelijks', memberOrganisationIds: members },
  });
  const planned = await chair.ok<{ planMeeting: MeetingView }>(PLAN_MEETING, {
    i: {
      seriesId: series.createMeetingSeries.id,
      startsAt: new Date(Date.now() + 3_600_000).toISOString(),
      place: 'Zaal 1',
    },
  });
  const meetingId = planned.planMeeting.id;
  const added = await chair.ok<{ addAgendaItem: MeetingView }>(ADD_ITEM, { i: { meetingId, caseId: found.id } });
  return { itemId: added.addAgendaItem.items[0]!.id, meetingId, chair, police, local, policeOrg, chairOrg };
}

const itemOf = async (client: ApiClient, s: Setting) =>
  (await client.ok<{ meeting: MeetingView }>(MEETING, { id: s.meetingId })).meeting.items.find(
    (i) => i.id === s.itemId,
  )!;

describe("another organisation's MDO text: its category is kept or narrowed, never widened", () => {
  let s: Setting;
  const question = 'Is het contactverbod overtreden sinds de aanhouding van vorige week?';
  beforeAll(async () => {
    s = await setting();
    const item = await itemOf(s.police, s);
    await s.police.ok(FORM, {
      i: { itemId: s.itemId, expectedVersion: item.version, question, questionCategory: 'CRIMINAL' },
    });
  }, 60_000);

  it('a local team that saves only the safety score does not become the author of the police question, and still reads nothing of it', async () => {
    const before = await itemOf(s.local, s);
    expect(before.question).toBeNull();
    await s.local.ok(FORM, { i: { itemId: s.itemId, expectedVersion: before.version, safetyScore: 6 } });
    const after = await itemOf(s.local, s);
    expect(after).toMatchObject({ question: null, redactedFields: ['question'], safetyScore: 6 });
    expect((await row(s.itemId)).question_author_organisation_ids).toEqual([s.policeOrg]);
  });

  it("Veilig Thuis reads the police's criminal question but cannot give it to the whole table: BAD_USER_INPUT at the category, nothing changed", async () => {
    const seen = await itemOf(s.chair, s);
    expect(seen.question).toBe(question);
    const stored = await row(s.itemId);
    const refused = await s.chair.request(FORM, {
      i: { itemId: s.itemId, expectedVersion: seen.version, question, questionCategory: 'PLAN' },
    });
    expect(codeOf(refused.errors)).toBe('BAD_USER_INPUT');
    const problems = (refused.errors![0]!.extensions!.problems ?? []) as { field: string; message: string }[];
    expect(problems.map((p) => p.field)).toEqual(['questionCategory']);
    expect(problems[0]!.message).toContain('verruimen');
    expect(await row(s.itemId)).toEqual(stored);
    // Nor in another wider category (health is read by the local team).
    const health = await s.chair.request(FORM, {
      i: { itemId: s.itemId, expectedVersion: seen.version, question, questionCategory: 'HEALTH' },
    });
    expect(codeOf(health.errors)).toBe('BAD_USER_INPUT');
    expect(await row(s.itemId)).toEqual(stored);
    expect((await itemOf(s.local, s)).question).toBeNull();
  });

  it("Veilig Thuis cannot clear the police's question to write it again as its own (and widen it): BAD_USER_INPUT at the question, nothing changed", async () => {
    const seen = await itemOf(s.chair, s);
    const stored = await row(s.itemId);
    for (const cleared of [null, '   ']) {
      const refused = await s.chair.request(FORM, {
        i: { itemId: s.itemId, expectedVersion: seen.version, question: cleared },
      });
      expect(codeOf(refused.errors)).toBe('BAD_USER_INPUT');
      const problems = (refused.errors![0]!.extensions!.problems ?? []) as { field: string }[];
      expect(problems.map((p) => p.field)).toEqual(['question']);
      expect(await row(s.itemId)).toEqual(stored);
    }
  });

  it('Veilig Thuis may reword it in the same category; the text then has two writers and neither may widen it', async () => {
    const seen = await itemOf(s.chair, s);
    const reworded = `${question} (VT: ook melding buren)`;
    await s.chair.ok(FORM, { i: { itemId: s.itemId, expectedVersion: seen.version, question: reworded } });
    expect(await row(s.itemId)).toMatchObject({
      question: reworded,
      question_category: 'CRIMINAL',
      question_author_organisation_ids: [s.policeOrg, s.chairOrg],
    });
    const mine = await itemOf(s.police, s);
    const refused = await s.police.request(FORM, {
      i: { itemId: s.itemId, expectedVersion: mine.version, question: reworded, questionCategory: 'PLAN' },
    });
    expect(codeOf(refused.errors)).toBe('BAD_USER_INPUT');
    expect((await row(s.itemId)).question_category).toBe('CRIMINAL');
  });

  it("narrowing is allowed: the police put the chair's considerations under criminal data, and the local team no longer reads them", async () => {
    const seen = await itemOf(s.chair, s);
    const considerations = 'De melding van de buren weegt zwaar; het contactverbod lijkt overtreden.';
    await s.chair.ok(FORM, {
      i: { itemId: s.itemId, expectedVersion: seen.version, considerations, considerationsCategory: 'PLAN' },
    });
    expect((await itemOf(s.local, s)).considerations).toBe(considerations);
    const police = await itemOf(s.police, s);
    await s.police.ok(FORM, {
      i: { itemId: s.itemId, expectedVersion: police.version, considerations, considerationsCategory: 'CRIMINAL' },
    });
    expect((await row(s.itemId)).considerations_category).toBe('CRIMINAL');
    const local = await itemOf(s.local, s);
    expect(local.considerations).toBeNull();
    expect(local.redactedFields).toContain('considerations');
    // The author widens its own text again: the chair alone wrote the considerations.
    const chair = await itemOf(s.chair, s);
    await s.chair.ok(FORM, {
      i: { itemId: s.itemId, expectedVersion: chair.version, considerations, considerationsCategory: 'PLAN' },
    });
    expect((await itemOf(s.local, s)).considerations).toBe(considerations);
  });
});

describe('a decision carries a data category', () => {
  let s: Setting;
  const DECISIONS = 'query ($id: ID!) { meeting(id: $id) { items { id decisions { text category redactedFields } } } }';
  const decisionsOf = async (client: ApiClient) =>
    (
      await client.ok<{
        meeting: {
          items: { id: string; decisions: { text: string | null; category: string; redactedFields: string[] }[] }[];
        };
      }>(DECISIONS, { id: s.meetingId })
    ).meeting.items.find((i) => i.id === s.itemId)!.decisions;
  const count = async () =>
    Number(
      (await sql<{ n: string }>('select count(*) as n from meeting_decision where item_id = ?', [s.itemId]))[0]!.n,
    );
  beforeAll(async () => {
    s = await setting();
  }, 60_000);

  it('the chair records a decision as criminal data: the police read it, the local team sees only that it exists', async () => {
    const text = 'Aangifte van de overtreding van het contactverbod wordt doorgezet.';
    await s.chair.ok(`mutation ($i: RecordDecisionInput!) { recordDecision(input: $i) { id } }`, {
      i: { itemId: s.itemId, text, category: 'CRIMINAL' },
    });
    expect(await decisionsOf(s.police)).toEqual([{ text, category: 'CRIMINAL', redactedFields: [] }]);
    expect(await decisionsOf(s.local)).toEqual([{ text: null, category: 'CRIMINAL', redactedFields: ['text'] }]);
    const audit = await sql<{ categories: string[] }>(
      `select categories from audit.event where subject_type = 'MeetingDecision' and action = 'CREATE' order by seq desc limit 1`,
    );
    expect(audit[0]!.categories).toEqual(['CRIMINAL']);
  });

  it('a decision in criminal data does not become a plan action (the whole team reads the plan): BAD_USER_INPUT at the category, nothing stored', async () => {
    const before = await count();
    const refused = await s.chair.request(`mutation ($i: RecordDecisionInput!) { recordDecision(input: $i) { id } }`, {
      i: {
        itemId: s.itemId,
        text: 'Politie rapporteert over het contactverbod.',
        category: 'CRIMINAL',
        action: { goalId: null, ownerOrganisationId: s.policeOrg, dueOn: '2030-01-01' },
      },
    });
    expect(codeOf(refused.errors)).toBe('BAD_USER_INPUT');
    const fields = ((refused.errors![0]!.extensions!.problems ?? []) as { field: string }[]).map((p) => p.field);
    expect(fields).toContain('category');
    expect(await count()).toBe(before);
  });
});
