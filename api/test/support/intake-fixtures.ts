// Shared by api/test/intake.int.test.ts and intake-assessment.int.test.ts: the personas, the
// intake GraphQL documents, the report view and valid report input.

export const VT = 'veiligthuis@demo.mda.test';
export const VT_PROCESS = 'procesregisseur.veiligthuis@demo.mda.test';
export const LOCAL = 'wijkteam.zuid@demo.mda.test';
export const LOCAL_DIRECTOR = 'casusregisseur.wijkteam.zuid@demo.mda.test';
export const POLICE = 'politie@demo.mda.test';

export const REPORT_FIELDS = `id kind status receivedAt reporterKind reporterName reporterContact reporterAccount violenceNatures injury crisis
  assessmentDueOn assessmentOverdue workingDaysLeft cbsCategory decision decisionReason caseId redactedFields version
  assessment { complete unsafety meetsMdaCriteria intimateTerrorConclusion riskScore riskLevel redFlags }
  persons { id personId firstName lastName roles matchBasis earlierReportCount
    knownCases { visible caseId reference status }
    candidates { personId firstName lastName dateOfBirth reportCount knownCases { visible reference status } } }`;
export const RECORD = `mutation ($i: RecordIntakeReportInput!) { recordIntakeReport(input: $i) { ${REPORT_FIELDS} } }`;
export const READ = `query ($id: ID!) { intakeReport(id: $id) { ${REPORT_FIELDS} } }`;
export const DESK = `{ intakeDesk { id crisis status assessmentDueOn assessmentOverdue workingDaysLeft screeningOverdue } }`;
export const SCREEN = `mutation ($i: ScreenIntakeReportInput!) { screenIntakeReport(input: $i) { ${REPORT_FIELDS} } }`;
export const ASSESS = `mutation ($i: SaveAssessmentInput!) { saveAssessment(input: $i) { ${REPORT_FIELDS} } }`;
export const DECIDE = `mutation ($i: DecideIntakeReportInput!) { decideIntakeReport(input: $i) { ${REPORT_FIELDS} } }`;
export const CONFIRM = `mutation ($i: ResolveMatchInput!) { confirmMatch(input: $i) { ${REPORT_FIELDS} } }`;
export const REJECT = `mutation ($i: ResolveMatchInput!) { rejectMatch(input: $i) { ${REPORT_FIELDS} } }`;
export const CREATE_CASE = 'mutation ($i: CreateCaseInput!) { createCase(input: $i) { id reference } }';
export const CASE_REPORTS =
  'query ($id: ID!) { case(id: $id) { id reportCount firstReportedAt reports { receivedAt kind reporterKind cbsCategory crisis } } }';

export interface ReportView {
  id: string;
  receivedAt: string;
  status: string;
  reporterName: string | null;
  reporterAccount: string | null;
  crisis: boolean | null;
  assessmentDueOn: string;
  assessmentOverdue: boolean;
  workingDaysLeft: number;
  cbsCategory: string;
  decision: string | null;
  caseId: string | null;
  redactedFields: string[];
  version: number;
  assessment: { complete: boolean; meetsMdaCriteria: boolean; riskScore: number | null; riskLevel: string | null };
  persons: {
    id: string;
    personId: string;
    firstName: string;
    lastName: string;
    roles: string[];
    matchBasis: string;
    earlierReportCount: number;
    knownCases: { visible: boolean; caseId: string | null; reference: string | null; status: string }[];
    candidates: {
      personId: string;
      firstName: string;
      lastName: string;
      reportCount: number;
      knownCases: { visible: boolean; reference: string | null; status: string }[];
    }[];
  }[];
}

/** A valid BSN (eleven-test) from a number: 8 digits, then the check digit that makes it pass. */
export function bsn(n: number): string {
  for (let k = n; ; k += 1) {
    const d = String(k).padStart(8, '0').slice(-8).split('').map(Number);
    const sum = d.reduce((s, x, i) => s + x * (9 - i), 0);
    const check = sum % 11;
    if (check < 10 && d[0] !== 0) return `${d.join('')}${check}`;
  }
}

export const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
export const person = (firstName: string, lastName: string, roles: string[], extra: Record<string, unknown> = {}) => ({
  firstName,
  lastName,
  roles,
  dateOfBirth: '1988-03-14',
  ...extra,
});
export const reportInput = (over: Record<string, unknown> = {}) => ({
  kind: 'REPORT',
  receivedAt: hoursAgo(2),
  municipality: 'ROTTERDAM',
  reporterKind: 'POLICE',
  reporterName: 'Agent B. Wijkmans',
  reporterContact: 'Basisteam Maas-Zuid',
  reporterAccount: 'Melder trof het slachtoffer met letsel aan; buren hoorden geschreeuw.',
  violenceNatures: ['PHYSICAL', 'ATTEMPTED_STRANGULATION'],
  injury: true,
  persons: [
    person('Sanne', 'Verhoef', ['VICTIM']),
    person('Rick', 'Verhoef', ['PERPETRATOR'], { dateOfBirth: '1985-07-02' }),
  ],
  ...over,
});
