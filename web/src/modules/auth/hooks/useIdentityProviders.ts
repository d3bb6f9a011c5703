import { graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';

const IdentityProvidersQuery = graphql(`
  query IdentityProviders {
    identityProviders {
      organisationId
      organisationName
      startPath
    }
  }
`);

export interface IdentityProviderLink {
  organisationId: string;
  organisationName: string;
  startPath: string;
}

/** Organisations whose users sign in with their own organisation's account (single sign-on). */
export function useIdentityProviders(): IdentityProviderLink[] {
  const { data } = useQuery(IdentityProvidersQuery);
  return data?.identityProviders ?? [];
}
