import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { codeOf, type ApiClient } from './support/graphql-client.js';
import {
  ADD_ACTION,
  ADD_GOAL,
  clientFor,
  nlDaysFromToday,
  PLAN,
  planCase,
  UPDATE_ACTION,
  UPDATE_GOAL,
  type PlanView,
} from './support/plan-fixtures.js';

/**
 * Many professionals of different organisations edit one plan at the same moment, each with
 * the version they read. No edit may be lost silently: every accepted edit is present
 * afterwards, every refused one was told CONFLICT (with the current version).
 */
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(async () => {
  await platform?.stop();
});

interface Outcome {
  client: number;
  elementId: string;
  field: 'description';
  value: string;
  accepted: boolean;
  code?: string;
  currentVersion?: number;
}

describe('20 concurrent editors on one plan', () => {
  it('every accepted edit is present afterwards and every refused one was told CONFLICT', async () => {
    const c = await planCase(platform, { teamTypes: ['SAFE_HOME', 'LOCAL_TEAM', 'POLICE'] });
    const personas = c.team.map((t) => t.email);
    const clients: ApiClient[] = [];
    for (let i = 0; i < 20; i++) clients.push(await clientFor(platform, personas[i % personas.length]!));

    // A plan with 4 goals of one action each: 8 elements for 20 editors, so edits collide.
    const owner = c.team.find((t) => t.type === 'SAFE_HOME')!.organisationId;
    for (let g = 0; g < 4; g++) {
      const goal = await clients[0]!.ok<{ addGoal: { id: string } }>(ADD_GOAL, {
        i: {
          caseId: c.caseId,
          phase: 'STABLE_SAFETY',
          lifeDomain: 'HOUSING',
          concerns: [c.personIds[0]],
          description: `Doel ${g} voor de woning`,
          measurableEnd: 'Huurachterstand is opgelost',
        },
      });
      await clients[0]!.ok(ADD_ACTION, {
        i: {
          goalId: goal.addGoal.id,
          description: `Actie ${g} bij het doel`,
          ownerOrganisationId: owner,
          dueOn: nlDaysFromToday(14),
        },
      });
    }

    // Three rounds: everyone reads, then everyone writes at once with the version they read.
    const outcomes: Outcome[] = [];
    for (let round = 0; round < 3; round++) {
      const views = await Promise.all(clients.map((cl) => cl.ok<PlanView>(PLAN, { caseId: c.caseId })));
      const writes = clients.map(async (cl, i) => {
        const goals = views[i]!.plan!.workingCopy.goals;
        const goal = goals[(i + round) % goals.length]!;
        const target =
          i % 2 === 0 ? { kind: 'goal' as const, el: goal } : { kind: 'action' as const, el: goal.actions[0]! };
        const value = `Ronde ${round}, bewerker ${i} (${target.kind})`;
        const result = await cl.request(target.kind === 'goal' ? UPDATE_GOAL : UPDATE_ACTION, {
          i: { id: target.el.id, expectedVersion: target.el.version, description: value },
        });
        const code = codeOf(result.errors);
        outcomes.push({
          client: i,
          elementId: target.el.id,
          field: 'description',
          value,
          accepted: !result.errors,
          code,
          currentVersion: result.errors?.[0]?.extensions?.currentVersion as number | undefined,
        });
      });
      await Promise.all(writes);
    }

    const accepted = outcomes.filter((o) => o.accepted);
    const refused = outcomes.filter((o) => !o.accepted);
    expect(accepted.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    // Every refusal is a CONFLICT carrying the current version: never a lost or a half write.
    for (const r of refused) {
      expect(r.code).toBe('CONFLICT');
      expect(typeof r.currentVersion).toBe('number');
    }
    // Per element, one writer wins per round; the final state is the last accepted edit, and every accepted edit is in the history.
    const final = (await clients[0]!.ok<PlanView>(PLAN, { caseId: c.caseId })).plan!.workingCopy.goals;
    const descriptions = new Map<string, { description: string | null; version: number }>();
    for (const g of final) {
      descriptions.set(g.id, { description: g.description, version: g.version });
      for (const a of g.actions) descriptions.set(a.id, { description: a.description, version: a.version });
    }
    const history = await platform.sql<{ element_id: string; to: string }>(
      `select element_id, f->>'to' as "to" from plan_element_change, jsonb_array_elements(fields) f where case_id = ? and change = 'UPDATE' and f->>'field' = 'description'`,
      [c.caseId],
    );
    for (const a of accepted) {
      expect(history.some((h) => h.element_id === a.elementId && h.to === a.value)).toBe(true);
    }
    for (const [id, state] of descriptions) {
      const mine = accepted.filter((a) => a.elementId === id);
      // One accepted edit per version step: the version counts exactly the accepted edits.
      expect(state.version).toBe(1 + mine.length);
      if (mine.length > 0) expect(mine.map((m) => m.value)).toContain(state.description);
    }
    // No refused value was written anywhere.
    for (const r of refused) expect(history.some((h) => h.to === r.value)).toBe(false);
  });
});
