import { describe, expect, it } from 'vitest';
import { allowedTransitions, canTransition } from './case-status.js';
import { isValidBsn } from './bsn.js';
import { formatCaseReference, CASE_REFERENCE_PATTERN } from './case-reference.js';
import { MUNICIPALITIES } from './region.js';

describe('case status transitions', () => {
  it('moves forward INTAKE -> ACTIVE -> MONITORING -> CLOSED', () => {
    expect(canTransition('INTAKE', 'ACTIVE')).toBe(true);
    expect(canTransition('ACTIVE', 'MONITORING')).toBe(true);
    expect(canTransition('MONITORING', 'CLOSED')).toBe(true);
  });
  it('allows re-escalation from monitoring back to active', () => {
    expect(canTransition('MONITORING', 'ACTIVE')).toBe(true);
  });
  it('refuses skipping back to intake and reviving a closed case', () => {
    expect(canTransition('ACTIVE', 'INTAKE')).toBe(false);
    expect(canTransition('INTAKE', 'MONITORING')).toBe(false);
    expect(allowedTransitions('CLOSED')).toEqual([]);
  });
});

describe('BSN eleven-test', () => {
  it.each(['111222333', '123456782'])('accepts %s', (bsn) => expect(isValidBsn(bsn)).toBe(true));
  it.each(['123456789', '12345678', '1234567890', 'abcdefghi', '000000000', ' 11122233'])('refuses %s', (bsn) =>
    expect(isValidBsn(bsn)).toBe(false),
  );
});

describe('case reference', () => {
  it('pads the sequence to six digits', () => {
    expect(formatCaseReference(2026, 123)).toBe('MDA-2026-000123');
    expect(CASE_REFERENCE_PATTERN.test(formatCaseReference(2026, 999999))).toBe(true);
  });
  it('refuses sequences that do not fit', () => {
    expect(() => formatCaseReference(2026, 0)).toThrow(RangeError);
    expect(() => formatCaseReference(2026, 1_000_000)).toThrow(RangeError);
  });
});

describe('region', () => {
  it('has the 15 municipalities of Rotterdam-Rijnmond with unique codes', () => {
    expect(MUNICIPALITIES).toHaveLength(15);
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(15);
  });
});
