import {
  AbilityBuilder,
  createMongoAbility,
  subject as tagSubject,
  type ForcedSubject,
  type MongoAbility,
  type RawRuleOf,
} from '@casl/ability';
import { packRules, permittedFieldsOf, unpackRules, type PackRule } from '@casl/ability/extra';
import type { OrganisationType, UserRole } from '@mda/domain';
import {
  CATEGORY_POLICY,
  DATA_CATEGORIES,
  ENTRY_CONTENT_FIELDS,
  organisationMay,
  PERSON_FIELDS,
  needsPurpose,
  SECOND_FACTOR_CATEGORIES,
  ownRecordsCondition,
  type DataCategory,
  type Purpose,
} from './categories.js';
import { directionRules } from './direction-rules.js';
import { addPlanRules } from './plan-rules.js';
import { addIntakeRules } from './intake-rules.js';
import { accessAwareMatcher, noCaseAccess, reachedVia, type CaseAccessLookup } from './case-access.js';
import { addInvolvementRules } from './involvement-rules.js';
import { addFiguresRules } from './figures-rules.js';
import { privacyRules } from './privacy-rules.js';
import { addMeetingRules, type MEETING_SUBJECTS } from './meeting-rules.js';
import { addNotificationRules } from './notification-rules.js';

/**
 * The single source of permission rules, used by the API (and packed for the web).
 * Deny unless a rule allows: nothing is granted by default.
 */
export type Action =
  | 'read'
  | 'create'
  | 'update'
  | 'transition'
  | 'manageTeam'
  | 'requestBreakGlass'
  | 'review'
  | 'edit'
  | 'propose'
  | 'signOff'
  | 'justify'
  | 'retry'
  | PrivacyAction
  | DirectionAction
  | MeetingAction;
export type SubjectType =
  | 'Case'
  | 'Person'
  | 'CaseEntry'
  | 'Organisation'
  | 'User'
  | 'AuditLog'
  | 'BreakGlassGrant'
  | 'Plan'
  | 'PlanElement'
  | 'IntakeReport'
  | 'Involvement'
  | 'Figures'
  | 'NotificationPreference'
  | 'MailDelivery'
  | PrivacySubject
  | DirectionSubject
  | MeetingSubject;
/** The multidisciplinary meeting (meeting-rules.ts). */
export type MeetingAction = 'run' | 'contribute' | 'attend' | 'recategorise';
export type MeetingSubject = (typeof MEETING_SUBJECTS)[number];
/** The privacy officer's mandate (privacy-rules.ts). */
export type PrivacyAction = 'export' | 'erase' | 'approve' | 'identify';
export type PrivacySubject = 'DataSubject' | 'ErasureRequest';
/** Case direction and escalation (direction-rules.ts). */
export type DirectionAction =
  'assign' | 'respond' | 'raise' | 'decide' | 'withdraw' | 'deEscalate' | 'readHandoverNote';
export type DirectionSubject =
  'DirectorAssignment' | 'Escalation' | 'WaitingList' | 'Workload' | 'SafetyScore' | 'HouseholdReport';
interface Identified {
  id: string;
}
export type TaggedSubject = {
  [T in SubjectType]: ForcedSubject<T> & Identified & Record<string, unknown>;
}[SubjectType];
export type AppAbility = MongoAbility<[Action, SubjectType | TaggedSubject]>;

export interface Actor {
  userId: string;
  organisationId: string;
  organisationType: OrganisationType;
  roles: readonly UserRole[];
  // Which cases the actor reaches (team, direction, emergency grant) is not carried here:
  // rules speak of per-case access facts (case-access.ts), evaluated by PostgreSQL.
  /** The purpose declared for this session; HEALTH and CRIMINAL need one. */
  purpose: Purpose | null;
  /**
   * false: this session has not confirmed a second factor where one is required, so
   * SECOND_FACTOR_CATEGORIES are withheld. The API always sets it (docs/identity.md).
   */
  secondFactor?: boolean;
  /** Municipalities (codes) the actor's organisation serves: a municipality's own (figures-rules.ts). */
  municipalities?: readonly string[];
}

