import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient, codeOf, personaWith } from './support/graphql-client.js';
import {
  ADD_GOAL,
  ADD_NOTE,
  ADD_PICTURE,
  ADD_SAFETY,
  clientFor,
  draftWithGoalAndAction,
  PLAN,
  planCase,
  REMOVE,
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

describe('domain guard: intimate terror', () => {
  it('refuses joint partner sessions with the reason; the case director may record them with a justification, shown with the goal', async () => {
    const c = await planCase(platform, {
      profile: ['INTIMATE_TERROR', 'INTIMATE_TERROR_WITHOUT_CHILDREN'],
      allowPlan: true,
    });
    const before = await countElements(c.caseId);
    const professional = await clientFor(
      platform,
      c.team.find((t) => t.type === 'LOCAL_TEAM' || t.type === 'POLICE')!.email,
    );
    const director = await clientFor(platform, c.director);
    const goal = {
      caseId: c.caseId,
      phase: 'RECOVERY',
      lifeDomain: 'SOCIAL_NETWORK',
      concerns: c.personIds.slice(0, 2),
      description: 'Gezamenlijke gesprekken over de omgang',
      measurableEnd: 'Afspraken over omgang vastgelegd',
      interventionKind: 'JOINT_PARTNER_SESSIONS',
    };
    const refused = await professional.request(ADD_GOAL, { i: goal });
    expect(codeOf(refused.errors)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.message).toContain('is gecontra-indiceerd bij intieme terreur');
    expect(await countElements(c.caseId)).toBe(before);
    const byProfessional = await professional.request(ADD_GOAL, {
      i: { ...goal, contraIndicationJustification: 'Slachtoffer wil dit zelf, veiligheid geborgd door aparte intake.' },
    });
    expect(codeOf(byProfessional.errors)).toBe('FORBIDDEN');
    const justification =
      'Beide partners hebben afzonderlijk om deze gesprekken gevraagd; het slachtoffer heeft een eigen begeleider en een veilige uitweg.';
    const added = await director.ok<{ addGoal: { id: string } }>(ADD_GOAL, {
      i: { ...goal, contraIndicationJustification: justification },
    });
    const view = await professional.ok<PlanView>(PLAN, { caseId: c.caseId });
    expect(view.plan!.workingCopy.goals.find((g) => g.id === added.addGoal.id)).toMatchObject({
      interventionKind: 'JOINT_PARTNER_SESSIONS',
      contraIndicationJustification: { text: justification },
    });
    const audit = await sql<{ reason: string }>(
      `select reason from audit.event where case_id = ? and subject_type = 'PlanContraIndication'`,
      [c.caseId],
    );
    expect(audit.map((r) => r.reason)).toEqual(['CONTRA_INDICATION_JUSTIFIED:JOINT_PARTNER_SESSIONS']);
  });
});

describe('permissions by category, notes with an audience, and the audit trail', () => {
  it('the safe place is shown to Veilig Thuis and withheld from the police; a police-only note is withheld from the local team', async () => {
    const c = await planCase(platform, { teamTypes: ['POLICE', 'SAFE_HOME', 'LOCAL_TEAM'], skip: 3 });
    const safeHome = await clientFor(platform, c.team.find((t) => t.type === 'SAFE_HOME')!.email);
    const police = await clientFor(platform, c.team.find((t) => t.type === 'POLICE')!.email);
    const localTeam = await clientFor(platform, c.team.find((t) => t.type === 'LOCAL_TEAM')!.email);
    await safeHome.ok(ADD_SAFETY, {
      i: { caseId: c.caseId, kind: 'SAFE_PLACE', text: 'Opvanglocatie Noord, kamer 4', concerns: [c.personIds[0]] },
    });
    await safeHome.ok(ADD_SAFETY, {
      i: { caseId: c.caseId, kind: 'WARNING_SIGNALS', text: 'Hij belt vaker dan drie keer per dag', concerns: [] },
    });
    // The police may not record a secret location.
    expect(
      codeOf(
        (
          await police.request(ADD_SAFETY, {
            i: { caseId: c.caseId, kind: 'SAFE_PLACE', text: 'Bij de zus van moeder' },
          })
        ).errors,
      ),
    ).toBe('FORBIDDEN');
    const { goalId } = await draftWithGoalAndAction(c, safeHome);
    await police.ok(ADD_NOTE, {
      i: {
        elementId: goalId,
        body: 'Aangifte loopt; verdachte nog niet gehoord.',
        audience: ['POLICE', 'PROSECUTION'],
      },
    });
    await localTeam.ok(ADD_PICTURE, {
      i: { caseId: c.caseId, lifeDomain: 'HOUSING', text: 'Gezin staat op de wachtlijst voor urgentie.' },
    });

    const asPolice = await police.request<PlanView>(
      PLAN,
      { caseId: c.caseId },
      { 'x-request-id': 'plan-read-police-01' },
    );
    const safePlace = asPolice.data!.plan!.workingCopy.safetyPlan.find((s) => s.kind === 'SAFE_PLACE')!;
    expect(safePlace).toMatchObject({ category: 'SECRET_LOCATION', text: null, redactedFields: ['text', 'concerns'] });
    expect(asPolice.data!.plan!.workingCopy.safetyPlan.find((s) => s.kind === 'WARNING_SIGNALS')!.text).toBe(
      'Hij belt vaker dan drie keer per dag',
    );
    expect(JSON.stringify(asPolice.data)).not.toContain('Opvanglocatie');
    const asSafeHome = await safeHome.ok<PlanView>(PLAN, { caseId: c.caseId });
    expect(asSafeHome.plan!.workingCopy.safetyPlan.find((s) => s.kind === 'SAFE_PLACE')!.text).toBe(
      'Opvanglocatie Noord, kamer 4',
    );

    const asLocal = await localTeam.ok<PlanView>(PLAN, { caseId: c.caseId });
    expect(asLocal.plan!.notes).toEqual([
      expect.objectContaining({
        category: 'RESTRICTED_NOTE',
        audience: ['POLICE', 'PROSECUTION'],
        body: null,
        redactedFields: ['body'],
      }),
    ]);
    expect(asPolice.data!.plan!.notes[0]!.body).toBe('Aangifte loopt; verdachte nog niet gehoord.');

    // Every read is on record, with the categories disclosed and without the withheld one.
    const records = await sql<{
      action: string;
      subject_type: string;
      categories: string[];
      fields: string[];
      data_subject_ids: string[];
    }>(
      `select action, subject_type, categories, fields, data_subject_ids from audit.event where request_id = ? order by seq`,
      [asPolice.headers.get('x-request-id')],
    );
    const planRead = records.find((r) => r.subject_type === 'Plan')!;
    expect(planRead.action).toBe('READ');
    expect(planRead.categories).toContain('PLAN');
    expect(planRead.categories).not.toContain('SECRET_LOCATION');
    expect(planRead.fields).toContain('GOAL.description');
    expect(records.find((r) => r.subject_type === 'PlanNote')!.categories).toEqual(['RESTRICTED_NOTE']);
    // Writes too.
    const writes = await sql<{ action: string; subject_type: string }>(
      `select action, subject_type from audit.event where case_id = ? and action = 'CREATE' order by seq`,
      [c.caseId],
    );
    expect(writes.map((w) => w.subject_type)).toEqual([
      'PlanSafetyItem',
      'PlanSafetyItem',
      'PlanGoal',
      'PlanAction',
      'PlanNote',
      'PlanPicture',
    ]);
  });

  it('a non-member gets NOT_FOUND, like a missing case; the privacy officer sees no plan content', async () => {
    const c = await planCase(platform, { teamTypes: ['SAFE_HOME'], skip: 4 });
    const safeHome = await clientFor(platform, c.team.find((t) => t.type === 'SAFE_HOME')!.email);
    await draftWithGoalAndAction(c, safeHome);
    const outsiderType = ['CARE', 'MUNICIPALITY', 'PROSECUTION', 'CHILD_PROTECTION_BOARD'].find(
      (t) => !c.team.some((m) => m.type === t),
    )!;
    const outsider = await new ApiClient(platform.baseUrl).loginAs(personaWith(outsiderType, 'PROFESSIONAL').email);
    const read = await outsider.request(PLAN, { caseId: c.caseId });
    const missing = await outsider.request(PLAN, { caseId: '00000000-0000-4000-8000-000000000000' });
    expect(codeOf(read.errors)).toBe('NOT_FOUND');
    expect(read.errors![0]!.message).toBe(missing.errors![0]!.message);
    const goalId = (
      await sql<{ id: string }>(`select id from plan_element where case_id = ? and kind = 'GOAL'`, [c.caseId])
    )[0]!.id;
    const write = await outsider.request(UPDATE_GOAL, {
      i: { id: goalId, expectedVersion: 1, description: 'Overgenomen door een buitenstaander' },
    });
    expect(codeOf(write.errors)).toBe('NOT_FOUND');
    const fg = await new ApiClient(platform.baseUrl).loginAs('fg.veiligthuis@demo.mda.test');
    expect(codeOf((await fg.request(PLAN, { caseId: c.caseId })).errors)).toBe('NOT_FOUND');
    expect(codeOf((await fg.request(REMOVE, { i: { id: goalId, expectedVersion: 1 } })).errors)).toBe('NOT_FOUND');
    const denied = await sql<{ n: string }>(
      `select count(*) as n from audit.event where case_id = ? and action = 'DENIED'`,
      [c.caseId],
    );
    expect(Number(denied[0]!.n)).toBeGreaterThanOrEqual(3);
    expect(await countElements(c.caseId)).toBe(2);
  });

  it('removing a goal removes its actions in one change, and the history keeps who removed them', async () => {
    const c = await planCase(platform, { teamTypes: ['SAFE_HOME'], skip: 5 });
    const safeHome = await clientFor(platform, c.team.find((t) => t.type === 'SAFE_HOME')!.email);
    const { goalId, actionId } = await draftWithGoalAndAction(c, safeHome);
    const removed = await safeHome.ok<{ removePlanElement: { removedIds: string[] } }>(REMOVE, {
      i: { id: goalId, expectedVersion: 1 },
    });
    expect(removed.removePlanElement.removedIds.sort()).toEqual([goalId, actionId].sort());
    expect(await countElements(c.caseId)).toBe(0);
    const history = await sql<{ change: string }>(
      'select change from plan_element_change where element_id in (?, ?) order by changed_at, change',
      [goalId, actionId],
    );
    expect(history.map((h) => h.change).sort()).toEqual(['CREATE', 'CREATE', 'REMOVE', 'REMOVE']);
  });
});
