import type { AbilityBuilder } from '@casl/ability';
import { CATEGORY_POLICY, DATA_CATEGORIES, organisationMay, ownRecordsCondition, PURPOSE_BOUND_CATEGORIES, type DataCategory } from './categories.js';
import type { Actor, AppAbility } from './ability.js';

/**
 * Rules of the joint plan (docs/plan.md). The plan of a case is read by whoever reads the
 * case; its elements carry a data category each and are masked per viewer by the same
 * category policy as case entries. Writing needs a live team membership (never under
 * break-the-glass) and the category's write right.
 *
 * - `Plan` read: team members and emergency readers; `edit` (the working copy) and
 *   `signOff` (for the own organisation): casework roles on the team;
 *   `propose`: directing roles on the team and the accepted case director;
 *   `justify` (record a contra-indicated intervention anyway): the accepted case director only.
 * - `PlanElement` read (content): per category, like case entries; notes with an audience
 *   only to that audience and the author organisation. `create`/`update`: the category's writers;
 *   a picture entry (`kind: 'PICTURE'`) is updated or removed by its author organisation only.
 */
export const PLAN_ELEMENT_CONTENT = 'content';

export function addPlanRules(
  can: AbilityBuilder<AppAbility>['can'],
  actor: Actor,
  scopes: { readable: readonly string[]; categoryReadable: (category: DataCategory, via: 'team' | 'director') => boolean; directing: boolean },
): void {
  const inCases = (ids: readonly string[]) => ({ $in: [...ids] });
  can('read', 'Plan', { caseId: inCases(scopes.readable) });
  can('edit', 'Plan', { caseId: inCases(actor.teamCaseIds) });
  can('signOff', 'Plan', { caseId: inCases(actor.teamCaseIds) });
  const proposers = [...new Set([...(scopes.directing ? actor.teamCaseIds : []), ...actor.directorCaseIds])];
  can('propose', 'Plan', { caseId: inCases(proposers) });
  can('justify', 'Plan', { caseId: inCases(actor.directorCaseIds) });

  for (const category of DATA_CATEGORIES) {
    const policy = CATEGORY_POLICY[category];
    const readScopes: (readonly string[])[] = [];
    if (scopes.categoryReadable(category, 'team')) readScopes.push(scopes.readable);
    if (scopes.categoryReadable(category, 'director') && actor.directorCaseIds.length > 0) readScopes.push(actor.directorCaseIds);
    for (const caseIds of readScopes) {
      if (policy.audienceBound) {
        can('read', 'PlanElement', { caseId: inCases(caseIds), category, audience: { $all: [actor.organisationType] } });
      } else {
        can('read', 'PlanElement', { caseId: inCases(caseIds), category });
      }
    }
    if (organisationMay(policy.write, actor.organisationType) && !(PURPOSE_BOUND_CATEGORIES.includes(category) && actor.purpose === null)) {
      can('create', 'PlanElement', { caseId: inCases(actor.teamCaseIds), category });
      can('update', 'PlanElement', { caseId: inCases(actor.teamCaseIds), category, kind: { $ne: 'PICTURE' } });
      // What an organisation contributed to the shared picture stays its own to change and remove.
      can('update', 'PlanElement', { caseId: inCases(actor.teamCaseIds), category, kind: 'PICTURE', authorOrganisationId: actor.organisationId });
    }
  }
  // The author organisation always reads what it wrote itself while on the team.
  can('read', 'PlanElement', { caseId: inCases(actor.teamCaseIds), authorOrganisationId: actor.organisationId, ...ownRecordsCondition(actor) });
}
