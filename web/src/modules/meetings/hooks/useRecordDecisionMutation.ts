import { graphql, type RecordDecisionInput } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';

const RecordDecisionMutation = graphql(`
  mutation RecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      id
      ...MeetingPage_meeting
    }
  }
`);

/** Records a decision on an item; with an action it becomes plan work in the same step. */
export function useRecordDecisionMutation(): {
  decide(input: RecordDecisionInput): Promise<MutationOutcome<{ id: string }>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(RecordDecisionMutation);
  const decide = useCallback(
    (input: RecordDecisionInput) =>
      outcomeOf(async () => (await mutate({ variables: { input } })).data?.recordDecision),
    [mutate],
  );
  return { decide, loading };
}
