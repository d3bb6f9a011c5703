import { graphql, type RegisterInvolvementInput } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';

const RegisterInvolvementMutation = graphql(`
  mutation RegisterInvolvement($input: RegisterInvolvementInput!) {
    registerInvolvement(input: $input) {
      id
      alsoInvolved {
        organisationName
        contactPoint
      }
    }
  }
`);

export function useRegisterInvolvementMutation(): {
  run(
    input: RegisterInvolvementInput,
  ): Promise<MutationOutcome<{ id: string; alsoInvolved: { organisationName: string; contactPoint: string }[] }>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(RegisterInvolvementMutation, {
    refetchQueries: ['MyInvolvements', 'CaseOverview'],
  });
  const run = useCallback(
    (input: RegisterInvolvementInput) =>
      outcomeOf(async () => (await mutate({ variables: { input } })).data?.registerInvolvement),
    [mutate],
  );
  return { run, loading };
}
