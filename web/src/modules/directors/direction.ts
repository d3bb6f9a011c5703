import type { DirectorAssignmentStatus, DirectorKind } from '@mda/graphql';

/** Free-text rules as the API checks them (docs/direction.md). */
export const HANDOVER_NOTE = { min: 10, max: 4000 } as const;
export const ANSWER_REASON = { min: 5, max: 1000 } as const;

export interface AssignmentLike {
  id: string;
  kind: DirectorKind;
  status: DirectorAssignmentStatus;
  responsible: boolean;
  replacesAssignmentId?: string | null;
}

export interface DirectionOverview<T extends AssignmentLike> {
  /** Responsible now (accepted): case director(s) first, then the process director. */
  current: T[];
  /** Proposed, waiting for the nominee's answer; nothing has changed yet. */
  proposals: T[];
  /** Ended or declined, oldest first as the API gives them. */
  past: T[];
}

const KIND_ORDER: Record<DirectorKind, number> = { CASE_DIRECTOR: 0, PROCESS_DIRECTOR: 1 };

/** Splits a case's direction rows (oldest first) into who is responsible, what is proposed, and history. */
export function directionOverview<T extends AssignmentLike>(assignments: readonly T[]): DirectionOverview<T> {
  return {
    current: assignments.filter((a) => a.responsible).sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]),
    proposals: assignments.filter((a) => a.status === 'PROPOSED'),
    past: assignments.filter((a) => !a.responsible && a.status !== 'PROPOSED'),
  };
}

/** The current assignment a proposal would take over, if it is a handover. */
export function replacedBy<T extends AssignmentLike>(
  proposal: AssignmentLike,
  assignments: readonly T[],
): T | undefined {
  return proposal.replacesAssignmentId ? assignments.find((a) => a.id === proposal.replacesAssignmentId) : undefined;
}
