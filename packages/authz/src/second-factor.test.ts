import { describe, expect, it } from 'vitest';
import {
  asSubject,
  categoryReadable,
  defineAbilityFor as defineAbility,
  secondFactorWouldReveal,
  type Actor,
} from './ability.js';
import { caseAccessFrom } from './case-access.js';
import { DATA_CATEGORIES, SECOND_FACTOR_CATEGORIES } from './categories.js';

const police = (over: Partial<Actor> = {}): Actor => ({
  userId: 'u1',
  organisationId: 'o1',
  organisationType: 'SAFE_HOME',
  roles: ['PROFESSIONAL'],
  purpose: 'PLAN_EXECUTION',
  ...over,
});
// On the team of case c1.
const defineAbilityFor = (a: Actor) => defineAbility(a, caseAccessFrom({ team: ['c1'] }));
const entry = (category: string) =>
  asSubject('CaseEntry', { id: 'e1', caseId: 'c1', category, authorOrganisationId: 'other', audience: [] });

describe('special categories need a second factor', () => {
  it('without one, HEALTH, CRIMINAL and SECRET_LOCATION are withheld and every other category stays readable', () => {
    const without = defineAbilityFor(police({ secondFactor: false }));
    const withIt = defineAbilityFor(police({ secondFactor: true }));
    for (const category of DATA_CATEGORIES) {
      if (category === 'RESTRICTED_NOTE') continue;
      const special = SECOND_FACTOR_CATEGORIES.includes(category);
      expect([category, without.can('read', entry(category), 'body')]).toEqual([category, !special]);
      expect([category, withIt.can('read', entry(category), 'body')]).toEqual([category, true]);
    }
    expect(without.can('read', asSubject('Person', { id: 'p1', caseId: 'c1' }), 'shelterAddress')).toBe(false);
    expect(withIt.can('read', asSubject('Person', { id: 'p1', caseId: 'c1' }), 'shelterAddress')).toBe(true);
  });

  it('a second factor never widens what the organisation may read', () => {
    expect(categoryReadable(police({ organisationType: 'LOCAL_TEAM', secondFactor: true }), 'CRIMINAL', 'team')).toBe(
      false,
    );
  });
});

describe('secondFactorWouldReveal (the reason the API gives)', () => {
  it('only where a second factor is what is missing', () => {
    expect(secondFactorWouldReveal(police({ secondFactor: false }), 'CRIMINAL')).toBe(true);
    expect(secondFactorWouldReveal(police({ secondFactor: false }), 'SECRET_LOCATION')).toBe(true);
    expect(secondFactorWouldReveal(police({ secondFactor: true }), 'CRIMINAL')).toBe(false);
    expect(secondFactorWouldReveal(police({ secondFactor: false }), 'CONTACT')).toBe(false);
    // Not shared with a local team at all: a second factor would not change that.
    expect(secondFactorWouldReveal(police({ organisationType: 'LOCAL_TEAM', secondFactor: false }), 'CRIMINAL')).toBe(
      false,
    );
    // No purpose declared: the purpose is what is missing first.
    expect(secondFactorWouldReveal(police({ purpose: null, secondFactor: false }), 'HEALTH')).toBe(false);
    // The privacy officer sees no case content, second factor or not.
    expect(secondFactorWouldReveal(police({ roles: ['PRIVACY_OFFICER'], secondFactor: false }), 'HEALTH')).toBe(false);
  });
});

describe("an organisation's own records", () => {
  const own = (category: string) =>
    asSubject('CaseEntry', { id: 'e2', caseId: 'c1', category, authorOrganisationId: 'o1', audience: [] });
  const ownElement = (category: string) =>
    asSubject('PlanElement', {
      id: 'p1',
      caseId: 'c1',
      category,
      authorOrganisationId: 'o1',
      audience: [],
      kind: 'ACTION',
    });

  it('without a second factor, its own CRIMINAL, HEALTH and SECRET_LOCATION records are withheld too; others stay readable', () => {
    // The local team may not read CRIMINAL at all; the author rule used to open its own.
    const localTeam = police({ organisationType: 'LOCAL_TEAM' });
    const without = defineAbilityFor({ ...localTeam, secondFactor: false });
    const withIt = defineAbilityFor({ ...localTeam, secondFactor: true });
    for (const category of SECOND_FACTOR_CATEGORIES) {
      expect([category, without.can('read', own(category), 'body'), without.can('read', ownElement(category))]).toEqual(
        [category, false, false],
      );
      expect([category, withIt.can('read', own(category), 'body'), withIt.can('read', ownElement(category))]).toEqual([
        category,
        true,
        true,
      ]);
    }
    expect(without.can('read', own('CHILD_PROTECTION'), 'body')).toBe(true);
    expect(without.can('read', ownElement('CHILD_PROTECTION'))).toBe(true);
  });
});
