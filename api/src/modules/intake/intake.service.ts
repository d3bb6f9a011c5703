import type { EntityManager } from '@mikro-orm/postgresql';
import { CASEWORK_ROLES } from '@mda/authz';
import {
  amsterdamDateOf,
  assessmentDueOn,
  INTIMATE_TERROR_PERPETRATOR_ITEMS,
  INTIMATE_TERROR_VICTIM_ITEMS,
  isMunicipalityCode,
  isValidBsn,
  MEMBER_ROLES,
  PROBLEM_AREAS,
  riskScore,
  VIOLENCE_NATURES,
  type RiskChecklist,
} from '@mda/domain';
import type { RequestContext } from '../../core/context/context.js';
import { refreshAbility, requireActor } from '../../core/context/context.js';
import { changeOf } from '../../core/context/request-audit.js';
import { conflict, forbidden, notFound } from '../../core/graphql/errors.js';
import { addYears, InputCheck, isUuid, todayInNetherlands } from '../../core/graphql/validation.js';
import { log } from '../../core/log/logger.js';
import { User } from '../identity/user.entity.js';
import { Organisation } from '../identity/organisation.entity.js';
import { Person } from '../cases/person.entity.js';
import { bsnHash, MAX_HOUSEHOLD_MEMBERS, openCaseIn } from '../cases/case.service.js';
import type { PersonInput } from '../cases/case.inputs.js';
import { ensurePlanIn } from '../plans/plan.service.js';
import { notify } from '../notifications/notification.service.js';
import { IntakeReport, IntakeReportPerson } from './intake-report.entity.js';
import type {
  DecideIntakeReportInput,
  RecordIntakeReportInput,
  ResolveMatchInput,
  SaveAssessmentInput,
  ScreenIntakeReportInput,
} from './intake.inputs.js';
import { candidatesOf, classifyReportIn, personIdByBsnHash, pgArray } from './intake-match.service.js';
import { type IntakeReportNode } from './intake.type.js';
import { checklistOf, intakeReport, mdaMet, readableReport, subjectOf } from './intake-read.service.js';

export { householdReports, intakeDesk, intakeReport, riskChecklist } from './intake-read.service.js';

const PERSON_LABEL = 'Betrokkene / Person concerned';
/** Tolerance for clocks a little ahead of the server's. */
const CLOCK_SKEW_MS = 2 * 60_000;
/** The legal basis of Veilig Thuis' own membership of a case it starts from a report. */
const VT_LEGAL_DUTY = 'Wmo 2015 art. 4.1.1 lid 2 en 5.2.6 (taken en gegevensverwerking Veilig Thuis)';

const stale = (r: IntakeReport) =>
  conflict(
    'De melding is intussen door iemand anders gewijzigd; laad haar opnieuw. / The report was changed by someone else in the meantime.',
    { currentVersion: r.version, currentStatus: r.status },
  );

// ---- validation ------------------------------------------------------------------------

function checkPersons(check: InputCheck, persons: readonly PersonInput[], today: string): void {
  const seenBsn = new Set<string>();
  check.check(
    persons.length <= MAX_HOUSEHOLD_MEMBERS,
    'persons',
    `hoogstens ${MAX_HOUSEHOLD_MEMBERS} betrokkenen / at most ${MAX_HOUSEHOLD_MEMBERS} persons`,
  );
  persons.forEach((m, i) => {
    const f = `persons[${i}]`;
    check.text(`${f}.firstName`, m.firstName, { max: 100 });
    check.text(`${f}.lastName`, m.lastName, { max: 100 });
    check.date(`${f}.dateOfBirth`, m.dateOfBirth, { min: '1900-01-01', max: today });
    check.check(m.roles.length > 0, `${f}.roles`, 'minstens één rol / at least one role');
    check.check(new Set(m.roles).size === m.roles.length, `${f}.roles`, 'dubbele rol / duplicate role');
    check.check(
      m.roles.every((r) => MEMBER_ROLES.includes(r)),
      `${f}.roles`,
      'onbekende rol / unknown role',
    );
    if (m.bsn !== null && m.bsn !== undefined && m.bsn !== '') {
      if (!isValidBsn(m.bsn)) check.add(`${f}.bsn`, 'is geen geldig BSN (elfproef) / not a valid BSN (eleven-test)');
      else if (seenBsn.has(m.bsn)) check.add(`${f}.bsn`, 'komt twee keer voor / appears twice');
      else seenBsn.add(m.bsn);
    }
  });
}

