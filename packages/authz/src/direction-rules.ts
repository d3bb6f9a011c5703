import type { AbilityBuilder } from '@casl/ability';
import type { OrganisationType, UserRole } from '@mda/domain';
import { CATEGORY_POLICY, organisationMay } from './categories.js';
import type { Actor, AppAbility } from './ability.js';
import { reachedVia } from './case-access.js';

/**
 * Case direction and escalation (docs/direction.md). Deny unless a rule below allows.
 *
 * Subjects and the fields their conditions look at:
 * - DirectorAssignment { caseId, userId (the director), directorOrganisationId, replacedUserId (the
 *   outgoing director of a handover, or null), proposedById (who proposed it and wrote the note) }
 * - Escalation { caseId, level, raisedById }
 * - WaitingList, Workload { userId, organisationId } (the director whose workload is shown)
 * - SafetyScore { caseId }, HouseholdReport { caseId }
 */

const has = (actor: Actor, ...roles: UserRole[]): boolean => actor.roles.some((r) => roles.includes(r));
const TEAM = reachedVia('TEAM');
const DIRECTOR = reachedVia('DIRECTOR');
const READABLE = reachedVia('TEAM', 'BREAK_GLASS');

/** Organisations whose team lead (management) holds doorzettingsmacht at level 3. */
export const LEVEL_3_ORGANISATIONS: readonly OrganisationType[] = ['SAFETY_HOUSE'];
/** Organisations whose team lead records the administrative steering group's decision at level 4. */
export const LEVEL_4_ORGANISATIONS: readonly OrganisationType[] = ['SAFETY_HOUSE', 'MUNICIPALITY'];
/** Roles that may raise an escalation on a case of their team ("any team member"). */
export const RAISING_ROLES: readonly UserRole[] = ['PROFESSIONAL', 'CASE_DIRECTOR', 'PROCESS_DIRECTOR'];

export function directionRules(actor: Actor, can: AbilityBuilder<AppAbility>['can']): void {
  const lead = has(actor, 'TEAM_LEAD');

  // Assigning a director: a process director on any case of the team; a team lead of the
  // director's own organisation, on cases where that organisation is on the team.
  if (has(actor, 'PROCESS_DIRECTOR')) can('assign', 'DirectorAssignment', TEAM);
  if (lead) can('assign', 'DirectorAssignment', { ...TEAM, directorOrganisationId: actor.organisationId });
  // Only the proposed director answers a proposal.
  if (has(actor, 'CASE_DIRECTOR', 'PROCESS_DIRECTOR')) can('respond', 'DirectorAssignment', { userId: actor.userId });
  // Director history of a case: whoever reads the case, and whoever may assign on it.
  if (has(actor, ...RAISING_ROLES)) can('read', 'DirectorAssignment', READABLE);
  if (lead) can('read', 'DirectorAssignment', TEAM);
  can('read', 'DirectorAssignment', { userId: actor.userId });
  // The handover note (warme overdracht) is for the parties to the handover only: the incoming
  // director, the outgoing director and whoever proposed it (and wrote the note). Everyone else
  // who reads the direction (team, team lead) sees that a note exists, not its text.
  can('readHandoverNote', 'DirectorAssignment', { userId: actor.userId });
  can('readHandoverNote', 'DirectorAssignment', { replacedUserId: actor.userId });
  can('readHandoverNote', 'DirectorAssignment', { proposedById: actor.userId });

  // Waiting list and workload: those who assign. A case director sees their own workload.
  if (has(actor, 'PROCESS_DIRECTOR') || lead) can('read', 'WaitingList');
  if (has(actor, 'PROCESS_DIRECTOR')) can('read', 'Workload');
  if (lead) can('read', 'Workload', { organisationId: actor.organisationId });
  if (has(actor, 'CASE_DIRECTOR')) can('read', 'Workload', { userId: actor.userId });

  // Escalations: raised by any team member; read by the team and by the deciders of levels 3-4.
  if (has(actor, ...RAISING_ROLES)) {
    can('raise', 'Escalation', TEAM);
    can('read', 'Escalation', READABLE);
    can('read', 'Escalation', DIRECTOR);
    can('withdraw', 'Escalation', { raisedById: actor.userId });
    can('withdraw', 'Escalation', DIRECTOR);
  }
  const decide = (level: number, conditions: Record<string, unknown>) => {
    can('read', 'Escalation', { level, ...conditions });
    can('decide', 'Escalation', { level, ...conditions });
    // De-escalating hands the question back one level: for the deciders of level 2 and up.
    if (level >= 2) can('deEscalate', 'Escalation', { level, ...conditions });
  };
  if (has(actor, 'CASE_DIRECTOR')) decide(1, DIRECTOR);
  if (has(actor, 'PROCESS_DIRECTOR')) decide(2, TEAM);
  if (lead && LEVEL_3_ORGANISATIONS.includes(actor.organisationType)) decide(3, {});
  if (lead && LEVEL_4_ORGANISATIONS.includes(actor.organisationType)) decide(4, {});

  // Safety scores are plan information (category PLAN); new reports are registered by Veilig Thuis.
  if (has(actor, ...RAISING_ROLES)) {
    const plan = CATEGORY_POLICY.PLAN;
    if (organisationMay(plan.write, actor.organisationType)) can('create', 'SafetyScore', TEAM);
    if (organisationMay(plan.read, actor.organisationType)) can('read', 'SafetyScore', READABLE);
    if (plan.caseDirectorReads) can('read', 'SafetyScore', DIRECTOR);
    if (actor.organisationType === 'SAFE_HOME') can('create', 'HouseholdReport', TEAM);
    can('read', 'HouseholdReport', READABLE);
  }
}
