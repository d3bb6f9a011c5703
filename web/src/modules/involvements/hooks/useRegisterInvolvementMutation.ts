import { graphql, type RegisterInvolvementInput } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';

const RegisterInvolvementMutation = graphql(`
  mutation RegisterInvolvement($input: RegisterInvolvementInput!, $fromCase: Boolean!) {
    registerInvolvement(input: $input) {
      id
      alsoInvolved {
        organisationName
        contactPoint
      }
      caseInvolvements @include(if: $fromCase) {
        personId
        organisationName
        organisationType
        contactPoint
        validFrom
        validUntil
      }
    }
  }
`);

/**
 * Registers in the involvement index. From the case page (`caseId` in the input) the answer
 * carries that case's index entries, written into the cached case: only the "Verwijsindex" list
 * changes, the case overview is not read again (nor its reads audited again). From the index page
 * its own list is read again (it re-reads on every visit anyway).
 */
export function useRegisterInvolvementMutation(): {
  run(
    input: RegisterInvolvementInput,
  ): Promise<MutationOutcome<{ id: string; alsoInvolved: { organisationName: string; contactPoint: string }[] }>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(RegisterInvolvementMutation);
  const run = useCallback(
    (input: RegisterInvolvementInput) => {
      const caseId = input.caseId ?? null;
      return outcomeOf(
        async () =>
          (
            await mutate({
              variables: { input, fromCase: caseId !== null },
              refetchQueries: caseId ? [] : ['MyInvolvements'],
              update(cache, { data }) {
                const entries = data?.registerInvolvement.caseInvolvements;
                if (!caseId || !entries) return;
                cache.modify({
                  id: cache.identify({ __typename: 'Case', id: caseId }),
                  fields: { involvements: () => entries },
                });
              },
            })
          ).data?.registerInvolvement,
      );
    },
    [mutate],
  );
  return { run, loading };
}
