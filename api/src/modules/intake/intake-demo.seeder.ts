import type { EntityManager } from '@mikro-orm/postgresql';
import { addWorkingDays, amsterdamDateOf, amsterdamInstant, assessmentDueOn, type ReporterKind } from '@mda/domain';
import type { Case } from '../cases/case.entity.js';
import { HouseholdMember } from '../cases/household-member.entity.js';
import type { Organisation } from '../identity/organisation.entity.js';
import type { User } from '../identity/user.entity.js';
import { IntakeReport, IntakeReportPerson } from './intake-report.entity.js';
import { classifyReportIn } from './intake-match.service.js';
import { demoNeed, type DemoSeedContext } from '../demo/demo.seeder.js';

interface DemoReport {
  caseStatus: Case['status'];
  /** Working days before today it came in (0 = today), and the hour. */
  workingDaysAgo: number;
  hour: number;
  reporterKind: ReporterKind;
  violenceNatures: string[];
  stage: 'RECEIVED' | 'CRISIS' | 'SCREENED' | 'DRAFT' | 'DECIDED';
}

/** Synthetic reports about demo households: a crisis, an overdue one, today's, a draft, a decided one. */
const DEMO_REPORTS: DemoReport[] = [
  {
    caseStatus: 'CLOSED',
    workingDaysAgo: 25,
    hour: 9,
    reporterKind: 'PROFESSIONAL',
    violenceNatures: ['PSYCHOLOGICAL', 'CHILD_ABUSE'],
    stage: 'DECIDED',
  },
  {
    caseStatus: 'MONITORING',
    workingDaysAgo: 8,
    hour: 14,
    reporterKind: 'POLICE',
    violenceNatures: ['PHYSICAL', 'VIOLENT_THREATS'],
    stage: 'SCREENED',
  },
  {
    caseStatus: 'ACTIVE',
    workingDaysAgo: 2,
    hour: 11,
    reporterKind: 'ANONYMOUS',
    violenceNatures: ['COERCIVE_CONTROL', 'JEALOUSY'],
    stage: 'DRAFT',
  },
  {
    caseStatus: 'ACTIVE',
    workingDaysAgo: 0,
    hour: 7,
    reporterKind: 'POLICE',
    violenceNatures: ['ATTEMPTED_STRANGULATION', 'SERIOUS_PHYSICAL'],
    stage: 'CRISIS',
  },
  {
    caseStatus: 'CLOSED',
    workingDaysAgo: 0,
    hour: 8,
    reporterKind: 'CITIZEN',
    violenceNatures: ['PSYCHOLOGICAL', 'WITNESSING'],
    stage: 'RECEIVED',
  },
];

function workingDaysBack(today: string, n: number): string {
  let day = today;
  let left = n;
  while (left > 0) {
    const d = new Date(`${day}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    day = d.toISOString().slice(0, 10);
    if (addWorkingDays(day, 0) === day) left -= 1;
  }
  return day;
}

/** Seeds the intake demo in the demo seed's transaction (after the cases). */
export async function seedDemoIntake(
  tx: EntityManager,
  ctx: { cases: readonly Case[]; veiligThuis: Organisation; professional: User; now?: Date },
): Promise<number> {
  const now = ctx.now ?? new Date();
  const today = amsterdamDateOf(now);
  const used = new Set<string>();
  let seeded = 0;
  for (const [i, r] of DEMO_REPORTS.entries()) {
    const target = [...ctx.cases]
      .sort((a, b) => a.reference.localeCompare(b.reference))
      .find((c) => c.status === r.caseStatus && !used.has(c.id));
    if (!target) continue;
    used.add(target.id);
    const day = workingDaysBack(today, r.workingDaysAgo);
    let receivedAt = amsterdamInstant(day, { hours: r.hour, minutes: 10 + i });
    if (receivedAt.getTime() > now.getTime()) receivedAt = new Date(now.getTime() - (i + 1) * 60_000);
    const members = await tx.find(HouseholdMember, { household: target.household.id }, { orderBy: { id: 'asc' } });
    const report = tx.create(IntakeReport, {
      kind: 'REPORT',
      receivedAt,
      municipality: target.municipality,
      reporterKind: r.reporterKind,
      reporterName:
        r.reporterKind === 'ANONYMOUS' ? null : r.reporterKind === 'POLICE' ? 'Basisteam (demo)' : 'Melder (demo)',
      reporterContact: null,
      reporterAccount: 'Fictief relaas voor de demo: zorgen over de veiligheid in het gezin.',
      violenceNatures: r.violenceNatures,
      injury: r.stage === 'CRISIS',
      assessmentDueOn: assessmentDueOn(receivedAt),
      cbsCategory: 'FIRST_REPORT',
      recordedBy: ctx.professional,
      organisation: ctx.veiligThuis,
    });
    members.forEach((m, position) =>
      tx.create(IntakeReportPerson, { report, person: m.person, position, roles: [...m.roles], matchBasis: 'BSN' }),
    );
    if (r.stage !== 'RECEIVED') {
      report.screenedAt = new Date(
        receivedAt.getTime() + 2 * 3_600_000 > now.getTime() ? now.getTime() : receivedAt.getTime() + 2 * 3_600_000,
      );
      report.screenedBy = ctx.professional;
      report.crisis = r.stage === 'CRISIS';
      report.status = 'SCREENED';
    }
    if (r.stage === 'DRAFT')
      Object.assign(report, { unsafety: 'STRUCTURAL', structuralUnsafety: true, multiProblem: true });
    if (r.stage === 'DECIDED') {
      Object.assign(report, {
        unsafety: 'STRUCTURAL',
        structuralUnsafety: true,
        multiProblem: false,
        helpRefused: false,
        helpStagnating: false,
        itConclusion: 'NO',
        assessedAt: report.screenedAt,
        assessedBy: ctx.professional,
        status: 'DECIDED',
        decision: 'HANDOVER_LOCAL_TEAM',
        decisionReason: 'Het wijkteam kent het gezin en pakt de hulp op (demo).',
        decidedAt: report.screenedAt,
        decidedBy: ctx.professional,
      });
    }
    await tx.flush();
    report.cbsCategory = await classifyReportIn(
      tx,
      report.id,
      members.map((m) => m.person.id),
    );
    await tx.flush();
    seeded += 1;
  }
  return seeded;
}

/** The front door: a few reports about demo households at Veilig Thuis (docs/intake.md). */
export async function seedIntakeDemo(tx: EntityManager, ctx: DemoSeedContext): Promise<void> {
  const veiligThuis = ctx.data.organisations.find((o) => o.type === 'SAFE_HOME');
  const vtProfessional = ctx.data.users.find(
    (u) => u.organisationKey === veiligThuis?.key && u.roles.includes('PROFESSIONAL'),
  );
  if (!veiligThuis || !vtProfessional) return;
  await seedDemoIntake(tx, {
    cases: [...ctx.cases.values()],
    veiligThuis: demoNeed(ctx.organisations.get(veiligThuis.key), 'organisation'),
    professional: demoNeed(ctx.users.get(vtProfessional.email), 'user'),
  });
}
