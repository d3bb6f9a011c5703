import type { EntityManager } from '@mikro-orm/postgresql';
import { CASEWORK_ROLES } from '@mda/authz';
import {
  amsterdamDateOf,
  assessmentDueOn,
  INTIMATE_TERROR_PERPETRATOR_ITEMS,
  INTIMATE_TERROR_VICTIM_ITEMS,
  PROBLEM_AREAS,
  riskScore,
  type RiskChecklist,
} from '@mda/domain';
import type { RequestContext } from '../../core/context/context.js';
import { refreshAbility, requireActor } from '../../core/context/context.js';
import { changeOf } from '../../core/context/request-audit.js';
import { conflict, forbidden } from '../../core/graphql/errors.js';
import { InputCheck } from '../../core/graphql/validation.js';
import { log } from '../../core/log/logger.js';
import { User } from '../identity/user.entity.js';
import { Organisation } from '../identity/organisation.entity.js';
import { Person } from '../cases/person.entity.js';
import { bsnHash, openCaseIn } from '../cases/case.service.js';
import { ensurePlanIn } from '../plans/plan.service.js';
import { notify } from '../notifications/notification.service.js';
import { IntakeReport, IntakeReportPerson } from './intake-report.entity.js';
import type {
  DecideIntakeReportInput,
  RecordIntakeReportInput,
  SaveAssessmentInput,
  ScreenIntakeReportInput,
} from './intake.inputs.js';
import { classifyReportIn, personIdByBsnHash, pgArray } from './intake-match.service.js';
import { type IntakeReportNode } from './intake.type.js';
import { checkCodes, validateRecord } from './intake-validation.js';
import { lockedReport } from './intake-lock.js';
import { checklistOf, intakeReport, mdaMet } from './intake-read.service.js';

export { householdReports, intakeDesk, intakeReport, riskChecklist } from './intake-read.service.js';
export { confirmMatch, rejectMatch } from './intake-match-resolution.service.js';

/** The legal basis of Veilig Thuis' own membership of a case it starts from a report. */
const VT_LEGAL_DUTY = 'Wmo 2015 art. 4.1.1 lid 2 en 5.2.6 (taken en gegevensverwerking Veilig Thuis)';

// ---- reading ----------------------------------------------------------------------------

/** The crisis team: casework users of the receiving Veilig Thuis. */
async function notifyCrisis(em: EntityManager, organisationId: string, report: IntakeReport): Promise<void> {
  const users = await em.execute<{ id: string }[]>(
    `select id from app_user where organisation_id = ? and active and roles && ?::text[]`,
    [organisationId, pgArray(CASEWORK_ROLES)],
  );
  const received = amsterdamDateOf(report.receivedAt);
  await notify(em, {
    recipientIds: users.map((u) => u.id),
    kind: 'INTAKE_CRISIS',
    caseId: null,
    message: `Crisismelding (acute onveiligheid) ontvangen op ${received}: direct oppakken. / Crisis report received: act at once.`,
  });
}

