import { createHmac } from 'node:crypto';
import { LockMode, OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { asSubject } from '@mda/authz';
import {
  canTransition,
  formatCaseReference,
  isMunicipalityCode,
  isValidBsn,
  MEMBER_ROLES,
  type CaseStatus,
  type HouseholdProfile,
  type MemberRole,
} from '@mda/domain';
import type { RequestContext } from '../../core/context/context.js';
import { refreshAbility, requireActor } from '../../core/context/context.js';
import { conflict, forbidden, notFound } from '../../core/graphql/errors.js';
import { addYears, InputCheck, isUuid, todayInNetherlands } from '../../core/graphql/validation.js';
import { faultPoint } from '../../core/faults/fault-point.js';
import { changeOf, deniedOf, readOf } from '../../core/context/request-audit.js';
import { setRetentionAtClosure } from '../privacy/retention.service.js';
import { log } from '../../core/log/logger.js';
import { Organisation } from '../identity/organisation.entity.js';
import { User } from '../identity/user.entity.js';
import { Case } from './case.entity.js';
import { CaseTeamMembership } from './case-team-membership.entity.js';
import { Household } from './household.entity.js';
import { HouseholdMember } from './household-member.entity.js';
import { Person } from './person.entity.js';
import type {
  AddTeamMemberInput,
  CreateCaseInput,
  EndTeamMembershipInput,
  LegalBasisInput,
  TransitionCaseInput,
} from './case.inputs.js';
import { caseById } from './case.loaders.js';
import { ensureCaseAccess } from '../identity/case-access.service.js';

const CASE_LABEL = 'Casus / Case';
const MEMBERSHIP_LABEL = 'Teamlidmaatschap / Team membership';
export const MAX_HOUSEHOLD_MEMBERS = 25;
/** Fields the Case rules speak of, and their columns in the case list's statement. */

export function bsnHash(key: Buffer, bsn: string): string {
  return createHmac('sha256', key).update(bsn).digest('hex');
}

/**
 * Loads a case the viewer may read. A case outside the viewer's teams answers exactly like
 * a case that does not exist. The loaded instance is re-checked against the ability
 * (the identity map can return an entity that a query filter would have excluded).
 */
export async function readableCase(ctx: RequestContext, id: string, em: EntityManager = ctx.em): Promise<Case> {
  requireActor(ctx);
  if (!isUuid(id)) throw notFound(CASE_LABEL);
  // Within the request's own EntityManager, one batched lookup serves every resolver asking.
  const found = em === ctx.em ? await caseById(ctx).load(id) : await em.findOne(Case, { id });
  if (!found) throw notFound(CASE_LABEL);
  // How the viewer reaches the case (read with the row by the loader; else in one statement).
  await ensureCaseAccess(ctx, [found.id], em === ctx.em ? undefined : em);
  if (!ctx.ability.can('read', asSubject('Case', { id: found.id }))) {
    // Answered like a missing case, but on record: someone asked for a case outside their teams.
    ctx.audit?.record(
      deniedOf({ subjectType: 'Case', subjectId: found.id, caseId: found.id, reason: 'NOT_ON_CASE_TEAM' }),
    );
    throw notFound(CASE_LABEL);
  }
  return found;
}

/** The case as the case page opens it: readable (else NOT_FOUND) and its disclosure audited. */
export async function readCase(ctx: RequestContext, id: string): Promise<Case> {
  const found = await readableCase(ctx, id);
  ctx.audit?.record(
    readOf({
      subjectType: 'Case',
      subjectId: found.id,
      caseId: found.id,
      fields: ['reference', 'status', 'profile', 'municipality'],
    }),
  );
  return found;
}

export {
  listCases,
  NEXT_DEADLINE_SQL,
  readableCasesSql,
  type CaseListParts,
  type CasePage,
} from './case-list.service.js';

function checkLegalBasis(check: InputCheck, basis: LegalBasisInput, today: string): void {
  switch (basis.kind) {
    case 'COVENANT':
      check.text('legalBasis.article', basis.article, { min: 3, max: 300 });
      break;
    case 'CONSENT':
      check.date('legalBasis.consentDate', basis.consentDate, { min: '2000-01-01', max: today, required: true });
      break;
    case 'LEGAL_DUTY':
      check.text('legalBasis.statute', basis.statute, { min: 3, max: 300 });
      break;
  }
  // Fields of another kind of basis are refused rather than silently stored.
  if (basis.kind !== 'COVENANT' && basis.article)
    check.add('legalBasis.article', 'hoort alleen bij COVENANT / only for COVENANT');
  if (basis.kind !== 'CONSENT' && basis.consentDate)
    check.add('legalBasis.consentDate', 'hoort alleen bij CONSENT / only for CONSENT');
  if (basis.kind !== 'LEGAL_DUTY' && basis.statute)
    check.add('legalBasis.statute', 'hoort alleen bij LEGAL_DUTY / only for LEGAL_DUTY');
}

function legalBasisColumns(basis: LegalBasisInput) {
  return {
    legalBasisKind: basis.kind,
    legalBasisArticle: basis.kind === 'COVENANT' ? (basis.article?.trim() ?? null) : null,
    consentDate: basis.kind === 'CONSENT' ? (basis.consentDate ?? null) : null,
    legalBasisStatute: basis.kind === 'LEGAL_DUTY' ? (basis.statute?.trim() ?? null) : null,
  };
}

function validateCreateCase(input: CreateCaseInput, today: string): void {
  const check = new InputCheck();
  check.check(isMunicipalityCode(input.municipality), 'municipality', 'onbekende gemeente / unknown municipality');
  check.text('purpose', input.purpose, { min: 5, max: 500 });
  checkLegalBasis(check, input.legalBasis, today);
  check.check(
    input.members.length >= 1,
    'members',
    'minstens één lid van het huishouden / at least one household member',
  );
  check.check(
    input.members.length <= MAX_HOUSEHOLD_MEMBERS,
    'members',
    `hoogstens ${MAX_HOUSEHOLD_MEMBERS} leden / at most ${MAX_HOUSEHOLD_MEMBERS} members`,
  );
  check.check(
    input.members.some((m) => m.roles.includes('VICTIM')),
    'members',
    'minstens één slachtoffer / at least one victim',
  );
  const seenBsn = new Set<string>();
  input.members.forEach((m, i) => {
    const f = `members[${i}]`;
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
    if (m.roles.includes('CHILD') && m.dateOfBirth && m.dateOfBirth <= addYears(today, -18)) {
      check.add(`${f}.roles`, 'een kind is jonger dan 18 jaar / a child is under 18');
    }
    if (m.bsn !== null && m.bsn !== undefined && m.bsn !== '') {
      if (!isValidBsn(m.bsn)) check.add(`${f}.bsn`, 'is geen geldig BSN (elfproef) / not a valid BSN (eleven-test)');
      else if (seenBsn.has(m.bsn)) check.add(`${f}.bsn`, 'komt twee keer voor / appears twice');
      else seenBsn.add(m.bsn);
    }
  });
  check.done();
}

async function nextReference(em: EntityManager, year: number): Promise<string> {
  const rows = await em.execute<{ last_value: number }[]>(
    `insert into case_reference_counter (year, last_value) values (?, 1)
     on conflict (year) do update set last_value = case_reference_counter.last_value + 1
     returning last_value`,
    [year],
  );
  const value = rows[0]?.last_value;
  if (value === undefined) throw new Error('case reference counter returned nothing');
  return formatCaseReference(year, value);
}

/** A household member of a case being opened: a new person, or an existing person record carried over (intake). */
export interface OpeningMember {
  person?: Person;
  firstName: string;
  lastName: string;
  dateOfBirth: string | null;
  bsnHash: string | null;
  roles: MemberRole[];
  /** Fields recorded in the audit of a new person. */
  auditFields: string[];
}

export interface OpeningCase {
  municipality: string;
  profile: HouseholdProfile;
  purpose: string;
  legalBasis: LegalBasisInput;
  members: OpeningMember[];
}

/**
 * Opens a case with its household and the creating organisation as first team member, in the
 * caller's transaction (createCase; intake's "start MDA++ case" with the report's persons).
 * The caller has checked the right to open a case and validated the input.
 */
export async function openCaseIn(
  ctx: RequestContext,
  em: EntityManager,
  input: OpeningCase,
): Promise<{ opened: Case; persons: Person[] }> {
  const actor = requireActor(ctx);
  const today = todayInNetherlands();
  const creator = em.getReference(User, actor.userId);
  const household = em.create(Household, {});
  const reference = await nextReference(em, Number(today.slice(0, 4)));
  const persons = input.members.map((m) => {
    const person =
      m.person ??
      em.create(Person, {
        firstName: m.firstName.trim(),
        lastName: m.lastName.trim(),
        dateOfBirth: m.dateOfBirth,
        bsnHash: m.bsnHash,
      });
    em.create(HouseholdMember, { household, person, roles: [...m.roles] });
    return person;
  });
  await em.flush();
  await faultPoint('createCase.afterHousehold');
  const opened = em.create(Case, {
    reference,
    status: 'INTAKE',
    municipality: input.municipality,
    profile: input.profile,
    household,
    openedAt: new Date(),
  });
  const first = em.create(CaseTeamMembership, {
    caseFile: opened,
    organisation: em.getReference(Organisation, actor.organisationId),
    ...legalBasisColumns(input.legalBasis),
    purpose: input.purpose.trim(),
    validFrom: today,
    addedBy: creator,
  });
  await em.flush();
  await ctx.audit?.write(em, [
    changeOf('CREATE', {
      subjectType: 'Case',
      subjectId: opened.id,
      caseId: opened.id,
      dataSubjectIds: persons.map((p) => p.id),
      fields: ['reference', 'status', 'profile', 'municipality'],
    }),
    ...persons.flatMap((p, i) => {
      const m = input.members[i];
      if (!m) return [];
      if (m.person)
        return [
          changeOf('CREATE', {
            subjectType: 'HouseholdMember',
            subjectId: p.id,
            caseId: opened.id,
            dataSubjectIds: [p.id],
            fields: ['roles'],
            reason: 'CARRIED_OVER_FROM_REPORT',
          }),
        ];
      return [
        changeOf('CREATE', {
          subjectType: 'Person',
          subjectId: p.id,
          caseId: opened.id,
          dataSubjectIds: [p.id],
          fields: m.auditFields,
          categories: ['IDENTITY'],
        }),
      ];
    }),
    changeOf('CREATE', {
      subjectType: 'CaseTeamMembership',
      subjectId: first.id,
      caseId: opened.id,
      fields: ['organisation', 'legalBasis', 'purpose', 'validFrom'],
    }),
  ]);
  log.info('case.created', { requestId: ctx.requestId, caseId: opened.id });
  return { opened, persons };
}

/** Opens a case with its household and the creating organisation as first team member, in one transaction. */
export async function createCase(ctx: RequestContext, input: CreateCaseInput): Promise<Case> {
  requireActor(ctx);
  if (!ctx.ability.can('create', 'Case')) throw forbidden('een casus te openen / open a case');
  const today = todayInNetherlands();
  validateCreateCase(input, today);

  const created = await ctx.em.transactional(async (em) => {
    const members = input.members.map((m) => ({
      firstName: m.firstName,
      lastName: m.lastName,
      dateOfBirth: m.dateOfBirth ?? null,
      bsnHash: m.bsn ? bsnHash(ctx.config.bsnKey, m.bsn) : null,
      roles: [...m.roles],
      auditFields: [
        'firstName',
        'lastName',
        'roles',
        ...(m.dateOfBirth ? ['dateOfBirth'] : []),
        ...(m.bsn ? ['bsn'] : []),
      ],
    }));
    return (await openCaseIn(ctx, em, { ...input, members })).opened;
  });
  // The creator's organisation is now on the team: the response may show the new case.
  await refreshAbility(ctx);
  await ensureCaseAccess(ctx, [created.id]);
  return created;
}

async function manageableCase(ctx: RequestContext, caseId: string, em: EntityManager): Promise<Case> {
  const found = await readableCase(ctx, caseId, em);
  if (!ctx.ability.can('manageTeam', asSubject('Case', { id: found.id }))) {
    throw forbidden('het casusteam samen te stellen / compose the case team');
  }
  return found;
}

export async function addTeamMember(ctx: RequestContext, input: AddTeamMemberInput): Promise<CaseTeamMembership> {
  const actor = requireActor(ctx);
  const today = todayInNetherlands();
  const saved = await ctx.em.transactional(async (em) => {
    const target = await manageableCase(ctx, input.caseId, em);
    const check = new InputCheck();
    check.text('purpose', input.purpose, { min: 5, max: 500 });
    checkLegalBasis(check, input.legalBasis, today);
    const openedOn = todayInNetherlands(target.openedAt);
    check.date('validFrom', input.validFrom, { min: openedOn, max: addYears(today, 1), required: true });
    check.date('validUntil', input.validUntil, { min: input.validFrom, max: addYears(today, 10) });
    const organisation = isUuid(input.organisationId)
      ? await em.findOne(Organisation, { id: input.organisationId })
      : null;
    check.check(organisation !== null, 'organisationId', 'onbekende organisatie / unknown organisation');
    check.done();
    if (target.status === 'CLOSED')
      throw conflict('De casus is gesloten; het team kan niet meer worden gewijzigd. / The case is closed.');
    // Serialise team changes per case so that the overlap check below cannot race.
    await em.lock(target, LockMode.PESSIMISTIC_WRITE);
    const until = input.validUntil ?? '9999-12-31';
    const overlapping = await em.count(CaseTeamMembership, {
      caseFile: target,
      organisation: input.organisationId,
      endedAt: null,
      validFrom: { $lte: until },
      $or: [{ validUntil: null }, { validUntil: { $gte: input.validFrom } }],
    });
    if (overlapping > 0) {
      throw conflict(
        'Deze organisatie is in deze periode al lid van het casusteam. / This organisation is already on the team in this period.',
      );
    }
    const membership = em.create(CaseTeamMembership, {
      caseFile: target,
      organisation: organisation as Organisation,
      ...legalBasisColumns(input.legalBasis),
      purpose: input.purpose.trim(),
      validFrom: input.validFrom,
      validUntil: input.validUntil ?? null,
      addedBy: em.getReference(User, actor.userId),
    });
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf('CREATE', {
        subjectType: 'CaseTeamMembership',
        subjectId: membership.id,
        caseId: target.id,
        fields: ['organisation', 'legalBasis', 'purpose', 'validFrom', 'validUntil'],
      }),
    ]);
    return membership;
  });
  await refreshAbility(ctx);
  return saved;
}

