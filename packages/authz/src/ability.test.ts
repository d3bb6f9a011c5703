import { describe, expect, it } from 'vitest';
import { ORGANISATION_TYPES, USER_ROLES, type OrganisationType, type UserRole } from '@mda/domain';
import {
  abilityFromPacked as unpack,
  asSubject,
  defineAbilityFor as define,
  packedRulesFor,
  permittedFields,
  rulesFor,
  type Actor,
} from './ability.js';
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
import {
  CATEGORY_POLICY,
  DATA_CATEGORIES,
  ENTRY_CONTENT_FIELDS,
  PERSON_FIELDS,
  PURPOSES,
  type DataCategory,
  type Purpose,
} from './categories.js';

const actor = (organisationType: OrganisationType, roles: UserRole[], over: Partial<TestActor> = {}): TestActor => ({
  userId: 'u1',
  organisationId: 'o1',
  organisationType,
  roles,
  teamCaseIds: ['c1'],
  directorCaseIds: [],
  breakGlassCaseIds: [],
  purpose: 'MDO_PREPARATION',
  ...over,
});
const caseOf = (id: string) => asSubject('Case', { id });
const entry = (caseId: string, category: DataCategory, extra: Record<string, unknown> = {}) =>
  asSubject('CaseEntry', { id: 'e1', caseId, category, authorOrganisationId: 'other-org', audience: [], ...extra });
const personIn = (caseId: string) => asSubject('Person', { id: 'p1', caseId });
const ALL_PERSON_FIELDS = Object.values(PERSON_FIELDS).flat();

