import { graphql, type CaseActivitySubscription } from '@mda/graphql';
import { useSubscription } from '@apollo/client/react';
import { useRef } from 'react';

export const CaseActivitySubscriptionDocument = graphql(`
  subscription CaseActivity($caseId: ID!) {
    caseActivity(caseId: $caseId) {
      caseId
      subjectType
      subjectId
      op
      at
      byOrganisation {
        id
        name
        type
      }
    }
  }
`);

export type CaseActivityEvent = CaseActivitySubscription['caseActivity'];

/**
 * Calls `onEvent` for every change committed in the case by anyone (entries, team, status;
 * the joint plan once it is hooked in), as the server lets this user see it. Typical use:
 * refetch the section that shows the changed item. The subscription ends by itself when the
 * user's organisation leaves the team or the session ends.
 */
export function useCaseActivity(caseId: string, onEvent: (event: CaseActivityEvent) => void): { live: boolean } {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const { error } = useSubscription(CaseActivitySubscriptionDocument, {
    variables: { caseId },
    skip: caseId === '',
    onData: ({ data }) => {
      const event = data.data?.caseActivity;
      if (event) handler.current(event);
    },
  });
  return { live: caseId !== '' && !error };
}