/**
 * Ends a membership. Without an end date it ends with immediate effect: the organisation
 * loses access on its very next request. With a future date it ends after that day.
 */
export async function endTeamMembership(
  ctx: RequestContext,
  input: EndTeamMembershipInput,
): Promise<CaseTeamMembership> {
  const actor = requireActor(ctx);
  const today = todayInNetherlands();
  const saved = await ctx.em.transactional(async (em) => {
    const membership = isUuid(input.membershipId)
      ? await em.findOne(CaseTeamMembership, { id: input.membershipId }, { populate: ['organisation'] })
      : null;
    if (!membership) throw notFound(MEMBERSHIP_LABEL);
    try {
      await manageableCase(ctx, membership.caseFile.id, em);
    } catch (error) {
      // The membership of an unreadable case does not exist for this viewer either.
      if (error instanceof Error && (error as { extensions?: { code?: string } }).extensions?.code === 'NOT_FOUND')
        throw notFound(MEMBERSHIP_LABEL);
      throw error;
    }
    if (membership.endedAt !== null || (membership.validUntil !== null && membership.validUntil < today)) {
      throw conflict('Dit lidmaatschap is al beëindigd. / This membership has already ended.');
    }
    const check = new InputCheck();
    const latest = membership.validUntil ?? '9999-12-31';
    if (input.endDate) {
      const earliest = membership.validFrom > today ? membership.validFrom : today;
      check.date('endDate', input.endDate, { min: earliest, max: latest, required: true });
    }
    check.done();
    if (!input.endDate || input.endDate === today) {
      membership.validUntil = membership.validFrom > today ? membership.validFrom : today;
      membership.endedAt = new Date();
    } else {
      membership.validUntil = input.endDate;
    }
    membership.endedBy = em.getReference(User, actor.userId);
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf('UPDATE', {
        subjectType: 'CaseTeamMembership',
        subjectId: membership.id,
        caseId: membership.caseFile.id,
        fields: ['validUntil', 'endedAt'],
        reason: 'END_MEMBERSHIP',
      }),
    ]);
    return membership;
  });
  await refreshAbility(ctx);
  return saved;
}

