import type { EntityManager } from '@mikro-orm/postgresql';
import { asSubject } from '@mda/authz';
import { amsterdamDateOf, workingDaysBetween, type CaseStatus, type HouseholdProfile } from '@mda/domain';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { searchOf } from '../../core/context/request-audit.js';
import { forbidden } from '../../core/graphql/errors.js';
import { accessScopeOf, ensureCaseAccess, reachSql, type AccessScope } from '../identity/case-access.service.js';
import type { CaseAccess } from '@mda/authz';
import { triggerSetting } from '../escalations/escalation-settings.js';

/**
 * Cases that need a case director: running (ACTIVE or MONITORING) without an accepted case
 * director. They wait since the case was opened or since their last case director left,
 * whichever is later.
 */
export const CASES_WITHOUT_DIRECTOR = `
  select c.id, c.reference, c.municipality, c.profile, c.status,
         greatest(c.opened_at, coalesce((select max(d.ended_at) from director_assignment d
                                          where d.case_id = c.id and d.kind = 'CASE_DIRECTOR' and d.status = 'ENDED' and d.accepted_at is not null), c.opened_at)) as waiting_since
    from case_file c
   where c.status in ('ACTIVE', 'MONITORING')
     and not exists (select 1 from director_assignment d where d.case_id = c.id and d.kind = 'CASE_DIRECTOR' and d.status = 'ACCEPTED')`;

export interface WaitingCaseRow {
  id: string;
  reference: string;
  municipality: string;
  profile: HouseholdProfile;
  status: CaseStatus;
  waiting_since: Date;
}

export interface WaitingListItem {
  caseId: string;
  reference: string;
  municipality: string;
  profile: HouseholdProfile;
  status: CaseStatus;
  waitingSince: Date;
  waitingWorkingDays: number;
  normWorkingDays: number;
  overNorm: boolean;
  contact: { userId: string; displayName: string; organisationName: string; explicit: boolean } | null;
  pendingProposals: { assignmentId: string; displayName: string; organisationName: string; proposedAt: Date }[];
  caseViewerAccess: CaseAccess[];
}

/** Cases without a case director: all of them (`null`), or those on whose team the viewer's organisation is active today. */
export async function casesWithoutDirector(em: EntityManager, teamOf: AccessScope | null): Promise<WaitingCaseRow[]> {
  const team = teamOf === null ? null : reachSql('TEAM', 'c.id', teamOf);
  const filter = team === null ? '' : ` and ${team.sql}`;
  return em.execute<WaitingCaseRow[]>(
    `select * from (${CASES_WITHOUT_DIRECTOR}${filter}) w order by w.waiting_since, w.reference`,
    team?.params ?? [],
  );
}

/**
 * The waiting list (werkvoorraad) of the viewer's organisation: cases of its teams that need a
 * case director, oldest first, with the waiting time in working days and a red mark past the
 * norm (`NO_DIRECTOR.norm_working_days`). The contact person during the wait is the one named
 * for it, else the accepted process director.
 */
export async function waitingList(ctx: RequestContext, now: Date = new Date()): Promise<WaitingListItem[]> {
  const actor = requireActor(ctx);
  if (!ctx.ability.can('read', 'WaitingList')) throw forbidden('de werkvoorraad te bekijken / view the waiting list');
  const norm = await triggerSetting(ctx.em, 'NO_DIRECTOR', 'norm_working_days');
  const rows = await casesWithoutDirector(ctx.em, accessScopeOf(actor));
  const ids = rows.map((r) => r.id);
  const today = amsterdamDateOf(now);
  const contacts =
    ids.length === 0
      ? []
      : await ctx.em.execute<
          { case_id: string; user_id: string; display_name: string; organisation_name: string; explicit: boolean }[]
        >(
          `select w.case_id, u.id as user_id, u.display_name, o.name as organisation_name, true as explicit
       from direction_waiting_contact w join app_user u on u.id = w.contact_user_id join organisation o on o.id = u.organisation_id
      where w.case_id = any(?::uuid[])
     union all
     select d.case_id, u.id, u.display_name, o.name, false
       from director_assignment d join app_user u on u.id = d.user_id join organisation o on o.id = u.organisation_id
      where d.case_id = any(?::uuid[]) and d.kind = 'PROCESS_DIRECTOR' and d.status = 'ACCEPTED'`,
          [`{${ids.join(',')}}`, `{${ids.join(',')}}`],
        );
  const proposals =
    ids.length === 0
      ? []
      : await ctx.em.execute<
          { case_id: string; id: string; display_name: string; organisation_name: string; created_at: Date }[]
        >(
          `select d.case_id, d.id, u.display_name, o.name as organisation_name, d.created_at
       from director_assignment d join app_user u on u.id = d.user_id join organisation o on o.id = u.organisation_id
      where d.case_id = any(?::uuid[]) and d.kind = 'CASE_DIRECTOR' and d.status = 'PROPOSED' order by d.created_at`,
          [`{${ids.join(',')}}`],
        );
  await ensureCaseAccess(ctx, ids);
  ctx.audit?.record(
    searchOf({
      subjectType: 'WaitingList',
      subjectId: null,
      caseId: null,
      fields: ['reference', 'municipality', 'profile', 'waitingSince'],
      reason: `results=${rows.length}`,
    }),
  );
  return rows.map((r) => {
    const waitingWorkingDays = workingDaysBetween(amsterdamDateOf(new Date(r.waiting_since)), today);
    const contact = contacts
      .filter((c) => c.case_id === r.id)
      .sort((a, b) => Number(b.explicit) - Number(a.explicit))[0];
    return {
      caseId: r.id,
      reference: r.reference,
      municipality: r.municipality,
      profile: r.profile,
      status: r.status,
      waitingSince: new Date(r.waiting_since),
      waitingWorkingDays,
      normWorkingDays: norm,
      overNorm: waitingWorkingDays > norm,
      contact: contact
        ? {
            userId: contact.user_id,
            displayName: contact.display_name,
            organisationName: contact.organisation_name,
            explicit: contact.explicit,
          }
        : null,
      pendingProposals: proposals
        .filter((p) => p.case_id === r.id)
        .map((p) => ({
          assignmentId: p.id,
          displayName: p.display_name,
          organisationName: p.organisation_name,
          proposedAt: new Date(p.created_at),
        })),
      caseViewerAccess: [...(ctx.caseAccess.peek(r.id) ?? [])],
    };
  });
}

