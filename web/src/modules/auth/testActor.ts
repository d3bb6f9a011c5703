import { caseAccessFrom, type Actor, type CaseAccessLookup } from '@mda/authz';

/**
 * An actor with the cases it reaches, given as lists: in a session the API computes these
 * facts in SQL and the web receives them per case (`Case.viewerAccess`).
 */
export type TestActor = Actor & {
  teamCaseIds: readonly string[];
  directorCaseIds: readonly string[];
  breakGlassCaseIds: readonly string[];
};

/** An actor as the API builds it for a session, for tests of the web's decisions: one team case, nothing else unless given. */
export function testActor(over: Partial<TestActor> & Pick<Actor, 'organisationType' | 'roles'>): TestActor {
  return {
    userId: 'u1',
    organisationId: 'o1',
    teamCaseIds: ['team-case'],
    directorCaseIds: [],
    breakGlassCaseIds: [],
    purpose: null,
    ...over,
  };
}

/** How the test actor reaches each case (what `Case.viewerAccess` would tell the web). */
export function reachOf(actor: TestActor): CaseAccessLookup {
  return caseAccessFrom({
    team: actor.teamCaseIds,
    director: actor.directorCaseIds,
    breakGlass: actor.breakGlassCaseIds,
  });
}
