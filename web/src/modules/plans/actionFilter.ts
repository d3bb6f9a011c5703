/** Which plan actions the plan page shows (issue 15, item 3): all, mine, my organisation's, late. */
export const ACTION_FILTERS = ['ALL', 'MINE', 'ORGANISATION', 'LATE'] as const;
export type ActionFilter = (typeof ACTION_FILTERS)[number];

/** The filter in the address bar (`?acties=`), in Dutch like the other page parameters. */
const PARAM: Record<ActionFilter, string> = { ALL: '', MINE: 'mijn', ORGANISATION: 'organisatie', LATE: 'te-laat' };

export function actionFilterFromParam(value: string | null): ActionFilter {
  return ACTION_FILTERS.find((f) => PARAM[f] === (value ?? '')) ?? 'ALL';
}

export function actionFilterParam(filter: ActionFilter): string {
  return PARAM[filter];
}

export interface FilterableAction {
  status?: string | null;
  overdue?: boolean | null;
  assigneeUserId?: string | null;
  ownerOrganisation?: { id: string } | null;
}

export interface Viewer {
  userId: string;
  organisationId: string;
}

/**
 * Whether an action passes the filter: MINE is assigned to me, ORGANISATION is owned by my
 * organisation, LATE is open past its due date (cancelled and done ones never are).
 */
export function matchesActionFilter(action: FilterableAction, filter: ActionFilter, viewer: Viewer | null): boolean {
  switch (filter) {
    case 'ALL':
      return true;
    case 'MINE':
      return viewer !== null && action.assigneeUserId === viewer.userId;
    case 'ORGANISATION':
      return viewer !== null && action.ownerOrganisation?.id === viewer.organisationId;
    case 'LATE':
      return action.overdue === true && action.status !== 'DONE' && action.status !== 'CANCELLED';
  }
}
