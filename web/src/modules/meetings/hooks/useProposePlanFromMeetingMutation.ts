import { graphql, type ProposePlanFromMeetingInput } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';
import { MeetingItemPlanQuery } from '../components/DecisionForm';

const ProposePlanFromMeetingMutation = graphql(`
  mutation ProposePlanFromMeeting($input: ProposePlanFromMeetingInput!) {
    proposePlanFromMeeting(input: $input) {
      id
      ...MeetingPage_meeting
    }
  }
`);

/** The chair of a held meeting proposes an item's case plan for sign-off (the plan's own flow); the plan is read again. */
export function useProposePlanFromMeetingMutation(caseId: string): {
  propose(input: ProposePlanFromMeetingInput): Promise<MutationOutcome<{ id: string }>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(ProposePlanFromMeetingMutation, {
    refetchQueries: [{ query: MeetingItemPlanQuery, variables: { caseId } }],
    awaitRefetchQueries: true,
  });
  const propose = useCallback(
    (input: ProposePlanFromMeetingInput) =>
      outcomeOf(async () => (await mutate({ variables: { input } })).data?.proposePlanFromMeeting),
    [mutate],
  );
  return { propose, loading };
}
