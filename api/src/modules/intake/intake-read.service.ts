/** Reading intake reports: the desk, one report, the risk checklist, a case's earlier reports (each disclosure audited). */
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { asSubject, REPORTER_ACCOUNT_FIELDS, REPORTER_IDENTITY_FIELDS } from '@mda/authz';
import {
  amsterdamInstant,
  isAssessmentOverdue,
  isMunicipalityCode,
  meetsMdaCriteria,
  screeningDueAt,
  workingDaysBetween,
} from '@mda/domain';
import type { RequestContext } from '../../core/context/context.js';
import { loaderOf, requireActor } from '../../core/context/context.js';
import { readOf } from '../../core/context/request-audit.js';
import { forbidden, notFound } from '../../core/graphql/errors.js';
import { InputCheck, isUuid, todayInNetherlands } from '../../core/graphql/validation.js';
import { readableCase } from '../cases/case.service.js';
import { regionOfMunicipality } from '../escalations/escalation-settings.js';
import { IntakeReport, IntakeReportPerson } from './intake-report.entity.js';
import { candidatesOf, knownCasesOf, reportCountsOf, type KnownCaseRow } from './intake-match.service.js';
import {
  HouseholdReportSummaryNode,
  IntakePersonNode,
  IntakeReportNode,
  KnownCaseNode,
  MatchCandidateNode,
  RiskChecklistItemNode,
  RiskChecklistNode,
  SafetyAssessmentNode,
} from './intake.type.js';

const REPORT_LABEL = 'Melding / Report';

export const subjectOf = (r: IntakeReport) =>
  asSubject('IntakeReport', { id: r.id, organisationId: r.organisation.id });

export async function checklistOf(em: EntityManager, municipality: string): Promise<RiskChecklistNode> {
  const region = regionOfMunicipality(municipality);
  const items = await em.execute<{ region: string; code: string; label: string; weight: number }[]>(
    `select region, code, label, weight from intake_risk_item
      where region = (case when exists (select 1 from intake_risk_item where region = ?) then ? else '*' end)
      order by position, code`,
    [region, region],
  );
  const thresholds = await em.execute<{ watch_from: number; high_from: number }[]>(
    `select watch_from, high_from from intake_risk_threshold where region in (?, '*') order by (region = '*') limit 1`,
    [region],
  );
  const t = thresholds[0] ?? { watch_from: 1, high_from: 1 };
  return Object.assign(new RiskChecklistNode(), {
    region: items[0]?.region ?? region,
    items: items.map((i) =>
      Object.assign(new RiskChecklistItemNode(), { code: i.code, label: i.label, weight: i.weight }),
    ),
    watchFrom: t.watch_from,
    highFrom: t.high_from,
  });
}

export async function riskChecklist(ctx: RequestContext, municipality: string): Promise<RiskChecklistNode> {
  requireActor(ctx);
  if (!ctx.ability.can('create', 'IntakeReport'))
    throw forbidden('de meldingen van Veilig Thuis in te zien / see the reports of Veilig Thuis');
  new InputCheck()
    .check(isMunicipalityCode(municipality), 'municipality', 'onbekende gemeente / unknown municipality')
    .done();
  return checklistOf(ctx.em, municipality);
}

const knownCaseNode = (k: KnownCaseRow): KnownCaseNode =>
  Object.assign(new KnownCaseNode(), {
    visible: k.visible,
    caseId: k.visible ? k.caseId : null,
    reference: k.visible ? k.reference : null,
    status: k.status,
  });

function assessmentNode(r: IntakeReport): SafetyAssessmentNode {
  return Object.assign(new SafetyAssessmentNode(), {
    complete: r.assessedAt !== null,
    unsafety: r.unsafety,
    structuralUnsafety: r.structuralUnsafety,
    multiProblem: r.multiProblem,
    helpRefused: r.helpRefused,
    helpStagnating: r.helpStagnating,
    problemAreas: r.problemAreas,
    intimateTerrorPerpetratorItems: r.itPerpetratorItems,
    intimateTerrorVictimItems: r.itVictimItems,
    intimateTerrorConclusion: r.itConclusion,
    redFlags: r.redFlags,
    riskScore: r.riskScore,
    riskLevel: r.riskLevel,
    meetsMdaCriteria: mdaMet(r),
    note: r.assessmentNote,
    assessedAt: r.assessedAt,
  });
}

export function mdaMet(r: IntakeReport): boolean {
  return meetsMdaCriteria({
    structuralUnsafety: r.structuralUnsafety === true,
    multiProblem: r.multiProblem === true,
    helpStagnating: r.helpStagnating === true || r.helpRefused === true,
  });
}

/**
 * The reports as this viewer may see them, with persons, matches and clocks, built with one
 * batch of queries for all of them; every report read is audited (reporter fields named only
 * when disclosed).
 */
