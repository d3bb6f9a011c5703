import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient, personaWith } from './support/graphql-client.js';
import { PSEUDONYM_TEXT, runRetentionSweep } from '../src/modules/privacy/retention.service.js';
import { POLICE } from './support/meetings-fixtures.js';

/**
 * The MDO under the retention sweep (docs/meetings.md, docs/privacy.md): each text follows the
 * retention date of the organisation that wrote it (police 5 years, Veilig Thuis 20 years after
 * closure); a question both wrote stays until both dates passed. An organisation that only wrote
 * at the MDO (not on the team) gets its own retention date at closure.
 */

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(async () => {
  await platform?.stop();
});

const sql = <T>(text: string, params: unknown[] = []) => platform.sql<T>(text, params);
const CREATE =
  'mutation ($i: CreateCaseInput!) { createCase(input: $i) { id version household { members { person { id } } } } }';
const TRANSITION = 'mutation ($i: TransitionCaseInput!) { transitionCase(input: $i) { version } }';
const userOf = async (email: string) =>
  (
    await sql<{ id: string; organisation_id: string }>('select id, organisation_id from app_user where email = ?', [
      email,
    ])
  )[0]!;

interface Texts {
  itemId: string;
  contributionId: string;
  decisionId: string;
}
const textsOf = async (t: Texts) => ({
  item: (
    await sql<{ question: string; considerations: string; safety_score: number }>(
      'select question, considerations, safety_score from meeting_item where id = ?',
      [t.itemId],
    )
  )[0]!,
  picture: (await sql<{ body: string }>('select body from meeting_contribution where id = ?', [t.contributionId]))[0]!
    .body,
  decision: (await sql<{ text: string }>('select text from meeting_decision where id = ?', [t.decisionId]))[0]!.text,
});

