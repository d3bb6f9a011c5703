import { describe, expect, it } from 'vitest';
import { summaryItems } from './ErrorSummary';

describe('summaryItems', () => {
  it("puts the API's problems on the form's fields and leaves out fields the form does not have", () => {
    const problems = [
      { field: 'reason', message: 'Te kort' },
      { field: 'caseId', message: 'Onbekende casus' },
    ];
    expect(summaryItems(problems, { reason: 'raise-reason' })).toEqual([
      { fieldId: 'raise-reason', message: 'Te kort' },
    ]);
    expect(summaryItems(undefined, { reason: 'raise-reason' })).toEqual([]);
  });
});
