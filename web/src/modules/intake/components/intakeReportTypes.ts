import type { IntakeReportQuery } from '@mda/graphql';
import type { MutationOutcome } from '../../../app/errors';
import type { ErrorSummaryItem } from '../../../ui/ErrorSummary';

export type Report = IntakeReportQuery['intakeReport'];
export type Known = Report['persons'][number]['knownCases'][number];
export type Candidate = Report['persons'][number]['candidates'][number];
export type Done = (outcome: MutationOutcome<{ caseId?: string | null }>, ok: string) => Promise<boolean>;

export function problemsOf(outcome: MutationOutcome<unknown>, prefix: string): ErrorSummaryItem[] {
  if (outcome.ok) return [];
  return (outcome.problems ?? []).map((p) => ({
    fieldId: `${prefix}-${p.field.replace(/\[\d+\]$/, '')}`,
    message: `${p.field}: ${p.message}`,
  }));
}