describe('case access follows the case team', () => {
  it('a team member professional reads its team case and no other', () => {
    const ability = defineAbilityFor(actor('POLICE', ['PROFESSIONAL']));
    expect(ability.can('read', caseOf('c1'))).toBe(true);
    expect(ability.can('read', caseOf('c2'))).toBe(false);
  });
  it('with no active membership nothing is readable', () => {
    const ability = defineAbilityFor(actor('LOCAL_TEAM', ['PROFESSIONAL'], { teamCaseIds: [] }));
    expect(ability.can('read', caseOf('c1'))).toBe(false);
    expect(permittedFields(ability, 'read', personIn('c1'), ALL_PERSON_FIELDS)).toEqual([]);
  });
  it.each<UserRole>(['PRIVACY_OFFICER', 'ADMIN', 'TEAM_LEAD'])('%s alone sees no case content at all', (role) => {
    const ability = defineAbilityFor(actor('SAFE_HOME', [role]));
    expect(ability.can('read', caseOf('c1'))).toBe(false);
    expect(permittedFields(ability, 'read', personIn('c1'), ALL_PERSON_FIELDS)).toEqual([]);
    for (const category of DATA_CATEGORIES) expect(ability.can('read', entry('c1', category), 'body')).toBe(false);
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

describe('the defaults that follow from the field (DOMAIN.md)', () => {
  const reads = (type: OrganisationType, category: DataCategory) =>
    defineAbilityFor(actor(type, ['PROFESSIONAL'])).can('read', entry('c1', category), 'body');
  it('the secret location never goes to probation or prosecution, only to the centre, Veilig Thuis and care', () => {
    const allowed = ORGANISATION_TYPES.filter((t) => reads(t, 'SECRET_LOCATION'));
    expect(allowed.sort()).toEqual(['CARE', 'CENTRE', 'SAFE_HOME']);
    for (const type of ORGANISATION_TYPES) {
      const fields = permittedFields(
        defineAbilityFor(actor(type, ['PROFESSIONAL'])),
        'read',
        personIn('c1'),
        ALL_PERSON_FIELDS,
      );
      expect(fields.includes('shelterAddress')).toBe(['CARE', 'CENTRE', 'SAFE_HOME'].includes(type));
    }
  });
  it('the assigned case director reads the secret location of their own case only, whatever their organisation', () => {
    const director = defineAbilityFor(
      actor('LOCAL_TEAM', ['CASE_DIRECTOR'], { teamCaseIds: ['c1', 'c2'], directorCaseIds: ['c1'] }),
    );
    expect(permittedFields(director, 'read', personIn('c1'), ALL_PERSON_FIELDS)).toContain('shelterAddress');
    expect(permittedFields(director, 'read', personIn('c2'), ALL_PERSON_FIELDS)).not.toContain('shelterAddress');
  });
  it('criminal data not to the local team or care', () => {
    expect(reads('LOCAL_TEAM', 'CRIMINAL')).toBe(false);
    expect(reads('CARE', 'CRIMINAL')).toBe(false);
    expect(reads('POLICE', 'CRIMINAL')).toBe(true);
  });
  it('health data not to police or prosecution', () => {
    expect(reads('POLICE', 'HEALTH')).toBe(false);
    expect(reads('PROSECUTION', 'HEALTH')).toBe(false);
    expect(reads('CARE', 'HEALTH')).toBe(true);
  });
  it('the plan to every team member', () => {
    for (const type of ORGANISATION_TYPES) expect(reads(type, 'PLAN')).toBe(true);
  });
  it('health and criminal data need a declared purpose', () => {
    const none = defineAbilityFor(actor('SAFE_HOME', ['PROFESSIONAL'], { purpose: null }));
    expect(none.can('read', entry('c1', 'HEALTH'), 'body')).toBe(false);
    expect(none.can('read', entry('c1', 'CRIMINAL'), 'body')).toBe(false);
    expect(none.can('read', entry('c1', 'PLAN'), 'body')).toBe(true);
  });
  it('a restricted note is read by its named audience and its author only', () => {
    const note = entry('c1', 'RESTRICTED_NOTE', {
      audience: ['POLICE', 'PROSECUTION'],
      authorOrganisationId: 'police-org',
    });
    expect(defineAbilityFor(actor('PROSECUTION', ['PROFESSIONAL'])).can('read', note, 'body')).toBe(true);
    expect(defineAbilityFor(actor('SAFE_HOME', ['PROFESSIONAL'])).can('read', note, 'body')).toBe(false);
    expect(
      defineAbilityFor(actor('CARE', ['PROFESSIONAL'], { organisationId: 'police-org' })).can('read', note, 'body'),
    ).toBe(true);
  });
  it('break-the-glass reads the case but never writes to it', () => {
    const emergency = defineAbilityFor(
      actor('POLICE', ['PROFESSIONAL'], { teamCaseIds: [], breakGlassCaseIds: ['c9'] }),
    );
    expect(emergency.can('read', caseOf('c9'))).toBe(true);
    expect(emergency.can('create', entry('c9', 'CRIMINAL'))).toBe(false);
    expect(emergency.can('transition', caseOf('c9'))).toBe(false);
  });
});

/**
 * Every cell of the matrix: organisation type x role x category x action, as member and
 * non-member, with and without purpose. The expectation is computed here from the policy
 * table by the rules written out in docs/permissions.md, independently of rulesFor().
 */
describe('the permission matrix, cell by cell', () => {
  const CASEWORK = new Set<UserRole>(['PROFESSIONAL', 'CASE_DIRECTOR', 'PROCESS_DIRECTOR']);
  const listed = (list: readonly OrganisationType[] | 'ALL_TEAM_MEMBERS', type: OrganisationType) =>
    list === 'ALL_TEAM_MEMBERS' || list.includes(type);
  const cells: [OrganisationType, UserRole, DataCategory, 'read' | 'create', boolean, Purpose | null][] = [];
  for (const type of ORGANISATION_TYPES)
    for (const role of USER_ROLES)
      for (const category of DATA_CATEGORIES)
        for (const action of ['read', 'create'] as const)
          for (const member of [true, false])
            for (const purpose of ['PLAN_EXECUTION', null] as const)
              cells.push([type, role, category, action, member, purpose]);

  it(`covers ${ORGANISATION_TYPES.length * USER_ROLES.length * DATA_CATEGORIES.length * 2 * 2 * 2} cells`, () => {
    expect(cells.length).toBe(11 * 8 * 8 * 2 * 2 * 2); // eight roles: COORDINATING_PRIVACY_OFFICER and POLICY_OFFICER among them
  });

  it.each(cells)('%s %s %s %s member=%s purpose=%s', (type, role, category, action, member, purpose) => {
    const ability = defineAbilityFor(actor(type, [role], { teamCaseIds: member ? ['c1'] : [], purpose }));
    const policy = CATEGORY_POLICY[category];
    const purposeOk = !(['HEALTH', 'CRIMINAL'].includes(category) && purpose === null);
    const audience = policy.audienceBound ? { audience: [type] } : {};
    const expected =
      member && CASEWORK.has(role) && purposeOk && listed(action === 'read' ? policy.read : policy.write, type);
    const target = entry('c1', category, audience);
    const actual = action === 'read' ? ability.can('read', target, 'body') : ability.can('create', target);
    expect(actual).toBe(expected);
  });

  it('an ended membership (no longer in teamCaseIds) leaves nothing readable', () => {
    for (const type of ORGANISATION_TYPES) {
      const before = defineAbilityFor(actor(type, ['PROFESSIONAL']));
      const after = defineAbilityFor(actor(type, ['PROFESSIONAL'], { teamCaseIds: [] }));
      expect(before.can('read', entry('c1', 'PLAN'), 'body')).toBe(true);
      expect(after.can('read', entry('c1', 'PLAN'), 'body')).toBe(false);
      expect(after.can('read', caseOf('c1'))).toBe(false);
    }
  });

  it('content fields of an entry are all-or-nothing per category', () => {
    const ability = defineAbilityFor(actor('CARE', ['PROFESSIONAL']));
    expect(permittedFields(ability, 'read', entry('c1', 'HEALTH'), ENTRY_CONTENT_FIELDS)).toEqual([
      ...ENTRY_CONTENT_FIELDS,
    ]);
    expect(permittedFields(ability, 'read', entry('c1', 'CRIMINAL'), ENTRY_CONTENT_FIELDS)).toEqual([]);
  });
});

describe('packed rules for the web', () => {
  it('decide exactly like the server ability, for every organisation type, category and action', () => {
    for (const type of ORGANISATION_TYPES) {
      const a = actor(type, ['CASE_DIRECTOR'], { directorCaseIds: ['c1'], breakGlassCaseIds: ['c7'] });
      const server = defineAbilityFor(a);
      // The web knows how it reaches each case from the cases it received (Case.viewerAccess).
      const web = unpack(JSON.parse(JSON.stringify(packedRulesFor(a))), reachOf(a));
      for (const category of DATA_CATEGORIES) {
        for (const caseId of ['c1', 'c2', 'c7']) {
          const target = entry(caseId, category, { audience: [type] });
          expect(web.can('read', target, 'body')).toBe(server.can('read', target, 'body'));
          expect(web.can('create', target)).toBe(server.can('create', target));
        }
      }
      expect(web.can('transition', caseOf('c1'))).toBe(server.can('transition', caseOf('c1')));
      expect(permittedFields(web, 'read', personIn('c1'), ALL_PERSON_FIELDS)).toEqual(
        permittedFields(server, 'read', personIn('c1'), ALL_PERSON_FIELDS),
      );
    }
  });
});

describe('person fields are decided by the case reach alone', () => {
  // The API decides person fields once per way the case is reached, not per person or case
  // (api/src/core/authz/field-guard.ts, `sameAs`). That is sound only while no rule on Person
  // looks at anything but how the case is reached: a rule naming the person would break it.
  it('no Person rule of any organisation, role, purpose or second factor has another condition', () => {
    let personRules = 0;
    for (const organisationType of ORGANISATION_TYPES)
      for (const role of USER_ROLES)
        for (const purpose of PURPOSES)
          for (const secondFactor of [true, false]) {
            const rules = rulesFor({
              userId: 'u1',
              organisationId: 'o1',
              organisationType,
              roles: [role],
              purpose,
              secondFactor,
            });
            for (const rule of rules.filter((r) => r.subject === 'Person')) {
              personRules += 1;
              expect(Object.keys(rule.conditions ?? {})).toEqual(['access']);
            }
          }
    expect(personRules).toBeGreaterThan(100);
  });
});
