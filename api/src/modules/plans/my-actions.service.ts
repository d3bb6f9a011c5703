import { asSubject, type DataCategory } from '@mda/authz';
import { addDays, workingDaysBetween, type ActionStatus } from '@mda/domain';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { readOf } from '../../core/context/request-audit.js';
import { todayInNetherlands } from '../../core/graphql/validation.js';
import { ensureCaseAccess } from '../identity/case-access.service.js';

/** Why an action is on my list ("Vandaag"). */
export type MyActionReason = 'ASSIGNED_TO_ME' | 'MY_ORGANISATION' | 'I_DIRECT_THE_CASE';
export const MY_ACTION_REASONS: readonly MyActionReason[] = ['ASSIGNED_TO_ME', 'MY_ORGANISATION', 'I_DIRECT_THE_CASE'];

export interface MyPlanAction {
  id: string;
  caseId: string;
  caseReference: string;
  description: string;
  dueOn: string;
  status: ActionStatus;
  ownerOrganisation: string;
  reason: MyActionReason;
  /** Working days past the due date (0 when due today or later). */
  workingDaysLate: number;
}

/** How many calendar days ahead "due this week" looks (today included). */
export const DUE_SOON_DAYS = 7;
const LIMIT = 200;

/**
 * Plan actions for "Vandaag": open or running actions of running cases that are overdue or
 * fall due within the coming week, and that are mine: assigned to me, owned by my
 * organisation without an assignee on a case where my organisation is on the team today, or
 * on a case I direct (accepted case director). Candidates are narrowed in SQL (team membership
 * active today, director assignment; no id lists); every row is then checked with the rules in
 * packages/authz (read PlanElement in its category), and the read is audited per case.
 * Overdue first (oldest due date first), then due soon.
 */
export async function myPlanActions(ctx: RequestContext, now: Date = new Date()): Promise<MyPlanAction[]> {
  const actor = requireActor(ctx);
  const today = todayInNetherlands(now);
  const until = addDays(today, DUE_SOON_DAYS - 1);
  const rows = await ctx.em.getConnection().execute<
    {
      id: string;
      case_id: string;
      reference: string;
      description: string | null;
      due_on: string;
      status: ActionStatus;
      category: DataCategory;
      author_organisation_id: string;
      owner: string;
      reason: MyActionReason;
    }[]
  >(
    `select e.id, e.case_id, c.reference, e.content->>'description' as description, to_char(e.due_on, 'YYYY-MM-DD') as due_on, e.status, e.category,
            e.author_organisation_id, o.name as owner,
            case when e.content->>'assigneeUserId' = ? then 'ASSIGNED_TO_ME'
                 when exists (select 1 from director_assignment d where d.case_id = e.case_id and d.user_id = ? and d.kind = 'CASE_DIRECTOR' and d.status = 'ACCEPTED') then 'I_DIRECT_THE_CASE'
                 else 'MY_ORGANISATION' end as reason
       from plan_element e
       join case_file c on c.id = e.case_id and c.status in ('ACTIVE', 'MONITORING')
       join organisation o on o.id = e.owner_organisation_id
      where e.kind = 'ACTION' and e.status in ('OPEN', 'IN_PROGRESS') and e.due_on <= ?::date
        and (e.content->>'assigneeUserId' = ?
          or exists (select 1 from director_assignment d where d.case_id = e.case_id and d.user_id = ? and d.kind = 'CASE_DIRECTOR' and d.status = 'ACCEPTED')
          or (e.owner_organisation_id = ? and coalesce(e.content->>'assigneeUserId', '') = ''
              and exists (select 1 from case_team_membership m where m.case_id = e.case_id and m.organisation_id = ? and m.ended_at is null
                            and m.valid_from <= ?::date and (m.valid_until is null or m.valid_until >= ?::date))))
      order by e.due_on, c.reference, e.id
      limit ${LIMIT}`,
    [
      actor.userId,
      actor.userId,
      until,
      actor.userId,
      actor.userId,
      actor.organisationId,
      actor.organisationId,
      today,
      today,
    ],
  );
  // The rules decide per case from its access facts: read them for these cases first.
  await ensureCaseAccess(ctx, new Set(rows.map((r) => r.case_id)));
  const readable = rows.filter((r) =>
    ctx.ability.can(
      'read',
      asSubject('PlanElement', {
        id: r.id,
        caseId: r.case_id,
        category: r.category,
        authorOrganisationId: r.author_organisation_id,
        audience: [],
      }),
    ),
  );
  const byCase = new Map<string, Set<DataCategory>>();
  for (const r of readable) byCase.set(r.case_id, (byCase.get(r.case_id) ?? new Set()).add(r.category));
  for (const [caseId, categories] of byCase) {
    ctx.audit?.record(
      readOf({
        subjectType: 'PlanElement',
        subjectId: null,
        caseId,
        fields: ['description', 'dueOn', 'ownerOrganisationId', 'status'],
        categories: [...categories].sort(),
        reason: 'MY_ACTIONS',
      }),
    );
  }
  return readable.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    caseReference: r.reference,
    description: r.description ?? '',
    dueOn: r.due_on,
    status: r.status,
    ownerOrganisation: r.owner,
    reason: r.reason,
    workingDaysLate: r.due_on < today ? workingDaysBetween(r.due_on, today) : 0,
  }));
}
