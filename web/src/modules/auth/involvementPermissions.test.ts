import { type AppAbility, packedRulesFor } from '@mda/authz';
import { describe, expect, it } from 'vitest';
import { abilityFromPermissions, mayRegisterInvolvementFromCase } from './permissions';
import { reachOf, testActor, type TestActor } from './testActor';

// Registering a household member in the involvement index from the case page: the web decides
// with the session's packed rules as the API does (a registering organisation on the case team).
const webAbility = (actor: TestActor): AppAbility =>
  abilityFromPermissions(JSON.stringify(packedRulesFor(actor)), reachOf(actor));

describe('registering from the case page (verwijsindex)', () => {
  it('a team member of the case may; on a case it reaches otherwise, or not at all, it may not', () => {
    const local = testActor({ organisationType: 'LOCAL_TEAM', roles: ['PROFESSIONAL'], directorCaseIds: ['led-case'] });
    const ability = webAbility(local);
    expect(mayRegisterInvolvementFromCase(ability, 'team-case')).toBe(true);
    expect(mayRegisterInvolvementFromCase(ability, 'led-case')).toBe(false);
    expect(mayRegisterInvolvementFromCase(ability, 'other-case')).toBe(false);
  });

  it('a privacy officer never registers, not even on a team case; no rules allow nothing', () => {
    const officer = testActor({ organisationType: 'SAFE_HOME', roles: ['PRIVACY_OFFICER'] });
    expect(mayRegisterInvolvementFromCase(webAbility(officer), 'team-case')).toBe(false);
    expect(mayRegisterInvolvementFromCase(abilityFromPermissions(null), 'team-case')).toBe(false);
  });
});
