import { createHmac } from 'node:crypto';
import { LockMode, OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { asSubject, type CaseAccess, type SqlFragment } from '@mda/authz';
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
import { checkPageSize, decodeCursor, encodeCursor } from '../../core/graphql/connection.js';
import { faultPoint } from '../../core/faults/fault-point.js';
import { changeOf, deniedOf } from '../../core/context/request-audit.js';
import { setRetentionAtClosure } from '../privacy/retention.service.js';
import { log } from '../../core/log/logger.js';
import { Organisation } from '../identity/organisation.entity.js';
import { User } from '../identity/user.entity.js';
import { Case } from './case.entity.js';
import { CaseTeamMembership } from './case-team-membership.entity.js';
import { Household } from './household.entity.js';
import { HouseholdMember } from './household-member.entity.js';
import { Person } from './person.entity.js';
import type { AddTeamMemberInput, CaseFilter, CreateCaseInput, EndTeamMembershipInput, LegalBasisInput, TransitionCaseInput } from './case.inputs.js';
import { caseById, caseMembersJson, caseTeamJson, listedCases, primeCaseParts, type MemberRowJson, type MembershipRowJson } from './case.loaders.js';
import { ensureCaseAccess, requestAccessFactsSql, requestScopeSql } from '../identity/case-access.service.js';
import type { CaseOrder } from './case-order.js';

const CASE_LABEL = 'Casus / Case';
const MEMBERSHIP_LABEL = 'Teamlidmaatschap / Team membership';
export const MAX_HOUSEHOLD_MEMBERS = 25;
/** Fields the Case rules speak of, and their columns in the case list's statement. */
const CASE_RULE_COLUMNS = { id: 'c.id' } as const;

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
    ctx.audit?.record(deniedOf({ subjectType: 'Case', subjectId: found.id, caseId: found.id, reason: 'NOT_ON_CASE_TEAM' }));
    throw notFound(CASE_LABEL);
  }
  return found;
}

/**
 * The cases the viewer may read, as a SQL condition on `case_file c` (the case list's scope):
 * the same rules that decide `can()`, with the viewer's memberships, directorships and grants as
 * semi-joins (docs/adr/0006). `null` when the viewer may read no case at all. The case list and
 * search both use it, so a change of how the scope is expressed is one change.
 */
export function readableCasesSql(ctx: RequestContext): SqlFragment | null {
  return requestScopeSql(ctx, 'read', 'Case', CASE_RULE_COLUMNS, 'c.id');
}

export interface CasePage {
  cases: Case[];
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}

/** Earliest due date of an open action of the case's plan, in category PLAN (read by every team member). */
export const NEXT_DEADLINE_SQL = `(select min(e.due_on) from plan_element e where e.case_id = c.id and e.kind = 'ACTION' and e.category = 'PLAN' and e.status in ('OPEN', 'IN_PROGRESS'))`;
const CASE_DIRECTOR_EXISTS = `exists (select 1 from director_assignment d where d.case_id = c.id and d.kind = 'CASE_DIRECTOR' and d.status = 'ACCEPTED'`;


function encodePosition(offset: number): string {
  return Buffer.from(JSON.stringify(['pos', offset]), 'utf8').toString('base64url');
}

function decodePosition(value: string, check: InputCheck): number {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed[0] === 'pos' && Number.isInteger(parsed[1]) && (parsed[1] as number) > 0) return parsed[1] as number;
  } catch {
    // reported below
  }
  check.add('after', 'is geen geldige cursor / is not a valid cursor');
  return 0;
}

/** What the case list reads along with each case (the parts the query selects). */
export interface CaseListParts {
  /** Household members, as JSON in the page's own statement. */
  household?: boolean;
  /** Team memberships, as JSON in the page's own statement. */
  team?: boolean;
  /** The count of all readable cases (a second statement). */
  totalCount?: boolean;
}

/**
 * A page of the cases the viewer may read: newest first (keyset on `case_file_opened_at_id_index`),
 * or by reference or next deadline (paged by position).
 * One statement: the read rule in SQL (semi-joins on the viewer's memberships, directorships
 * and grants; no list of case ids), the viewer's access facts of each case, and when asked the
 * household members and the team as JSON. The count, when asked, is a second statement.
 * Every row is checked again with `can()` (docs/adr/0006, 0007).
 */
