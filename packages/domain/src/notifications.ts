/*
 * Notification kinds and how they may be delivered by mail (docs/notifications.md). The
 * capability that notifies owns its kind and text; the list and the urgency live here once,
 * for the API (sender, preferences) and the web (preferences form).
 */

/** Every kind a capability notifies, in the order the preferences form shows them. */
export const NOTIFICATION_KINDS = [
  'ESCALATION_RAISED',
  'ESCALATION_CLIMBED',
  'INTAKE_CRISIS',
  'BREAK_GLASS',
  'DIRECTOR_PROPOSED',
  'DIRECTOR_ACCEPTED',
  'DIRECTOR_DECLINED',
  'DIRECTOR_ENDED',
  'ESCALATION_DECIDED',
  'ESCALATION_WITHDRAWN',
  'ESCALATION_DE_ESCALATED',
  'INVOLVEMENT_MATCH',
  'MDO_ACTIONS',
  'ERASURE_APPROVAL',
  'ERASURE_APPROVED',
  'DATA_SUBJECT_EXPORT',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Urgent kinds are mailed at once, always: someone must act within hours (an escalation to
 * decide, a crisis report, an emergency access to review, a case direction to accept). Nobody
 * can put them in a digest or switch them off.
 */
export const URGENT_NOTIFICATION_KINDS: readonly NotificationKind[] = [
  'ESCALATION_RAISED',
  'ESCALATION_CLIMBED',
  'INTAKE_CRISIS',
  'BREAK_GLASS',
  'DIRECTOR_PROPOSED',
];

/** How a user wants a non-urgent kind by mail: at once (default), in the daily digest, or not. */
export const NOTIFICATION_DELIVERIES = ['IMMEDIATE', 'DIGEST', 'OFF'] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];
export const DEFAULT_NOTIFICATION_DELIVERY: NotificationDelivery = 'IMMEDIATE';

export function isNotificationKind(kind: string): kind is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(kind);
}

/** Unknown kinds count as not urgent (delivered at once by default). */
export function isUrgentNotificationKind(kind: string): boolean {
  return (URGENT_NOTIFICATION_KINDS as readonly string[]).includes(kind);
}

/**
 * Why a preference may not be set, or null when it may: an unknown kind, an unknown delivery,
 * or an urgent kind set to anything but IMMEDIATE.
 */
export function notificationPreferenceProblem(kind: string, delivery: string): string | null {
  if (!isNotificationKind(kind)) return `unknown notification kind ${kind}`;
  if (!(NOTIFICATION_DELIVERIES as readonly string[]).includes(delivery)) return `unknown delivery ${delivery}`;
  if (isUrgentNotificationKind(kind) && delivery !== 'IMMEDIATE') {
    return `${kind} is urgent: it is always mailed at once and cannot be set to ${delivery}`;
  }
  return null;
}
