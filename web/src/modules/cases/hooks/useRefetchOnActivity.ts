import { useEffect, useRef } from 'react';
import type { CaseActivityEvent } from './useCaseActivity';

/**
 * For a section of the case page with its own query: re-reads it when the page's one case
 * activity subscription reports a change to one of the section's tables (e.g. an escalation
 * that climbed by the clock, a nominee who accepted in another browser).
 */
export function useRefetchOnActivity(
  activity: CaseActivityEvent | null | undefined,
  tables: readonly string[],
  refetch: () => unknown,
): void {
  const reread = useRef(refetch);
  reread.current = refetch;
  const watched = tables.join(',');
  useEffect(() => {
    if (activity && watched.split(',').includes(activity.subjectType)) void reread.current();
  }, [activity, watched]);
}
