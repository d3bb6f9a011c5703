import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { asSubject } from '@mda/authz';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { ClientError, conflict, forbidden } from '../../core/graphql/errors.js';
import { todayInNetherlands } from '../../core/graphql/validation.js';
import type { Case } from '../cases/case.entity.js';
import { CaseTeamMembership, isMembershipActive } from '../cases/case-team-membership.entity.js';
import { readableCase } from '../cases/case.service.js';
import { Plan } from './plan.entity.js';
import type { PlanElementKind } from './plan-element.entity.js';

export const ELEMENT_LABEL = 'Onderdeel van het plan / Plan element';
export const VERSION_LABEL = 'Planversie / Plan version';
export const KIND_LABEL: Record<PlanElementKind, string> = {
  PICTURE: 'Beeldvorming / Shared picture entry',
  GOAL: 'Doel / Goal',
  ACTION: 'Actie / Action',
  SAFETY_ITEM: 'Onderdeel van het veiligheidsplan / Safety plan item',
  MEASURE: 'Dwangmaatregel / Coercive measure',
};

export const editingClosed = (plan: Plan) =>
  conflict(
    `Het plan ligt ter instemming voor (versie ${plan.versionCount}); wijzigen kan weer zodra een organisatie bezwaar maakt of alle organisaties hebben ingestemd. / The plan awaits sign-off of version ${plan.versionCount}; it cannot be changed now.`,
    { planStatus: plan.status, planVersion: plan.version },
  );

export function isNotFound(error: unknown): boolean {
  return error instanceof ClientError && error.extensions.code === 'NOT_FOUND';
}

/** Active team organisations of a case today. */
export async function activeTeamOrganisationIds(em: EntityManager, caseId: string, today: string): Promise<string[]> {
  const team = await em.find(
    CaseTeamMembership,
    { caseFile: caseId },
    { fields: ['organisation', 'validFrom', 'validUntil', 'endedAt'] },
  );
  return [...new Set(team.filter((m) => isMembershipActive(m, today)).map((m) => m.organisation.id))];
}

/**
 * Creates the (empty, DRAFT) plan of a case in the caller's transaction when it has none yet.
 * Callers check the right to edit the plan first (lockPlan; intake's "start MDA++ case").
 */
export async function ensurePlanIn(em: EntityManager, caseId: string, userId: string): Promise<void> {
  await em.execute(
    'insert into "plan" ("id", "case_id", "created_by_id") values (?, ?, ?) on conflict ("case_id") do nothing',
    [randomUUID(), caseId, userId],
  );
}

export interface Locked {
  caseFile: Case;
  plan: Plan;
  today: string;
}

/**
 * Loads the case (NOT_FOUND outside the viewer's teams), checks the right to edit the plan,
 * creates the plan when the case has none yet, and locks the plan row: every write to one
 * plan is serialised, so a version check made under the lock cannot race.
 */
export async function lockPlan(
  ctx: RequestContext,
  em: EntityManager,
  caseId: string,
  need: 'edit' | 'propose' | 'signOff' = 'edit',
): Promise<Locked> {
  const actor = requireActor(ctx);
  const caseFile = await readableCase(ctx, caseId, em);
  if (!ctx.ability.can(need, asSubject('Plan', { id: caseFile.id, caseId: caseFile.id }))) {
    const what =
      need === 'edit'
        ? 'dit plan te wijzigen / change this plan'
        : need === 'propose'
          ? 'dit plan ter instemming voor te leggen; dat doet de casusregisseur / propose this plan'
          : 'namens uw organisatie over dit plan te beslissen / sign off this plan';
    throw forbidden(what);
  }
  if (caseFile.status === 'CLOSED')
    throw conflict('De casus is gesloten; het plan kan niet meer worden gewijzigd. / The case is closed.');
  if (need === 'edit') await ensurePlanIn(em, caseFile.id, actor.userId);
  const plan = await em.findOne(Plan, { caseId: caseFile.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  // The case is readable, so its plan's absence is no secret: say what to do instead.
  if (!plan)
    throw conflict(
      'Deze casus heeft nog geen plan; begin met de beeldvorming en de doelen. / This case has no plan yet.',
      { planStatus: null },
    );
  return { caseFile, plan, today: todayInNetherlands() };
}
