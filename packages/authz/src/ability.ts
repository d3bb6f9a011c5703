import {
  AbilityBuilder,
  createMongoAbility,
  subject as tagSubject,
  type ForcedSubject,
  type MongoAbility,
  type RawRuleOf,
} from '@casl/ability';
import type { OrganisationType, UserRole } from '@mda/domain';

/**
 * The single source of permission rules, used by the API (and packed for the web).
 * Deny unless a rule allows: nothing is granted by default.
 */
export type Action = 'read' | 'create' | 'transition' | 'manageTeam';
export type SubjectType = 'Case' | 'Organisation' | 'User';
interface Identified {
  id: string;
}
export type TaggedSubject = { [T in SubjectType]: ForcedSubject<T> & Identified }[SubjectType];
export type AppAbility = MongoAbility<[Action, SubjectType | TaggedSubject]>;

export interface Actor {
  userId: string;
  organisationId: string;
  organisationType: OrganisationType;
  roles: readonly UserRole[];
  /** Cases on whose team the actor's organisation has an active membership today. */
  teamCaseIds: readonly string[];
}

/** Roles that work on case content. The privacy officer and administrator see none of it. */
export const CASEWORK_ROLES: readonly UserRole[] = ['PROFESSIONAL', 'CASE_DIRECTOR', 'PROCESS_DIRECTOR'];
/** Roles that steer a case: move its status and compose its team. */
export const DIRECTING_ROLES: readonly UserRole[] = ['CASE_DIRECTOR', 'PROCESS_DIRECTOR'];
/**
 * Organisations that open an MDA++ case (triage happens at Veilig Thuis, the local team,
 * the centre and the safety house; police and others report to Veilig Thuis instead).
 */
export const CASE_OPENING_ORGANISATIONS: readonly OrganisationType[] = ['SAFE_HOME', 'LOCAL_TEAM', 'CENTRE', 'SAFETY_HOUSE'];

const hasAny = (roles: readonly UserRole[], wanted: readonly UserRole[]): boolean => roles.some((r) => wanted.includes(r));

export function rulesFor(actor: Actor): RawRuleOf<AppAbility>[] {
  const { can, rules } = new AbilityBuilder<AppAbility>(createMongoAbility);
  can('read', 'Organisation');
  can('read', 'User', { id: actor.userId });

  if (hasAny(actor.roles, CASEWORK_ROLES)) {
    const onTeam = { id: { $in: [...actor.teamCaseIds] } };
    can('read', 'Case', onTeam);
    if (CASE_OPENING_ORGANISATIONS.includes(actor.organisationType)) can('create', 'Case');
    if (hasAny(actor.roles, DIRECTING_ROLES)) {
      can('transition', 'Case', onTeam);
      can('manageTeam', 'Case', onTeam);
    }
  }
  return rules;
}

export function defineAbilityFor(actor: Actor): AppAbility {
  return createMongoAbility<AppAbility>(rulesFor(actor));
}

/** Tags a plain object so that conditions apply to it (`can('read', caseSubject(c))`). */
export function asSubject<T extends SubjectType>(type: T, object: Identified): ForcedSubject<T> & Identified {
  return tagSubject(type, { ...object });
}

/** The ability of a request without a session: allows nothing. */
export function anonymousAbility(): AppAbility {
  return createMongoAbility<AppAbility>([]);
}
