import type { Actor } from '@mda/authz';

/** An actor as the API builds it for a session, for tests of the web's decisions: one team case, nothing else unless given. */
export function testActor(over: Partial<Actor> & Pick<Actor, 'organisationType' | 'roles'>): Actor {
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
