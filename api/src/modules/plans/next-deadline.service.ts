import DataLoader from 'dataloader';
import { asSubject } from '@mda/authz';
import type { RequestContext } from '../../core/context/context.js';
import { loaderOf } from '../../core/context/context.js';
import { readOf } from '../../core/context/request-audit.js';

/**
 * The next deadline of a case for the case list: the earliest due date of an open or running
 * action of its plan in category PLAN (the category every team member reads, so sorting and
 * filtering on it in SQL reveal nothing a viewer could not read; NEXT_DEADLINE_SQL in
 * case.service.ts is the same rule). One query per page of cases; re-checked with `can()`.
 */
function deadlineByCase(ctx: RequestContext): DataLoader<string, string | null> {
  return loaderOf(
    ctx,
    'plans.nextDeadlineByCase',
    () =>
      new DataLoader<string, string | null>(async (caseIds) => {
        const rows = await ctx.em.getConnection().execute<{ case_id: string; due_on: string }[]>(
          `select e.case_id, to_char(min(e.due_on), 'YYYY-MM-DD') as due_on from plan_element e
          where e.case_id in (${caseIds.map(() => '?').join(', ')}) and e.kind = 'ACTION' and e.category = 'PLAN' and e.status in ('OPEN', 'IN_PROGRESS')
          group by e.case_id`,
          [...caseIds],
        );
        const byCase = new Map(rows.map((r) => [r.case_id, r.due_on]));
        return caseIds.map((id) => byCase.get(id) ?? null);
      }),
  );
}

export async function nextDeadlineOf(ctx: RequestContext, caseId: string): Promise<string | null> {
  if (
    !ctx.ability.can(
      'read',
      asSubject('PlanElement', { id: 'any', caseId, category: 'PLAN', authorOrganisationId: 'any', audience: [] }),
      'dueOn',
    )
  )
    return null;
  const due = await deadlineByCase(ctx).load(caseId);
  if (due !== null)
    ctx.audit?.record(
      readOf({
        subjectType: 'PlanElement',
        subjectId: null,
        caseId,
        fields: ['dueOn'],
        categories: ['PLAN'],
        reason: 'NEXT_DEADLINE',
      }),
    );
  return due;
}
