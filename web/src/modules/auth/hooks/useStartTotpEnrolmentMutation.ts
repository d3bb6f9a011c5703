import { graphql } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { type MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';

const StartTotpEnrolmentMutation = graphql(`
  mutation StartTotpEnrolment {
    startTotpEnrolment {
      secret
      otpauthUri
    }
  }
`);

export interface TotpEnrolment {
  secret: string;
  otpauthUri: string;
}

export function useStartTotpEnrolmentMutation(): {
  start(): Promise<MutationOutcome<TotpEnrolment>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(StartTotpEnrolmentMutation);
  const start = useCallback(() => outcomeOf(async () => (await mutate()).data?.startTotpEnrolment), [mutate]);
  return { start, loading };
}
