import type { EntityManager } from '@mikro-orm/postgresql';
import { asSubject } from '@mda/authz';
import {
  amsterdamDateOf,
  REPORT_SOURCES,
  SAFETY_SCORERS,
  workingDaysBetween,
  type ReportSource,
  type SafetyScorer,
} from '@mda/domain';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { changeOf, deniedOf, readOf } from '../../core/context/request-audit.js';
import { conflict, forbidden, notFound } from '../../core/graphql/errors.js';
import { InputCheck, isUuid, todayInNetherlands } from '../../core/graphql/validation.js';
import { log } from '../../core/log/logger.js';
import { Organisation } from '../identity/organisation.entity.js';
import { User } from '../identity/user.entity.js';
import { Case } from '../cases/case.entity.js';
import { casesWithoutDirector } from '../directors/waiting-list.service.js';
import type { Escalation } from './escalation.entity.js';
import { HouseholdReport } from './household-report.entity.js';
import { raiseFromTrigger, systemAudit } from './escalation-ladder.service.js';
import { triggerSetting } from './escalation-settings.js';
import { SafetyScore } from './safety-score.entity.js';
import { ensureCaseAccess } from '../identity/case-access.service.js';
import { safetyScoresByCase } from './escalation.loaders.js';

const CASE_LABEL = 'Casus / Case';
const RUNNING = ['ACTIVE', 'MONITORING'];

async function caseOnTeam(ctx: RequestContext, em: EntityManager, caseId: string): Promise<Case> {
  const target = isUuid(caseId) ? await em.findOne(Case, { id: caseId }) : null;
  if (!target) throw notFound(CASE_LABEL);
  await ensureCaseAccess(ctx, [target.id], em);
  if (!ctx.ability.can('read', asSubject('Case', { id: target.id }))) {
    ctx.audit?.record(
      deniedOf({ subjectType: 'Case', subjectId: target.id, caseId: target.id, reason: 'NOT_ON_CASE_TEAM' }),
    );
    throw notFound(CASE_LABEL);
  }
  return target;
}

export interface RecordSafetyScoreArgs {
  caseId: string;
  score: number;
  scoredBy: SafetyScorer;
  scoredOn: string;
}

export interface SignalResult<T> {
  record: T;
  /** The escalation this signal raised, or the open one it joined; null when no trigger fired. */
  escalation: Escalation | null;
}

/**
 * Records a safety score (0-10, by the family or the professionals; category PLAN). A score
 * below `SAFETY_SCORE.below`, or one that dropped by at least `SAFETY_SCORE.drop` from the
 * previous score of the same scorer, raises an escalation: one open per case (trigger
 * SAFETY_SCORE); a further low score joins it as a ground (sourceKey `score:<id>`), so
 * repeated low scores do not pile up.
 */
