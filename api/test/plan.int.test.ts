import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { codeOf } from './support/graphql-client.js';
import {
  ADD_ACTION,
  ADD_GOAL,
  ADD_MEASURE,
  clientFor,
  draftWithGoalAndAction,
  nlDaysFromToday,
  PLAN,
  planCase,
  PROPOSE,
  SIGN_OFF,
  UPDATE_ACTION,
  UPDATE_GOAL,
  type PlanView,
} from './support/plan-fixtures.js';

/**
 * The joint plan as the case team lives it: drawn up in the MDO, refused when a professional
 * enters something the law or the field forbids, agreed by every organisation, frozen, and
 * masked per viewer.
 */
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(async () => {
  await platform?.stop();
});

const sql = <T>(text: string, params: unknown[] = []) => platform.sql<T>(text, params);
const countElements = async (caseId: string) =>
  Number((await sql<{ n: string }>('select count(*) as n from plan_element where case_id = ?', [caseId]))[0]!.n);

describe('refused input: a professional is told what is wrong and nothing is stored', () => {
  it('a goal without a phase, an action without an owner and a restraining order of 30 days', async () => {
    const c = await planCase(platform, { teamTypes: ['POLICE', 'SAFE_HOME'] });
    const police = await clientFor(platform, c.team.find((t) => t.type === 'POLICE')!.email, 'CRISIS');
    const safeHome = await clientFor(platform, c.team.find((t) => t.type === 'SAFE_HOME')!.email);

    const noPhase = await safeHome.request(ADD_GOAL, {
      i: {
        caseId: c.caseId,
        lifeDomain: 'SAFETY',
        concerns: [c.personIds[0]],
        description: 'Veilig thuis wonen',
        measurableEnd: 'Drie maanden geen incidenten',
      },
    });
    expect(codeOf(noPhase.errors)).toBe('BAD_USER_INPUT');
    expect(noPhase.errors![0]!.message).toContain(
      'phase: kies een fase: directe veiligheid, stabiele veiligheid of duurzaam herstel',
    );
    expect(await countElements(c.caseId)).toBe(0);

    const { goalId } = await draftWithGoalAndAction(c, safeHome);
    const before = await countElements(c.caseId);
    const noOwner = await safeHome.request(ADD_ACTION, {
      i: { goalId, description: 'Huisbezoek afleggen', dueOn: nlDaysFromToday(3) },
    });
    expect(codeOf(noOwner.errors)).toBe('BAD_USER_INPUT');
    expect(noOwner.errors![0]!.message).toContain('een actie heeft een eigenaar nodig');

    const policeOrg = c.team.find((t) => t.type === 'POLICE')!.organisationId;
    const thirty = await police.request(ADD_MEASURE, {
      i: {
        caseId: c.caseId,
        kind: 'RESTRAINING_ORDER',
        responsibleOrganisationId: policeOrg,
        startsOn: nlDaysFromToday(0),
        endsOn: nlDaysFromToday(30),
        concerns: [c.personIds[0]],
      },
    });
    expect(codeOf(thirty.errors)).toBe('BAD_USER_INPUT');
    expect(thirty.errors![0]!.message).toContain(
      'een tijdelijk huisverbod geldt 10 dagen en kan worden verlengd tot in totaal hoogstens 28 dagen; 30 dagen is wettelijk niet mogelijk',
    );
    expect(await countElements(c.caseId)).toBe(before);

    // The legal one is accepted: 10 days by default, extendable to day 28.
    const ten = await police.ok<{
      addCoerciveMeasure: { category: string; endsOn: string; clock: { extendableUntil: string } };
    }>(ADD_MEASURE, {
      i: {
        caseId: c.caseId,
        kind: 'RESTRAINING_ORDER',
        responsibleOrganisationId: policeOrg,
        startsOn: nlDaysFromToday(0),
        concerns: [c.personIds[0]],
      },
    });
    expect(ten.addCoerciveMeasure).toMatchObject({
      category: 'CRIMINAL',
      endsOn: nlDaysFromToday(10),
      clock: { extendableUntil: nlDaysFromToday(28) },
    });

    // Cancelling an action needs a reason.
    const view = await safeHome.ok<PlanView>(PLAN, { caseId: c.caseId });
    const action = view.plan!.workingCopy.goals[0]!.actions[0]!;
    const cancel = await safeHome.request(UPDATE_ACTION, {
      i: { id: action.id, expectedVersion: action.version, status: 'CANCELLED' },
    });
    expect(codeOf(cancel.errors)).toBe('BAD_USER_INPUT');
    expect(cancel.errors![0]!.message).toContain('een actie annuleren kan alleen met een reden');
  });
});