describe('retention of MDO texts', () => {
  let caseId: string;
  let texts: Texts;
  let closedYear: number;
  let policeOrg: string;

  beforeAll(async () => {
    const directorPersona = personaWith('SAFE_HOME', 'CASE_DIRECTOR');
    const director = await new ApiClient(platform.baseUrl).loginAs(directorPersona.email);
    await director.ok('mutation { setPurpose(purpose: PLAN_EXECUTION) { id } }');
    const created = await director.ok<{ createCase: { id: string; version: number } }>(CREATE, {
      i: {
        municipality: 'BRIELLE',
        profile: 'ELDER_ABUSE',
        purpose: 'Veiligheidsbeoordeling',
        legalBasis: { kind: 'COVENANT', article: 'Convenant art. 7' },
        members: [{ firstName: 'Gerda', lastName: 'Overleg', dateOfBirth: '1950-02-03', roles: ['VICTIM'] }],
      },
    });
    caseId = created.createCase.id;
    const vt = await userOf(directorPersona.email);
    const police = await userOf(POLICE);
    policeOrg = police.organisation_id;
    // The MDO on this case, as the meeting services store it: the police (not on the team) wrote a
    // picture and, with Veilig Thuis, the question; Veilig Thuis the considerations and a decision.
    const [series] = await sql<{ id: string }>(
      `insert into meeting_series (id, name, chair_id, member_organisation_ids, rhythm, created_by_id)
       values (gen_random_uuid(), 'MDO bewaartermijn (test)', ?, ?::uuid[], 'wekelijks', ?) returning id`,
      [vt.id, `{${vt.organisation_id},${police.organisation_id}}`, vt.id],
    );
    const [meeting] = await sql<{ id: string }>(
      `insert into meeting (id, series_id, starts_at, ends_at, place, status, held_at)
       values (gen_random_uuid(), ?, now() - interval '1 day', now() - interval '1 day' + interval '2 hours', 'Zaal 1', 'HELD', now()) returning id`,
      [series!.id],
    );
    const [item] = await sql<{ id: string }>(
      `insert into meeting_item (id, meeting_id, position, kind, case_id, question, question_category, question_author_organisation_ids,
                                 considerations, considerations_author_organisation_ids, safety_score, added_by_id, author_organisation_id)
       values (gen_random_uuid(), ?, 1, 'CASE', ?, 'Vraag van politie en Veilig Thuis over mevrouw Overleg', 'CRIMINAL', ?::uuid[],
               'Afwegingen van Veilig Thuis over mevrouw Overleg', ?::uuid[], 5, ?, ?) returning id`,
      [
        meeting!.id,
        caseId,
        `{${police.organisation_id},${vt.organisation_id}}`,
        `{${vt.organisation_id}}`,
        vt.id,
        vt.organisation_id,
      ],
    );
    const [contribution] = await sql<{ id: string }>(
      `insert into meeting_contribution (id, item_id, case_id, kind, category, body, organisation_id, author_id)
       values (gen_random_uuid(), ?, ?, 'PICTURE', 'CRIMINAL', 'Beeld politie: melding over mevrouw Overleg', ?, ?) returning id`,
      [item!.id, caseId, police.organisation_id, police.id],
    );
    const [decision] = await sql<{ id: string }>(
      `insert into meeting_decision (id, item_id, meeting_id, case_id, text, decided_by_id, author_organisation_id)
       values (gen_random_uuid(), ?, ?, ?, 'Besluit: Veilig Thuis bezoekt mevrouw Overleg', ?, ?) returning id`,
      [item!.id, meeting!.id, caseId, vt.id, vt.organisation_id],
    );
    texts = { itemId: item!.id, contributionId: contribution!.id, decisionId: decision!.id };
    let v = created.createCase.version;
    for (const to of ['ACTIVE', 'CLOSED']) {
      v = (
        await director.ok<{ transitionCase: { version: number } }>(TRANSITION, {
          i: { caseId, to, expectedVersion: v },
        })
      ).transitionCase.version;
    }
    closedYear = Number(
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date()).slice(0, 4),
    );
  }, 60_000);

  it('closing the case gives the police, who wrote only at the MDO, their own retention date (5 years)', async () => {
    const [row] = await sql<{ retain_until: string }>(
      'select retain_until::text from case_retention where case_id = ? and organisation_id = ?',
      [caseId, policeOrg],
    );
    expect(Number(row!.retain_until.slice(0, 4))).toBe(closedYear + 5);
  });

  it("after the police's date only their picture is replaced; the shared question waits for Veilig Thuis' date; then all, once, on record", async () => {
    const before = await textsOf(texts);
    await runRetentionSweep(platform.orm.em, `${closedYear + 10}-06-01`);
    const mid = await textsOf(texts);
    expect(mid).toEqual({ ...before, picture: PSEUDONYM_TEXT });

    const swept = await runRetentionSweep(platform.orm.em, '2100-01-01');
    expect(swept.meetings.items).toBeGreaterThanOrEqual(1);
    expect(swept.meetings.decisions).toBeGreaterThanOrEqual(1);
    const after = await textsOf(texts);
    expect(after).toEqual({
      item: { question: PSEUDONYM_TEXT, considerations: PSEUDONYM_TEXT, safety_score: 5 },
      picture: PSEUDONYM_TEXT,
      decision: PSEUDONYM_TEXT,
    });
    const audited = await sql<{ subject_type: string; fields: string[] }>(
      `select subject_type, fields from audit.event where reason = 'RETENTION_PSEUDONYMISED' and subject_id in (?, ?, ?) order by subject_type, fields`,
      [texts.itemId, texts.contributionId, texts.decisionId],
    );
    expect(audited.map((a) => `${a.subject_type}.${a.fields.join(',')}`)).toEqual([
      'MeetingContribution.body',
      'MeetingDecision.text',
      'MeetingItem.considerations',
      'MeetingItem.question',
    ]);
    // Idempotent: nothing more to replace, nothing more on record.
    await runRetentionSweep(platform.orm.em, '2100-01-01');
    const again = await sql<{ n: number }>(
      `select count(*)::int as n from audit.event where reason = 'RETENTION_PSEUDONYMISED' and subject_id in (?, ?, ?)`,
      [texts.itemId, texts.contributionId, texts.decisionId],
    );
    expect(again[0]!.n).toBe(4);
  });
});
