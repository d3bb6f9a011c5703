import type { AbilityBuilder } from '@casl/ability';
import type { Actor, AppAbility } from './ability.js';
import { CASEWORK_ROLES } from './ability.js';
import { reachedVia } from './case-access.js';

/**
 * The involvement index (verwijsindex, like SISA / SluiS; docs/intake.md): an organisation
 * registers THAT it is involved with a person (basis, contact point, period), never what it
 * knows. Subject `Involvement { organisationId, caseId? }`:
 * - casework roles of every partner organisation register involvement, read their own
 *   organisation's registrations in full and end them early (`update`, the period's end only);
 * - a case team reads the entries of its household's persons (`caseId` = a case on whose team
 *   the organisation sits today), and then only INDEX_ENTRY_FIELDS: who, contact point, period;
 *   never the basis nor another organisation's own reference.
 */
export const INDEX_ENTRY_FIELDS: readonly string[] = [
  'organisationName',
  'organisationType',
  'contactPoint',
  'validFrom',
  'validUntil',
];

export function addInvolvementRules(can: AbilityBuilder<AppAbility>['can'], actor: Actor): void {
  if (!actor.roles.some((r) => CASEWORK_ROLES.includes(r))) return;
  can('create', 'Involvement');
  can('read', 'Involvement', { organisationId: actor.organisationId });
  can('update', 'Involvement', { organisationId: actor.organisationId });
  can('read', 'Involvement', [...INDEX_ENTRY_FIELDS], reachedVia('TEAM'));
}