export async function nodesOf(
  ctx: RequestContext,
  reports: IntakeReport[],
  now: Date = new Date(),
): Promise<IntakeReportNode[]> {
  const actor = requireActor(ctx);
  if (reports.length === 0) return [];
  const today = todayInNetherlands(now);
  const links = await ctx.em.find(
    IntakeReportPerson,
    { report: { $in: reports.map((r) => r.id) } },
    { populate: ['person'], orderBy: { position: 'asc' } },
  );
  const personIds = [...new Set(links.map((l) => l.person.id))];
  const candidates = await candidatesOf(
    ctx.em,
    links.map((l) => l.id),
  );
  const candidateIds = [...new Set(candidates.map((c) => c.personId))];
  const [known, counts] = await Promise.all([
    knownCasesOf(ctx.em, actor, today, [...personIds, ...candidateIds]),
    reportCountsOf(ctx.em, [...personIds, ...candidateIds], null),
  ]);
  const casesOf = (personId: string) => known.filter((k) => k.personId === personId).map(knownCaseNode);

  return reports.map((r) => {
    const subject = subjectOf(r);
    const redacted = [...REPORTER_IDENTITY_FIELDS, ...REPORTER_ACCOUNT_FIELDS].filter(
      (f) => !ctx.ability.can('read', subject, f),
    );
    const shown = (f: string, v: string | null) => (redacted.includes(f) ? null : v);
    const mine = links.filter((l) => l.report.id === r.id);
    const persons = mine.map((l) =>
      Object.assign(new IntakePersonNode(), {
        id: l.id,
        personId: l.person.id,
        firstName: l.person.firstName,
        lastName: l.person.lastName,
        dateOfBirth: l.person.dateOfBirth,
        hasBsn: l.person.bsnHash !== null,
        roles: l.roles,
        matchBasis: l.matchBasis,
        // This report itself names the person once.
        earlierReportCount: Math.max(0, (counts.get(l.person.id) ?? 0) - 1),
        knownCases: casesOf(l.person.id),
        candidates: candidates
          .filter((c) => c.reportPersonId === l.id)
          .map((c) =>
            Object.assign(new MatchCandidateNode(), {
              ...c,
              reportCount: counts.get(c.personId) ?? 0,
              knownCases: casesOf(c.personId),
            }),
          ),
      }),
    );
    const disclosedReporter = [...REPORTER_IDENTITY_FIELDS, ...REPORTER_ACCOUNT_FIELDS].filter(
      (f) => !redacted.includes(f),
    );
    ctx.audit?.record(
      readOf({
        subjectType: 'IntakeReport',
        subjectId: r.id,
        caseId: r.caseFile?.id ?? null,
        dataSubjectIds: [
          ...new Set([
            ...persons.map((p) => p.personId),
            ...persons.flatMap((p) => p.candidates.map((c) => c.personId)),
          ]),
        ],
        fields: ['violenceNatures', 'injury', 'persons', ...disclosedReporter],
        categories: [
          'IDENTITY',
          ...(disclosedReporter.some((f) => REPORTER_IDENTITY_FIELDS.includes(f)) ? ['REPORTER_IDENTITY'] : []),
          ...(disclosedReporter.some((f) => REPORTER_ACCOUNT_FIELDS.includes(f)) ? ['REPORTER_ACCOUNT'] : []),
        ],
      }),
    );
    const open = r.status !== 'DECIDED' && r.status !== 'ADVICE_GIVEN' && r.assessedAt === null;
    const daysLeft =
      today <= r.assessmentDueOn
        ? workingDaysBetween(today, r.assessmentDueOn)
        : -workingDaysBetween(r.assessmentDueOn, today);
    return Object.assign(new IntakeReportNode(), {
      id: r.id,
      kind: r.kind,
      receivedAt: r.receivedAt,
      municipality: r.municipality,
      reporterKind: r.reporterKind,
      reporterName: shown('reporterName', r.reporterName),
      reporterContact: shown('reporterContact', r.reporterContact),
      reporterAccount: shown('reporterAccount', r.reporterAccount),
      violenceNatures: r.violenceNatures,
      injury: r.injury,
      adviceTopic: r.adviceTopic,
      adviceGiven: r.adviceGiven,
      status: r.status,
      crisis: r.crisis,
      screenedAt: r.screenedAt,
      screeningDueAt: screeningDueAt(r.receivedAt),
      screeningOverdue:
        r.kind === 'REPORT' && r.screenedAt === null && now.getTime() > screeningDueAt(r.receivedAt).getTime(),
      assessmentDueOn: r.assessmentDueOn,
      assessmentOverdue: r.kind === 'REPORT' && open && isAssessmentOverdue(r.assessmentDueOn, today),
      workingDaysLeft: daysLeft,
      assessment: assessmentNode(r),
      decision: r.decision,
      decisionReason: r.decisionReason,
      decidedAt: r.decidedAt,
      caseId: r.caseFile?.id ?? null,
      cbsCategory: r.cbsCategory,
      persons,
      redactedFields: redacted,
      version: r.version,
    });
  });
}

