import { describe, expect, it } from 'vitest';
import { abilityFromRules, asSubject, defineAbilityFor, packedRulesFor, type Actor } from './ability.js';
import { caseAccessFrom, reachedVia } from './case-access.js';

const professional: Actor = {
  userId: 'u1',
  organisationId: 'o1',
  organisationType: 'SAFE_HOME',
  roles: ['PROFESSIONAL'],
  purpose: null,
};

describe('access facts instead of case-id lists', () => {
  it('the rules do not grow with the cases a user reaches: they name no case at all', () => {
    const packed = JSON.stringify(packedRulesFor(professional));
    expect(packed).not.toMatch(/caseId/);
    expect(packed).toMatch(/"access"/);
  });

  it('a case whose facts are unknown is reached in no way (deny by default)', () => {
    const ability = defineAbilityFor(professional);
    expect(ability.can('read', asSubject('Case', { id: 'c1' }))).toBe(false);
    expect(ability.can('read', asSubject('Escalation', { id: 'e', caseId: 'c1', level: 2, raisedById: 'x' }))).toBe(
      false,
    );
  });

  it('looks facts up by the subject caseId, or by the id of a Case', () => {
    const ability = defineAbilityFor(professional, caseAccessFrom({ team: ['c1'], breakGlass: ['c2'] }));
    expect(ability.can('read', asSubject('Case', { id: 'c1' }))).toBe(true);
    expect(ability.can('read', asSubject('Case', { id: 'c2' }))).toBe(true);
    expect(ability.can('read', asSubject('Case', { id: 'c3' }))).toBe(false);
    expect(ability.can('raise', asSubject('Escalation', { id: '', caseId: 'c1' }))).toBe(true);
    // An emergency grant reads, never writes.
    expect(ability.can('raise', asSubject('Escalation', { id: '', caseId: 'c2' }))).toBe(false);
  });

  it('facts a subject carries itself win over the lookup (a subject cannot borrow another case)', () => {
    const ability = abilityFromRules(
      [{ action: 'read', subject: 'Case', conditions: reachedVia('TEAM') }],
      caseAccessFrom({ team: ['c1'] }),
    );
    expect(ability.can('read', asSubject('Case', { id: 'c1', access: [] } as { id: string }))).toBe(false);
    expect(ability.can('read', asSubject('Case', { id: 'c9', access: ['TEAM'] } as { id: string }))).toBe(true);
  });

  it('an inverted rule on access facts forbids exactly the cases reached that way', () => {
    const ability = abilityFromRules(
      [
        { action: 'read', subject: 'Case' },
        { action: 'read', subject: 'Case', inverted: true, conditions: reachedVia('BREAK_GLASS') },
      ],
      caseAccessFrom({ team: ['c1'], breakGlass: ['c2'] }),
    );
    expect(ability.can('read', asSubject('Case', { id: 'c1' }))).toBe(true);
    expect(ability.can('read', asSubject('Case', { id: 'c2' }))).toBe(false);
    expect(ability.can('read', asSubject('Case', { id: 'c3' }))).toBe(true);
  });
});
