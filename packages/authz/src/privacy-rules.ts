import type { AbilityBuilder } from '@casl/ability';
import type { UserRole } from '@mda/domain';
import type { Actor, AppAbility } from './ability.js';

/**
 * The privacy officer's mandate (docs/privacy.md, "The privacy officer's mandate"). Deny unless
 * a rule below allows.
 *
 * Subjects and the fields their conditions look at:
 * - AuditLog { organisationId (of the acting user), recordedBy (organisations whose recorded data the record is about) }
 * - BreakGlassGrant { organisationId (the organisation that broke the glass) }
 * - DataSubject { id, organisationIds (organisations that are or were on the team of one of the person's cases) }
 * - ErasureRequest { status, requestedById, affectedOrganisationIds }
 *
 * A privacy officer (FG) supervises its own organisation's processing: the access log of its own
 * users and of the data its organisation recorded, the emergency access its own users took, and the
 * art. 15 export of its own part for persons on its cases. The covenant names one coordinating FG
 * for the joint controllers: it handles art. 15 and 17 requests over the joint record. An erasure
 * or restriction that touches another organisation's data waits for a second FG (four eyes).
 */

const has = (actor: Actor, role: UserRole): boolean => actor.roles.includes(role);

/** The second privacy officer's approval is pending; until then the requester may withdraw it. */
export const ERASURE_PENDING = 'PENDING_APPROVAL';

export function privacyRules(actor: Actor, can: AbilityBuilder<AppAbility>['can']): void {
  if (!has(actor, 'PRIVACY_OFFICER')) return;
  const own = actor.organisationId;
  can('read', 'AuditLog', { organisationId: own });
  can('read', 'AuditLog', { recordedBy: own });
  // Break-glass reviews go to the privacy officer of the organisation that broke the glass.
  can('review', 'BreakGlassGrant', { organisationId: own });
  // Its own organisation's part, for a person on one of its organisation's cases.
  can('export', 'DataSubject', { organisationIds: own });
  // Finding a person for a data-subject request (BSN, name and date of birth) and seeing the names of
  // the data subjects in the access log: the same persons, those on one of its organisation's cases.
  can('identify', 'DataSubject', { organisationIds: own });
  // The second pair of eyes: a privacy officer of an organisation whose data the request affects, never the requester.
  can('approve', 'ErasureRequest', {
    status: ERASURE_PENDING,
    requestedById: { $ne: actor.userId },
    affectedOrganisationIds: own,
  });

  if (!has(actor, 'COORDINATING_PRIVACY_OFFICER')) return;
  can('read', 'AuditLog');
  can('export', 'DataSubject');
  can('identify', 'DataSubject');
  can('erase', 'DataSubject');
  can('approve', 'ErasureRequest', { status: ERASURE_PENDING, requestedById: { $ne: actor.userId } });
  can('withdraw', 'ErasureRequest', { status: ERASURE_PENDING, requestedById: actor.userId });
}
