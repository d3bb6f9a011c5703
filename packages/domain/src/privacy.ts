/*
 * The privacy officer's vocabulary, shared by API and web.
 */

/** The actions on record in the audit trail (NEN 7513), as `AuditLogFilter.actions` names them. */
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

/** The anomaly signals the API computes (`AnomalySignal.kind`), in the order the FG console shows them. */
export const ANOMALY_SIGNAL_KINDS = ['MANY_CASES_OUTSIDE_TEAM', 'REFUSALS_IN_BULK', 'UNUSUAL_HOURS'] as const;
export type AnomalySignalKind = (typeof ANOMALY_SIGNAL_KINDS)[number];
