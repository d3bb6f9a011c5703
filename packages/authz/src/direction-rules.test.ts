import { describe, expect, it } from 'vitest';
import type { OrganisationType, UserRole } from '@mda/domain';
import { asSubject, defineAbilityFor as define, type Actor } from './ability.js';
import { caseAccessFrom } from './case-access.js';

/** An actor with the cases it reaches, given as lists (the API computes these facts in SQL). */
type TestActor = Actor & {
  teamCaseIds: readonly string[];
  directorCaseIds: readonly string[];
  breakGlassCaseIds: readonly string[];
};
const reachOf = (a: TestActor) =>
  caseAccessFrom({ team: a.teamCaseIds, director: a.directorCaseIds, breakGlass: a.breakGlassCaseIds });
const defineAbilityFor = (a: TestActor) => define(a, reachOf(a));

const actor = (organisationType: OrganisationType, roles: UserRole[], over: Partial<TestActor> = {}): TestActor => ({
  userId: 'u1',
  organisationId: 'o1',
  organisationType,
  roles,
  teamCaseIds: ['c1'],
  directorCaseIds: [],
  breakGlassCaseIds: [],
  purpose: null,
  ...over,
});
const assignment = (caseId: string, directorOrganisationId: string, userId = 'u9') =>
  asSubject('DirectorAssignment', { id: 'a1', caseId, directorOrganisationId, userId });
const escalation = (caseId: string, level: number, raisedById = 'u9') =>
  asSubject('Escalation', { id: 'e1', caseId, level, raisedById });

describe('who may assign a director', () => {
  it('a process director on a team case, for a director of any organisation; not on other cases', () => {
    const a = defineAbilityFor(actor('SAFETY_HOUSE', ['PROCESS_DIRECTOR']));
    expect(a.can('assign', assignment('c1', 'o7'))).toBe(true);
    expect(a.can('assign', assignment('c2', 'o7'))).toBe(false);
  });
  it("a team lead only for a director of the lead's own organisation, on a case of the team", () => {
    const a = defineAbilityFor(actor('LOCAL_TEAM', ['TEAM_LEAD']));
    expect(a.can('assign', assignment('c1', 'o1'))).toBe(true);
    expect(a.can('assign', assignment('c1', 'o7'))).toBe(false);
    expect(a.can('assign', assignment('c2', 'o1'))).toBe(false);
  });
  it.each<UserRole>(['PROFESSIONAL', 'CASE_DIRECTOR', 'PRIVACY_OFFICER', 'ADMIN'])('%s may not assign', (role) => {
    expect(defineAbilityFor(actor('SAFE_HOME', [role])).can('assign', assignment('c1', 'o1'))).toBe(false);
  });
  it('only the proposed director answers a proposal', () => {
    const a = defineAbilityFor(actor('LOCAL_TEAM', ['CASE_DIRECTOR']));
    expect(a.can('respond', assignment('c1', 'o1', 'u1'))).toBe(true);
    expect(a.can('respond', assignment('c1', 'o1', 'u2'))).toBe(false);
  });
});

describe('who reads the text of a handover note', () => {
  const handover = (over: { userId?: string; replacedUserId?: string | null; proposedById?: string | null }) =>
    asSubject('DirectorAssignment', {
      id: 'a1',
      caseId: 'c1',
      directorOrganisationId: 'o1',
      userId: 'u7',
      replacedUserId: 'u8',
      proposedById: 'u9',
      ...over,
    });
  it('the incoming director, the outgoing director and the proposer', () => {
    const a = defineAbilityFor(actor('LOCAL_TEAM', ['CASE_DIRECTOR']));
    expect(a.can('readHandoverNote', handover({ userId: 'u1' }))).toBe(true);
    expect(a.can('readHandoverNote', handover({ replacedUserId: 'u1' }))).toBe(true);
    expect(a.can('readHandoverNote', handover({ proposedById: 'u1' }))).toBe(true);
  });
  it.each<[OrganisationType, UserRole]>([
    ['LOCAL_TEAM', 'TEAM_LEAD'],
    ['SAFETY_HOUSE', 'TEAM_LEAD'],
    ['SAFE_HOME', 'PROCESS_DIRECTOR'],
    ['SAFE_HOME', 'CASE_DIRECTOR'],
    ['POLICE', 'PROFESSIONAL'],
    ['SAFE_HOME', 'PRIVACY_OFFICER'],
  ])('not a %s %s on the team who is no party to it, though it may read the direction', (type, role) => {
    const a = defineAbilityFor(actor(type, [role]));
    expect(a.can('readHandoverNote', handover({}))).toBe(false);
    expect(a.can('readHandoverNote', handover({ replacedUserId: null, proposedById: null }))).toBe(false);
  });
});

