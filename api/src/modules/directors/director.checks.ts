import type { EntityManager } from '@mikro-orm/postgresql';
import { asSubject, type Actor } from '@mda/authz';
import type { RequestContext } from '../../core/context/context.js';
import { todayInNetherlands } from '../../core/graphql/validation.js';
import { CaseTeamMembership, isMembershipActive } from '../cases/case-team-membership.entity.js';
import type { DirectorKind } from './director-assignment.entity.js';

/* Shared labels, argument types and checks of the director services (moved verbatim from director.service.ts). */

export const CASE_LABEL = 'Casus / Case';
export const ASSIGNMENT_LABEL = 'Regietoewijzing / Director assignment';
/** A case director may be a duo; a case has one process director. */
export const MAX_ACCEPTED: Readonly<Record<DirectorKind, number>> = { CASE_DIRECTOR: 2, PROCESS_DIRECTOR: 1 };
export const KIND_LABEL: Readonly<Record<DirectorKind, string>> = {
  CASE_DIRECTOR: 'casusregisseur',
  PROCESS_DIRECTOR: 'procesregisseur',
};

export interface ProposeDirectorArgs {
  caseId: string;
  userId: string;
  kind: DirectorKind;
  replacesAssignmentId?: string | null;
  handoverNote?: string | null;
}

export interface AnswerArgs {
  assignmentId: string;
  expectedVersion: number;
  reason?: string | null;
}

export const assignmentSubject = (a: { id: string; caseId: string; userId: string; directorOrganisationId: string }) =>
  asSubject('DirectorAssignment', { ...a });

/** May the actor assign directors on this case at all (a director of their own organisation at least)? */
export function mayAssignOn(ctx: RequestContext, actor: Actor, caseId: string): boolean {
  return ctx.ability.can(
    'assign',
    assignmentSubject({ id: 'new', caseId, userId: 'new', directorOrganisationId: actor.organisationId }),
  );
}

export async function activeTeamOrganisationIds(em: EntityManager, caseId: string): Promise<Set<string>> {
  const today = todayInNetherlands();
  const team = await em.find(
    CaseTeamMembership,
    { caseFile: caseId },
    { fields: ['organisation', 'validFrom', 'validUntil', 'endedAt'] },
  );
  return new Set(team.filter((m) => isMembershipActive(m, today)).map((m) => m.organisation.id));
}
