import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays, amsterdamDateOf, amsterdamInstant, isWorkingDay } from '@mda/domain';
import { startPlatform, type Platform } from './support/platform.js';
import { codeOf, loggedInClients } from './support/graphql-client.js';
import {
  VT,
  VT_PROCESS,
  LOCAL,
  LOCAL_DIRECTOR,
  POLICE,
  RECORD,
  READ,
  DESK,
  SCREEN,
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
