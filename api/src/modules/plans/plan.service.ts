/**
 * The plan capability's writes, one import for the resolver and other capabilities. Each part
 * lives in its own file: the element-write skeleton (plan-element-write.ts), one file per
 * element kind, the lifecycle and the notes (docs/plan.md, "API").
 */
import type { RequestContext } from '../../core/context/context.js';
import { removeElement } from './plan-element-write.js';
import type { RemovePlanElementInput } from './plan.inputs.js';

export { activeTeamOrganisationIds, ensurePlanIn } from './plan-lock.js';
export { addPictureEntry, PICTURE_CATEGORIES, updatePictureEntry } from './plan-picture.service.js';
export { addGoal, updateGoal } from './plan-goal.service.js';
export { addAction, updateAction } from './plan-action.service.js';
export { addSafetyPlanItem, safetyItemCategory, updateSafetyPlanItem } from './plan-safety.service.js';
export { addCoerciveMeasure, measureCategory, updateCoerciveMeasure } from './plan-measure.service.js';
export {
  objectionsSince,
  proposePlan,
  setPlanFirstMeeting,
  signOffPlan,
  startPlan,
  type PlanObjection,
} from './plan-lifecycle.service.js';
export { addPlanNote } from './plan-note.service.js';

/** Removes an element; a goal goes together with its actions, in one transaction. Names the case, for the answer's plan. */
export function removePlanElement(
  ctx: RequestContext,
  input: RemovePlanElementInput,
): Promise<{ id: string; removedIds: string[]; caseId: string }> {
  return removeElement(ctx, input);
}
