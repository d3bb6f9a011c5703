import { AbilityProvider } from '@casl/react';
import { useApolloClient } from '@apollo/client/react';
import { type ReactNode, useMemo, useRef } from 'react';
import { caseAccessOf } from '../caseAccess';
import { useCurrentUser } from '../hooks/useCurrentUser';
import { abilityFromPermissions } from '../permissions';

/**
 * Provides the session's ability to every page. Built once per change of `me.permissions`
 * (login, logout, a new purpose), so the web hides exactly what the API would refuse. Rules
 * bound to a case decide with how the viewer reaches it, learned from the data received
 * (`caseAccess.ts`).
 */
export function PermissionsProvider({ children }: { children: ReactNode }) {
  const { user, permissions } = useCurrentUser();
  const store = caseAccessOf(useApolloClient());
  // Facts belong to one viewer: after a logout or another login they are forgotten (not while
  // `me` is still loading: a page's data may arrive before it).
  const viewer = useRef<string | null | undefined>(undefined);
  const userId = user === undefined ? undefined : (user?.id ?? null);
  if (userId !== undefined && viewer.current !== userId) {
    if (viewer.current) store.clear();
    viewer.current = userId;
  }
  const ability = useMemo(() => abilityFromPermissions(permissions, store.lookup), [permissions, store]);
  return <AbilityProvider value={ability}>{children}</AbilityProvider>;
}