export async function listCases(
  ctx: RequestContext,
  first: number,
  after: string | null,
  filter: CaseFilter | null,
  parts: CaseListParts = { totalCount: true },
  order: CaseOrder = 'OPENED_DESC',
): Promise<CasePage> {
  requireActor(ctx);
  checkPageSize(first);
  const keyset = order === 'OPENED_DESC';
  const cursor = after && keyset ? decodeCursor(after) : null;
  const check = new InputCheck();
  const position = after && !keyset ? decodePosition(after, check) : 0;
  if (filter?.municipality) check.check(isMunicipalityCode(filter.municipality), 'filter.municipality', 'onbekende gemeente / unknown municipality');
  if (filter?.referencePrefix) check.text('filter.referencePrefix', filter.referencePrefix, { max: 15 }).check(/^[A-Z0-9-]+$/i.test(filter.referencePrefix), 'filter.referencePrefix', 'alleen letters, cijfers en streepjes / letters, digits and dashes only');
  if (filter?.caseDirectorId) check.check(isUuid(filter.caseDirectorId), 'filter.caseDirectorId', 'is geen geldige gebruikers-id / not a valid user id');
  if (filter?.caseDirectorId && filter.withoutCaseDirector) check.add('filter.withoutCaseDirector', 'kan niet samen met caseDirectorId / cannot be combined with caseDirectorId');
  if (filter?.nextDeadlineOnOrBefore) check.date('filter.nextDeadlineOnOrBefore', filter.nextDeadlineOnOrBefore, { min: '2000-01-01', max: '2100-12-31' });
  check.done();

  // Rows are filtered in SQL by the same rules that decide `can()`: pages and counts agree.
  const visibleToActor = readableCasesSql(ctx);
  const facts = requestAccessFactsSql(ctx, 'c.id');
  if (visibleToActor === null || facts === null) return { cases: [], cursors: [], hasNextPage: false, totalCount: 0 };

  const where: string[] = [visibleToActor.sql];
  const whereParams: unknown[] = [...visibleToActor.params];
  if (filter?.status && filter.status.length > 0) {
    where.push(`c.status in (${filter.status.map(() => '?').join(', ')})`);
    whereParams.push(...filter.status);
  }
  if (filter?.municipality) {
    where.push('c.municipality = ?');
    whereParams.push(filter.municipality);
  }
  if (filter?.profile) {
    where.push('c.profile = ?');
    whereParams.push(filter.profile);
  }
  if (filter?.referencePrefix) {
    where.push('c.reference like ?');
    whereParams.push(`${filter.referencePrefix.toUpperCase().replace(/[%_\\]/g, '')}%`);
  }
  if (filter?.caseDirectorId) {
    where.push(`${CASE_DIRECTOR_EXISTS} and d.user_id = ?)`);
    whereParams.push(filter.caseDirectorId);
  }
  if (filter?.withoutCaseDirector) where.push(`not ${CASE_DIRECTOR_EXISTS})`);
  if (filter?.nextDeadlineOnOrBefore) {
    where.push(`${NEXT_DEADLINE_SQL} <= ?::date`);
    whereParams.push(filter.nextDeadlineOnOrBefore);
  }
  const pageWhere = cursor ? [...where, '(c.opened_at, c.id) < (?, ?)'] : where;
  const pageParams = cursor ? [...whereParams, new Date(cursor.at), cursor.id] : whereParams;
  const columns = ['c.*', `${facts.sql} as _access`];
  if (parts.household) columns.push(`${caseMembersJson} as _members`);
  if (parts.team) columns.push(`${caseTeamJson} as _team`);
  const orderBy = order === 'OPENED_DESC' ? 'c.opened_at desc, c.id desc' : order === 'REFERENCE_ASC' ? 'c.reference asc, c.id asc' : `${NEXT_DEADLINE_SQL} asc nulls last, c.reference asc, c.id asc`;

  const connection = ctx.em.getConnection();
  const [rows, counted] = await Promise.all([
    connection.execute<(Record<string, unknown> & { _access: CaseAccess[]; _members?: MemberRowJson[]; _team?: MembershipRowJson[] })[]>(
      `select ${columns.join(', ')} from case_file c where ${pageWhere.join(' and ')} order by ${orderBy} limit ? offset ?`,
      [...facts.params, ...pageParams, first + 1, position],
    ),
    parts.totalCount ? connection.execute<{ n: number }[]>(`select count(*)::int as n from case_file c where ${where.join(' and ')}`, whereParams) : Promise.resolve(null),
  ]);
  const hasNextPage = rows.length > first;
  const loaded = rows.slice(0, first).map(({ _access, _members, _team, ...row }) => {
    ctx.caseAccess.remember(row.id as string, _access);
    const entity = ctx.em.getUnitOfWork().getById<Case>(Case.name, row.id as string) ?? ctx.em.map(Case, row);
    primeCaseParts(ctx, entity, _members, _team);
    listedCases(ctx).add(entity.id);
    return entity;
  });
  const visible = loaded.filter((c) => {
    const ok = ctx.ability.can('read', asSubject('Case', { id: c.id }));
    if (!ok) log.error('authz.filter_mismatch', { requestId: ctx.requestId, caseId: c.id });
    return ok;
  });
  return {
    cases: visible,
    cursors: visible.map((c, i) => (keyset ? encodeCursor({ at: c.openedAt.toISOString(), id: c.id }) : encodePosition(position + i + 1))),
    hasNextPage,
    totalCount: counted?.[0]?.n ?? 0,
  };
}

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
  if (basis.kind !== 'COVENANT' && basis.article) check.add('legalBasis.article', 'hoort alleen bij COVENANT / only for COVENANT');
  if (basis.kind !== 'CONSENT' && basis.consentDate) check.add('legalBasis.consentDate', 'hoort alleen bij CONSENT / only for CONSENT');
  if (basis.kind !== 'LEGAL_DUTY' && basis.statute) check.add('legalBasis.statute', 'hoort alleen bij LEGAL_DUTY / only for LEGAL_DUTY');
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
  check.check(input.members.length >= 1, 'members', 'minstens één lid van het huishouden / at least one household member');
  check.check(input.members.length <= MAX_HOUSEHOLD_MEMBERS, 'members', `hoogstens ${MAX_HOUSEHOLD_MEMBERS} leden / at most ${MAX_HOUSEHOLD_MEMBERS} members`);
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
    check.check(m.roles.every((r) => MEMBER_ROLES.includes(r)), `${f}.roles`, 'onbekende rol / unknown role');
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
export async function openCaseIn(ctx: RequestContext, em: EntityManager, input: OpeningCase): Promise<{ opened: Case; persons: Person[] }> {
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
    changeOf('CREATE', { subjectType: 'Case', subjectId: opened.id, caseId: opened.id, dataSubjectIds: persons.map((p) => p.id), fields: ['reference', 'status', 'profile', 'municipality'] }),
    ...persons.flatMap((p, i) => {
      const m = input.members[i];
      if (!m) return [];
      if (m.person) return [changeOf('CREATE', { subjectType: 'HouseholdMember', subjectId: p.id, caseId: opened.id, dataSubjectIds: [p.id], fields: ['roles'], reason: 'CARRIED_OVER_FROM_REPORT' })];
      return [changeOf('CREATE', { subjectType: 'Person', subjectId: p.id, caseId: opened.id, dataSubjectIds: [p.id], fields: m.auditFields, categories: ['IDENTITY'] })];
    }),
    changeOf('CREATE', { subjectType: 'CaseTeamMembership', subjectId: first.id, caseId: opened.id, fields: ['organisation', 'legalBasis', 'purpose', 'validFrom'] }),
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
      auditFields: ['firstName', 'lastName', 'roles', ...(m.dateOfBirth ? ['dateOfBirth'] : []), ...(m.bsn ? ['bsn'] : [])],
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
    const organisation = isUuid(input.organisationId) ? await em.findOne(Organisation, { id: input.organisationId }) : null;
    check.check(organisation !== null, 'organisationId', 'onbekende organisatie / unknown organisation');
    check.done();
    if (target.status === 'CLOSED') throw conflict('De casus is gesloten; het team kan niet meer worden gewijzigd. / The case is closed.');
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
      throw conflict('Deze organisatie is in deze periode al lid van het casusteam. / This organisation is already on the team in this period.');
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
      changeOf('CREATE', { subjectType: 'CaseTeamMembership', subjectId: membership.id, caseId: target.id, fields: ['organisation', 'legalBasis', 'purpose', 'validFrom', 'validUntil'] }),
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
export async function endTeamMembership(ctx: RequestContext, input: EndTeamMembershipInput): Promise<CaseTeamMembership> {
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
      if (error instanceof Error && (error as { extensions?: { code?: string } }).extensions?.code === 'NOT_FOUND') throw notFound(MEMBERSHIP_LABEL);
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
      changeOf('UPDATE', { subjectType: 'CaseTeamMembership', subjectId: membership.id, caseId: membership.caseFile.id, fields: ['validUntil', 'endedAt'], reason: 'END_MEMBERSHIP' }),
    ]);
    return membership;
  });
  await refreshAbility(ctx);
  return saved;
}

