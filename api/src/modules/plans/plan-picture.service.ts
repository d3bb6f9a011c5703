/** Beeldvorming: the shared picture, one entry per organisation and life domain. */
import type { DataCategory } from '@mda/authz';
import { LIFE_DOMAINS } from '@mda/domain';
import type { RequestContext } from '../../core/context/context.js';
import { forbidden } from '../../core/graphql/errors.js';
import type { PlanElement } from './plan-element.entity.js';
import { oneOf } from './plan-element-checks.js';
import { createElement, mayChangeElement, updateElement } from './plan-element-write.js';
import type { AddPictureEntryInput, UpdatePictureEntryInput } from './plan.inputs.js';

/** Categories a picture entry may carry (RESTRICTED_NOTE needs an audience: use a note instead). */
export const PICTURE_CATEGORIES: readonly DataCategory[] = [
  'PLAN',
  'CRIMINAL',
  'HEALTH',
  'CHILD_PROTECTION',
  'SECRET_LOCATION',
];

export function addPictureEntry(ctx: RequestContext, input: AddPictureEntryInput): Promise<PlanElement> {
  const category = input.category ?? 'PLAN';
  return createElement(ctx, {
    kind: 'PICTURE',
    target: { caseId: input.caseId },
    category: () => category,
    what: 'beeldvorming',
    validate: ({ check }) => {
      oneOf(check, 'lifeDomain', input.lifeDomain, LIFE_DOMAINS, 'kies een leefgebied / choose a life domain');
      check.check(
        PICTURE_CATEGORIES.includes(category),
        'category',
        `kies een van ${PICTURE_CATEGORIES.join(', ')} / not allowed here`,
      );
      check.text('text', input.text, { min: 3, max: 5000 });
      return () => ({ fields: { lifeDomain: input.lifeDomain!, text: input.text!.trim() } });
    },
  });
}

export function updatePictureEntry(ctx: RequestContext, input: UpdatePictureEntryInput): Promise<PlanElement> {
  return updateElement(ctx, input, 'PICTURE', ({ locked, check, next }) => {
    if (!mayChangeElement(ctx, locked.element)) {
      throw forbidden(
        "de beeldvorming van een andere organisatie te wijzigen; voeg een eigen bijdrage of een notitie toe / change another organisation's contribution",
      );
    }
    if (input.lifeDomain !== undefined)
      oneOf(check, 'lifeDomain', input.lifeDomain, LIFE_DOMAINS, 'kies een leefgebied / choose a life domain');
    if (input.text !== undefined) check.text('text', input.text, { min: 3, max: 5000 });
    if (input.lifeDomain) next.lifeDomain = input.lifeDomain;
    if (input.text) next.text = input.text.trim();
  });
}
