import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays, amsterdamDateOf, amsterdamInstant, isWorkingDay } from '@mda/domain';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient, codeOf } from './support/graphql-client.js';

/**
 * The front door (docs/intake.md): reports in, screened, assessed on a clock of 5 Dutch working
 * days, re-reports found, MDA++ recognised and started as a case in one transaction.
 */
const VT = 'veiligthuis@demo.mda.test';
const VT_PROCESS = 'procesregisseur.veiligthuis@demo.mda.test';
const LOCAL = 'wijkteam.zuid@demo.mda.test';
const LOCAL_DIRECTOR = 'casusregisseur.wijkteam.zuid@demo.mda.test';
const POLICE = 'politie@demo.mda.test';

const REPORT_FIELDS = `id kind status receivedAt reporterKind reporterName reporterContact reporterAccount violenceNatures injury crisis
  assessmentDueOn assessmentOverdue workingDaysLeft cbsCategory decision decisionReason caseId redactedFields version
  assessment { complete unsafety meetsMdaCriteria intimateTerrorConclusion riskScore riskLevel redFlags }
  persons { id personId firstName lastName roles matchBasis earlierReportCount
    knownCases { visible caseId reference status }
    candidates { personId firstName lastName dateOfBirth reportCount knownCases { visible reference status } } }`;
const RECORD = `mutation ($i: RecordIntakeReportInput!) { recordIntakeReport(input: $i) { ${REPORT_FIELDS} } }`;
const READ = `query ($id: ID!) { intakeReport(id: $id) { ${REPORT_FIELDS} } }`;
const DESK = `{ intakeDesk { id crisis status assessmentDueOn assessmentOverdue workingDaysLeft screeningOverdue } }`;
const SCREEN = `mutation ($i: ScreenIntakeReportInput!) { screenIntakeReport(input: $i) { ${REPORT_FIELDS} } }`;
const ASSESS = `mutation ($i: SaveAssessmentInput!) { saveAssessment(input: $i) { ${REPORT_FIELDS} } }`;
const DECIDE = `mutation ($i: DecideIntakeReportInput!) { decideIntakeReport(input: $i) { ${REPORT_FIELDS} } }`;
const CONFIRM = `mutation ($i: ResolveMatchInput!) { confirmMatch(input: $i) { ${REPORT_FIELDS} } }`;
const REJECT = `mutation ($i: ResolveMatchInput!) { rejectMatch(input: $i) { ${REPORT_FIELDS} } }`;
const CREATE_CASE = 'mutation ($i: CreateCaseInput!) { createCase(input: $i) { id reference } }';
const CASE_REPORTS =
  'query ($id: ID!) { case(id: $id) { id reportCount firstReportedAt reports { receivedAt kind reporterKind cbsCategory crisis } } }';

