import { describe, expect, it } from 'vitest';
import type { OrganisationType, UserRole } from '@mda/domain';
import { asSubject, defineAbilityFor, type Actor } from './ability.js';

const actor = (organisationType: OrganisationType, roles: UserRole[], teamCaseIds: string[] = ['c1']): Actor => ({
  userId: 'u1',
  organisationId: 'o1',
  organisationType,
  roles,
  teamCaseIds,
});
const caseOf = (id: string) => asSubject('Case', { id });

describe('case access follows the case team', () => {
  it('a team member professional reads its team case and no other', () => {
    const ability = defineAbilityFor(actor('POLICE', ['PROFESSIONAL']));
    expect(ability.can('read', caseOf('c1'))).toBe(true);
    expect(ability.can('read', caseOf('c2'))).toBe(false);
  });
  it('with no active membership nothing is readable', () => {
    const ability = defineAbilityFor(actor('LOCAL_TEAM', ['PROFESSIONAL'], []));
    expect(ability.can('read', caseOf('c1'))).toBe(false);
  });
  it.each<UserRole>(['PRIVACY_OFFICER', 'ADMIN'])('%s alone sees no case content', (role) => {
    const ability = defineAbilityFor(actor('SAFE_HOME', [role]));
    expect(ability.can('read', caseOf('c1'))).toBe(false);
  });
  it('only directing roles transition a case or compose its team', () => {
    const professional = defineAbilityFor(actor('LOCAL_TEAM', ['PROFESSIONAL']));
    const director = defineAbilityFor(actor('LOCAL_TEAM', ['CASE_DIRECTOR']));
    expect(professional.can('transition', caseOf('c1'))).toBe(false);
    expect(professional.can('manageTeam', caseOf('c1'))).toBe(false);
    expect(director.can('transition', caseOf('c1'))).toBe(true);
    expect(director.can('manageTeam', caseOf('c1'))).toBe(true);
    expect(director.can('transition', caseOf('c2'))).toBe(false);
  });
  it('only triage organisations open cases', () => {
    expect(defineAbilityFor(actor('SAFE_HOME', ['PROFESSIONAL'])).can('create', 'Case')).toBe(true);
    expect(defineAbilityFor(actor('LOCAL_TEAM', ['CASE_DIRECTOR'])).can('create', 'Case')).toBe(true);
    expect(defineAbilityFor(actor('POLICE', ['PROFESSIONAL'])).can('create', 'Case')).toBe(false);
    expect(defineAbilityFor(actor('SAFE_HOME', ['PRIVACY_OFFICER'])).can('create', 'Case')).toBe(false);
  });
});