describe('who may raise, decide and de-escalate', () => {
  it('any casework team member raises; a team lead or privacy officer does not', () => {
    for (const role of ['PROFESSIONAL', 'CASE_DIRECTOR', 'PROCESS_DIRECTOR'] as const) {
      expect(defineAbilityFor(actor('POLICE', [role])).can('raise', escalation('c1', 1))).toBe(true);
      expect(defineAbilityFor(actor('POLICE', [role])).can('raise', escalation('c2', 1))).toBe(false);
    }
    // Not even a partner organisation's lead on a case where that organisation is on the team
    // (docs/direction.md, "Why a team lead does not raise"): the organisation's professional does.
    for (const type of ['LOCAL_TEAM', 'SAFE_HOME', 'SAFETY_HOUSE', 'MUNICIPALITY'] as const) {
      expect(defineAbilityFor(actor(type, ['TEAM_LEAD'])).can('raise', escalation('c1', 1))).toBe(false);
    }
    expect(defineAbilityFor(actor('SAFE_HOME', ['PRIVACY_OFFICER'])).can('raise', escalation('c1', 1))).toBe(false);
  });

  const cases: [string, TestActor, (1 | 2 | 3 | 4)[]][] = [
    ['the accepted case director', actor('LOCAL_TEAM', ['CASE_DIRECTOR'], { directorCaseIds: ['c1'] }), [1]],
    ['a case director who does not direct this case', actor('LOCAL_TEAM', ['CASE_DIRECTOR']), []],
    ['a process director on the team', actor('SAFE_HOME', ['PROCESS_DIRECTOR']), [2]],
    ['a process director off the team', actor('SAFE_HOME', ['PROCESS_DIRECTOR'], { teamCaseIds: [] }), []],
    ['a ZVH team lead (management)', actor('SAFETY_HOUSE', ['TEAM_LEAD'], { teamCaseIds: [] }), [3, 4]],
    [
      'a municipal team lead (steering group secretary)',
      actor('MUNICIPALITY', ['TEAM_LEAD'], { teamCaseIds: [] }),
      [4],
    ],
    ['a Veilig Thuis team lead', actor('SAFE_HOME', ['TEAM_LEAD']), []],
    ['a professional', actor('SAFE_HOME', ['PROFESSIONAL']), []],
  ];
  it.each(cases)('%s decides at levels %j', (_name, who, levels) => {
    const a = defineAbilityFor(who);
    for (const level of [1, 2, 3, 4]) {
      expect(a.can('decide', escalation('c1', level))).toBe(levels.includes(level as 1));
      expect(a.can('deEscalate', escalation('c1', level))).toBe(level >= 2 && levels.includes(level as 1));
    }
  });

  it('the raiser and the case director may withdraw; a level-3 decider reads only levels 3 and 4 off the team', () => {
    const raiser = defineAbilityFor(actor('POLICE', ['PROFESSIONAL']));
    expect(raiser.can('withdraw', escalation('c1', 2, 'u1'))).toBe(true);
    expect(raiser.can('withdraw', escalation('c1', 2, 'u2'))).toBe(false);
    const lead = defineAbilityFor(actor('SAFETY_HOUSE', ['TEAM_LEAD'], { teamCaseIds: [] }));
    expect(lead.can('read', escalation('c1', 2))).toBe(false);
    expect(lead.can('read', escalation('c1', 3))).toBe(true);
  });
});