function checkCodes(
  check: InputCheck,
  field: string,
  values: readonly string[],
  known: readonly string[],
  what: string,
): void {
  values.forEach((v, i) => {
    if (!known.includes(v))
      check.add(`${field}[${i}]`, `onbekende ${what} '${v.slice(0, 40)}' / unknown ${field} value`);
  });
  if (new Set(values).size !== values.length) check.add(field, 'dubbele waarde / duplicate value');
}

function validateRecord(input: RecordIntakeReportInput, now: Date): void {
  const today = todayInNetherlands(now);
  const check = new InputCheck();
  const report = input.kind === 'REPORT';
  check.check(isMunicipalityCode(input.municipality), 'municipality', 'onbekende gemeente / unknown municipality');
  const received = input.receivedAt instanceof Date ? input.receivedAt : new Date(Number.NaN);
  if (Number.isNaN(received.getTime())) check.add('receivedAt', 'is geen geldig tijdstip / not a valid instant');
  else {
    check.check(
      received.getTime() <= now.getTime() + CLOCK_SKEW_MS,
      'receivedAt',
      'ligt in de toekomst / is in the future',
    );
    check.check(
      amsterdamDateOf(received) >= addYears(today, -1),
      'receivedAt',
      'ligt meer dan een jaar terug / more than a year ago',
    );
  }
  if (input.reporterKind === 'ANONYMOUS') {
    // An anonymous reporter is never recorded: refuse rather than drop what was typed.
    if (input.reporterName?.trim())
      check.add('reporterName', 'een anonieme melder wordt niet vastgelegd / an anonymous reporter is not recorded');
    if (input.reporterContact?.trim())
      check.add('reporterContact', 'een anonieme melder wordt niet vastgelegd / an anonymous reporter is not recorded');
  } else {
    check.text('reporterName', input.reporterName, { max: 200, required: false });
    check.text('reporterContact', input.reporterContact, { max: 200, required: false });
  }
  check.text('reporterAccount', input.reporterAccount, { max: 10_000, required: false });
  checkCodes(check, 'violenceNatures', input.violenceNatures, VIOLENCE_NATURES, 'aard van geweld');
  if (report) {
    check.check(
      input.violenceNatures.length > 0,
      'violenceNatures',
      'kies minstens één aard van geweld / choose at least one nature of violence',
    );
    check.check(
      input.persons.length > 0,
      'persons',
      'een melding noemt minstens één betrokkene / a report names at least one person',
    );
    if (input.adviceTopic || input.adviceGiven)
      check.add('adviceTopic', 'hoort alleen bij een adviesvraag / only for an advice request');
  } else {
    check.text('adviceTopic', input.adviceTopic, { min: 3, max: 2000 });
    check.text('adviceGiven', input.adviceGiven, { max: 4000, required: false });
    if (input.acuteUnsafety)
      check.add('acuteUnsafety', 'acute onveiligheid maakt er een melding van / acute unsafety makes it a report');
  }
  checkPersons(check, input.persons, today);
  check.done();
}

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