export async function recordIntakeReport(
  ctx: RequestContext,
  input: RecordIntakeReportInput,
): Promise<IntakeReportNode> {
  const actor = requireActor(ctx);
  if (!ctx.ability.can('create', 'IntakeReport'))
    throw forbidden('een melding of adviesvraag vast te leggen / record a report or advice request');
  const now = new Date();
  validateRecord(input, now);
  const saved = await ctx.em.transactional(async (em) => {
    const user = em.getReference(User, actor.userId);
    const anonymous = input.reporterKind === 'ANONYMOUS';
    const report = em.create(IntakeReport, {
      kind: input.kind,
      receivedAt: input.receivedAt,
      municipality: input.municipality,
      reporterKind: input.reporterKind,
      reporterName: anonymous ? null : input.reporterName?.trim() || null,
      reporterContact: anonymous ? null : input.reporterContact?.trim() || null,
      reporterAccount: input.reporterAccount?.trim() || null,
      violenceNatures: [...input.violenceNatures],
      injury: input.injury,
      adviceTopic: input.adviceTopic?.trim() || null,
      adviceGiven: input.adviceGiven?.trim() || null,
      status: input.kind === 'ADVICE_REQUEST' && input.adviceGiven?.trim() ? 'ADVICE_GIVEN' : 'RECEIVED',
      assessmentDueOn: assessmentDueOn(input.receivedAt),
      cbsCategory: 'FIRST_REPORT',
      recordedBy: user,
      organisation: em.getReference(Organisation, actor.organisationId),
    });
    if (input.acuteUnsafety) {
      report.screenedAt = now;
      report.screenedBy = user;
      report.crisis = true;
      report.status = 'SCREENED';
    }
    const created: Person[] = [];
    const links: IntakeReportPerson[] = [];
    for (const [position, p] of input.persons.entries()) {
      const hash = p.bsn ? bsnHash(ctx.config.bsnKey, p.bsn) : null;
      const existingId = hash ? await personIdByBsnHash(em, hash) : null;
      let person: Person;
      if (existingId) person = em.getReference(Person, existingId);
      else {
        person = em.create(Person, {
          firstName: p.firstName.trim(),
          lastName: p.lastName.trim(),
          dateOfBirth: p.dateOfBirth ?? null,
          bsnHash: hash,
        });
        created.push(person);
      }
      links.push(
        em.create(IntakeReportPerson, {
          report,
          person,
          position,
          roles: [...p.roles],
          matchBasis: existingId ? 'BSN' : 'NEW',
        }),
      );
    }
    await em.flush();
    report.cbsCategory = await classifyReportIn(
      em,
      report.id,
      links.map((l) => l.person.id),
    );
    if (report.crisis) await notifyCrisis(em, actor.organisationId, report);
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf('CREATE', {
        subjectType: 'IntakeReport',
        subjectId: report.id,
        caseId: null,
        dataSubjectIds: links.map((l) => l.person.id),
        fields: [
          'kind',
          'receivedAt',
          'reporterKind',
          'violenceNatures',
          'injury',
          'persons',
          ...(report.reporterName ? ['reporterName'] : []),
          ...(report.reporterContact ? ['reporterContact'] : []),
          ...(report.reporterAccount ? ['reporterAccount'] : []),
        ],
        categories: [
          'IDENTITY',
          ...(report.reporterName || report.reporterContact ? ['REPORTER_IDENTITY'] : []),
          ...(report.reporterAccount ? ['REPORTER_ACCOUNT'] : []),
        ],
        reason: report.crisis ? 'CRISIS' : null,
      }),
      ...created.map((p) =>
        changeOf('CREATE', {
          subjectType: 'Person',
          subjectId: p.id,
          caseId: null,
          dataSubjectIds: [p.id],
          fields: ['firstName', 'lastName', ...(p.dateOfBirth ? ['dateOfBirth'] : []), ...(p.bsnHash ? ['bsn'] : [])],
          categories: ['IDENTITY'],
          reason: 'INTAKE_REPORT',
        }),
      ),
    ]);
    log.info('intake.recorded', {
      requestId: ctx.requestId,
      reportId: report.id,
      kind: report.kind,
      crisis: report.crisis === true,
    });
    return report;
  });
  return intakeReport(ctx, saved.id);
}

export async function screenIntakeReport(
  ctx: RequestContext,
  input: ScreenIntakeReportInput,
): Promise<IntakeReportNode> {
  const actor = requireActor(ctx);
  await ctx.em.transactional(async (em) => {
    const report = await lockedReport(ctx, em, input.reportId, input.expectedVersion, 'update');
    new InputCheck().text('note', input.note, { max: 2000, required: false }).done();
    if (report.kind !== 'REPORT')
      throw conflict('Een adviesvraag wordt niet gescreend. / An advice request is not screened.');
    if (report.screenedAt !== null)
      throw conflict('Deze melding is al gescreend. / This report was already screened.', {
        currentStatus: report.status,
      });
    report.screenedAt = new Date();
    report.screenedBy = em.getReference(User, actor.userId);
    report.crisis = input.crisis;
    report.screeningNote = input.note?.trim() || null;
    report.status = 'SCREENED';
    await em.flush();
    if (input.crisis) await notifyCrisis(em, actor.organisationId, report);
    await ctx.audit?.write(em, [
      changeOf('UPDATE', {
        subjectType: 'IntakeReport',
        subjectId: report.id,
        caseId: null,
        fields: ['crisis', 'screenedAt', 'screeningNote'],
        reason: input.crisis ? 'SCREENED_CRISIS' : 'SCREENED',
      }),
    ]);
  });
  return intakeReport(ctx, input.reportId);
}

