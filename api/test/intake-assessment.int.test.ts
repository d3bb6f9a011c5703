import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NL_TODAY_SQL } from './support/nl-today.js';
import { startPlatform, type Platform } from './support/platform.js';
import { codeOf, loggedInClients } from './support/graphql-client.js';
import {
  VT,
  VT_PROCESS,
  LOCAL,
  LOCAL_DIRECTOR,
  RECORD,
  READ,
  SCREEN,
  ASSESS,
  DECIDE,
  CONFIRM,
  REJECT,
  CREATE_CASE,
  CASE_REPORTS,
  bsn,
  person,
  reportInput,
  type ReportView,
} from './support/intake-fixtures.js';

/**
 * The front door (docs/intake.md): reports in, screened, assessed on a clock of 5 Dutch working
 * days, re-reports found, MDA++ recognised and started as a case in one transaction.
 */

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(async () => {
  await platform?.stop();
});

const as = loggedInClients(() => platform.baseUrl);

const record = async (input: Record<string, unknown>, email = VT) =>
  (await (await as(email)).ok<{ recordIntakeReport: ReportView }>(RECORD, { i: input })).recordIntakeReport;
const count = async (table: string) =>
  (await platform.sql<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;

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
      `insert into case_team_membership (id, case_id, organisation_id, legal_basis_kind, legal_basis_article, purpose, valid_from) values (gen_random_uuid(), ?, ?, 'COVENANT', 'Convenant MDA++ art. 7', 'Uitvoering plan van aanpak', ${NL_TODAY_SQL})`,
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