describe('agreement: DRAFT -> PROPOSED -> AGREED, with an objection on the way', () => {
  it('every team organisation decides; an objection sends it back; the agreed version is frozen', async () => {
    const c = await planCase(platform, { teamTypes: ['POLICE', 'SAFE_HOME'], skip: 1 });
    const director = await clientFor(platform, c.director);
    const members = await Promise.all(c.team.map(async (t) => ({ ...t, client: await clientFor(platform, t.email) })));
    const author = members.find((m) => m.type === 'SAFE_HOME')!.client;
    await draftWithGoalAndAction(c, author);

    // A plain professional cannot propose; the case director can.
    const police = members.find((m) => m.type === 'POLICE')!;
    let view = await director.ok<PlanView>(PLAN, { caseId: c.caseId });
    expect(
      codeOf(
        (await police.client.request(PROPOSE, { i: { caseId: c.caseId, expectedVersion: view.plan!.version } })).errors,
      ),
    ).toBe('FORBIDDEN');
    const stale = await director.request(PROPOSE, { i: { caseId: c.caseId, expectedVersion: view.plan!.version - 1 } });
    expect(codeOf(stale.errors)).toBe('CONFLICT');
    await director.ok(PROPOSE, { i: { caseId: c.caseId, expectedVersion: view.plan!.version } });

    // While proposed, the working copy cannot be changed.
    view = await author.ok<PlanView>(PLAN, { caseId: c.caseId });
    expect(view.plan!.status).toBe('PROPOSED');
    expect(view.plan!.versions[0]!.pendingOrganisations.map((o) => o.id).sort()).toEqual(
      c.team.map((t) => t.organisationId).sort(),
    );
    const goal = view.plan!.workingCopy.goals[0]!;
    const locked = await author.request(UPDATE_GOAL, {
      i: { id: goal.id, expectedVersion: goal.version, description: 'Iets anders dan voorgesteld' },
    });
    expect(codeOf(locked.errors)).toBe('CONFLICT');
    expect(locked.errors![0]!.message).toContain('ligt ter instemming voor');

    // An objection needs a reason, is recorded, and sends the plan back to draft.
    expect(
      codeOf(
        (await police.client.request(SIGN_OFF, { i: { caseId: c.caseId, versionNumber: 1, decision: 'OBJECT' } }))
          .errors,
      ),
    ).toBe('BAD_USER_INPUT');
    const objected = await police.client.ok<{ signOffPlan: { status: string } }>(SIGN_OFF, {
      i: { caseId: c.caseId, versionNumber: 1, decision: 'OBJECT', reason: 'Het contactverbod ontbreekt in het plan.' },
    });
    expect(objected.signOffPlan.status).toBe('DRAFT');
    view = await author.ok<PlanView>(PLAN, { caseId: c.caseId });
    expect(view.plan!.versions[0]).toMatchObject({
      number: 1,
      status: 'OBJECTED',
      signOffs: [
        { organisation: { type: 'POLICE' }, decision: 'OBJECT', reason: 'Het contactverbod ontbreekt in het plan.' },
      ],
    });
    // The objection goes onto the escalation ladder at once, naming organisation and version;
    // its text stays with the sign-off, under the plan's own permissions.
    const raised = await sql<{ status: string; reason: string }>(
      "select status, reason from escalation where case_id = ? and trigger = 'PLAN_OBJECTION'",
      [c.caseId],
    );
    expect(raised).toHaveLength(1);
    expect(raised[0]!.status).toBe('OPEN');
    expect(raised[0]!.reason).toContain('planversie 1');
    expect(raised[0]!.reason).not.toContain('contactverbod');

    // Rework, propose version 2, all agree.
    await author.ok(UPDATE_GOAL, {
      i: {
        id: goal.id,
        expectedVersion: goal.version,
        description: 'Moeder en kinderen zijn veilig; contactverbod wordt nageleefd',
      },
    });
    view = await director.ok<PlanView>(PLAN, { caseId: c.caseId });
    await director.ok(PROPOSE, { i: { caseId: c.caseId, expectedVersion: view.plan!.version } });
    let last: { signOffPlan: { status: string; agreedVersionNumber: number | null } } | null = null;
    for (const m of members) {
      last = await m.client.ok(SIGN_OFF, { i: { caseId: c.caseId, versionNumber: 2, decision: 'AGREE' } });
      if (m !== members[members.length - 1]) expect(last!.signOffPlan.status).toBe('PROPOSED');
    }
    expect(last!.signOffPlan).toEqual({
      status: 'AGREED',
      version: expect.any(Number),
      agreedVersionNumber: 2,
    } as never);
    // Deciding twice for one organisation is refused.
    expect(
      codeOf(
        (await members[0]!.client.request(SIGN_OFF, { i: { caseId: c.caseId, versionNumber: 2, decision: 'AGREE' } }))
          .errors,
      ),
    ).toBe('CONFLICT');

    // The agreed version cannot be altered by any mutation: a change starts version 3.
    view = await author.ok<PlanView>(PLAN, { caseId: c.caseId });
    const g = view.plan!.workingCopy.goals[0]!;
    await author.ok(UPDATE_GOAL, {
      i: { id: g.id, expectedVersion: g.version, description: 'Na drie maanden: stabiele veiligheid' },
    });
    view = await author.ok<PlanView>(PLAN, { caseId: c.caseId });
    expect(view.plan).toMatchObject({ status: 'DRAFT', agreedVersionNumber: 2, nextVersionNumber: 3 });
    const frozen = await author.ok<{ planVersion: { status: string; content: { goals: { description: string }[] } } }>(
      'query ($c: ID!) { planVersion(caseId: $c, number: 2) { status content { goals { description } } } }',
      { c: c.caseId },
    );
    expect(frozen.planVersion).toEqual({
      status: 'AGREED',
      content: { goals: [{ description: 'Moeder en kinderen zijn veilig; contactverbod wordt nageleefd' }] },
    });
    // Signing off an already decided version is refused.
    expect(
      codeOf(
        (
          await police.client.request(SIGN_OFF, {
            i: { caseId: c.caseId, versionNumber: 2, decision: 'OBJECT', reason: 'Te laat maar toch bezwaar.' },
          })
        ).errors,
      ),
    ).toBe('CONFLICT');

    // And not in the database either.
    await expect(
      sql(`update plan_version set snapshot = '{}' where case_id = ? and number = 2`, [c.caseId]),
    ).rejects.toThrow(/frozen|cannot be changed/);
    await expect(
      sql(`update plan_version set status = 'PROPOSED' where case_id = ? and number = 2`, [c.caseId]),
    ).rejects.toThrow(/cannot be changed/);
    await expect(sql(`delete from plan_version where case_id = ?`, [c.caseId])).rejects.toThrow(/cannot be deleted/);
    await expect(sql(`update plan_sign_off set decision = 'AGREE' where case_id = ?`, [c.caseId])).rejects.toThrow(
      /final/,
    );
    await expect(sql(`delete from plan_sign_off where case_id = ?`, [c.caseId])).rejects.toThrow(/final/);

    // The diff between version 1 and 2 names the change and who made it.
    const diff = await police.client.ok<{
      planVersionDiff: {
        entries: {
          kind: string;
          change: string;
          fields: { field: string; from: string; to: string }[];
          changedBy: { organisation: { type: string } };
        }[];
      };
    }>(
      'query ($c: ID!) { planVersionDiff(caseId: $c, from: 1, to: 2) { entries { kind change fields { field from to } changedBy { organisation { type } } } } }',
      { c: c.caseId },
    );
    expect(diff.planVersionDiff.entries).toEqual([
      {
        kind: 'GOAL',
        change: 'CHANGED',
        fields: [
          {
            field: 'description',
            from: '"Moeder en kinderen zijn veilig thuis"',
            to: '"Moeder en kinderen zijn veilig; contactverbod wordt nageleefd"',
          },
        ],
        changedBy: { organisation: { type: 'SAFE_HOME' } },
      },
    ]);
    // What changed since the agreed version: version 2 against the working copy (no `to`).
    const since = await police.client.ok<{
      planVersionDiff: {
        to: number | null;
        entries: { change: string; fields: { field: string; from: string; to: string }[] }[];
      };
    }>('query ($c: ID!) { planVersionDiff(caseId: $c, from: 2) { to entries { change fields { field from to } } } }', {
      c: c.caseId,
    });
    expect(since.planVersionDiff).toEqual({
      to: null,
      entries: [
        {
          change: 'CHANGED',
          fields: [
            {
              field: 'description',
              from: '"Moeder en kinderen zijn veilig; contactverbod wordt nageleefd"',
              to: '"Na drie maanden: stabiele veiligheid"',
            },
          ],
        },
      ],
    });
  });
});