interface ReportView {
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
function bsn(n: number): string {
  for (let k = n; ; k += 1) {
    const d = String(k).padStart(8, '0').slice(-8).split('').map(Number);
    const sum = d.reduce((s, x, i) => s + x * (9 - i), 0);
    const check = sum % 11;
    if (check < 10 && d[0] !== 0) return `${d.join('')}${check}`;
  }
}

let platform: Platform;
const clients = new Map<string, ApiClient>();
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(async () => {
  await platform?.stop();
});

async function as(email: string): Promise<ApiClient> {
  let c = clients.get(email);
  if (!c) {
    c = await new ApiClient(platform.baseUrl).loginAs(email);
    clients.set(email, c);
  }
  return c;
}

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const person = (firstName: string, lastName: string, roles: string[], extra: Record<string, unknown> = {}) => ({
  firstName,
  lastName,
  roles,
  dateOfBirth: '1988-03-14',
  ...extra,
});
const reportInput = (over: Record<string, unknown> = {}) => ({
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
const record = async (input: Record<string, unknown>, email = VT) =>
  (await (await as(email)).ok<{ recordIntakeReport: ReportView }>(RECORD, { i: input })).recordIntakeReport;
const count = async (table: string) =>
  (await platform.sql<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;

describe('recording a report', () => {
  it('refuses a report without persons, received in the future, with an unknown nature of violence: every problem named, nothing stored', async () => {
    const before = {
      reports: await count('intake_report'),
      persons: await count('person'),
      audit: await count("audit.event where subject_type = 'IntakeReport'"),
    };
    const vt = await as(VT);
    const result = await vt.request(RECORD, {
      i: reportInput({
        persons: [],
        receivedAt: new Date(Date.now() + 3 * 3_600_000).toISOString(),
        violenceNatures: ['PHYSICAL', 'WITCHCRAFT'],
      }),
    });
    expect(codeOf(result.errors)).toBe('BAD_USER_INPUT');
    const problems = (result.errors?.[0]?.extensions?.problems ?? []) as { field: string; message: string }[];
    expect(problems.map((p) => p.field).sort()).toEqual(['persons', 'receivedAt', 'violenceNatures[1]']);
    expect(problems.find((p) => p.field === 'violenceNatures[1]')?.message).toContain('WITCHCRAFT');
    expect(await count('intake_report')).toBe(before.reports);
    expect(await count('person')).toBe(before.persons);
    expect(await count("audit.event where subject_type = 'IntakeReport'")).toBe(before.audit);
  });

  it('stores no reporter for an anonymous report, and refuses a name given with it', async () => {
    const refused = await (await as(VT)).request(RECORD, { i: reportInput({ reporterKind: 'ANONYMOUS' }) });
    expect(codeOf(refused.errors)).toBe('BAD_USER_INPUT');
    expect(
      ((refused.errors?.[0]?.extensions?.problems ?? []) as { field: string }[]).map((p) => p.field).sort(),
    ).toEqual(['reporterContact', 'reporterName']);

    const saved = await record(reportInput({ reporterKind: 'ANONYMOUS', reporterName: null, reporterContact: null }));
    const [row] = await platform.sql<{
      reporter_name: string | null;
      reporter_contact: string | null;
      reporter_kind: string;
    }>('select reporter_name, reporter_contact, reporter_kind from intake_report where id = ?', [saved.id]);
    expect(row).toEqual({ reporter_name: null, reporter_contact: null, reporter_kind: 'ANONYMOUS' });
    // The database refuses it too, whatever code path tries.
    await expect(platform.sql("update intake_report set reporter_name = 'x' where id = ?", [saved.id])).rejects.toThrow(
      /intake_report_anonymous/,
    );
  });

  it('shows Veilig Thuis who reported; every other organisation gets nothing, and every read is audited', async () => {
    const saved = await record(reportInput());
    expect(saved.reporterName).toBe('Agent B. Wijkmans');
    expect(saved.redactedFields).toEqual([]);
    expect(saved.assessmentDueOn).toBe(addWorkingDays(amsterdamDateOf(new Date(Date.now() - 2 * 3_600_000)), 5));
    for (const email of [LOCAL, LOCAL_DIRECTOR, POLICE]) {
      const other = await as(email);
      expect(codeOf((await other.request(READ, { id: saved.id })).errors)).toBe('NOT_FOUND');
      expect(codeOf((await other.request(DESK)).errors)).toBe('FORBIDDEN');
      expect(codeOf((await other.request(RECORD, { i: reportInput() })).errors)).toBe('FORBIDDEN');
    }
    const reads = async () =>
      (
        await platform.sql<{ n: number }>(
          "select count(*)::int as n from audit.event where subject_type = 'IntakeReport' and subject_id = ? and action = 'READ'",
          [saved.id],
        )
      )[0]!.n;
    const before = await reads();
    await (await as(VT_PROCESS)).ok(READ, { id: saved.id });
    expect(await reads()).toBe(before + 1);
    const [last] = await platform.sql<{ categories: string[]; data_subject_ids: string[] }>(
      "select categories, data_subject_ids from audit.event where subject_type = 'IntakeReport' and subject_id = ? and action = 'READ' order by seq desc limit 1",
      [saved.id],
    );
    expect(last!.categories).toEqual(expect.arrayContaining(['IDENTITY', 'REPORTER_IDENTITY', 'REPORTER_ACCOUNT']));
    // The report's persons, and the match candidates shown beside them.
    const shownCandidates = saved.persons.flatMap((p) => p.candidates.map((c) => c.personId));
    expect([...last!.data_subject_ids].sort()).toEqual(
      [...new Set([...saved.persons.map((p) => p.personId), ...shownCandidates])].sort(),
    );
  });
});

describe('screening and the clock', () => {
  it('a crisis at screening notifies the crisis team at once and goes to the top of the desk', async () => {
    const saved = await record(reportInput());
    const notices = async () =>
      (
        await platform.sql<{ n: number }>("select count(*)::int as n from notification where kind = 'INTAKE_CRISIS'")
      )[0]!.n;
    const outbox = async () =>
      (
        await platform.sql<{ n: number }>(
          "select count(*)::int as n from notification_outbox where kind = 'INTAKE_CRISIS'",
        )
      )[0]!.n;
    const [before, beforeOutbox] = [await notices(), await outbox()];
    const vt = await as(VT);
    const screened = (
      await vt.ok<{ screenIntakeReport: ReportView }>(SCREEN, {
        i: { reportId: saved.id, expectedVersion: saved.version, crisis: true },
      })
    ).screenIntakeReport;
    expect(screened.crisis).toBe(true);
    expect(screened.status).toBe('SCREENED');
    const [{ n: recipients }] = (await platform.sql<{ n: number }>(
      "select count(*)::int as n from app_user u join organisation o on o.id = u.organisation_id where o.type = 'SAFE_HOME' and u.roles && array['PROFESSIONAL','CASE_DIRECTOR','PROCESS_DIRECTOR']::text[]",
    )) as [{ n: number }];
    expect(recipients).toBeGreaterThan(0);
    expect(await notices()).toBe(before + recipients);
    expect(await outbox()).toBe(beforeOutbox + recipients);
    // Screened twice is refused; a stale version too.
    expect(
      codeOf(
        (await vt.request(SCREEN, { i: { reportId: saved.id, expectedVersion: screened.version, crisis: false } }))
          .errors,
      ),
    ).toBe('CONFLICT');
    expect(
      codeOf(
        (await vt.request(SCREEN, { i: { reportId: saved.id, expectedVersion: saved.version, crisis: false } })).errors,
      ),
    ).toBe('CONFLICT');
    const desk = (await vt.ok<{ intakeDesk: { id: string; crisis: boolean | null }[] }>(DESK)).intakeDesk;
    expect(desk[0]?.crisis).toBe(true);
    expect(desk.map((d) => d.id)).toContain(saved.id);
  });

  it('counts 5 Dutch working days: due on the 5th working day after receipt, overdue from the next day', async () => {
    const today = amsterdamDateOf(new Date());
    // The working day 6 working days back, and the one 5 back, at 10:00 Dutch time.
    let day = today;
    const back: string[] = [];
    while (back.length < 7) {
      const d = new Date(`${day}T12:00:00Z`);
      d.setUTCDate(d.getUTCDate() - 1);
      day = d.toISOString().slice(0, 10);
      if (isWorkingDay(day)) back.push(day);
    }
    const dueToday = await record(
      reportInput({ receivedAt: amsterdamInstant(back[4]!, { hours: 10, minutes: 0 }).toISOString() }),
    );
    const overdue = await record(
      reportInput({ receivedAt: amsterdamInstant(back[5]!, { hours: 10, minutes: 0 }).toISOString() }),
    );
    const todayIsWorking = isWorkingDay(today);
    if (todayIsWorking) {
      expect(dueToday.assessmentDueOn).toBe(today);
      expect(dueToday.assessmentOverdue).toBe(false);
      expect(dueToday.workingDaysLeft).toBe(0);
    }
    expect(overdue.assessmentDueOn < today).toBe(true);
    expect(overdue.assessmentOverdue).toBe(true);
    expect(overdue.workingDaysLeft).toBeLessThan(0);
    const desk = (
      await (
        await as(VT)
      ).ok<{ intakeDesk: { id: string; assessmentOverdue: boolean; crisis: boolean | null }[] }>(DESK)
    ).intakeDesk;
    const at = (id: string) => desk.findIndex((d) => d.id === id);
    expect(at(overdue.id)).toBeGreaterThanOrEqual(0);
    expect(desk[at(overdue.id)]!.assessmentOverdue).toBe(true);
    // Crisis first, then overdue, then the rest.
    const firstNonCrisis = desk.findIndex((d) => d.crisis !== true);
    expect(at(overdue.id)).toBeGreaterThanOrEqual(firstNonCrisis);
    expect(at(overdue.id)).toBeLessThan(at(dueToday.id));
  });
});

const fullAssessment = (reportId: string, expectedVersion: number, over: Record<string, unknown> = {}) => ({
  reportId,
  expectedVersion,
  complete: true,
  unsafety: 'STRUCTURAL',
  structuralUnsafety: true,
  multiProblem: true,
  helpRefused: false,
  helpStagnating: true,
  problemAreas: ['ALCOHOL_USE', 'DEBTS', 'CHILDREN_WITNESS'],
  intimateTerrorPerpetratorItems: ['PRIOR_BREACH_OF_CONDITIONS', 'POSSESSIVE_THINKING'],
  intimateTerrorVictimItems: ['EXTREME_FEAR'],
  intimateTerrorConclusion: 'PROBABLY',
  redFlags: ['STRANGULATION', 'SEPARATION', 'EXTREME_FEAR'],
  note: 'Herhaald ernstig geweld, hulp stagneert.',
  ...over,
});

describe('assessment and decision', () => {
  it('saves a draft, completes the triage with the red flags scored against the region thresholds, and refuses an unknown flag', async () => {
    const vt = await as(VT);
    const saved = await record(reportInput());
    expect(codeOf((await vt.request(ASSESS, { i: fullAssessment(saved.id, saved.version) })).errors)).toBe('CONFLICT'); // not screened yet
    const screened = (
      await vt.ok<{ screenIntakeReport: ReportView }>(SCREEN, {
        i: { reportId: saved.id, expectedVersion: saved.version, crisis: false },
      })
    ).screenIntakeReport;
    const draft = (
      await vt.ok<{ saveAssessment: ReportView }>(ASSESS, {
        i: { reportId: saved.id, expectedVersion: screened.version, complete: false, structuralUnsafety: true },
      })
    ).saveAssessment;
    expect(draft.assessment.complete).toBe(false);
    expect(draft.status).toBe('SCREENED');
    const incomplete = await vt.request(ASSESS, {
      i: { reportId: saved.id, expectedVersion: draft.version, complete: true, redFlags: ['FULL_MOON'] },
    });
    expect(codeOf(incomplete.errors)).toBe('BAD_USER_INPUT');
    const fields = ((incomplete.errors?.[0]?.extensions?.problems ?? []) as { field: string }[]).map((p) => p.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'redFlags[0]',
        'unsafety',
        'structuralUnsafety',
        'multiProblem',
        'helpRefused',
        'helpStagnating',
        'intimateTerrorConclusion',
      ]),
    );
    const done = (await vt.ok<{ saveAssessment: ReportView }>(ASSESS, { i: fullAssessment(saved.id, draft.version) }))
      .saveAssessment;
    expect(done.status).toBe('ASSESSED');
    expect(done.assessment).toMatchObject({ complete: true, meetsMdaCriteria: true, riskScore: 6, riskLevel: 'HIGH' });
  });

  it('refuses START_MDA_CASE unless all three criteria are met; records another decision with its reason', async () => {
    const vt = await as(VT);
    const saved = await record(reportInput());
    const screened = (
      await vt.ok<{ screenIntakeReport: ReportView }>(SCREEN, {
        i: { reportId: saved.id, expectedVersion: saved.version, crisis: false },
      })
    ).screenIntakeReport;
    const assessed = (
      await vt.ok<{ saveAssessment: ReportView }>(ASSESS, {
        i: fullAssessment(saved.id, screened.version, { helpStagnating: false }),
      })
    ).saveAssessment;
    expect(assessed.assessment.meetsMdaCriteria).toBe(false);
    const casesBefore = await count('case_file');
    const refused = await vt.request(DECIDE, {
      i: {
        reportId: saved.id,
        expectedVersion: assessed.version,
        decision: 'START_MDA_CASE',
        reason: 'Past in de doelgroep',
        profile: 'INTIMATE_TERROR',
        purpose: 'Gezamenlijk plan van aanpak',
      },
    });
    expect(codeOf(refused.errors)).toBe('BAD_USER_INPUT');
    expect(((refused.errors?.[0]?.extensions?.problems ?? []) as { field: string }[]).map((p) => p.field)).toEqual([
      'decision',
    ]);
    expect(await count('case_file')).toBe(casesBefore);
    const decided = (
      await vt.ok<{ decideIntakeReport: ReportView }>(DECIDE, {
        i: {
          reportId: saved.id,
          expectedVersion: assessed.version,
          decision: 'HANDOVER_LOCAL_TEAM',
          reason: 'Wijkteam Zuid kent het gezin en neemt het over.',
        },
      })
    ).decideIntakeReport;
    expect(decided).toMatchObject({ status: 'DECIDED', decision: 'HANDOVER_LOCAL_TEAM', caseId: null });
  });

  it('starts an MDA++ case with the same persons, a team and a draft plan; the team sees the report history but never the reporter', async () => {
    const vt = await as(VT);
    const saved = await record(
      reportInput({
        persons: [
          person('Ilse', 'Brouwer', ['VICTIM']),
          person('Mo', 'Brouwer', ['CHILD'], { dateOfBirth: '2016-05-01' }),
          person('Kees', 'Brouwer', ['PERPETRATOR'], { dateOfBirth: '1982-01-09' }),
        ],
      }),
    );
    const screened = (
      await vt.ok<{ screenIntakeReport: ReportView }>(SCREEN, {
        i: { reportId: saved.id, expectedVersion: saved.version, crisis: false },
      })
    ).screenIntakeReport;
    const assessed = (
      await vt.ok<{ saveAssessment: ReportView }>(ASSESS, { i: fullAssessment(saved.id, screened.version) })
    ).saveAssessment;
    const personsBefore = await count('person');
    const decided = (
      await vt.ok<{ decideIntakeReport: ReportView }>(DECIDE, {
        i: {
          reportId: saved.id,
          expectedVersion: assessed.version,
          decision: 'START_MDA_CASE',
          reason: 'Alle drie de criteria: structureel onveilig, meervoudig, hulp stagneert.',
          profile: 'INTIMATE_TERROR',
          purpose: 'Gezamenlijk plan van aanpak MDA++',
        },
      })
    ).decideIntakeReport;
    expect(decided.status).toBe('DECIDED');
    expect(decided.caseId).not.toBeNull();
    const caseId = decided.caseId!;
    // The same person records, not retyped copies.
    expect(await count('person')).toBe(personsBefore);
    const members = await platform.sql<{ person_id: string; roles: string[] }>(
      'select hm.person_id, hm.roles from household_member hm join case_file c on c.household_id = hm.household_id where c.id = ?',
      [caseId],
    );
    expect(members.map((m) => m.person_id).sort()).toEqual(saved.persons.map((p) => p.personId).sort());
    const team = await platform.sql<{ type: string; legal_basis_kind: string }>(
      'select o.type, m.legal_basis_kind from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = ?',
      [caseId],
    );
    expect(team).toEqual([{ type: 'SAFE_HOME', legal_basis_kind: 'LEGAL_DUTY' }]);
    const plans = await platform.sql<{ status: string }>('select status from plan where case_id = ?', [caseId]);
    expect(plans).toEqual([{ status: 'DRAFT' }]);

    // The household's report history on the case: count, first date, never the reporter.
    const onCase = (
      await vt.ok<{ case: { reportCount: number; firstReportedAt: string; reports: { cbsCategory: string }[] } }>(
        CASE_REPORTS,
        { id: caseId },
      )
    ).case;
    expect(onCase.reportCount).toBe(1);
    expect(onCase.firstReportedAt).toBe(saved.receivedAt);
    // A local team added to the team sees the history, not who reported nor the account.
    const [local] = await platform.sql<{ id: string }>(
      "select id from organisation where name = 'Wijkteam Rotterdam-Zuid'",
    );
    await platform.sql(
      "insert into case_team_membership (id, case_id, organisation_id, legal_basis_kind, legal_basis_article, purpose, valid_from) values (gen_random_uuid(), ?, ?, 'COVENANT', 'Convenant MDA++ art. 7', 'Uitvoering plan van aanpak', current_date)",
      [caseId, local!.id],
    );
    const seen = await (await as(LOCAL)).request(CASE_REPORTS, { id: caseId });
    expect(seen.errors).toBeUndefined();
    expect((seen.data as { case: { reportCount: number } }).case.reportCount).toBe(1);
    const text = JSON.stringify(seen.data);
    expect(text).not.toContain('Wijkmans');
    expect(text).not.toContain('buren hoorden');
    expect(codeOf((await (await as(LOCAL)).request(READ, { id: saved.id })).errors)).toBe('NOT_FOUND');
  });

  it('starting a case is one transaction: a failure after the case leaves no case, no plan, no decision', async () => {
    const vt = await as(VT);
    const saved = await record(reportInput());
    const screened = (
      await vt.ok<{ screenIntakeReport: ReportView }>(SCREEN, {
        i: { reportId: saved.id, expectedVersion: saved.version, crisis: false },
      })
    ).screenIntakeReport;
    const assessed = (
      await vt.ok<{ saveAssessment: ReportView }>(ASSESS, { i: fullAssessment(saved.id, screened.version) })
    ).saveAssessment;
    const before = {
      cases: await count('case_file'),
      plans: await count('plan'),
      members: await count('household_member'),
    };
    // Make the plan insert fail inside the transaction (a trigger standing in for a crash).
    await platform.sql(
      `create or replace function intake_test_fail() returns trigger language plpgsql as $$ begin raise exception 'plan insert refused for test'; end $$`,
    );
    await platform.sql(
      'create trigger intake_test_fail before insert on plan for each row execute function intake_test_fail()',
    );
    try {
      const failed = await vt.request(DECIDE, {
        i: {
          reportId: saved.id,
          expectedVersion: assessed.version,
          decision: 'START_MDA_CASE',
          reason: 'Alle drie de criteria zijn vervuld.',
          profile: 'FAMILY_UNDER_STRESS',
          purpose: 'Gezamenlijk plan van aanpak',
        },
      });
      expect(codeOf(failed.errors)).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await platform.sql('drop trigger intake_test_fail on plan');
    }
    expect({
      cases: await count('case_file'),
      plans: await count('plan'),
      members: await count('household_member'),
    }).toEqual(before);
    const [row] = await platform.sql<{ status: string; case_id: string | null }>(
      'select status, case_id from intake_report where id = ?',
      [saved.id],
    );
    expect(row).toEqual({ status: 'ASSESSED', case_id: null });
  });
});

describe('re-reports and matching', () => {
  it('a second report about a person known by BSN from an earlier closed case is a re-report and shows that case', async () => {
    const known = bsn(31_415_926);
    const earlier = (
      await (
        await as(VT_PROCESS)
      ).ok<{ createCase: { id: string; reference: string } }>(CREATE_CASE, {
        i: {
          municipality: 'SCHIEDAM',
          profile: 'FAMILY_UNDER_STRESS',
          purpose: 'Eerdere casus voor de test',
          legalBasis: { kind: 'COVENANT', article: 'Convenant MDA++ art. 7' },
          members: [
            { firstName: 'Noor', lastName: 'Bakker', dateOfBirth: '1990-02-02', bsn: known, roles: ['VICTIM'] },
          ],
        },
      })
    ).createCase;
    await platform.sql("update case_file set status = 'CLOSED', closed_at = now() where id = ?", [earlier.id]);

    const again = await record(
      reportInput({ persons: [person('N.', 'Bakker-de Wit', ['VICTIM'], { bsn: known, dateOfBirth: '1990-02-02' })] }),
    );
    expect(again.cbsCategory).toBe('RE_REPORT_ONE_KNOWN');
    expect(again.persons[0]).toMatchObject({ matchBasis: 'BSN', firstName: 'Noor', lastName: 'Bakker' });
    expect(again.persons[0]!.knownCases).toEqual([
      { visible: true, caseId: earlier.id, reference: earlier.reference, status: 'CLOSED' },
    ]);

    // A case Veilig Thuis is not on: only that it exists.
    const other = bsn(27_182_818);
    await (
      await as(LOCAL_DIRECTOR)
    ).ok(CREATE_CASE, {
      i: {
        municipality: 'ROTTERDAM',
        profile: 'CHILD_ABUSE',
        purpose: 'Casus van het wijkteam',
        legalBasis: { kind: 'CONSENT', consentDate: '2026-01-05' },
        members: [{ firstName: 'Daan', lastName: 'Smit', dateOfBirth: '1979-11-11', bsn: other, roles: ['VICTIM'] }],
      },
    });
    const third = await record(
      reportInput({
        persons: [
          person('Daan', 'Smit', ['VICTIM'], { bsn: other, dateOfBirth: '1979-11-11' }),
          person('Eva', 'Smit', ['PERPETRATOR']),
        ],
      }),
    );
    expect(third.persons[0]!.knownCases).toEqual([{ visible: false, caseId: null, reference: null, status: 'INTAKE' }]);
    // The case runs (intake): a follow-up report while involved.
    expect(third.cbsCategory).toBe('FOLLOW_UP_AFTER_ASSESSMENT');
  });

  it('offers a name match (diacritics, tussenvoegsel, swapped names) as a candidate, merges nothing until confirmed', async () => {
    const first = await record(
      reportInput({ persons: [person('Zoë', 'van der Linden', ['VICTIM'], { dateOfBirth: '1993-09-30' })] }),
    );
    expect(first.cbsCategory).toBe('FIRST_REPORT');
    const second = await record(
      reportInput({
        persons: [
          person('Linden', 'Zoe', ['VICTIM'], { dateOfBirth: '1993-09-30' }),
          person('Zoe', 'Linden', ['OTHER'], { dateOfBirth: '1993-10-01' }),
        ],
      }),
    );
    // Not merged: its own record, classified as a first report until a professional confirms.
    expect(second.cbsCategory).toBe('FIRST_REPORT');
    expect(second.persons[0]!.matchBasis).toBe('NEW');
    expect(second.persons[0]!.personId).not.toBe(first.persons[0]!.personId);
    expect(second.persons[0]!.candidates.map((c) => c.personId)).toEqual([first.persons[0]!.personId]);
    expect(second.persons[0]!.candidates[0]).toMatchObject({
      firstName: 'Zoë',
      lastName: 'van der Linden',
      reportCount: 1,
    });
    // Another date of birth is no candidate.
    expect(second.persons[1]!.candidates).toEqual([]);

    const vt = await as(VT);
    const provisional = second.persons[0]!.personId;
    const confirmed = (
      await vt.ok<{ confirmMatch: ReportView }>(CONFIRM, {
        i: {
          reportPersonId: second.persons[0]!.id,
          candidatePersonId: first.persons[0]!.personId,
          expectedVersion: second.version,
        },
      })
    ).confirmMatch;
    expect(confirmed.persons[0]).toMatchObject({
      personId: first.persons[0]!.personId,
      matchBasis: 'CONFIRMED',
      earlierReportCount: 1,
    });
    expect(confirmed.cbsCategory).toBe('FOLLOW_UP_DURING_ASSESSMENT');
    expect(await platform.sql('select id from person where id = ?', [provisional])).toEqual([]);
    // Not a candidate any more: confirming a stranger is refused.
    const again = await vt.request(CONFIRM, {
      i: {
        reportPersonId: second.persons[1]!.id,
        candidatePersonId: first.persons[0]!.personId,
        expectedVersion: confirmed.version,
      },
    });
    expect(codeOf(again.errors)).toBe('BAD_USER_INPUT');
  });

  it('a rejected candidate is not offered again', async () => {
    const first = await record(
      reportInput({ persons: [person('Fatma', 'Yılmaz', ['VICTIM'], { dateOfBirth: '1977-04-04' })] }),
    );
    const second = await record(
      reportInput({ persons: [person('Fatma', 'Yilmaz', ['VICTIM'], { dateOfBirth: '1977-04-04' })] }),
    );
    expect(second.persons[0]!.candidates.map((c) => c.personId)).toContain(first.persons[0]!.personId);
    const rejected = (
      await (
        await as(VT)
      ).ok<{ rejectMatch: ReportView }>(REJECT, {
        i: {
          reportPersonId: second.persons[0]!.id,
          candidatePersonId: first.persons[0]!.personId,
          expectedVersion: second.version,
        },
      })
    ).rejectMatch;
    expect(rejected.persons[0]!.candidates.map((c) => c.personId)).not.toContain(first.persons[0]!.personId);
    expect(rejected.persons[0]!.personId).toBe(second.persons[0]!.personId);
  });
});
