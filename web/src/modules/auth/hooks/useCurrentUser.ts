import { graphql, type UserMenu_UserFragment, getFragmentData } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import { UserMenu_userFragment } from '../components/UserMenu';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      permissions
      ...UserMenu_user
    }
  }
`);

export interface CurrentUser {
  loading: boolean;
  error: unknown;
  /** null when nobody is logged in, undefined while unknown. */
  user: UserMenu_UserFragment | null | undefined;
  /** This session's permission rules, packed (see `abilityFromPermissions`); null without a session. */
  permissions: string | null;
  /** Asks for `me` again (after a failed load). */
  refetch(): unknown;
}

export function useCurrentUser(): CurrentUser {
  const { data, loading, error, refetch } = useQuery(MeQuery);
  const me = data?.me;
  return {
    loading,
    error,
    user: me === undefined ? undefined : me === null ? null : getFragmentData(UserMenu_userFragment, me),
    permissions: me?.permissions ?? null,
    refetch: () => refetch(),
  };
}
