import type { AbilityBuilder } from '@casl/ability';
import {
  CATEGORY_POLICY,
  DATA_CATEGORIES,
  organisationMay,
  ownRecordsCondition,
  needsPurpose,
  type DataCategory,
} from './categories.js';
import type { Actor, AppAbility } from './ability.js';
import { reachedVia } from './case-access.js';

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
  scopes: { categoryReadable: (category: DataCategory, via: 'team' | 'director') => boolean; directing: boolean },
): void {
  const TEAM = reachedVia('TEAM');
  const DIRECTOR = reachedVia('DIRECTOR');
  const READABLE = reachedVia('TEAM', 'BREAK_GLASS');
  can('read', 'Plan', READABLE);
  can('edit', 'Plan', TEAM);
  can('signOff', 'Plan', TEAM);
  can('propose', 'Plan', scopes.directing ? reachedVia('TEAM', 'DIRECTOR') : DIRECTOR);
  can('justify', 'Plan', DIRECTOR);

  for (const category of DATA_CATEGORIES) {
    const policy = CATEGORY_POLICY[category];
    const readScopes: Record<string, unknown>[] = [];
    if (scopes.categoryReadable(category, 'team')) readScopes.push(READABLE);
    if (scopes.categoryReadable(category, 'director')) readScopes.push(DIRECTOR);
    for (const scope of readScopes) {
      if (policy.audienceBound) {
        can('read', 'PlanElement', { ...scope, category, audience: { $all: [actor.organisationType] } });
      } else {
        can('read', 'PlanElement', { ...scope, category });
      }
    }
    if (organisationMay(policy.write, actor.organisationType) && !needsPurpose(category, actor.purpose)) {
      can('create', 'PlanElement', { ...TEAM, category });
      can('update', 'PlanElement', { ...TEAM, category, kind: { $ne: 'PICTURE' } });
      // What an organisation contributed to the shared picture stays its own to change and remove.
      can('update', 'PlanElement', { ...TEAM, category, kind: 'PICTURE', authorOrganisationId: actor.organisationId });
    }
  }
  // The author organisation always reads what it wrote itself while on the team.
  can('read', 'PlanElement', { ...TEAM, authorOrganisationId: actor.organisationId, ...ownRecordsCondition(actor) });
}
