import { type AppAbility, packedRulesFor } from '@mda/authz';
import { describe, expect, it } from 'vitest';
import {
  mayContributeToItem,
  mayDecideOnItem,
  mayRecordAttendance,
  mayRunMeeting,
  meetingTextCategories,
  meetingTextCategoryChoices,
} from './meetingPermissions';
import { abilityFromPermissions } from './permissions';
import { reachOf, testActor, type TestActor } from './testActor';

// The MDO forms in the web decide with the session's packed rules exactly as the API does
// (packages/authz/src/meeting-rules.ts): the chair records attendance and decisions, the police
// on the case team contribute and record only their own presence, an item not heard opens nothing.
const webAbility = (actor: TestActor): AppAbility =>
  abilityFromPermissions(JSON.stringify(packedRulesFor(actor)), reachOf(actor));

const TABLE = { id: 'm1', chairId: 'chair', memberOrganisationIds: ['vt-org', 'police-org', 'local-org'] };
const TEAM_ITEM = { id: 'i1', kind: 'CASE', caseId: 'team-case' };
const OTHER_ITEM = { id: 'i2', kind: 'CASE', caseId: 'other-case' };
const HIDDEN_ITEM = { id: 'i3', kind: 'CASE', caseId: null };

const chair = testActor({
  userId: 'chair',
  organisationId: 'vt-org',
  organisationType: 'SAFE_HOME',
  roles: ['PROCESS_DIRECTOR'],
});
const police = testActor({
  userId: 'agent',
  organisationId: 'police-org',
  organisationType: 'POLICE',
  roles: ['PROFESSIONAL'],
});

function decisions(ability: AppAbility) {
  return {
    run: mayRunMeeting(ability, TABLE),
    attendOwn: mayRecordAttendance(ability, TABLE, 'police-org'),
    attendOther: mayRecordAttendance(ability, TABLE, 'local-org'),
    contribute: mayContributeToItem(ability, TABLE, TEAM_ITEM),
    contributeOther: mayContributeToItem(ability, TABLE, OTHER_ITEM),
    decide: mayDecideOnItem(ability, TABLE, TEAM_ITEM),
    decideOther: mayDecideOnItem(ability, TABLE, OTHER_ITEM),
    decideHidden: mayDecideOnItem(ability, TABLE, HIDDEN_ITEM),
  };
}

describe('the MDO forms in the web', () => {
  it('the chair runs the meeting, records anyone present and decides on the items of its teams only', () => {
    expect(decisions(webAbility(chair))).toEqual({
      run: true,
      attendOwn: true,
      attendOther: true,
      contribute: true,
      contributeOther: false,
      decide: true,
      decideOther: false,
      decideHidden: false,
    });
  });

  it('the police on the case team contribute and record their own presence, but neither run nor decide', () => {
    expect(decisions(webAbility(police))).toEqual({
      run: false,
      attendOwn: true,
      attendOther: false,
      contribute: true,
      contributeOther: false,
      decide: false,
      decideOther: false,
      decideHidden: false,
    });
  });

  it('another table (not its chair) and no rules at all allow nothing', () => {
    const otherTable = { ...TABLE, chairId: 'someone-else' };
    const ability = webAbility(chair);
    expect(mayRunMeeting(ability, otherTable)).toBe(false);
    expect(mayRecordAttendance(ability, otherTable, 'local-org')).toBe(false);
    expect(mayDecideOnItem(ability, otherTable, TEAM_ITEM)).toBe(false);
    expect(decisions(abilityFromPermissions(null))).toEqual({
      run: false,
      attendOwn: false,
      attendOther: false,
      contribute: false,
      contributeOther: false,
      decide: false,
      decideOther: false,
      decideHidden: false,
    });
  });
});

describe('the categories an MDO text can be given in the web', () => {
  const CANDIDATES = ['PLAN', 'CHILD_PROTECTION', 'HEALTH', 'CRIMINAL', 'SECRET_LOCATION'] as const;
  it('the police with a declared purpose may write criminal data on their team case, and nothing on a case they are not on', () => {
    const withPurpose = webAbility({ ...police, purpose: 'SAFETY_ASSESSMENT' });
    const onTeam = meetingTextCategories(withPurpose, 'team-case', CANDIDATES);
    expect(onTeam).toContain('PLAN');
    expect(onTeam).toContain('CRIMINAL');
    expect(onTeam).not.toContain('HEALTH');
    expect(meetingTextCategories(withPurpose, 'other-case', CANDIDATES)).toEqual([]);
  });
  it('without a purpose no criminal data; on a general item (no case) only PLAN', () => {
    expect(meetingTextCategories(webAbility(police), 'team-case', CANDIDATES)).not.toContain('CRIMINAL');
    expect(meetingTextCategories(webAbility(police), null, CANDIDATES)).toEqual(['PLAN']);
  });
});

describe("the category of another organisation's MDO text in the web (keep or narrow, never widen)", () => {
  const vt = webAbility({ ...chair, purpose: 'MDO_PREPARATION' });
  const agent = webAbility({ ...police, purpose: 'MDO_PREPARATION' });
  const allowed = meetingTextCategories(vt, 'team-case', ['PLAN', 'CRIMINAL', 'HEALTH', 'CHILD_PROTECTION']);
  it("Veilig Thuis is not offered PLAN (nor health) for the police's criminal question, and is told why", () => {
    expect(allowed).toEqual(['PLAN', 'CRIMINAL', 'HEALTH', 'CHILD_PROTECTION']);
    expect(meetingTextCategoryChoices(vt, ['police-org'], 'CRIMINAL', allowed)).toEqual({
      options: ['CRIMINAL'],
      narrowOnly: true,
    });
  });
  it('the police, sole author, are offered every category they may record; a new text offers all', () => {
    const own = meetingTextCategories(agent, 'team-case', ['PLAN', 'CRIMINAL', 'HEALTH']);
    expect(meetingTextCategoryChoices(agent, ['police-org'], 'CRIMINAL', own)).toEqual({
      options: ['PLAN', 'CRIMINAL'],
      narrowOnly: false,
    });
    expect(meetingTextCategoryChoices(vt, [], 'PLAN', allowed).options).toEqual(allowed);
  });
  it('a PLAN text of another organisation may be narrowed to any category; a text two organisations wrote is widened by neither', () => {
    expect(meetingTextCategoryChoices(vt, ['police-org'], 'PLAN', allowed)).toEqual({
      options: allowed,
      narrowOnly: false,
    });
    expect(
      meetingTextCategoryChoices(agent, ['police-org', 'vt-org'], 'CRIMINAL', ['PLAN', 'CRIMINAL']).options,
    ).toEqual(['CRIMINAL']);
  });
});