export function performableTransitions(
  ctx: RequestContext,
  c: Pick<Case, 'id' | 'status'>,
  all: readonly CaseStatus[],
): CaseStatus[] {
  if (!ctx.ability.can('transition', asSubject('Case', { id: c.id }))) return [];
  return all.filter((to) => canTransition(c.status, to));
}

export async function transitionCase(ctx: RequestContext, input: TransitionCaseInput): Promise<Case> {
  requireActor(ctx);
  return ctx.em.transactional(async (em) => {
    const target = await readableCase(ctx, input.caseId, em);
    if (!ctx.ability.can('transition', asSubject('Case', { id: target.id }))) {
      throw forbidden('de status van deze casus te wijzigen / change the status of this case');
    }
    if (target.version !== input.expectedVersion) {
      throw conflict(
        'De casus is intussen door iemand anders gewijzigd. / The case was changed by someone else in the meantime.',
        {
          currentVersion: target.version,
          currentStatus: target.status,
        },
      );
    }
    if (!canTransition(target.status, input.to)) {
      new InputCheck()
        .add(
          'to',
          `een casus met status ${target.status} kan niet naar ${input.to} / a ${target.status} case cannot move to ${input.to}`,
        )
        .done();
    }
    target.status = input.to;
    if (input.to === 'CLOSED') target.closedAt = new Date();
    try {
      await em.flush();
      if (input.to === 'CLOSED') await setRetentionAtClosure(em, target.id, todayInNetherlands());
      await ctx.audit?.write(em, [
        changeOf('UPDATE', {
          subjectType: 'Case',
          subjectId: target.id,
          caseId: target.id,
          fields: input.to === 'CLOSED' ? ['status', 'closedAt'] : ['status'],
          reason: `TRANSITION_TO_${input.to}`,
        }),
      ]);
    } catch (error) {
      if (error instanceof OptimisticLockError) {
        throw conflict(
          'De casus is intussen door iemand anders gewijzigd. / The case was changed by someone else in the meantime.',
        );
      }
      throw error;
    }
    log.info('case.transitioned', { requestId: ctx.requestId, caseId: target.id, to: input.to });
    return target;
  });
}
