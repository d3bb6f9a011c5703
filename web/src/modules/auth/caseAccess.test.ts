import { packedRulesFor } from '@mda/authz';
import { describe, expect, it } from 'vitest';
import { CaseAccessStore } from './caseAccess';
import { abilityFromPermissions, mayRaiseEscalation, mayTransitionCase } from './permissions';
import { testActor } from './testActor';

describe('the web learns how the viewer reaches a case from the data it receives', () => {
  it('reads viewerAccess of a Case and caseViewerAccess next to a caseId, at any depth', () => {
    const store = new CaseAccessStore();
    store.learnFrom({
      case: { __typename: 'Case', id: 'c1', viewerAccess: ['TEAM', 'DIRECTOR'] },
      escalation: { __typename: 'Escalation', id: 'e1', caseId: 'c2', caseViewerAccess: ['DIRECTOR'] },
      waitingList: [{ __typename: 'WaitingListItem', caseId: 'c3', caseViewerAccess: [] }],
    });
    expect(store.lookup('c1')).toEqual(['TEAM', 'DIRECTOR']);
    expect(store.lookup('c2')).toEqual(['DIRECTOR']);
    expect(store.lookup('c3')).toEqual([]);
    expect(store.lookup('c4')).toBeUndefined();
  });

  it('ignores values that are not access facts, and forgets everything on clear', () => {
    const store = new CaseAccessStore();
    store.learnFrom({
      case: { __typename: 'Case', id: 'c1', viewerAccess: ['TEAM', 'OWNER'] },
      other: { __typename: 'Plan', id: 'c5', viewerAccess: ['TEAM'] },
    });
    expect(store.lookup('c1')).toBeUndefined();
    expect(store.lookup('c5')).toBeUndefined();
    store.learnFrom({ case: { __typename: 'Case', id: 'c1', viewerAccess: ['TEAM'] } });
    store.clear();
    expect(store.lookup('c1')).toBeUndefined();
  });

  it('the ability decides with the facts learned after it was built; unknown cases are denied', () => {
    const store = new CaseAccessStore();
    const director = testActor({ organisationType: 'LOCAL_TEAM', roles: ['CASE_DIRECTOR'], teamCaseIds: [] });
    const ability = abilityFromPermissions(JSON.stringify(packedRulesFor(director)), store.lookup);
    expect(mayTransitionCase(ability, 'c1')).toBe(false);
    store.learnFrom({ case: { __typename: 'Case', id: 'c1', viewerAccess: ['TEAM'] } });
    expect(mayTransitionCase(ability, 'c1')).toBe(true);
    expect(mayRaiseEscalation(ability, 'c1')).toBe(true);
    // Under an emergency grant only: reading, never changing.
    store.learnFrom({ case: { __typename: 'Case', id: 'c2', viewerAccess: ['BREAK_GLASS'] } });
    expect(mayTransitionCase(ability, 'c2')).toBe(false);
    expect(mayRaiseEscalation(ability, 'c2')).toBe(false);
  });
});
