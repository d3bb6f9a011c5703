import { AbilityProvider } from '@casl/react';
import { type ReactNode, useMemo } from 'react';
import { useCurrentUser } from '../hooks/useCurrentUser';
import { abilityFromPermissions } from '../permissions';

/**
 * Provides the session's ability to every page. Built once per change of `me.permissions`
 * (login, logout, a new purpose), so the web hides exactly what the API would refuse.
 */
export function PermissionsProvider({ children }: { children: ReactNode }) {
  const { permissions } = useCurrentUser();
  const ability = useMemo(() => abilityFromPermissions(permissions), [permissions]);
  return <AbilityProvider value={ability}>{children}</AbilityProvider>;
}