export async function saveAssessment(ctx: RequestContext, input: SaveAssessmentInput): Promise<IntakeReportNode> {
  const actor = requireActor(ctx);
  await ctx.em.transactional(async (em) => {
    const report = await lockedReport(ctx, em, input.reportId, input.expectedVersion, 'update');
    if (report.screenedAt === null)
      throw conflict('Screen de melding eerst (binnen 24 uur). / Screen the report first.', {
        currentStatus: report.status,
      });
    const checklist = await checklistOf(em, report.municipality);
    const check = new InputCheck();
    checkCodes(check, 'problemAreas', input.problemAreas, PROBLEM_AREAS, 'problematiek');
    checkCodes(
      check,
      'intimateTerrorPerpetratorItems',
      input.intimateTerrorPerpetratorItems,
      INTIMATE_TERROR_PERPETRATOR_ITEMS,
      'kenmerk van de pleger',
    );
    checkCodes(
      check,
      'intimateTerrorVictimItems',
      input.intimateTerrorVictimItems,
      INTIMATE_TERROR_VICTIM_ITEMS,
      'kenmerk van het slachtoffer',
    );
    checkCodes(
      check,
      'redFlags',
      input.redFlags,
      checklist.items.map((i) => i.code),
      'rode vlag',
    );
    check.text('note', input.note, { max: 4000, required: false });
    if (input.complete) {
      const answered = (field: string, v: unknown) =>
        check.check(
          v !== null && v !== undefined,
          field,
          'is verplicht voor een afgeronde beoordeling / required to complete the assessment',
        );
      answered('unsafety', input.unsafety);
      answered('structuralUnsafety', input.structuralUnsafety);
      answered('multiProblem', input.multiProblem);
      answered('helpRefused', input.helpRefused);
      answered('helpStagnating', input.helpStagnating);
      answered('intimateTerrorConclusion', input.intimateTerrorConclusion);
      if (input.multiProblem === true)
        check.check(
          input.problemAreas.length >= 2,
          'problemAreas',
          'noem bij meervoudige problematiek minstens twee problemen / name at least two problems',
        );
      if (input.structuralUnsafety === true && input.unsafety === 'NONE')
        check.add('unsafety', 'structurele onveiligheid is aangetoond / structural unsafety was shown');
    }
    check.done();
    const scored =
      input.redFlags.length > 0
        ? riskScore(
            {
              items: checklist.items,
              watchFrom: checklist.watchFrom,
              highFrom: checklist.highFrom,
            } satisfies RiskChecklist,
            input.redFlags,
          )
        : null;
    Object.assign(report, {
      unsafety: input.unsafety ?? null,
      structuralUnsafety: input.structuralUnsafety ?? null,
      multiProblem: input.multiProblem ?? null,
      helpRefused: input.helpRefused ?? null,
      helpStagnating: input.helpStagnating ?? null,
      problemAreas: [...input.problemAreas],
      itPerpetratorItems: [...input.intimateTerrorPerpetratorItems],
      itVictimItems: [...input.intimateTerrorVictimItems],
      itConclusion: input.intimateTerrorConclusion ?? null,
      redFlags: [...input.redFlags],
      riskScore: scored?.score ?? null,
      riskLevel: scored?.level ?? null,
      assessmentNote: input.note?.trim() || null,
      assessedAt: input.complete ? new Date() : null,
      assessedBy: input.complete ? em.getReference(User, actor.userId) : null,
      status: input.complete ? 'ASSESSED' : 'SCREENED',
    });
    report.updatedAt = new Date();
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf('UPDATE', {
        subjectType: 'IntakeReport',
        subjectId: report.id,
        caseId: null,
        fields: ['assessment'],
        reason: input.complete ? 'ASSESSMENT_COMPLETED' : 'ASSESSMENT_DRAFT',
      }),
    ]);
  });
  return intakeReport(ctx, input.reportId);
}

