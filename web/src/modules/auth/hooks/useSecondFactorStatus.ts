import { graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';

export const SecondFactorStatusQuery = graphql(`
  query SecondFactorStatus {
    secondFactorStatus {
      required
      confirmed
      method
      enrolled
    }
  }
`);

export interface SecondFactorState {
  required: boolean;
  confirmed: boolean;
  method?: string | null;
  enrolled: boolean;
}

/** The second factor of this session (docs/identity.md); undefined while loading, null without a session. */
export function useSecondFactorStatus(): { status: SecondFactorState | null | undefined; loading: boolean } {
  const { data, loading } = useQuery(SecondFactorStatusQuery, { fetchPolicy: 'network-only' });
  return { status: data === undefined ? undefined : (data.secondFactorStatus ?? null), loading };
}