/** A report this viewer may read; anything else answers like a missing one. */
export async function readableReport(
  ctx: RequestContext,
  id: string,
  em: EntityManager = ctx.em,
  lock = false,
): Promise<IntakeReport> {
  requireActor(ctx);
  if (!isUuid(id)) throw notFound(REPORT_LABEL);
  const found = await em.findOne(
    IntakeReport,
    { id },
    lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {},
  );
  if (!found || !ctx.ability.can('read', subjectOf(found))) throw notFound(REPORT_LABEL);
  return found;
}

export async function intakeReport(ctx: RequestContext, id: string): Promise<IntakeReportNode> {
  const found = await readableReport(ctx, id);
  const [node] = await nodesOf(ctx, [found]);
  return node!;
}

/**
 * The intake desk: every open report and advice request of the viewer's Veilig Thuis plus what
 * came in today; crisis first, then overdue, then by due date.
 */
export async function intakeDesk(ctx: RequestContext, now: Date = new Date()): Promise<IntakeReportNode[]> {
  const actor = requireActor(ctx);
  if (!ctx.ability.can('create', 'IntakeReport'))
    throw forbidden('de meldingen van Veilig Thuis in te zien / see the reports of Veilig Thuis');
  const today = todayInNetherlands(now);
  const startOfToday = amsterdamInstant(today, { hours: 0, minutes: 0 });
  const rows = await ctx.em.find(
    IntakeReport,
    {
      organisation: actor.organisationId,
      $or: [{ status: { $in: ['RECEIVED', 'SCREENED', 'ASSESSED'] } }, { receivedAt: { $gte: startOfToday } }],
    },
    { orderBy: { receivedAt: 'asc', id: 'asc' }, limit: 500 },
  );
  const visible = rows.filter((r) => ctx.ability.can('read', subjectOf(r)));
  const nodes = await nodesOf(ctx, visible, now);
  const rank = (n: IntakeReportNode) =>
    n.crisis === true && n.status !== 'DECIDED'
      ? 0
      : n.assessmentOverdue
        ? 1
        : n.screeningOverdue
          ? 2
          : n.status === 'DECIDED' || n.status === 'ADVICE_GIVEN'
            ? 4
            : 3;
  return nodes.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.assessmentDueOn.localeCompare(b.assessmentDueOn) ||
      a.receivedAt.getTime() - b.receivedAt.getTime(),
  );
}

// ---- writing ----------------------------------------------------------------------------

/** Reports about a case's household (its persons named in a report, or the report that started it). */
export function householdReports(ctx: RequestContext, caseId: string): Promise<HouseholdReportSummaryNode[]> {
  // One read per case and request, shared by reports, reportCount and firstReportedAt.
  const cache = loaderOf(
    ctx,
    'intake.householdReports',
    () => new Map<string, Promise<HouseholdReportSummaryNode[]>>(),
  );
  let pending = cache.get(caseId);
  if (!pending) {
    pending = loadHouseholdReports(ctx, caseId);
    cache.set(caseId, pending);
  }
  return pending;
}

async function loadHouseholdReports(ctx: RequestContext, caseId: string): Promise<HouseholdReportSummaryNode[]> {
  const found = await readableCase(ctx, caseId);
  const rows = await ctx.em.execute<
    { received_at: Date; kind: string; reporter_kind: string; cbs_category: string; crisis: boolean | null }[]
  >(
    `select r.received_at, r.kind, r.reporter_kind, r.cbs_category, r.crisis from intake_report r
      where r.case_id = ?
         or exists (select 1 from intake_report_person rp join household_member hm on hm.person_id = rp.person_id
                     where rp.report_id = r.id and hm.household_id = ?)
      order by r.received_at, r.id`,
    [found.id, found.household.id],
  );
  ctx.audit?.record(
    readOf({
      subjectType: 'HouseholdReportSummary',
      subjectId: null,
      caseId: found.id,
      fields: ['receivedAt', 'kind', 'reporterKind', 'cbsCategory', 'crisis'],
      reason: `results=${rows.length}`,
    }),
  );
  return rows.map((r) =>
    Object.assign(new HouseholdReportSummaryNode(), {
      receivedAt: new Date(r.received_at),
      kind: r.kind,
      reporterKind: r.reporter_kind,
      cbsCategory: r.cbs_category,
      crisis: r.crisis,
    }),
  );
}
