/** Notes on plan elements: plan content, or a restricted note for named organisations only. */
import { asSubject } from '@mda/authz';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { changeOf } from '../../core/context/request-audit.js';
import { forbidden, notFound } from '../../core/graphql/errors.js';
import { InputCheck, isUuid } from '../../core/graphql/validation.js';
import { readableCase } from '../cases/case.service.js';
import { PlanNote } from './plan-note.entity.js';
import { assertCategoryWritable } from './plan-element-write.js';
import { ELEMENT_LABEL, isNotFound } from './plan-lock.js';
import type { AddPlanNoteInput } from './plan.inputs.js';

export async function addPlanNote(ctx: RequestContext, input: AddPlanNoteInput): Promise<PlanNote> {
  const actor = requireActor(ctx);
  if (!isUuid(input.elementId)) throw notFound(ELEMENT_LABEL);
  const probe = await ctx.em
    .getConnection()
    .execute<{ case_id: string; plan_id: string }[]>('select "case_id", "plan_id" from "plan_element" where "id" = ?', [
      input.elementId,
    ]);
  if (!probe[0]) throw notFound(ELEMENT_LABEL);
  const { case_id: caseId, plan_id: planId } = probe[0];
  try {
    await readableCase(ctx, caseId);
  } catch (error) {
    if (isNotFound(error)) throw notFound(ELEMENT_LABEL);
    throw error;
  }
  if (!ctx.ability.can('edit', asSubject('Plan', { id: caseId, caseId })))
    throw forbidden('een notitie bij dit plan te maken / add a note to this plan');
  const audience = [...new Set(input.audience ?? [])];
  const category = audience.length > 0 ? 'RESTRICTED_NOTE' : 'PLAN';
  assertCategoryWritable(ctx, 'create', caseId, category, 'een notitie');
  new InputCheck().text('body', input.body, { min: 1, max: 2000 }).done();
  return ctx.em.transactional(async (em) => {
    const note = em.create(PlanNote, {
      caseId,
      planId,
      elementId: input.elementId,
      category,
      audience,
      body: input.body.trim(),
      authorOrganisationId: actor.organisationId,
      authorUserId: actor.userId,
    });
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf('CREATE', {
        subjectType: 'PlanNote',
        subjectId: note.id,
        caseId,
        fields: ['body', ...(audience.length ? ['audience'] : [])],
        categories: [category],
      }),
    ]);
    return note;
  });
}
