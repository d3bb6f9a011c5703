/**
 * Types of the audit trail (NEN 7513 content: who, on whose behalf, from which organisation,
 * with which roles and purpose, did what to which data of which persons, when, with what
 * outcome). Storage and chain rules: `docs/audit.md`.
 */

export const AUDIT_ACTIONS = [
  'READ',
  'CREATE',
  'UPDATE',
  'DELETE',
  'EXPORT',
  'SEARCH',
  'DENIED',
  'BREAK_GLASS',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_OUTCOMES = ['SUCCESS', 'DENIED', 'ERROR'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/**
 * Actions that are buffered for the end of the request (`AuditTrail.record`). Changes
 * (CREATE, UPDATE, DELETE, BREAK_GLASS) are written inside the transaction that makes them
 * (`AuditTrail.writeInTransaction`), so a change and its audit record commit or roll back together.
 */
export const BUFFERED_ACTIONS: readonly AuditAction[] = ['READ', 'SEARCH', 'DENIED', 'EXPORT'];

/** Who acts: fixed for one request. */
export interface AuditActor {
  userId: string;
  onBehalfOfUserId: string | null;
  organisationId: string;
  organisationType: string;
  roles: readonly string[];
  purpose: string | null;
  breakGlassGrantId: string | null;
  /** The correlation id of the request (X-Request-Id). */
  requestId: string;
}

/** What was done, to which data of whom. */
export interface AuditEntry {
  action: AuditAction;
  /** The kind of thing touched, e.g. `Person`, `CaseFile`, `CaseEntry`. */
  subjectType: string;
  subjectId: string | null;
  caseId: string | null;
  /** Ids of the persons whose data was touched (the data subjects, `person.id`). */
  dataSubjectIds: readonly string[];
  /** Field names disclosed or changed. */
  fields: readonly string[];
  /** Data categories (IDENTITY, CONTACT, SECRET_LOCATION, ...). */
  categories: readonly string[];
  outcome: AuditOutcome;
  reason?: string | null;
}

/**
 * One stored row of `audit.event`, in its hashed form: ids in lower case, arrays in stored
 * order, `occurredAt` as ISO 8601 UTC with milliseconds, `seq` as a decimal string.
 */
export interface AuditRecord {
  seq: string;
  occurredAt: string;
  requestId: string;
  actorUserId: string;
  onBehalfOfUserId: string | null;
  organisationId: string;
  organisationType: string;
  roles: readonly string[];
  action: string;
  subjectType: string;
  subjectId: string | null;
  caseId: string | null;
  dataSubjectIds: readonly string[];
  fields: readonly string[];
  categories: readonly string[];
  purpose: string | null;
  breakGlassGrantId: string | null;
  outcome: string;
  reason: string | null;
}

export interface ChainedAuditRecord extends AuditRecord {
  prevHash: string;
  hash: string;
}

export type AuditChainBreak = 'HASH_MISMATCH' | 'PREV_HASH_MISMATCH' | 'SEQUENCE_GAP' | 'HEAD_MISMATCH';

export type AuditVerifyResult =
  | {
      ok: true;
      checked: number;
      /** The chain head at the start of the check: publish it elsewhere to anchor the chain. */
      headSeq: string;
      headHash: string;
    }
  | { ok: false; checked: number; firstBrokenSeq: string; reason: AuditChainBreak };
