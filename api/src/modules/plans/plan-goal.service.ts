/** Oordeelsvorming: goals per phase and life domain, with the intervention guard. */
import { GOAL_PHASES, INTERVENTION_KINDS, LIFE_DOMAINS, type InterventionKind } from '@mda/domain';
import type { RequestContext } from '../../core/context/context.js';
import type { PlanElement } from './plan-element.entity.js';
import {
  checkConcerns,
  guardIntervention,
  householdPersonIds,
  justificationAudit,
  oneOf,
} from './plan-element-checks.js';
import { createElement, updateElement } from './plan-element-write.js';
import type { AddGoalInput, UpdateGoalInput } from './plan.inputs.js';

const PHASE_MESSAGE = 'kies een fase: directe veiligheid, stabiele veiligheid of duurzaam herstel / choose a phase';
const LIFE_DOMAIN_MESSAGE = 'kies een leefgebied / choose a life domain';

export function addGoal(ctx: RequestContext, input: AddGoalInput): Promise<PlanElement> {
  return createElement(ctx, {
    kind: 'GOAL',
    target: { caseId: input.caseId },
    category: () => 'PLAN',
    what: 'een doel',
    validate: async ({ em, locked, check }) => {
      const members = await householdPersonIds(em, locked.caseFile);
      oneOf(check, 'phase', input.phase, GOAL_PHASES, PHASE_MESSAGE);
      oneOf(check, 'lifeDomain', input.lifeDomain, LIFE_DOMAINS, LIFE_DOMAIN_MESSAGE);
      const concerns = checkConcerns(check, 'concerns', input.concerns, members, true);
      check.text('description', input.description, { min: 5, max: 1000 });
      check.text('measurableEnd', input.measurableEnd, { min: 5, max: 1000 });
      if (input.interventionKind) oneOf(check, 'interventionKind', input.interventionKind, INTERVENTION_KINDS, '');
      const justification = guardIntervention(
        ctx,
        check,
        locked.caseFile,
        input.interventionKind ?? null,
        input.contraIndicationJustification,
        null,
      );
      return () => ({
        fields: {
          phase: input.phase!,
          lifeDomain: input.lifeDomain!,
          concerns,
          description: input.description!.trim(),
          measurableEnd: input.measurableEnd!.trim(),
          interventionKind: input.interventionKind ?? null,
          justification,
        },
        audit: (e) =>
          justification ? [justificationAudit(locked.plan.caseId, e.id, String(input.interventionKind))] : [],
      });
    },
  });
}

export function updateGoal(ctx: RequestContext, input: UpdateGoalInput): Promise<PlanElement> {
  return updateElement(ctx, input, 'GOAL', async ({ em, locked: l, check, next }) => {
    const members = await householdPersonIds(em, l.caseFile);
    if (input.phase !== undefined && oneOf(check, 'phase', input.phase, GOAL_PHASES, PHASE_MESSAGE))
      next.phase = input.phase;
    if (
      input.lifeDomain !== undefined &&
      oneOf(check, 'lifeDomain', input.lifeDomain, LIFE_DOMAINS, LIFE_DOMAIN_MESSAGE)
    )
      next.lifeDomain = input.lifeDomain;
    if (input.concerns !== undefined) next.concerns = checkConcerns(check, 'concerns', input.concerns, members, true);
    if (input.description !== undefined) {
      check.text('description', input.description, { min: 5, max: 1000 });
      next.description = input.description?.trim() ?? null;
    }
    if (input.measurableEnd !== undefined) {
      check.text('measurableEnd', input.measurableEnd, { min: 5, max: 1000 });
      next.measurableEnd = input.measurableEnd?.trim() ?? null;
    }
    const kindChanged =
      input.interventionKind !== undefined && input.interventionKind !== l.before.fields.interventionKind;
    if (input.interventionKind !== undefined) next.interventionKind = input.interventionKind;
    next.justification = guardIntervention(
      ctx,
      check,
      l.caseFile,
      (next.interventionKind as InterventionKind | null) ?? null,
      input.contraIndicationJustification,
      kindChanged ? null : (l.before.fields.justification ?? null),
    );
    return input.contraIndicationJustification?.trim()
      ? [justificationAudit(l.plan.caseId, l.element.id, String(next.interventionKind))]
      : [];
  });
}
