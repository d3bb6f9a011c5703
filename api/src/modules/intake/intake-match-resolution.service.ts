import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/context.js';
import { changeOf } from '../../core/context/request-audit.js';
import { conflict, notFound } from '../../core/graphql/errors.js';
import { InputCheck, isUuid } from '../../core/graphql/validation.js';
import { Person } from '../cases/person.entity.js';
import { type IntakeReport, IntakeReportPerson } from './intake-report.entity.js';
import type { ResolveMatchInput } from './intake.inputs.js';
import { candidatesOf, classifyReportIn } from './intake-match.service.js';
import { type IntakeReportNode } from './intake.type.js';
import { intakeReport } from './intake-read.service.js';
import { lockedReport } from './intake-lock.js';

const PERSON_LABEL = 'Betrokkene / Person concerned';

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