export async function recordSafetyScore(
  ctx: RequestContext,
  args: RecordSafetyScoreArgs,
): Promise<SignalResult<SafetyScore>> {
  const actor = requireActor(ctx);
  return ctx.em.transactional(async (em) => {
    const target = await caseOnTeam(ctx, em, args.caseId);
    if (!ctx.ability.can('create', asSubject('SafetyScore', { id: 'new', caseId: target.id })))
      throw forbidden('een veiligheidsscore vast te leggen in deze casus / record a safety score');
    const today = todayInNetherlands();
    new InputCheck()
      .check(
        Number.isInteger(args.score) && args.score >= 0 && args.score <= 10,
        'score',
        'een heel getal van 0 tot en met 10 / a whole number from 0 to 10',
      )
      .check(SAFETY_SCORERS.includes(args.scoredBy), 'scoredBy', 'FAMILY of PROFESSIONAL')
      .date('scoredOn', args.scoredOn, { min: todayInNetherlands(target.openedAt), max: today, required: true })
      .done();
    if (target.status === 'CLOSED') throw conflict('De casus is gesloten. / The case is closed.');
    const previous = await em.findOne(
      SafetyScore,
      { caseFile: target, scoredBy: args.scoredBy, scoredOn: { $lte: args.scoredOn } },
      { orderBy: { scoredOn: 'desc', createdAt: 'desc' } },
    );
    const score = em.create(SafetyScore, {
      caseFile: target,
      score: args.score,
      scoredBy: args.scoredBy,
      scoredOn: args.scoredOn,
      recordedBy: em.getReference(User, actor.userId),
      recordedByOrganisation: em.getReference(Organisation, actor.organisationId),
    });
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf('CREATE', {
        subjectType: 'SafetyScore',
        subjectId: score.id,
        caseId: target.id,
        fields: ['score', 'scoredBy', 'scoredOn'],
        categories: ['PLAN'],
      }),
    ]);

    const drop = await triggerSetting(em, 'SAFETY_SCORE', 'drop');
    const below = await triggerSetting(em, 'SAFETY_SCORE', 'below');
    const dropped = previous !== null && previous.score - args.score >= drop;
    const low = args.score < below;
    let escalation: Escalation | null = null;
    if ((dropped || low) && RUNNING.includes(target.status)) {
      const who = args.scoredBy === 'FAMILY' ? 'gezin' : 'professionals';
      const reason = [
        dropped
          ? `Veiligheidsscore (${who}) daalde van ${previous.score} naar ${args.score} op ${args.scoredOn}.`
          : null,
        low ? `Veiligheidsscore (${who}) ${args.score} ligt onder de grens van ${below}.` : null,
      ]
        .filter(Boolean)
        .join(' ');
      escalation = (
        await raiseFromTrigger(em, {
          caseId: target.id,
          trigger: 'SAFETY_SCORE',
          // One ground per score; the case's open SAFETY_SCORE escalation collects them.
          sourceKey: `score:${score.id}`,
          reason,
          decisionAsked: 'Bespreek de veiligheid met het casusteam en stel het plan bij (directe veiligheid eerst).',
          audit: async (tx, entries) => ctx.audit?.write(tx, entries),
        })
      ).escalation;
    }
    return { record: score, escalation };
  });
}

export interface RecordHouseholdReportArgs {
  caseId: string;
  receivedOn: string;
  source: ReportSource;
  acute: boolean;
  externalReference?: string | null;
}

/**
 * Veilig Thuis registers that a new report (melding) about the household came in. Only the
 * fact (date, source, acute, its own registration number); the content stays in Veilig
 * Thuis' own system. While the case runs, this raises an escalation (trigger NEW_REPORT,
 * sourceKey = the report id) when `NEW_REPORT.enabled` is 1.
 */
export async function recordHouseholdReport(
  ctx: RequestContext,
  args: RecordHouseholdReportArgs,
): Promise<SignalResult<HouseholdReport>> {
  const actor = requireActor(ctx);
  return ctx.em.transactional(async (em) => {
    const target = await caseOnTeam(ctx, em, args.caseId);
    if (!ctx.ability.can('create', asSubject('HouseholdReport', { id: 'new', caseId: target.id })))
      throw forbidden(
        'een nieuwe melding te registreren (alleen Veilig Thuis) / register a new report (Veilig Thuis only)',
      );
    const check = new InputCheck()
      .date('receivedOn', args.receivedOn, {
        min: todayInNetherlands(target.openedAt),
        max: todayInNetherlands(),
        required: true,
      })
      .check(REPORT_SOURCES.includes(args.source), 'source', `een van ${REPORT_SOURCES.join(', ')}`);
    if (args.externalReference) {
      check
        .text('externalReference', args.externalReference, { max: 50 })
        .check(
          /^[A-Za-z0-9-/]+$/.test(args.externalReference.trim()),
          'externalReference',
          'alleen letters, cijfers, / en - / letters, digits, / and - only',
        );
    }
    check.done();
    if (target.status === 'CLOSED')
      throw conflict('De casus is gesloten; registreer de melding in een nieuwe casus. / The case is closed.');
    const reference = args.externalReference?.trim() || null;
    if (reference && (await em.count(HouseholdReport, { caseFile: target, externalReference: reference })) > 0) {
      throw conflict('Deze melding is al geregistreerd in deze casus. / This report is already registered.');
    }
    const report = em.create(HouseholdReport, {
      caseFile: target,
      receivedOn: args.receivedOn,
      source: args.source,
      acute: args.acute,
      externalReference: reference,
      recordedBy: em.getReference(User, actor.userId),
      recordedByOrganisation: em.getReference(Organisation, actor.organisationId),
    });
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf('CREATE', {
        subjectType: 'HouseholdReport',
        subjectId: report.id,
        caseId: target.id,
        fields: ['receivedOn', 'source', 'acute', 'externalReference'],
      }),
    ]);
    let escalation: Escalation | null = null;
    if (RUNNING.includes(target.status) && (await triggerSetting(em, 'NEW_REPORT', 'enabled')) === 1) {
      escalation = (
        await raiseFromTrigger(em, {
          caseId: target.id,
          trigger: 'NEW_REPORT',
          sourceKey: report.id,
          reason: `Nieuwe melding${args.acute ? ' (acuut)' : ''} over het huishouden ontvangen op ${args.receivedOn} terwijl de casus loopt.`,
          decisionAsked: 'Beoordeel of het plan nog volstaat en of de veiligheid nu extra maatregelen vraagt.',
          audit: async (tx, entries) => ctx.audit?.write(tx, entries),
        })
      ).escalation;
    }
    return { record: report, escalation };
  });
}

