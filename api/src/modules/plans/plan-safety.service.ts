/** The safety plan: agreements on safety, some of them secret locations or contact details. */
import type { DataCategory } from '@mda/authz';
import { SAFETY_ITEM_KINDS, type SafetyItemKind } from '@mda/domain';
import type { RequestContext } from '../../core/context/context.js';
import type { PlanElement } from './plan-element.entity.js';
import { checkConcerns, householdPersonIds, oneOf } from './plan-element-checks.js';
import { createElement, updateElement } from './plan-element-write.js';
import type { AddSafetyPlanItemInput, UpdateSafetyPlanItemInput } from './plan.inputs.js';

/** The safe place is a secret location; whom to call holds contact details; the rest is plan content. */
export function safetyItemCategory(kind: SafetyItemKind): DataCategory {
  return kind === 'SAFE_PLACE' ? 'SECRET_LOCATION' : kind === 'WHO_TO_CALL' ? 'CONTACT' : 'PLAN';
}

export function addSafetyPlanItem(ctx: RequestContext, input: AddSafetyPlanItemInput): Promise<PlanElement> {
  return createElement(ctx, {
    kind: 'SAFETY_ITEM',
    target: { caseId: input.caseId },
    category: (check) => {
      if (!oneOf(check, 'kind', input.kind, SAFETY_ITEM_KINDS, 'kies het soort afspraak / choose the kind of item'))
        check.done();
      return safetyItemCategory(input.kind!);
    },
    what: 'het veiligheidsplan',
    validate: async ({ em, locked, check }) => {
      const members = await householdPersonIds(em, locked.caseFile);
      check.text('text', input.text, { min: 3, max: 2000 });
      const concerns = checkConcerns(check, 'concerns', input.concerns, members, false);
      return () => ({ fields: { itemKind: input.kind!, text: input.text!.trim(), concerns } });
    },
  });
}

export function updateSafetyPlanItem(ctx: RequestContext, input: UpdateSafetyPlanItemInput): Promise<PlanElement> {
  return updateElement(ctx, input, 'SAFETY_ITEM', async ({ em, locked, check, next }) => {
    const members = await householdPersonIds(em, locked.caseFile);
    if (input.text !== undefined) {
      check.text('text', input.text, { min: 3, max: 2000 });
      next.text = input.text?.trim() ?? null;
    }
    if (input.concerns !== undefined) next.concerns = checkConcerns(check, 'concerns', input.concerns, members, false);
  });
}