export function performableTransitions(ctx: RequestContext, c: Pick<Case, 'id' | 'status'>, all: readonly CaseStatus[]): CaseStatus[] {
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
      throw conflict('De casus is intussen door iemand anders gewijzigd. / The case was changed by someone else in the meantime.', {
        currentVersion: target.version,
        currentStatus: target.status,
      });
    }
    if (!canTransition(target.status, input.to)) {
      new InputCheck().add('to', `een casus met status ${target.status} kan niet naar ${input.to} / a ${target.status} case cannot move to ${input.to}`).done();
    }
    target.status = input.to;
    if (input.to === 'CLOSED') target.closedAt = new Date();
    try {
      await em.flush();
      if (input.to === 'CLOSED') await setRetentionAtClosure(em, target.id, todayInNetherlands());
      await ctx.audit?.write(em, [
        changeOf('UPDATE', { subjectType: 'Case', subjectId: target.id, caseId: target.id, fields: input.to === 'CLOSED' ? ['status', 'closedAt'] : ['status'], reason: `TRANSITION_TO_${input.to}` }),
      ]);
    } catch (error) {
      if (error instanceof OptimisticLockError) {
        throw conflict('De casus is intussen door iemand anders gewijzigd. / The case was changed by someone else in the meantime.');
      }
      throw error;
    }
    log.info('case.transitioned', { requestId: ctx.requestId, caseId: target.id, to: input.to });
    return target;
  });
}
