import type { UserRole } from '@mda/graphql';

/** Roles that work on cases. PRIVACY_OFFICER and ADMIN see no case content. */
export const CASEWORK_ROLES: readonly UserRole[] = ['PROFESSIONAL', 'CASE_DIRECTOR', 'PROCESS_DIRECTOR'];

/** Works on cases: reads and records shared information, may break the glass. */
export function isCaseworkUser(roles: readonly UserRole[]): boolean {
  return roles.some((role) => CASEWORK_ROLES.includes(role));
}

/** Reviews emergency access in the privacy console (FG). */
export function isPrivacyOfficer(roles: readonly UserRole[]): boolean {
  return roles.includes('PRIVACY_OFFICER');
}
