import { describe, expect, it } from 'vitest';
import {
  assessmentDueOn,
  classifyReport,
  isAssessmentOverdue,
  meetsMdaCriteria,
  normalisePersonName,
  personNameKey,
  riskScore,
} from './intake.js';
import { amsterdamInstant } from './working-days.js';

describe('the safety-assessment clock', () => {
  it('a report received on Thursday 24 December 2026 is due on Monday 4 January 2027 (Christmas, Boxing Day, New Year do not count)', () => {
    const received = amsterdamInstant('2026-12-24', { hours: 15, minutes: 30 });
    expect(assessmentDueOn(received)).toBe('2027-01-04');
    expect(isAssessmentOverdue('2027-01-04', '2027-01-04')).toBe(false);
    expect(isAssessmentOverdue('2027-01-04', '2027-01-05')).toBe(true);
  });
  it('counts the Dutch date of receipt: 23:30 UTC on a Sunday is already Monday in the Netherlands', () => {
    // Sunday 6 December 2026 23:30 UTC = Monday 7 December 00:30 in Amsterdam: due Monday 14 December.
    expect(assessmentDueOn(new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-14');
    // Received on a Saturday: counted from the Monday after.
    expect(assessmentDueOn(amsterdamInstant('2026-12-05', { hours: 10, minutes: 0 }))).toBe('2026-12-14');
  });
});

describe('name normalisation for matching', () => {
  it('drops diacritics and punctuation and lowers case', () => {
    expect(normalisePersonName('Özdemir-Çelik')).toBe('ozdemir celik');
    expect(normalisePersonName("  Zoë  O'Neill ")).toBe('zoe o neill');
    expect(normalisePersonName('Jørgen Strauß')).toBe('jorgen strauss');
  });
  it('gives the same key with or without tussenvoegsels, diacritics and with swapped first and last names', () => {
    const key = personNameKey('Jan', 'de Vries');
    expect(key).toBe('jan vries');
    expect(personNameKey('Jan', 'Vries')).toBe(key);
    expect(personNameKey('de Vries', 'Jan')).toBe(key);
    expect(personNameKey('JAN', 'DE VRIES')).toBe(key);
    expect(personNameKey('Fatma', 'Yılmaz')).toBe(personNameKey('Yilmaz', 'Fatma'));
    expect(personNameKey('Anouk', 'van der Berg')).toBe(personNameKey('Anouk', 'Berg, van der'));
    expect(personNameKey('Renée', "van 't Hof")).toBe(personNameKey('Renee', 'Hof'));
  });
  it('keeps different people apart', () => {
    expect(personNameKey('Jan', 'de Vries')).not.toBe(personNameKey('Jan', 'de Vos'));
    expect(personNameKey('Jan', 'de Vries')).not.toBe(personNameKey('Johan', 'de Vries'));
  });
  it('has no key when nothing significant remains', () => {
    expect(personNameKey('', 'van der')).toBeNull();
  });
});

describe('CBS classification', () => {
  const none = { knownPersons: 0, duringAssessment: false, duringMonitoring: false, afterAssessment: false };
  it('first report when nobody is known; re-report by the number known', () => {
    expect(classifyReport(none)).toBe('FIRST_REPORT');
    expect(classifyReport({ ...none, knownPersons: 1 })).toBe('RE_REPORT_ONE_KNOWN');
    expect(classifyReport({ ...none, knownPersons: 3 })).toBe('RE_REPORT_SEVERAL_KNOWN');
  });
  it('a follow-up report while Veilig Thuis is involved wins over history', () => {
    expect(classifyReport({ ...none, knownPersons: 2, duringAssessment: true, duringMonitoring: true })).toBe(
      'FOLLOW_UP_DURING_ASSESSMENT',
    );
    expect(classifyReport({ ...none, knownPersons: 1, duringMonitoring: true })).toBe('FOLLOW_UP_DURING_MONITORING');
    expect(classifyReport({ ...none, knownPersons: 1, afterAssessment: true })).toBe('FOLLOW_UP_AFTER_ASSESSMENT');
  });
});

describe('triage', () => {
  it('MDA++ needs all three criteria', () => {
    expect(meetsMdaCriteria({ structuralUnsafety: true, multiProblem: true, helpStagnating: true })).toBe(true);
    expect(meetsMdaCriteria({ structuralUnsafety: true, multiProblem: true, helpStagnating: false })).toBe(false);
  });
  it('scores a red-flag checklist against its thresholds', () => {
    const checklist = {
      items: [
        { code: 'A', weight: 3 },
        { code: 'B', weight: 1 },
        { code: 'C', weight: 2 },
      ],
      watchFrom: 2,
      highFrom: 4,
    };
    expect(riskScore(checklist, [])).toEqual({ score: 0, level: 'LOW' });
    expect(riskScore(checklist, ['C'])).toEqual({ score: 2, level: 'ELEVATED' });
    expect(riskScore(checklist, ['A', 'B', 'X'])).toEqual({ score: 4, level: 'HIGH' });
  });
});
