import {
  addDays,
  CASE_STATUSES,
  HOUSEHOLD_PROFILES,
  MUNICIPALITY_CODES,
  type CaseStatus,
  type HouseholdProfile,
} from '@mda/domain';

/** The case list's choices as they live in the address bar (shareable, survive a reload). */
export interface CaseListChoice {
  status: CaseStatus | null;
  profile: HouseholdProfile | null;
  municipality: string | null;
  /** Case director: mine, or cases without one. */
  director: 'mine' | 'none' | null;
  /** Next deadline: already passed, or within the coming week. */
  deadline: 'overdue' | 'week' | null;
  sort: 'opened' | 'reference' | 'deadline';
}

export const DIRECTOR_CHOICES = ['mine', 'none'] as const;
export const DEADLINE_CHOICES = ['overdue', 'week'] as const;
export const SORT_CHOICES = ['opened', 'deadline', 'reference'] as const;
/** The API's order for each sort choice (its label is the enum's: enums.CaseOrder). */
export const ORDER_OF = { opened: 'OPENED_DESC', deadline: 'NEXT_DEADLINE_ASC', reference: 'REFERENCE_ASC' } as const;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

export function readChoice(params: URLSearchParams): CaseListChoice {
  return {
    status: oneOf(CASE_STATUSES, params.get('status')),
    profile: oneOf(HOUSEHOLD_PROFILES, params.get('profiel')),
    municipality: oneOf(MUNICIPALITY_CODES, params.get('gemeente')),
    director: oneOf(DIRECTOR_CHOICES, params.get('regie')),
    deadline: oneOf(DEADLINE_CHOICES, params.get('termijn')),
    sort: oneOf(SORT_CHOICES, params.get('sorteer')) ?? 'opened',
  };
}

export function writeChoice(choice: CaseListChoice): Record<string, string> {
  const out: Record<string, string> = {};
  if (choice.status) out.status = choice.status;
  if (choice.profile) out.profiel = choice.profile;
  if (choice.municipality) out.gemeente = choice.municipality;
  if (choice.director) out.regie = choice.director;
  if (choice.deadline) out.termijn = choice.deadline;
  if (choice.sort !== 'opened') out.sorteer = choice.sort;
  return out;
}

/** A stable key for "the same filter" (a new filter starts again at page 1). */
export const choiceKey = (choice: CaseListChoice): string => JSON.stringify(writeChoice(choice));

export interface CaseListVariables {
  filter: {
    status?: CaseStatus[];
    profile?: HouseholdProfile;
    municipality?: string;
    caseDirectorId?: string;
    withoutCaseDirector?: boolean;
    nextDeadlineOnOrBefore?: string;
  } | null;
  orderBy: 'OPENED_DESC' | 'REFERENCE_ASC' | 'NEXT_DEADLINE_ASC';
}

/** The API's filter and order for a choice; `today` is the date in the Netherlands. */
export function toVariables(choice: CaseListChoice, myUserId: string | null, today: string): CaseListVariables {
  const filter: NonNullable<CaseListVariables['filter']> = {};
  if (choice.status) filter.status = [choice.status];
  if (choice.profile) filter.profile = choice.profile;
  if (choice.municipality) filter.municipality = choice.municipality;
  if (choice.director === 'mine' && myUserId) filter.caseDirectorId = myUserId;
  if (choice.director === 'none') filter.withoutCaseDirector = true;
  if (choice.deadline === 'overdue') filter.nextDeadlineOnOrBefore = addDays(today, -1);
  if (choice.deadline === 'week') filter.nextDeadlineOnOrBefore = addDays(today, 6);
  return { filter: Object.keys(filter).length > 0 ? filter : null, orderBy: ORDER_OF[choice.sort] };
}

export const hasAnyFilter = (choice: CaseListChoice): boolean =>
  Boolean(choice.status || choice.profile || choice.municipality || choice.director || choice.deadline);
