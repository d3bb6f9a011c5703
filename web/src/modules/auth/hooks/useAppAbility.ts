import type { AppAbility } from '@mda/authz';
import { useAbility } from '@casl/react';

/** This session's ability (the API's rules, from `me.permissions`); re-renders when they change. */
export function useAppAbility(): AppAbility {
  return useAbility<AppAbility>();
}
