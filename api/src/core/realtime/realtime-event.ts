/**
 * An event as the database publishes it (trigger `mda_publish_event()`, channel
 * `mda_events`): ids only, never personal data. Each subscriber's instance loads the subject
 * itself with the subscriber's own permissions.
 */
export const REALTIME_CHANNEL = 'mda_events';

export const REALTIME_OPS = ['INSERT', 'UPDATE', 'DELETE'] as const;
export type RealtimeOp = (typeof REALTIME_OPS)[number];

export interface RealtimeEvent {
  /** `case` for everything that belongs to a case, `notification` for a user's notifications. */
  topic: string;
  caseId: string | null;
  /** The table the change happened in (`case_entry`, `case_team_membership`, `case_file`, ...). */
  subjectType: string;
  subjectId: string;
  op: RealtimeOp;
  /** For `notification`: the user the notification is for. */
  recipientId: string | null;
  /** When the row was written (database clock). */
  at: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NAME = /^[a-z][a-z0-9_]{0,62}$/;

const uuidOrNull = (value: unknown): string | null | undefined =>
  value === null || value === undefined
    ? null
    : typeof value === 'string' && UUID.test(value)
      ? value.toLowerCase()
      : undefined;

/** Parses a NOTIFY payload; null for anything that is not a well-formed event (ignored, logged by the caller). */
export function parseRealtimeEvent(payload: string | undefined): RealtimeEvent | null {
  if (!payload || payload.length > 8000) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const caseId = uuidOrNull(r.caseId);
  const recipientId = uuidOrNull(r.recipientId);
  const subjectId = uuidOrNull(r.subjectId);
  const at = typeof r.at === 'string' ? new Date(r.at) : null;
  if (typeof r.topic !== 'string' || !NAME.test(r.topic)) return null;
  if (typeof r.subjectType !== 'string' || !NAME.test(r.subjectType)) return null;
  if (!REALTIME_OPS.includes(r.op as RealtimeOp)) return null;
  if (caseId === undefined || recipientId === undefined || !subjectId || !at || Number.isNaN(at.getTime())) return null;
  return { topic: r.topic, caseId, subjectType: r.subjectType, subjectId, op: r.op as RealtimeOp, recipientId, at };
}
