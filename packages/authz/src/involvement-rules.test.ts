import { describe, expect, it } from 'vitest';
import type { OrganisationType, UserRole } from '@mda/domain';
import { asSubject, defineAbilityFor as defineAbility, type Actor } from './ability.js';
import { caseAccessFrom } from './case-access.js';
import { INDEX_ENTRY_FIELDS } from './involvement-rules.js';

const actor = (organisationType: OrganisationType, roles: UserRole[]): Actor => ({
  userId: 'u1',
  organisationId: 'o1',
  organisationType,
  roles,
  purpose: null,
});

// On the team of case c1 (and nothing else).
const defineAbilityFor = (a: Actor) => defineAbility(a, caseAccessFrom({ team: ['c1'] }));

describe('the involvement index', () => {
  it('casework roles of any partner register; the privacy officer and the administrator do not', () => {
    expect(defineAbilityFor(actor('POLICE', ['PROFESSIONAL'])).can('create', 'Involvement')).toBe(true);
    expect(defineAbilityFor(actor('CARE', ['CASE_DIRECTOR'])).can('create', 'Involvement')).toBe(true);
    expect(defineAbilityFor(actor('SAFE_HOME', ['PRIVACY_OFFICER'])).can('create', 'Involvement')).toBe(false);
    expect(defineAbilityFor(actor('SAFE_HOME', ['ADMIN'])).can('create', 'Involvement')).toBe(false);
  });

  it("an organisation reads its own registrations in full, another's only through a case on its team, and then only who, contact point and period", () => {
    const a = defineAbilityFor(actor('LOCAL_TEAM', ['PROFESSIONAL']));
    const own = asSubject('Involvement', { id: 'i1', organisationId: 'o1' });
    expect(a.can('read', own, 'basisDetail')).toBe(true);
    expect(a.can('read', own, 'ownReference')).toBe(true);
    const onTeam = asSubject('Involvement', { id: 'i2', organisationId: 'o2', caseId: 'c1' });
    for (const f of INDEX_ENTRY_FIELDS) expect(a.can('read', onTeam, f)).toBe(true);
    expect(a.can('read', onTeam, 'basisDetail')).toBe(false);
    expect(a.can('read', onTeam, 'ownReference')).toBe(false);
    expect(
      a.can('read', asSubject('Involvement', { id: 'i3', organisationId: 'o2', caseId: 'c9' }), 'contactPoint'),
    ).toBe(false);
    expect(a.can('read', asSubject('Involvement', { id: 'i4', organisationId: 'o2' }), 'contactPoint')).toBe(false);
  });
  it("an organisation ends its own registration early, never another's (also not one it sees through a case); the privacy officer none", () => {
    const a = defineAbilityFor(actor('LOCAL_TEAM', ['PROFESSIONAL']));
    expect(a.can('update', asSubject('Involvement', { id: 'i1', organisationId: 'o1' }))).toBe(true);
    expect(a.can('update', asSubject('Involvement', { id: 'i2', organisationId: 'o2', caseId: 'c1' }))).toBe(false);
    expect(a.can('update', asSubject('Involvement', { id: 'i4', organisationId: 'o2' }))).toBe(false);
    const officer = defineAbilityFor(actor('LOCAL_TEAM', ['PRIVACY_OFFICER']));
    expect(officer.can('update', asSubject('Involvement', { id: 'i1', organisationId: 'o1' }))).toBe(false);
  });
});
