import { describe, expect, it } from 'vitest';
import { asSubject, defineAbilityFor, type Actor } from './ability.js';

const actor = (userId: string, roles: Actor['roles']): Actor => ({
  userId,
  organisationId: 'org-1',
  organisationType: 'LOCAL_TEAM',
  roles,
  purpose: null,
});
const preference = (userId: string) => asSubject('NotificationPreference', { id: `${userId}:MDO_ACTIONS`, userId });

describe('notification preferences', () => {
  it('a user reads and changes their own preferences', () => {
    const ability = defineAbilityFor(actor('u-1', ['PROFESSIONAL']));
    expect(ability.can('read', preference('u-1'))).toBe(true);
    expect(ability.can('update', preference('u-1'))).toBe(true);
  });
  it("nobody, an administrator included, reads or changes another user's preferences", () => {
    for (const roles of [['PROFESSIONAL'], ['ADMIN'], ['TEAM_LEAD'], ['COORDINATING_PRIVACY_OFFICER']] as const) {
      const ability = defineAbilityFor(actor('u-2', [...roles]));
      expect(ability.can('read', preference('u-1'))).toBe(false);
      expect(ability.can('update', preference('u-1'))).toBe(false);
    }
  });
});

describe('mails the sender gave up on', () => {
  const mail = asSubject('MailDelivery', { id: 'outbox-1' });
  it('the functional administrator reads them and puts one back in the queue', () => {
    const ability = defineAbilityFor(actor('u-admin', ['ADMIN']));
    expect(ability.can('read', mail)).toBe(true);
    expect(ability.can('retry', mail)).toBe(true);
  });
  it('no other role reads or retries them, the privacy officer and team lead included', () => {
    for (const role of [
      'PROFESSIONAL',
      'CASE_DIRECTOR',
      'PROCESS_DIRECTOR',
      'PRIVACY_OFFICER',
      'COORDINATING_PRIVACY_OFFICER',
      'TEAM_LEAD',
      'POLICY_OFFICER',
    ] as const) {
      const ability = defineAbilityFor(actor('u-3', [role]));
      expect(ability.can('read', mail), role).toBe(false);
      expect(ability.can('retry', mail), role).toBe(false);
    }
  });
});