/** Roles that work on case content. The privacy officer and administrator see none of it. */
export const CASEWORK_ROLES: readonly UserRole[] = ['PROFESSIONAL', 'CASE_DIRECTOR', 'PROCESS_DIRECTOR'];
/** Roles that steer a case: move its status and compose its team. */
export const DIRECTING_ROLES: readonly UserRole[] = ['CASE_DIRECTOR', 'PROCESS_DIRECTOR'];
/**
 * Organisations that open an MDA++ case (triage happens at Veilig Thuis, the local team,
 * the centre and the safety house; police and others report to Veilig Thuis instead).
 */
export const CASE_OPENING_ORGANISATIONS: readonly OrganisationType[] = [
  'SAFE_HOME',
  'LOCAL_TEAM',
  'CENTRE',
  'SAFETY_HOUSE',
];

const hasAny = (roles: readonly UserRole[], wanted: readonly UserRole[]): boolean =>
  roles.some((r) => wanted.includes(r));
const TEAM = reachedVia('TEAM');
const DIRECTOR = reachedVia('DIRECTOR');
/** Read access to a case: a live team membership or an emergency grant. */
export const READABLE = reachedVia('TEAM', 'BREAK_GLASS');

/** Why a category is (not) readable for an actor on a case: used by the API to explain redactions. */
export function categoryReadable(actor: Actor, category: DataCategory, via: 'team' | 'director'): boolean {
  if (!hasAny(actor.roles, CASEWORK_ROLES)) return false;
  if (needsPurpose(category, actor.purpose)) return false;
  if (SECOND_FACTOR_CATEGORIES.includes(category) && actor.secondFactor === false) return false;
  const policy = CATEGORY_POLICY[category];
  return via === 'team' ? organisationMay(policy.read, actor.organisationType) : policy.caseDirectorReads;
}

/**
 * Whether confirming a second factor would make this category readable for the actor on a
 * case it reaches (team or directorship): the session has not confirmed one, the category is
 * one of SECOND_FACTOR_CATEGORIES, and everything else (role, purpose, organisation) allows it.
 * The API uses it to tell the user why content is withheld and what to do.
 */
export function secondFactorWouldReveal(actor: Actor, category: DataCategory): boolean {
  if (actor.secondFactor !== false || !SECOND_FACTOR_CATEGORIES.includes(category)) return false;
  const confirmed: Actor = { ...actor, secondFactor: true };
  return (
    categoryReadable(confirmed, category, 'team') ||
    (actor.roles.includes('CASE_DIRECTOR') && categoryReadable(confirmed, category, 'director'))
  );
}

