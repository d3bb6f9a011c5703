import { packedRulesFor } from '@mda/authz';
import { describe, expect, it } from 'vitest';
import { abilityFromPermissions, landingPath } from './permissions';
import { reachOf, testActor, type TestActor } from './testActor';

// Where `/` (and a login without a case to return to) sends each user: decided by the session's rules.
const landingOf = (actor: TestActor) =>
  landingPath(abilityFromPermissions(JSON.stringify(packedRulesFor(actor)), reachOf(actor)));

describe('landing page after login', () => {
  it('casework roles land on "Vandaag" (what waits for them today)', () => {
    expect(landingOf(testActor({ organisationType: 'POLICE', roles: ['PROFESSIONAL'] }))).toBe('/vandaag');
    expect(landingOf(testActor({ organisationType: 'SAFE_HOME', roles: ['PROCESS_DIRECTOR'] }))).toBe('/vandaag');
    expect(landingOf(testActor({ organisationType: 'LOCAL_TEAM', roles: ['CASE_DIRECTOR'] }))).toBe('/vandaag');
  });

  it('a safety house\'s team lead (no casework, decides at level 3) lands on "Mijn escalaties"', () => {
    expect(landingOf(testActor({ organisationType: 'SAFETY_HOUSE', roles: ['TEAM_LEAD'], teamCaseIds: [] }))).toBe(
      '/escalaties',
    );
  });

  it("a local team's team lead (assigns directors, reads no escalation) lands on the waiting list", () => {
    expect(landingOf(testActor({ organisationType: 'LOCAL_TEAM', roles: ['TEAM_LEAD'] }))).toBe('/werkvoorraad');
  });

  it('the privacy officer lands on the FG console, the administrator on the failed e-mails; a session without any of these on the notifications', () => {
    expect(landingOf(testActor({ organisationType: 'SAFE_HOME', roles: ['PRIVACY_OFFICER'] }))).toBe('/fg');
    expect(landingOf(testActor({ organisationType: 'SAFE_HOME', roles: ['ADMIN'] }))).toBe('/beheer/e-mail');
    expect(landingOf(testActor({ organisationType: 'SAFE_HOME', roles: ['TEAM_LEAD'] }))).not.toBe('/beheer/e-mail');
    expect(landingPath(abilityFromPermissions(null))).toBe('/meldingen');
  });
});