describe('concurrency: a stale write is refused with the current state', () => {
  it('two professionals edit the same action; the second is told CONFLICT and sees what the first wrote', async () => {
    const c = await planCase(platform, { teamTypes: ['SAFE_HOME', 'LOCAL_TEAM'], skip: 2 });
    const a = await clientFor(platform, c.team.find((t) => t.type === 'SAFE_HOME')!.email);
    const b = await clientFor(platform, c.team.find((t) => t.type === 'LOCAL_TEAM')!.email);
    const { actionId } = await draftWithGoalAndAction(c, a);
    const seen = (await b.ok<PlanView>(PLAN, { caseId: c.caseId })).plan!.workingCopy.goals[0]!.actions[0]!;
    await a.ok(UPDATE_ACTION, { i: { id: actionId, expectedVersion: seen.version, status: 'IN_PROGRESS' } });
    const late = await b.request(UPDATE_ACTION, {
      i: { id: actionId, expectedVersion: seen.version, description: 'Huisbezoek met de wijkagent' },
    });
    expect(codeOf(late.errors)).toBe('CONFLICT');
    expect(late.errors![0]!.extensions).toMatchObject({
      currentVersion: seen.version + 1,
      current: { fields: { status: 'IN_PROGRESS', description: 'Veiligheidsplan opstellen met moeder' } },
    });
    const after = (await b.ok<PlanView>(PLAN, { caseId: c.caseId })).plan!.workingCopy.goals[0]!.actions[0]!;
    expect(after.description).toBe('Veiligheidsplan opstellen met moeder');
    expect(after.history.map((h) => h.change)).toEqual(['CREATE', 'UPDATE']);
    expect(after.history[1]!.fields).toEqual([{ field: 'status', from: '"OPEN"', to: '"IN_PROGRESS"' }]);
  });
});
