/** The API refuses a shorter reason; the form says so before sending. */
export const BREAK_GLASS_REASON_MIN = 20;

const CASE_REFERENCE = /^MDA-\d{4}-\d{6}$/;

export interface BreakGlassProblems {
  caseReference?: 'required' | 'format';
  reason?: 'tooShort';
}

/** What is wrong with the request before it is sent; an empty object when nothing is. */
export function breakGlassProblems(caseReference: string, reason: string): BreakGlassProblems {
  const problems: BreakGlassProblems = {};
  const reference = caseReference.trim();
  if (reference === '') problems.caseReference = 'required';
  else if (!CASE_REFERENCE.test(reference.toUpperCase())) problems.caseReference = 'format';
  if (reason.trim().length < BREAK_GLASS_REASON_MIN) problems.reason = 'tooShort';
  return problems;
}

/** Case references are upper case; professionals type them as they come. */
export function normaliseCaseReference(value: string): string {
  return value.trim().toUpperCase();
}
