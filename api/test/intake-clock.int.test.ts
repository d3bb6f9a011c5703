import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { amsterdamInstant } from '@mda/domain';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient } from './support/graphql-client.js';

/**
 * The Christmas clock on the intake desk (docs/intake.md), with the platform's clock set to the
 * days that matter: only `Date` is faked (timers and I/O run normally), and the API runs in this
 * process, so the server lives on the same days as the test.
 */
const VT = 'veiligthuis@demo.mda.test';
const RECORD = `mutation ($i: RecordIntakeReportInput!) { recordIntakeReport(input: $i) { id assessmentDueOn assessmentOverdue } }`;
const DESK = `{ intakeDesk { id assessmentDueOn assessmentOverdue workingDaysLeft } }`;

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterEach(() => {
  vi.useRealTimers();
});
afterAll(async () => {
  await platform?.stop();
});

/** Logs in on the faked day (a session is valid from the moment it is made). */
async function vtOn(instant: Date): Promise<ApiClient> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(instant);
  return new ApiClient(platform.baseUrl).loginAs(VT);
}

interface DeskRow {
  id: string;
  assessmentDueOn: string;
  assessmentOverdue: boolean;
  workingDaysLeft: number;
}

describe('the assessment clock over Christmas', () => {
  it('a report received Thursday 24 December 2026 is due Monday 4 January 2027 and shown overdue on the desk from the 5th', async () => {
    const received = amsterdamInstant('2026-12-24', { hours: 14, minutes: 30 });
    const onChristmasEve = await vtOn(amsterdamInstant('2026-12-24', { hours: 15, minutes: 0 }));
    const saved = (
      await onChristmasEve.ok<{
        recordIntakeReport: { id: string; assessmentDueOn: string; assessmentOverdue: boolean };
      }>(RECORD, {
        i: {
          kind: 'REPORT',
          receivedAt: received.toISOString(),
          municipality: 'VLAARDINGEN',
          reporterKind: 'PROFESSIONAL',
          reporterName: 'Huisarts (test)',
          reporterAccount: 'Zorgen om blauwe plekken bij de moeder.',
          violenceNatures: ['PHYSICAL'],
          injury: true,
          persons: [{ firstName: 'Ilse', lastName: 'Kerstens', dateOfBirth: '1991-06-06', roles: ['VICTIM'] }],
        },
      })
    ).recordIntakeReport;
    expect(saved).toEqual({ id: saved.id, assessmentDueOn: '2027-01-04', assessmentOverdue: false });

    const rowOn = async (instant: Date): Promise<DeskRow | undefined> =>
      (await (await vtOn(instant)).ok<{ intakeDesk: DeskRow[] }>(DESK)).intakeDesk.find((r) => r.id === saved.id);
    const reads = async () =>
      (
        await platform.sql<{ n: number }>(
          "select count(*)::int as n from audit.event where subject_type = 'IntakeReport' and subject_id = ? and action = 'READ'",
          [saved.id],
        )
      )[0]!.n;

    // Between Christmas and New Year: 28, 29, 30, 31 December and 4 January are left.
    expect(await rowOn(amsterdamInstant('2026-12-28', { hours: 9, minutes: 0 }))).toMatchObject({
      assessmentOverdue: false,
      workingDaysLeft: 4,
    });
    // On the due day itself (late in the afternoon): not yet overdue.
    expect(await rowOn(amsterdamInstant('2027-01-04', { hours: 17, minutes: 30 }))).toMatchObject({
      assessmentDueOn: '2027-01-04',
      assessmentOverdue: false,
      workingDaysLeft: 0,
    });
    // From Tuesday 5 January on, overdue; and the desk's read of it is in the audit trail.
    const before = await reads();
    expect(await rowOn(amsterdamInstant('2027-01-05', { hours: 8, minutes: 0 }))).toMatchObject({
      assessmentOverdue: true,
      workingDaysLeft: -1,
    });
    expect(await reads()).toBe(before + 1);
  });
});
