import { graphql, type Purpose } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';

// The same `me` as the header's; normalised by id, so `setPurpose` updates both at once.
export const CurrentPurposeQuery = graphql(`
  query CurrentPurpose {
    me {
      id
      purpose
    }
  }
`);

export interface CurrentPurpose {
  loading: boolean;
  /** null when no purpose is declared for this session, undefined while unknown. */
  purpose: Purpose | null | undefined;
}

export function useCurrentPurpose(): CurrentPurpose {
  const { data, loading } = useQuery(CurrentPurposeQuery);
  return { loading, purpose: data?.me ? (data.me.purpose ?? null) : undefined };
}
