import type { AbilityBuilder } from '@casl/ability';
import type { OrganisationType } from '@mda/domain';
import type { Actor, AppAbility } from './ability.js';
import { CASEWORK_ROLES } from './ability.js';

/**
 * The front door (docs/intake.md). Advice requests and reports (meldingen) are Veilig Thuis'
 * own registration: only casework roles at Veilig Thuis record, read, screen, assess and decide
 * them. Partners learn of a report only through the case it led to, and then only its date,
 * kind, CBS category and crisis flag: never who reported, never the reporter's account.
 *
 * Subject `IntakeReport { id, organisationId }` (the receiving Veilig Thuis): the fields below are personal data of the
 * reporter (REPORTER_IDENTITY) and the reporter's account (REPORTER_ACCOUNT), each a data
 * category of its own, never part of a household's export (art. 15 export lists household data).
 */
export const INTAKE_ORGANISATIONS: readonly OrganisationType[] = ['SAFE_HOME'];
export const REPORTER_IDENTITY_FIELDS: readonly string[] = ['reporterName', 'reporterContact'];
export const REPORTER_ACCOUNT_FIELDS: readonly string[] = ['reporterAccount'];
export const INTAKE_DATA_CATEGORIES = ['REPORTER_IDENTITY', 'REPORTER_ACCOUNT'] as const;
export type IntakeDataCategory = (typeof INTAKE_DATA_CATEGORIES)[number];

export function addIntakeRules(can: AbilityBuilder<AppAbility>['can'], actor: Actor): void {
  if (!INTAKE_ORGANISATIONS.includes(actor.organisationType)) return;
  if (!actor.roles.some((r) => CASEWORK_ROLES.includes(r))) return;
  // A Veilig Thuis works its own registration: the reports its organisation received.
  const own = { organisationId: actor.organisationId };
  can('create', 'IntakeReport');
  can('read', 'IntakeReport', own);
  // Screening, the assessment and the decision.
  can('update', 'IntakeReport', own);
  can('decide', 'IntakeReport', own);
}
