import { describe, expect, it } from 'vitest';
import { clockOf } from './clock';
import { clearDraft, emptyDraft, inputOf, loadDraft, saveDraft } from './intakeDraft';

const memory = () => {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
};

describe('the report draft', () => {
  it('survives a reload and is cleared after recording', () => {
    const storage = memory();
    const draft = { ...emptyDraft(), reporterAccount: 'Buren hoorden geschreeuw', violenceNatures: ['PHYSICAL'] };
    saveDraft(storage, draft);
    expect(loadDraft(storage)).toEqual(draft);
    clearDraft(storage);
    expect(loadDraft(storage)).toBeNull();
  });
  it('ignores a damaged draft', () => {
    const storage = memory();
    storage.setItem('mda.intake.reportDraft', '{not json');
    expect(loadDraft(storage)).toBeNull();
  });
  it('sends no reporter for an anonymous report, whatever was typed before switching', () => {
    const input = inputOf({
      ...emptyDraft(),
      reporterKind: 'ANONYMOUS',
      reporterName: 'Buurman',
      reporterContact: '06-12345678',
    });
    expect(input.reporterName).toBeNull();
    expect(input.reporterContact).toBeNull();
  });
});

describe('the clock on the desk', () => {
  const base = {
    kind: 'REPORT',
    status: 'SCREENED',
    assessmentDueOn: '2027-01-04',
    assessmentOverdue: false,
    workingDaysLeft: 3,
  };
  it('runs, is due today, is overdue, and stops once assessed', () => {
    expect(clockOf(base)).toEqual({ kind: 'running', dueOn: '2027-01-04', daysLeft: 3 });
    expect(clockOf({ ...base, workingDaysLeft: 0 })).toEqual({ kind: 'today' });
    expect(clockOf({ ...base, assessmentOverdue: true, workingDaysLeft: -1 })).toEqual({
      kind: 'overdue',
      dueOn: '2027-01-04',
    });
    expect(clockOf({ ...base, status: 'ASSESSED', assessmentOverdue: false })).toEqual({ kind: 'done' });
    expect(clockOf({ ...base, kind: 'ADVICE_REQUEST' })).toEqual({ kind: 'done' });
  });
});
