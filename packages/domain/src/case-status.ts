import type { CaseStatus } from './enums.js';

/**
 * Allowed status transitions of a case. Escalation can recur after calm (DOMAIN.md), so
 * MONITORING may return to ACTIVE; a CLOSED case is reopened as a new case, never revived.
 */
const TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  INTAKE: ['ACTIVE', 'CLOSED'],
  ACTIVE: ['MONITORING', 'CLOSED'],
  MONITORING: ['ACTIVE', 'CLOSED'],
  CLOSED: [],
};

export function allowedTransitions(from: CaseStatus): readonly CaseStatus[] {
  return TRANSITIONS[from];
}

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
