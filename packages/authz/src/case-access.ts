import { mongoQueryMatcher, type MongoQuery } from '@casl/ability';

/**
 * How the viewer reaches a case (docs/adr/0006-permission-scope-in-sql.md). Rules speak of
 * these facts instead of lists of case ids, so their size does not grow with the number of
 * cases a user reaches:
 * - TEAM: the viewer's organisation has a membership of the case team that is active today;
 * - DIRECTOR: the viewer is the accepted case director (casusregisseur) of the case;
 * - BREAK_GLASS: the viewer holds an active emergency grant for the case.
 *
 * A subject of a rule carries them as `access` (an array): either given explicitly, or looked
 * up by its case (`caseId`, or `id` of a Case) through the lookup the ability was built with.
 * The API fills that lookup from SQL when it loads rows; the web from the cases it received
 * (`Case.viewerAccess`). A case the lookup does not know is reached in no way (deny).
 */
export const CASE_ACCESS = ['TEAM', 'DIRECTOR', 'BREAK_GLASS'] as const;
export type CaseAccess = (typeof CASE_ACCESS)[number];

/** The access facts of a case for this ability's viewer; undefined when not known (deny). */
export type CaseAccessLookup = (caseId: string) => readonly CaseAccess[] | undefined;

/** Knows no case: every case-bound rule denies. */
export const noCaseAccess: CaseAccessLookup = () => undefined;

/** Rule conditions: the subject's case is reached in one of these ways. */
export function reachedVia(...kinds: CaseAccess[]): { access: CaseAccess | { $in: CaseAccess[] } } {
  return kinds.length === 1 ? { access: kinds[0] as CaseAccess } : { access: { $in: [...kinds] } };
}

/** Case ids per way of reaching them (tests, the permission matrix, fixtures). */
export interface CaseReach {
  team?: readonly string[];
  director?: readonly string[];
  breakGlass?: readonly string[];
}

/** A lookup from explicit lists: for tests and rendered documentation, never for requests. */
export function caseAccessFrom(reach: CaseReach): CaseAccessLookup {
  const map = new Map<string, CaseAccess[]>();
  const add = (ids: readonly string[] | undefined, kind: CaseAccess) => {
    for (const id of ids ?? []) map.set(id, [...(map.get(id) ?? []), kind]);
  };
  add(reach.team, 'TEAM');
  add(reach.director, 'DIRECTOR');
  add(reach.breakGlass, 'BREAK_GLASS');
  return (caseId) => map.get(caseId);
}

const SUBJECT_TYPE_KEY = '__caslSubjectType__';

function caseIdOf(object: Record<string, unknown>): string | undefined {
  if (typeof object.caseId === 'string') return object.caseId;
  if (object[SUBJECT_TYPE_KEY] === 'Case' && typeof object.id === 'string') return object.id;
  return undefined;
}

function mentionsAccess(conditions: unknown): boolean {
  if (Array.isArray(conditions)) return conditions.some(mentionsAccess);
  if (conditions === null || typeof conditions !== 'object') return false;
  return Object.entries(conditions).some(([key, value]) => key === 'access' || mentionsAccess(value));
}

type Matcher = ((object: Record<string, unknown>) => boolean) & { ast?: unknown; matchesAll?: boolean };

/**
 * CASL's mongo matcher, with the subject's access facts filled in from `accessOf` when the
 * subject does not carry them. Rules stay plain data (packed for the web unchanged).
 */
export function accessAwareMatcher(accessOf: CaseAccessLookup): typeof mongoQueryMatcher {
  const matcher = (conditions: MongoQuery): Matcher => {
    const test = mongoQueryMatcher(conditions) as unknown as Matcher;
    if (!mentionsAccess(conditions)) return test;
    const wrapped: Matcher = (object) => {
      if (object !== null && typeof object === 'object' && Array.isArray(object.access)) return test(object);
      const caseId = caseIdOf(object);
      const access = caseId === undefined ? [] : (accessOf(caseId) ?? []);
      return test({ ...object, access });
    };
    wrapped.ast = test.ast;
    if (test.matchesAll !== undefined) wrapped.matchesAll = test.matchesAll;
    return wrapped;
  };
  return matcher as unknown as typeof mongoQueryMatcher;
}