/** Safety scores of a case, oldest first (PLAN category: every team member and the case director). */
export async function safetyScoresOf(ctx: RequestContext, caseId: string): Promise<SafetyScore[]> {
  requireActor(ctx);
  await ensureCaseAccess(ctx, [caseId]);
  if (!ctx.ability.can('read', asSubject('SafetyScore', { id: 'any', caseId }))) return [];
  const rows = await safetyScoresByCase(ctx).load(caseId);
  if (rows.length > 0)
    ctx.audit?.record(
      readOf({
        subjectType: 'SafetyScore',
        subjectId: null,
        caseId,
        fields: ['score', 'scoredBy', 'scoredOn'],
        categories: ['PLAN'],
        reason: `results=${rows.length}`,
      }),
    );
  return rows;
}

export interface TriggerRunResult {
  noDirector: number;
  /** Plan actions overdue by PLAN_ACTION_OVERDUE.working_days or more that raised or joined an escalation (ground source key: the action id). */
  overdueActions: number;
  /** Plans not agreed within PLAN_NOT_AGREED.working_days after the first MDO (sourceKey `<plan id>:first-mdo`). */
  planNotAgreed: number;
}

/**
 * The trigger job: a running case without a case director past the norm raises an
 * escalation (trigger NO_DIRECTOR, sourceKey `<case id>:<waiting since>`), once per waiting
 * period even after that escalation is closed. Serialised across instances with an advisory
 * lock; raiseFromTrigger is idempotent besides.
 */
export async function runDirectionTriggers(em: EntityManager, now: Date = new Date()): Promise<TriggerRunResult> {
  return em.fork().transactional(async (tx) => {
    await tx.execute("select pg_advisory_xact_lock(hashtext('mda.direction-triggers'))");
    const norm = await triggerSetting(tx, 'NO_DIRECTOR', 'norm_working_days');
    const today = amsterdamDateOf(now);
    const waiting = await casesWithoutDirector(tx, null);
    const audit = systemAudit(`direction-triggers-${now.toISOString()}`);
    let raised = 0;
    for (const w of waiting) {
      const since = new Date(w.waiting_since);
      const days = workingDaysBetween(amsterdamDateOf(since), today);
      if (days <= norm) continue;
      const sourceKey = `${w.id}:${since.toISOString()}`;
      const [seen] = await tx.execute<{ n: number }[]>(
        "select count(*)::int as n from escalation_ground g join escalation x on x.id = g.escalation_id where x.trigger = 'NO_DIRECTOR' and g.source_key = ?",
        [sourceKey],
      );
      if ((seen?.n ?? 0) > 0) continue;
      const result = await raiseFromTrigger(tx, {
        caseId: w.id,
        trigger: 'NO_DIRECTOR',
        sourceKey,
        reason: `Casus ${w.reference} heeft al ${days} werkdagen geen casusregisseur (norm ${norm} werkdagen).`,
        decisionAsked: 'Wijs een casusregisseur toe en benoem tot dan een contactpersoon voor het gezin.',
        now,
        audit,
      });
      if (result.created || result.joined) raised += 1;
    }
    const overdueActions = await raisePlanActionOverdue(tx, today, now, audit);
    const planNotAgreed = await raisePlanNotAgreed(tx, today, now, audit);
    if (raised + overdueActions + planNotAgreed > 0)
      log.info('direction.triggers', { noDirector: raised, overdueActions, planNotAgreed });
    return { noDirector: raised, overdueActions, planNotAgreed };
  });
}