export function rulesFor(actor: Actor): RawRuleOf<AppAbility>[] {
  const { can, rules } = new AbilityBuilder<AppAbility>(createMongoAbility);
  can('read', 'Organisation');
  can('read', 'User', { id: actor.userId });
  addNotificationRules(can, actor);

  privacyRules(actor, can);

  directionRules(actor, can);
  addFiguresRules(can, actor);
  if (!hasAny(actor.roles, CASEWORK_ROLES)) return rules;
  addIntakeRules(can, actor);
  addInvolvementRules(can, actor);
  addMeetingRules(can, actor);

  can('read', 'Case', READABLE);
  can('requestBreakGlass', 'Case');
  if (CASE_OPENING_ORGANISATIONS.includes(actor.organisationType)) can('create', 'Case');
  if (hasAny(actor.roles, DIRECTING_ROLES)) {
    can('transition', 'Case', TEAM);
    can('manageTeam', 'Case', TEAM);
  }

  for (const category of DATA_CATEGORIES) {
    const policy = CATEGORY_POLICY[category];
    const scopes: Record<string, unknown>[] = [];
    if (categoryReadable(actor, category, 'team')) scopes.push(READABLE);
    if (categoryReadable(actor, category, 'director')) scopes.push(DIRECTOR);
    for (const scope of scopes) {
      if (category in PERSON_FIELDS) {
        can('read', 'Person', [...PERSON_FIELDS[category as keyof typeof PERSON_FIELDS]], scope);
      }
      if (policy.audienceBound) {
        can('read', 'CaseEntry', [...ENTRY_CONTENT_FIELDS], {
          ...scope,
          category,
          audience: { $all: [actor.organisationType] },
        });
      } else {
        can('read', 'CaseEntry', [...ENTRY_CONTENT_FIELDS], { ...scope, category });
      }
    }
    // Writing needs a live membership: never under break-the-glass.
    if (organisationMay(policy.write, actor.organisationType) && !needsPurpose(category, actor.purpose)) {
      can('create', 'CaseEntry', { ...TEAM, category });
      if (category in PERSON_FIELDS) {
        can('update', 'Person', [...PERSON_FIELDS[category as keyof typeof PERSON_FIELDS]], TEAM);
      }
    }
  }
  // An organisation always reads and corrects what it recorded itself, while on the team.
  // Second-factor categories stay withheld until the session confirms one, own entries included.
  can('read', 'CaseEntry', [...ENTRY_CONTENT_FIELDS], {
    ...TEAM,
    authorOrganisationId: actor.organisationId,
    ...ownRecordsCondition(actor),
  });
  can('update', 'CaseEntry', [...ENTRY_CONTENT_FIELDS], { ...TEAM, authorOrganisationId: actor.organisationId });
  addPlanRules(can, actor, {
    categoryReadable: (c, via) => categoryReadable(actor, c, via),
    directing: hasAny(actor.roles, DIRECTING_ROLES),
  });
  return rules;
}

/**
 * The ability of a request. `accessOf` tells, per case, how the viewer reaches it (facts the
 * API computes in SQL when it loads rows); a case it does not know is reached in no way.
 */
export function defineAbilityFor(actor: Actor, accessOf: CaseAccessLookup = noCaseAccess): AppAbility {
  return createMongoAbility<AppAbility>(rulesFor(actor), { conditionsMatcher: accessAwareMatcher(accessOf) });
}

/** The ability of a request without a session: allows nothing. */
export function anonymousAbility(): AppAbility {
  return createMongoAbility<AppAbility>([]);
}

/** Tags a plain object so that conditions apply to it (`can('read', asSubject('Case', c))`). */
export function asSubject<T extends SubjectType>(
  type: T,
  object: Identified & Record<string, unknown>,
): ForcedSubject<T> & Identified & Record<string, unknown> {
  return tagSubject(type, { ...object });
}

/**
 * Fields of `all` the ability lets `action` touch on this subject (field-level rules). `target`
 * may be tagged with any subject type (`asSubject(type, ...)` where `type` is the whole union):
 * TypeScript cannot match that against TaggedSubject once it has more than 25 members.
 */
export function permittedFields(
  ability: AppAbility,
  action: Action,
  target: TaggedSubject | (ForcedSubject<SubjectType> & Identified & Record<string, unknown>),
  all: readonly string[],
): string[] {
  return permittedFieldsOf(ability, action, target as TaggedSubject, {
    fieldsFrom: (rule) => rule.fields ?? [...all],
  }).filter((f) => all.includes(f));
}

/** An ability from raw rules (tests and the web's unpacked rules). */
export function abilityFromRules(
  rules: RawRuleOf<AppAbility>[],
  accessOf: CaseAccessLookup = noCaseAccess,
): AppAbility {
  return createMongoAbility<AppAbility>(rules, { conditionsMatcher: accessAwareMatcher(accessOf) });
}

/** The actor's rules, packed for the web (`@casl/ability` there decides with the same rules). */
export function packedRulesFor(actor: Actor): PackRule<RawRuleOf<AppAbility>>[] {
  return packRules(rulesFor(actor));
}

/** The web's side: an ability from the packed rules the API sent. */
export function abilityFromPacked(
  packed: PackRule<RawRuleOf<AppAbility>>[],
  accessOf: CaseAccessLookup = noCaseAccess,
): AppAbility {
  return createMongoAbility<AppAbility>(unpackRules(packed), { conditionsMatcher: accessAwareMatcher(accessOf) });
}
