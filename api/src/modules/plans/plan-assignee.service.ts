import { asSubject, CASEWORK_ROLES } from '@mda/authz';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/context.js';
import { searchOf } from '../../core/context/request-audit.js';
import { forbidden } from '../../core/graphql/errors.js';
import { InputCheck, isUuid, todayInNetherlands } from '../../core/graphql/validation.js';
import { readableCase } from '../cases/case.service.js';
import { User } from '../identity/user.entity.js';
import { activeTeamOrganisationIds } from './plan.service.js';

export interface PlanAssignee {
  id: string;
  displayName: string;
}

/** Active users with a casework role of one organisation, by name: who may carry out an action. */
export async function assigneesOf(em: EntityManager, organisationId: string): Promise<PlanAssignee[]> {
  const users = await em.find(
    User,
    { organisation: organisationId, active: true, roles: { $overlap: [...CASEWORK_ROLES] } },
    { fields: ['id', 'displayName'], orderBy: { displayName: 'asc', id: 'asc' } },
  );
  return users.map((u) => ({ id: u.id, displayName: u.displayName }));
}

/**
 * Who of a team organisation can be made assignee of an action (docs/plan.md). Only those who
 * may edit the plan ask; a case outside the viewer's teams is NOT_FOUND like the plan; an
 * organisation that is not (or no longer) active on the case team is BAD_USER_INPUT at
 * `organisationId`. Audited as a SEARCH with the number of names returned.
 */
export async function planAssignees(
  ctx: RequestContext,
  caseId: string,
  organisationId: string,
): Promise<PlanAssignee[]> {
  const caseFile = await readableCase(ctx, caseId);
  if (!ctx.ability.can('edit', asSubject('Plan', { id: caseFile.id, caseId: caseFile.id }))) {
    throw forbidden(
      'de medewerkers van het casusteam op te vragen; dat kan wie het plan mag wijzigen / list the assignees of this plan',
    );
  }
  const check = new InputCheck();
  const team = await activeTeamOrganisationIds(ctx.em, caseFile.id, todayInNetherlands());
  if (!isUuid(organisationId) || !team.includes(organisationId)) {
    check.add('organisationId', 'kies een organisatie uit het casusteam / choose an organisation on the case team');
  }
  check.done();
  const found = await assigneesOf(ctx.em, organisationId);
  ctx.audit?.record(
    searchOf({
      subjectType: 'PlanAssignee',
      subjectId: organisationId,
      caseId: caseFile.id,
      fields: ['displayName'],
      reason: `results=${found.length}`,
    }),
  );
  return found;
}