export interface WorkloadItem {
  userId: string;
  displayName: string;
  organisationId: string;
  organisationName: string;
  roles: string[];
  activeCases: number;
  proposedCases: number;
  openEscalations: number;
  overdueEscalations: number;
  /** Open or running plan actions past their due date on the cases they direct. */
  overdueActions: number;
  awaitingDecision: number;
}

/**
 * Workload per director: running cases they direct, proposals waiting for their answer, open
 * (and overdue) escalations on those cases, and escalations waiting for their decision.
 * and plan actions past their due date (Amsterdam calendar day) on those cases.
 */
export async function workload(ctx: RequestContext, now: Date = new Date()): Promise<WorkloadItem[]> {
  requireActor(ctx);
  const rows = await ctx.em.execute<
    {
      user_id: string;
      display_name: string;
      organisation_id: string;
      organisation_name: string;
      roles: string[];
      active_cases: number;
      proposed_cases: number;
      open_escalations: number;
      overdue_escalations: number;
      overdue_actions: number;
      awaiting_decision: number;
    }[]
  >(
    `select u.id as user_id, u.display_name, o.id as organisation_id, o.name as organisation_name, u.roles,
            (select count(*)::int from director_assignment d join case_file c on c.id = d.case_id where d.user_id = u.id and d.status = 'ACCEPTED' and c.status <> 'CLOSED') as active_cases,
            (select count(*)::int from director_assignment d where d.user_id = u.id and d.status = 'PROPOSED') as proposed_cases,
            (select count(*)::int from escalation e where e.status = 'OPEN' and e.case_id in (select d.case_id from director_assignment d where d.user_id = u.id and d.status = 'ACCEPTED')) as open_escalations,
            (select count(*)::int from escalation e where e.status = 'OPEN' and e.deadline_at <= ? and e.case_id in (select d.case_id from director_assignment d where d.user_id = u.id and d.status = 'ACCEPTED')) as overdue_escalations,
            (select count(*)::int from plan_element p join case_file c on c.id = p.case_id and c.status <> 'CLOSED'
              where p.kind = 'ACTION' and p.status in ('OPEN', 'IN_PROGRESS') and p.due_on < ?::date
                and p.case_id in (select d.case_id from director_assignment d where d.user_id = u.id and d.status = 'ACCEPTED')) as overdue_actions,
            (select count(*)::int from escalation e where e.status = 'OPEN' and e.decider_user_id = u.id) as awaiting_decision
       from app_user u join organisation o on o.id = u.organisation_id
      where u.active and u.roles && array['CASE_DIRECTOR', 'PROCESS_DIRECTOR']::text[]
      order by o.name, u.display_name`,
    [now, amsterdamDateOf(now)],
  );
  const visible = rows.filter((r) =>
    ctx.ability.can(
      'read',
      asSubject('Workload', { id: r.user_id, userId: r.user_id, organisationId: r.organisation_id }),
    ),
  );
  if (visible.length === 0 && !ctx.ability.can('read', 'Workload'))
    throw forbidden("de werklast van regisseurs te bekijken / view directors' workload");
  ctx.audit?.record(
    searchOf({
      subjectType: 'Workload',
      subjectId: null,
      caseId: null,
      fields: ['activeCases', 'openEscalations', 'overdueActions'],
      reason: `results=${visible.length}`,
    }),
  );
  return visible.map((r) => ({
    userId: r.user_id,
    displayName: r.display_name,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    roles: r.roles,
    activeCases: r.active_cases,
    proposedCases: r.proposed_cases,
    openEscalations: r.open_escalations,
    overdueEscalations: r.overdue_escalations,
    overdueActions: r.overdue_actions,
    awaitingDecision: r.awaiting_decision,
  }));
}