/**
 * PLAN_ACTION_OVERDUE: an open or running plan action of an active case whose due date lies
 * at least the configured number of working days behind today. Once per action, ever
 * (actions that are already a ground of an escalation are left out in SQL). All overdue
 * actions of a case meet in one open escalation, one ground per action.
 */
async function raisePlanActionOverdue(
  tx: EntityManager,
  today: string,
  now: Date,
  audit: ReturnType<typeof systemAudit>,
): Promise<number> {
  const threshold = await triggerSetting(tx, 'PLAN_ACTION_OVERDUE', 'working_days');
  const actions = await tx.execute<{ id: string; case_id: string; due_on: string; reference: string; owner: string }[]>(
    `select e.id, e.case_id, to_char(e.due_on, 'YYYY-MM-DD') as due_on, c.reference, o.name as owner
       from plan_element e
       join case_file c on c.id = e.case_id and c.status <> 'CLOSED'
       join organisation o on o.id = e.owner_organisation_id
      where e.kind = 'ACTION' and e.status in ('OPEN', 'IN_PROGRESS') and e.due_on < ?::date
        and not exists (select 1 from escalation_ground g join escalation x on x.id = g.escalation_id where x.trigger = 'PLAN_ACTION_OVERDUE' and g.source_key = e.id::text)
      order by e.due_on, e.id`,
    [today],
  );
  let raised = 0;
  for (const a of actions) {
    const days = workingDaysBetween(a.due_on, today);
    if (days < threshold) continue;
    const result = await raiseFromTrigger(tx, {
      caseId: a.case_id,
      trigger: 'PLAN_ACTION_OVERDUE',
      sourceKey: a.id,
      reason: `Een actie van ${a.owner} in het plan van casus ${a.reference} is ${days} werkdagen over de datum (${a.due_on}; drempel ${threshold} werkdagen).`,
      decisionAsked: 'Besluit wie de actie alsnog uitvoert, of hoe het plan wordt aangepast.',
      now,
      audit,
    });
    if (result.created || result.joined) raised += 1;
  }
  return raised;
}

/**
 * PLAN_NOT_AGREED: a plan of an active case that was never agreed, more than the configured
 * number of working days after its first MDO. Once per plan.
 */
async function raisePlanNotAgreed(
  tx: EntityManager,
  today: string,
  now: Date,
  audit: ReturnType<typeof systemAudit>,
): Promise<number> {
  const threshold = await triggerSetting(tx, 'PLAN_NOT_AGREED', 'working_days');
  const plans = await tx.execute<{ id: string; case_id: string; first_meeting_on: string; reference: string }[]>(
    `select p.id, p.case_id, to_char(p.first_meeting_on, 'YYYY-MM-DD') as first_meeting_on, c.reference
       from plan p join case_file c on c.id = p.case_id and c.status <> 'CLOSED'
      where p.first_meeting_on is not null and p.agreed_version_number is null and p.first_meeting_on < ?::date
        and not exists (select 1 from escalation_ground g join escalation x on x.id = g.escalation_id where x.trigger = 'PLAN_NOT_AGREED' and g.source_key = p.id || ':first-mdo')
      order by p.first_meeting_on, p.id`,
    [today],
  );
  let raised = 0;
  for (const p of plans) {
    const days = workingDaysBetween(p.first_meeting_on, today);
    const sourceKey = `${p.id}:first-mdo`;
    if (days <= threshold) continue;
    const result = await raiseFromTrigger(tx, {
      caseId: p.case_id,
      trigger: 'PLAN_NOT_AGREED',
      sourceKey,
      reason: `Het plan van casus ${p.reference} is ${days} werkdagen na het eerste MDO (${p.first_meeting_on}) nog niet vastgesteld (norm ${threshold} werkdagen).`,
      decisionAsked: 'Besluit hoe het plan alsnog wordt vastgesteld, of wie knopen doorhakt.',
      now,
      audit,
    });
    if (result.created || result.joined) raised += 1;
  }
  return raised;
}