export async function decideIntakeReport(
  ctx: RequestContext,
  input: DecideIntakeReportInput,
): Promise<IntakeReportNode> {
  const actor = requireActor(ctx);
  let startedCase = false;
  await ctx.em.transactional(async (em) => {
    const report = await lockedReport(ctx, em, input.reportId, input.expectedVersion, 'decide');
    if (report.kind !== 'REPORT')
      throw conflict('Over een adviesvraag wordt niet zo besloten. / An advice request has no such decision.');
    if (report.status !== 'ASSESSED')
      throw conflict('Rond eerst de veiligheidsbeoordeling af. / Complete the safety assessment first.', {
        currentStatus: report.status,
      });
    const check = new InputCheck();
    check.text('reason', input.reason, { min: 5, max: 2000 });
    const start = input.decision === 'START_MDA_CASE';
    if (start) {
      check.check(
        mdaMet(report),
        'decision',
        'een MDA++-casus vraagt dat alle drie de criteria met ja zijn beantwoord / all three MDA++ criteria must be met',
      );
      check.check(
        input.profile !== null && input.profile !== undefined,
        'profile',
        'kies de hoofdproblematiek / choose the main problem',
      );
      check.text('purpose', input.purpose, { min: 5, max: 500 });
    } else {
      if (input.profile) check.add('profile', 'hoort alleen bij START_MDA_CASE / only for START_MDA_CASE');
      if (input.purpose) check.add('purpose', 'hoort alleen bij START_MDA_CASE / only for START_MDA_CASE');
    }
    const links = await em.find(IntakeReportPerson, { report }, { populate: ['person'], orderBy: { position: 'asc' } });
    if (start)
      check.check(
        links.some((l) => l.roles.includes('VICTIM')),
        'persons',
        'minstens één slachtoffer / at least one victim',
      );
    check.done();
    if (start && !ctx.ability.can('create', 'Case')) throw forbidden('een casus te openen / open a case');

    report.decision = input.decision;
    report.decisionReason = input.reason.trim();
    report.decidedAt = new Date();
    report.decidedBy = em.getReference(User, actor.userId);
    report.status = 'DECIDED';
    const audit = [
      changeOf('UPDATE', {
        subjectType: 'IntakeReport',
        subjectId: report.id,
        caseId: null,
        fields: ['decision', 'decisionReason'],
        reason: `DECIDED_${input.decision}`,
      }),
    ];
    if (start && input.profile && input.purpose) {
      // Case, team (Veilig Thuis first) and draft plan, with the report's persons carried over, in this one transaction.
      const { opened } = await openCaseIn(ctx, em, {
        municipality: report.municipality,
        profile: input.profile,
        purpose: input.purpose,
        legalBasis: { kind: 'LEGAL_DUTY', statute: VT_LEGAL_DUTY },
        members: links.map((l) => ({
          person: l.person,
          firstName: l.person.firstName,
          lastName: l.person.lastName,
          dateOfBirth: l.person.dateOfBirth,
          bsnHash: null,
          roles: [...l.roles],
          auditFields: [],
        })),
      });
      await ensurePlanIn(em, opened.id, actor.userId);
      report.caseFile = opened;
      audit.push(
        changeOf('CREATE', {
          subjectType: 'Plan',
          subjectId: null,
          caseId: opened.id,
          fields: ['status'],
          categories: ['PLAN'],
          reason: 'START_MDA_CASE',
        }),
      );
      startedCase = true;
    }
    await em.flush();
    await ctx.audit?.write(em, audit);
  });
  if (startedCase) await refreshAbility(ctx);
  return intakeReport(ctx, input.reportId);
}
