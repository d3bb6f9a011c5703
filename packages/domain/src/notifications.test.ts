import { describe, expect, it } from 'vitest';
import {
  NOTIFICATION_KINDS,
  URGENT_NOTIFICATION_KINDS,
  isUrgentNotificationKind,
  notificationPreferenceProblem,
} from './notifications.js';

describe('notification kinds and mail preferences', () => {
  it('urgent kinds are known kinds, and the escalations, crisis, emergency access and director proposal are among them', () => {
    for (const kind of URGENT_NOTIFICATION_KINDS) expect(NOTIFICATION_KINDS).toContain(kind);
    for (const kind of ['ESCALATION_RAISED', 'ESCALATION_CLIMBED', 'INTAKE_CRISIS', 'BREAK_GLASS', 'DIRECTOR_PROPOSED'])
      expect(isUrgentNotificationKind(kind)).toBe(true);
    expect(isUrgentNotificationKind('DIRECTOR_ACCEPTED')).toBe(false);
    expect(isUrgentNotificationKind('SOMETHING_NEW')).toBe(false);
  });
  it('names the problem: unknown kind, unknown delivery, an urgent kind not at once', () => {
    expect(notificationPreferenceProblem('MDO_ACTIONS', 'DIGEST')).toBeNull();
    expect(notificationPreferenceProblem('MDO_ACTIONS', 'OFF')).toBeNull();
    expect(notificationPreferenceProblem('ESCALATION_RAISED', 'IMMEDIATE')).toBeNull();
    expect(notificationPreferenceProblem('NOPE', 'OFF')).toBe('unknown notification kind NOPE');
    expect(notificationPreferenceProblem('MDO_ACTIONS', 'WEEKLY')).toBe('unknown delivery WEEKLY');
    expect(notificationPreferenceProblem('BREAK_GLASS', 'OFF')).toMatch(/BREAK_GLASS is urgent.*cannot be set to OFF/);
    expect(notificationPreferenceProblem('BREAK_GLASS', 'DIGEST')).toMatch(/cannot be set to DIGEST/);
  });
});
