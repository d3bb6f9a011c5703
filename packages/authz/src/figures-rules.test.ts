import { caseAccessFrom } from './case-access.js';
import { describe, expect, it } from 'vitest';
import type { OrganisationType, UserRole } from '@mda/domain';
import { asSubject, defineAbilityFor } from './ability.js';

const actor = (organisationType: OrganisationType, role: UserRole, municipalities: string[] = []) =>
  defineAbilityFor(
    { userId: 'u', organisationId: 'o', organisationType, roles: [role], purpose: 'PLAN_EXECUTION', municipalities },
    caseAccessFrom({ team: ['c'] }),
  );
const figuresOf = (m: string) => asSubject('Figures', { id: m, municipality: m });

describe('who reads figures', () => {
  it('a policy officer reads the figures of its own municipalities only, and no case content at all', () => {
    const a = actor('MUNICIPALITY', 'POLICY_OFFICER', ['ROTTERDAM', 'SCHIEDAM']);
    expect(a.can('read', figuresOf('ROTTERDAM'))).toBe(true);
    expect(a.can('read', figuresOf('SCHIEDAM'))).toBe(true);
    expect(a.can('read', figuresOf('VLAARDINGEN'))).toBe(false);
    expect(a.can('read', asSubject('Case', { id: 'c' }))).toBe(false);
    expect(
      a.can(
        'read',
        asSubject('CaseEntry', { id: 'e', caseId: 'c', category: 'PLAN', authorOrganisationId: 'o', audience: [] }),
      ),
    ).toBe(false);
    expect(a.can('read', asSubject('IntakeReport', { id: 'r', organisationId: 'o' }))).toBe(false);
    expect(a.can('read', 'WaitingList')).toBe(false);
  });
  it('a policy officer of an organisation serving no municipality reads nothing', () => {
    expect(actor('MUNICIPALITY', 'POLICY_OFFICER').can('read', figuresOf('ROTTERDAM'))).toBe(false);
  });
  it('a process director reads every municipality of the region; other roles read none', () => {
    expect(actor('SAFE_HOME', 'PROCESS_DIRECTOR').can('read', figuresOf('GOEREE_OVERFLAKKEE'))).toBe(true);
    for (const role of ['PROFESSIONAL', 'CASE_DIRECTOR', 'PRIVACY_OFFICER', 'ADMIN', 'TEAM_LEAD'] as const) {
      expect(actor('MUNICIPALITY', role, ['ROTTERDAM']).can('read', figuresOf('ROTTERDAM'))).toBe(false);
    }
  });
});
