import type { AbilityBuilder } from '@casl/ability';
import type { UserRole } from '@mda/domain';
import type { Actor, AppAbility } from './ability.js';

/**
 * Figures at a glance (docs/figures.md): counts per municipality, never case content.
 *
 * Subject `Figures { id, municipality }`: one municipality's figures.
 * - A process director (procesregisseur) steers the region: the figures of every municipality.
 * - A policy officer (beleidsmedewerker) of a municipality: the figures of the municipalities its
 *   organisation serves (`Actor.municipalities`), and nothing else at all: no case, no person,
 *   no entry, no report. The role is not a casework role, so `rulesFor` grants it no case rule.
 */
export const FIGURES_REGION_ROLES: readonly UserRole[] = ['PROCESS_DIRECTOR'];
export const FIGURES_MUNICIPALITY_ROLES: readonly UserRole[] = ['POLICY_OFFICER'];

export function addFiguresRules(can: AbilityBuilder<AppAbility>['can'], actor: Actor): void {
  if (actor.roles.some((r) => FIGURES_REGION_ROLES.includes(r))) can('read', 'Figures');
  const own = actor.municipalities ?? [];
  if (actor.roles.some((r) => FIGURES_MUNICIPALITY_ROLES.includes(r)) && own.length > 0) {
    can('read', 'Figures', { municipality: { $in: [...own] } });
  }
}
