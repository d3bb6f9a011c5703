import { describe, expect, it } from 'vitest';
import { ORGANISATION_TYPES, type OrganisationType, type UserRole } from '@mda/domain';
import { asSubject, defineAbilityFor as defineAbility, type Actor } from './ability.js';
import { caseAccessFrom } from './case-access.js';
import { REPORTER_IDENTITY_FIELDS } from './intake-rules.js';

const actor = (organisationType: OrganisationType, roles: UserRole[]): Actor => ({
  userId: 'u1',
  organisationId: 'o1',
  organisationType,
  roles,
  purpose: 'SAFETY_ASSESSMENT',
});
// Member and accepted director of c1: being on the team must not open the front door.
const defineAbilityFor = (a: Actor) => defineAbility(a, caseAccessFrom({ team: ['c1'], director: ['c1'] }));
const report = asSubject('IntakeReport', { id: 'r1', organisationId: 'o1' });
const otherReport = asSubject('IntakeReport', { id: 'r2', organisationId: 'o2' });

describe('the front door belongs to Veilig Thuis', () => {
  it.each<UserRole>(['PROFESSIONAL', 'CASE_DIRECTOR', 'PROCESS_DIRECTOR'])(
    'a %s at Veilig Thuis records, reads, screens and decides reports, reporter included',
    (role) => {
      const a = defineAbilityFor(actor('SAFE_HOME', [role]));
      expect(a.can('create', 'IntakeReport')).toBe(true);
      expect(a.can('update', report)).toBe(true);
      expect(a.can('decide', report)).toBe(true);
      for (const field of REPORTER_IDENTITY_FIELDS) expect(a.can('read', report, field)).toBe(true);
    },
  );
  it("another region's Veilig Thuis does not read this one's reports", () => {
    const a = defineAbilityFor(actor('SAFE_HOME', ['PROFESSIONAL']));
    expect(a.can('read', otherReport)).toBe(false);
    expect(a.can('decide', otherReport)).toBe(false);
  });
  it.each<UserRole>(['PRIVACY_OFFICER', 'ADMIN', 'TEAM_LEAD'])('a %s at Veilig Thuis sees no report', (role) => {
    const a = defineAbilityFor(actor('SAFE_HOME', [role]));
    expect(a.can('read', report)).toBe(false);
    expect(a.can('create', 'IntakeReport')).toBe(false);
  });
  it.each(ORGANISATION_TYPES.filter((t) => t !== 'SAFE_HOME'))(
    '%s never reads a report nor who reported, even on the case team',
    (type) => {
      const a = defineAbilityFor(actor(type, ['PROFESSIONAL', 'CASE_DIRECTOR', 'PROCESS_DIRECTOR']));
      expect(a.can('read', report)).toBe(false);
      for (const field of REPORTER_IDENTITY_FIELDS) expect(a.can('read', report, field)).toBe(false);
      expect(a.can('create', 'IntakeReport')).toBe(false);
      expect(a.can('decide', report)).toBe(false);
    },
  );
});