async function lockedReport(
  ctx: RequestContext,
  em: EntityManager,
  id: string,
  expectedVersion: number,
  action: 'update' | 'decide',
): Promise<IntakeReport> {
  const report = await readableReport(ctx, id, em, true);
  if (!ctx.ability.can(action, subjectOf(report))) throw forbidden('deze melding te behandelen / handle this report');
  if (report.version !== expectedVersion) throw stale(report);
  if (report.status === 'DECIDED' || report.status === 'ADVICE_GIVEN')
    throw conflict('Over deze melding is al besloten. / This report has already been decided.', {
      currentStatus: report.status,
    });
  return report;
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

async function lockedLink(
  ctx: RequestContext,
  em: EntityManager,
  input: ResolveMatchInput,
): Promise<{ report: IntakeReport; link: IntakeReportPerson }> {
  if (!isUuid(input.reportPersonId)) throw notFound(PERSON_LABEL);
  const link = await em.findOne(IntakeReportPerson, { id: input.reportPersonId }, { populate: ['person'] });
  if (!link) throw notFound(PERSON_LABEL);
  const report = await lockedReport(ctx, em, link.report.id, input.expectedVersion, 'update');
  const candidates = await candidatesOf(em, [link.id]);
  if (!candidates.some((c) => c.personId === input.candidatePersonId)) {
    new InputCheck()
      .add('candidatePersonId', 'is geen kandidaat voor deze betrokkene / is not a candidate for this person')
      .done();
  }
  return { report, link };
}

/** Confirms a name match: the report now names the known person; the provisional record goes when nothing else uses it. */
export async function confirmMatch(ctx: RequestContext, input: ResolveMatchInput): Promise<IntakeReportNode> {
  let reportId = '';
  await ctx.em.transactional(async (em) => {
    const { report, link } = await lockedLink(ctx, em, input);
    reportId = report.id;
    const provisional = link.person;
    if (await em.count(IntakeReportPerson, { report, person: input.candidatePersonId })) {
      throw conflict('Deze persoon staat al in de melding. / This person is already named in the report.');
    }
    link.person = em.getReference(Person, input.candidatePersonId);
    link.matchBasis = 'CONFIRMED';
    await em.flush();
    const [{ n } = { n: 0 }] = await em.execute<{ n: number }[]>(
      `select ((select count(*) from intake_report_person where person_id = ?) + (select count(*) from household_member where person_id = ?))::int as n`,
      [provisional.id, provisional.id],
    );
    if (n === 0) await em.execute('delete from person where id = ?', [provisional.id]);
    const links = await em.find(IntakeReportPerson, { report }, { fields: ['person'] });
    report.cbsCategory = await classifyReportIn(
      em,
      report.id,
      links.map((l) => l.person.id),
    );
    report.updatedAt = new Date();
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf('UPDATE', {
        subjectType: 'IntakeReport',
        subjectId: report.id,
        caseId: null,
        dataSubjectIds: [input.candidatePersonId, provisional.id],
        fields: ['persons', 'cbsCategory'],
        categories: ['IDENTITY'],
        reason: 'MATCH_CONFIRMED',
      }),
      ...(n === 0
        ? [
            changeOf('DELETE', {
              subjectType: 'Person',
              subjectId: provisional.id,
              caseId: null,
              dataSubjectIds: [provisional.id],
              fields: ['firstName', 'lastName', 'dateOfBirth'],
              categories: ['IDENTITY'],
              reason: 'MATCH_CONFIRMED',
            }),
          ]
        : []),
    ]);
  });
  return intakeReport(ctx, reportId);
}

/** Rejects a name match: the candidate is not offered again for this person of the report. */
export async function rejectMatch(ctx: RequestContext, input: ResolveMatchInput): Promise<IntakeReportNode> {
  let reportId = '';
  await ctx.em.transactional(async (em) => {
    const { report, link } = await lockedLink(ctx, em, input);
    reportId = report.id;
    link.rejectedPersonIds = [...link.rejectedPersonIds, input.candidatePersonId];
    report.updatedAt = new Date();
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf('UPDATE', {
        subjectType: 'IntakeReport',
        subjectId: report.id,
        caseId: null,
        dataSubjectIds: [input.candidatePersonId, link.person.id],
        fields: ['persons'],
        reason: 'MATCH_REJECTED',
      }),
    ]);
  });
  return intakeReport(ctx, reportId);
}

// ---- the case's side --------------------------------------------------------------------
