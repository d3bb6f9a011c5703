import { randomUUID } from 'node:crypto';
import { raiseFromTrigger } from '../escalations/escalation-ladder.service.js';
import { triggerSetting } from '../escalations/escalation-settings.js';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { asSubject, CASEWORK_ROLES, type DataCategory } from '@mda/authz';
import {
  ACTION_STATUSES,
  COERCIVE_MEASURE_KINDS,
  contraIndication,
  defaultMeasureEnd,
  GOAL_PHASES,
  INTERVENTION_KINDS,
  LIFE_DOMAINS,
  measurePeriodProblems,
  SAFETY_ITEM_KINDS,
  type CoerciveMeasureKind,
  type InterventionKind,
  type SafetyItemKind,
} from '@mda/domain';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { changeOf } from '../../core/context/request-audit.js';
import type { AuditEntry } from '../../core/audit/audit.types.js';
import { ClientError, conflict, forbidden, notFound } from '../../core/graphql/errors.js';
import { addYears, InputCheck, isUuid, todayInNetherlands } from '../../core/graphql/validation.js';
import { Organisation } from '../identity/organisation.entity.js';
import { User } from '../identity/user.entity.js';
import type { Case } from '../cases/case.entity.js';
import { CaseTeamMembership, isMembershipActive } from '../cases/case-team-membership.entity.js';
import { HouseholdMember } from '../cases/household-member.entity.js';
import { readableCase } from '../cases/case.service.js';
import { Plan } from './plan.entity.js';
import { PlanElement, PlanElementChange, type Json, type PlanElementKind } from './plan-element.entity.js';
import { PlanNote } from './plan-note.entity.js';
import { PlanSignOff, PlanVersion } from './plan-version.entity.js';
import { changedFields, columnsOf, recordOf, type ElementRecord } from './plan-record.js';
import { maskRecord } from './plan.type.js';
import type {
  AddActionInput,
  AddCoerciveMeasureInput,
  AddGoalInput,
  AddPictureEntryInput,
  AddPlanNoteInput,
  AddSafetyPlanItemInput,
  ProposePlanInput,
  RemovePlanElementInput,
  SetPlanFirstMeetingInput,
  SignOffPlanInput,
  StartPlanInput,
  UpdateActionInput,
  UpdateCoerciveMeasureInput,
  UpdateGoalInput,
  UpdatePictureEntryInput,
  UpdateSafetyPlanItemInput,
} from './plan.inputs.js';

const ELEMENT_LABEL = 'Onderdeel van het plan / Plan element';
const VERSION_LABEL = 'Planversie / Plan version';
const KIND_LABEL: Record<PlanElementKind, string> = {
  PICTURE: 'Beeldvorming / Shared picture entry',
  GOAL: 'Doel / Goal',
  ACTION: 'Actie / Action',
  SAFETY_ITEM: 'Onderdeel van het veiligheidsplan / Safety plan item',
  MEASURE: 'Dwangmaatregel / Coercive measure',
};

/** Categories a picture entry may carry (RESTRICTED_NOTE needs an audience: use a note instead). */
export const PICTURE_CATEGORIES: readonly DataCategory[] = ['PLAN', 'CRIMINAL', 'HEALTH', 'CHILD_PROTECTION', 'SECRET_LOCATION'];

/** The safe place is a secret location; whom to call holds contact details; the rest is plan content. */
export function safetyItemCategory(kind: SafetyItemKind): DataCategory {
  return kind === 'SAFE_PLACE' ? 'SECRET_LOCATION' : kind === 'WHO_TO_CALL' ? 'CONTACT' : 'PLAN';
}

/** Measures under the children's judge are CHILD_PROTECTION; the criminal and police measures CRIMINAL. */
export function measureCategory(kind: CoerciveMeasureKind): DataCategory {
  return kind === 'SUPERVISION_ORDER' || kind === 'OUT_OF_HOME_PLACEMENT' ? 'CHILD_PROTECTION' : 'CRIMINAL';
}

const editingClosed = (plan: Plan) =>
  conflict(
    `Het plan ligt ter instemming voor (versie ${plan.versionCount}); wijzigen kan weer zodra een organisatie bezwaar maakt of alle organisaties hebben ingestemd. / The plan awaits sign-off of version ${plan.versionCount}; it cannot be changed now.`,
    { planStatus: plan.status, planVersion: plan.version },
  );

const staleElement = (e: PlanElement, current: Record<string, unknown>) =>
  conflict(
    `Dit onderdeel is intussen door iemand anders gewijzigd (nu versie ${e.version}); bekijk de huidige inhoud en doe uw wijziging opnieuw. / This element was changed by someone else in the meantime.`,
    { currentVersion: e.version, current },
  );

function isNotFound(error: unknown): boolean {
  return error instanceof ClientError && error.extensions.code === 'NOT_FOUND';
}

/** Active team organisations of a case today. */
export async function activeTeamOrganisationIds(em: EntityManager, caseId: string, today: string): Promise<string[]> {
  const team = await em.find(CaseTeamMembership, { caseFile: caseId }, { fields: ['organisation', 'validFrom', 'validUntil', 'endedAt'] });
  return [...new Set(team.filter((m) => isMembershipActive(m, today)).map((m) => m.organisation.id))];
}

async function householdPersonIds(em: EntityManager, caseFile: Case): Promise<Set<string>> {
  const members = await em.find(HouseholdMember, { household: caseFile.household.id }, { fields: ['person'] });
  return new Set(members.map((m) => m.person.id));
}

/**
 * Creates the (empty, DRAFT) plan of a case in the caller's transaction when it has none yet.
 * Callers check the right to edit the plan first (lockPlan; intake's "start MDA++ case").
 */
export async function ensurePlanIn(em: EntityManager, caseId: string, userId: string): Promise<void> {
  await em.execute('insert into "plan" ("id", "case_id", "created_by_id") values (?, ?, ?) on conflict ("case_id") do nothing', [randomUUID(), caseId, userId]);
}

interface Locked {
  caseFile: Case;
  plan: Plan;
  today: string;
}

/**
 * Loads the case (NOT_FOUND outside the viewer's teams), checks the right to edit the plan,
 * creates the plan when the case has none yet, and locks the plan row: every write to one
 * plan is serialised, so a version check made under the lock cannot race.
 */
async function lockPlan(ctx: RequestContext, em: EntityManager, caseId: string, need: 'edit' | 'propose' | 'signOff' = 'edit'): Promise<Locked> {
  const actor = requireActor(ctx);
  const caseFile = await readableCase(ctx, caseId, em);
  if (!ctx.ability.can(need, asSubject('Plan', { id: caseFile.id, caseId: caseFile.id }))) {
    const what = need === 'edit' ? 'dit plan te wijzigen / change this plan' : need === 'propose' ? 'dit plan ter instemming voor te leggen; dat doet de casusregisseur / propose this plan' : 'namens uw organisatie over dit plan te beslissen / sign off this plan';
    throw forbidden(what);
  }
  if (caseFile.status === 'CLOSED') throw conflict('De casus is gesloten; het plan kan niet meer worden gewijzigd. / The case is closed.');
  if (need === 'edit') await ensurePlanIn(em, caseFile.id, actor.userId);
  const plan = await em.findOne(Plan, { caseId: caseFile.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  // The case is readable, so its plan's absence is no secret: say what to do instead.
  if (!plan) throw conflict('Deze casus heeft nog geen plan; begin met de beeldvorming en de doelen. / This case has no plan yet.', { planStatus: null });
  return { caseFile, plan, today: todayInNetherlands() };
}

/** The masked current state of an element, sent with CONFLICT so the editor can show it. */
function currentState(ctx: RequestContext, e: PlanElement): Record<string, unknown> {
  const r = recordOf(e);
  const m = maskRecord(ctx.ability, e.caseId, r);
  return { id: r.id, kind: r.kind, category: r.category, version: r.version, fields: m.fields, redactedFields: m.redacted, lastChangedByUserId: r.updatedByUserId, lastChangedAt: r.updatedAt };
}

function assertCategoryWritable(ctx: RequestContext, action: 'create' | 'update', caseId: string, category: DataCategory, what: string): void {
  if (ctx.ability.can(action, asSubject('PlanElement', { id: 'new', caseId, category }))) return;
  const actor = requireActor(ctx);
  if ((category === 'HEALTH' || category === 'CRIMINAL') && actor.purpose === null) {
    throw forbidden(`gegevens van categorie ${category} vast te leggen zonder vastgelegd doel; kies eerst een doel (setPurpose) / record ${category} data without a declared purpose`);
  }
  throw forbidden(`${what} van categorie ${category} in dit plan vast te leggen / record ${category} plan content`);
}

interface LockedElement extends Locked {
  element: PlanElement;
  before: ElementRecord;
}

async function lockElement(ctx: RequestContext, em: EntityManager, id: string, expectedVersion: number, kind: PlanElementKind | null): Promise<LockedElement> {
  const label = kind ? KIND_LABEL[kind] : ELEMENT_LABEL;
  if (!isUuid(id)) throw notFound(label);
  const probe = await em.execute<{ case_id: string; kind: PlanElementKind }[]>('select "case_id", "kind" from "plan_element" where "id" = ?', [id]);
  const found = probe[0];
  if (!found || (kind !== null && found.kind !== kind)) throw notFound(label);
  let locked: Locked;
  try {
    locked = await lockPlan(ctx, em, found.case_id);
  } catch (error) {
    if (isNotFound(error)) throw notFound(label);
    throw error;
  }
  const element = await em.findOne(PlanElement, { id }, { refresh: true, populate: ['authorOrganisation'] });
  if (!element) throw notFound(label);
  assertCategoryWritable(ctx, 'update', element.caseId, element.category, KIND_LABEL[element.kind].split(' / ')[0]!.toLowerCase());
  if (element.version !== expectedVersion) throw staleElement(element, currentState(ctx, element));
  if (locked.plan.status === 'PROPOSED') throw editingClosed(locked.plan);
  return { ...locked, element, before: recordOf(element) };
}

function concernsOf(r: ElementRecord): string[] {
  const v = r.fields.concerns;
  return Array.isArray(v) ? v.map(String) : [];
}

/** Bumps the element and the plan, writes the history row and the audit record, in the caller's transaction. */
async function commitChange(
  ctx: RequestContext,
  em: EntityManager,
  locked: Locked,
  element: PlanElement,
  change: 'CREATE' | 'UPDATE' | 'REMOVE',
  before: ElementRecord | null,
  extra: AuditEntry[] = [],
): Promise<void> {
  const actor = requireActor(ctx);
  const { plan } = locked;
  if (change === 'UPDATE') element.version += 1;
  element.updatedByUserId = actor.userId;
  element.updatedByOrganisationId = actor.organisationId;
  if (change === 'REMOVE') em.remove(element);
  plan.version += 1;
  // Any change after agreement starts the next draft (version n+1); the agreed version stays as it was.
  if (plan.status === 'AGREED') plan.status = 'DRAFT';
  const after = change === 'REMOVE' ? null : recordOf(element);
  const fields = changedFields(before?.fields ?? {}, after?.fields ?? {});
  em.create(PlanElementChange, {
    caseId: plan.caseId,
    planId: plan.id,
    elementId: element.id,
    kind: element.kind,
    category: element.category,
    change,
    fields,
    userId: actor.userId,
    organisationId: actor.organisationId,
  });
  await em.flush();
  const record = after ?? before;
  await ctx.audit?.write(em, [
    changeOf(change === 'CREATE' ? 'CREATE' : change === 'UPDATE' ? 'UPDATE' : 'DELETE', {
      subjectType: `Plan${element.kind === 'SAFETY_ITEM' ? 'SafetyItem' : element.kind.charAt(0) + element.kind.slice(1).toLowerCase()}`,
      subjectId: element.id,
      caseId: plan.caseId,
      dataSubjectIds: record ? concernsOf(record) : [],
      fields: fields.map((f) => f.field),
      categories: [element.category],
    }),
    ...extra,
  ]);
}

function newElement(em: EntityManager, ctx: RequestContext, locked: Locked, kind: PlanElementKind, category: DataCategory, fields: Record<string, Json>, parentId: string | null = null): PlanElement {
  const actor = requireActor(ctx);
  const cols = columnsOf(kind, fields);
  return em.create(PlanElement, {
    caseId: locked.plan.caseId,
    planId: locked.plan.id,
    kind,
    category,
    parentId,
    ...cols,
    authorOrganisation: em.getReference(Organisation, actor.organisationId),
    authorUser: em.getReference(User, actor.userId),
    updatedByUserId: actor.userId,
    updatedByOrganisationId: actor.organisationId,
  });
}

function applyFields(e: PlanElement, fields: Record<string, Json>): void {
  const cols = columnsOf(e.kind, fields);
  e.content = cols.content;
  e.ownerOrganisationId = cols.ownerOrganisationId;
  e.dueOn = cols.dueOn;
  e.status = cols.status;
}

const oneOf = <T extends string>(check: InputCheck, field: string, value: string | null | undefined, allowed: readonly T[], message: string): value is T => {
  if (value === null || value === undefined) {
    check.add(field, message);
    return false;
  }
  if (!allowed.includes(value as T)) {
    check.add(field, 'onbekende waarde / unknown value');
    return false;
  }
  return true;
};

function checkConcerns(check: InputCheck, field: string, concerns: readonly string[] | null | undefined, members: Set<string>, required: boolean): string[] {
  const list = [...new Set(concerns ?? [])];
  if (required && list.length === 0) check.add(field, 'noem minstens één lid van het huishouden / name at least one household member');
  if (!list.every((id) => members.has(id))) check.add(field, 'alleen leden van dit huishouden / household members of this case only');
  return list;
}

/**
 * The domain guard (DOMAIN.md): with intimate terror, joint partner sessions and relationship
 * therapy are refused with the reason, unless the case director records a justification.
 */
function guardIntervention(
  ctx: RequestContext,
  check: InputCheck,
  caseFile: Case,
  kind: InterventionKind | null,
  justification: string | null | undefined,
  previous: Json,
): Json {
  const actor = requireActor(ctx);
  const reason = contraIndication(caseFile.profile, kind);
  const given = justification?.trim() ? justification.trim() : null;
  if (given !== null && !ctx.ability.can('justify', asSubject('Plan', { id: caseFile.id, caseId: caseFile.id }))) {
    throw forbidden('een gecontra-indiceerde interventie te onderbouwen; alleen de casusregisseur van deze casus kan dat / justify a contra-indicated intervention (case director only)');
  }
  if (reason === null) {
    if (given !== null) check.add('contraIndicationJustification', 'alleen bij een gecontra-indiceerde interventie / only for a contra-indicated intervention');
    return null;
  }
  if (given === null) {
    if (previous && typeof previous === 'object') return previous; // justified before, kind unchanged
    check.add('interventionKind', reason);
    return null;
  }
  check.text('contraIndicationJustification', given, { min: 20, max: 2000 });
  return { text: given, userId: actor.userId, organisationId: actor.organisationId, at: new Date().toISOString() };
}

const justificationAudit = (caseId: string, elementId: string, kind: string): AuditEntry =>
  changeOf('UPDATE', { subjectType: 'PlanContraIndication', subjectId: elementId, caseId, fields: ['contraIndicationJustification'], categories: ['PLAN'], reason: `CONTRA_INDICATION_JUSTIFIED:${kind}` });

// ---- plan level ---------------------------------------------------------------------

export async function startPlan(ctx: RequestContext, input: StartPlanInput): Promise<Plan> {
  return ctx.em.transactional(async (em) => {
    const locked = await lockPlan(ctx, em, input.caseId);
    const check = new InputCheck().date('firstMeetingOn', input.firstMeetingOn, { min: todayInNetherlands(locked.caseFile.openedAt), max: addYears(locked.today, 1) });
    check.done();
    if (input.firstMeetingOn !== undefined && input.firstMeetingOn !== null && locked.plan.firstMeetingOn === null) {
      locked.plan.firstMeetingOn = input.firstMeetingOn;
      locked.plan.version += 1;
    }
    await em.flush();
    await ctx.audit?.write(em, [changeOf('UPDATE', { subjectType: 'Plan', subjectId: locked.plan.id, caseId: locked.plan.caseId, fields: ['firstMeetingOn'], categories: ['PLAN'], reason: 'START_PLAN' })]);
    return locked.plan;
  });
}

export async function setPlanFirstMeeting(ctx: RequestContext, input: SetPlanFirstMeetingInput): Promise<Plan> {
  return ctx.em.transactional(async (em) => {
    const locked = await lockPlan(ctx, em, input.caseId);
    if (locked.plan.version !== input.expectedVersion) {
      throw conflict('Het plan is intussen door iemand anders gewijzigd. / The plan was changed by someone else in the meantime.', { currentVersion: locked.plan.version, currentFirstMeetingOn: locked.plan.firstMeetingOn });
    }
    new InputCheck().date('firstMeetingOn', input.firstMeetingOn, { min: todayInNetherlands(locked.caseFile.openedAt), max: addYears(locked.today, 1) }).done();
    locked.plan.firstMeetingOn = input.firstMeetingOn ?? null;
    locked.plan.version += 1;
    await em.flush();
    await ctx.audit?.write(em, [changeOf('UPDATE', { subjectType: 'Plan', subjectId: locked.plan.id, caseId: locked.plan.caseId, fields: ['firstMeetingOn'], categories: ['PLAN'] })]);
    return locked.plan;
  });
}

// ---- beeldvorming -------------------------------------------------------------------

export async function addPictureEntry(ctx: RequestContext, input: AddPictureEntryInput): Promise<PlanElement> {
  return ctx.em.transactional(async (em) => {
    const locked = await lockPlan(ctx, em, input.caseId);
    const category = input.category ?? 'PLAN';
    assertCategoryWritable(ctx, 'create', locked.caseFile.id, category, 'beeldvorming');
    if (locked.plan.status === 'PROPOSED') throw editingClosed(locked.plan);
    const check = new InputCheck();
    oneOf(check, 'lifeDomain', input.lifeDomain, LIFE_DOMAINS, 'kies een leefgebied / choose a life domain');
    check.check(PICTURE_CATEGORIES.includes(category), 'category', `kies een van ${PICTURE_CATEGORIES.join(', ')} / not allowed here`);
    check.text('text', input.text, { min: 3, max: 5000 });
    check.done();
    const e = newElement(em, ctx, locked, 'PICTURE', category, { lifeDomain: input.lifeDomain!, text: input.text!.trim() });
    await commitChange(ctx, em, locked, e, 'CREATE', null);
    return e;
  });
}

export async function updatePictureEntry(ctx: RequestContext, input: UpdatePictureEntryInput): Promise<PlanElement> {
  return ctx.em.transactional(async (em) => {
    const l = await lockElement(ctx, em, input.id, input.expectedVersion, 'PICTURE');
    if (!mayChangeElement(ctx, l.element)) {
      throw forbidden('de beeldvorming van een andere organisatie te wijzigen; voeg een eigen bijdrage of een notitie toe / change another organisation\'s contribution');
    }
    const check = new InputCheck();
    if (input.lifeDomain !== undefined) oneOf(check, 'lifeDomain', input.lifeDomain, LIFE_DOMAINS, 'kies een leefgebied / choose a life domain');
    if (input.text !== undefined) check.text('text', input.text, { min: 3, max: 5000 });
    check.done();
    applyFields(l.element, { ...l.before.fields, ...(input.lifeDomain ? { lifeDomain: input.lifeDomain } : {}), ...(input.text ? { text: input.text.trim() } : {}) });
    await commitChange(ctx, em, l, l.element, 'UPDATE', l.before);
    return l.element;
  });
}

// ---- oordeelsvorming: goals ---------------------------------------------------------

export async function addGoal(ctx: RequestContext, input: AddGoalInput): Promise<PlanElement> {
  return ctx.em.transactional(async (em) => {
    const locked = await lockPlan(ctx, em, input.caseId);
    assertCategoryWritable(ctx, 'create', locked.caseFile.id, 'PLAN', 'een doel');
    if (locked.plan.status === 'PROPOSED') throw editingClosed(locked.plan);
    const members = await householdPersonIds(em, locked.caseFile);
    const check = new InputCheck();
    oneOf(check, 'phase', input.phase, GOAL_PHASES, 'kies een fase: directe veiligheid, stabiele veiligheid of duurzaam herstel / choose a phase');
    oneOf(check, 'lifeDomain', input.lifeDomain, LIFE_DOMAINS, 'kies een leefgebied / choose a life domain');
    const concerns = checkConcerns(check, 'concerns', input.concerns, members, true);
    check.text('description', input.description, { min: 5, max: 1000 });
    check.text('measurableEnd', input.measurableEnd, { min: 5, max: 1000 });
    if (input.interventionKind) oneOf(check, 'interventionKind', input.interventionKind, INTERVENTION_KINDS, '');
    const justification = guardIntervention(ctx, check, locked.caseFile, input.interventionKind ?? null, input.contraIndicationJustification, null);
    check.done();
    const e = newElement(em, ctx, locked, 'GOAL', 'PLAN', {
      phase: input.phase!,
      lifeDomain: input.lifeDomain!,
      concerns,
      description: input.description!.trim(),
      measurableEnd: input.measurableEnd!.trim(),
      interventionKind: input.interventionKind ?? null,
      justification,
    });
    await commitChange(ctx, em, locked, e, 'CREATE', null, justification ? [justificationAudit(locked.plan.caseId, e.id, String(input.interventionKind))] : []);
    return e;
  });
}

export async function updateGoal(ctx: RequestContext, input: UpdateGoalInput): Promise<PlanElement> {
  return ctx.em.transactional(async (em) => {
    const l = await lockElement(ctx, em, input.id, input.expectedVersion, 'GOAL');
    const members = await householdPersonIds(em, l.caseFile);
    const check = new InputCheck();
    const next: Record<string, Json> = { ...l.before.fields };
    if (input.phase !== undefined && oneOf(check, 'phase', input.phase, GOAL_PHASES, 'kies een fase: directe veiligheid, stabiele veiligheid of duurzaam herstel / choose a phase')) next.phase = input.phase;
    if (input.lifeDomain !== undefined && oneOf(check, 'lifeDomain', input.lifeDomain, LIFE_DOMAINS, 'kies een leefgebied / choose a life domain')) next.lifeDomain = input.lifeDomain;
    if (input.concerns !== undefined) next.concerns = checkConcerns(check, 'concerns', input.concerns, members, true);
    if (input.description !== undefined) {
      check.text('description', input.description, { min: 5, max: 1000 });
      next.description = input.description?.trim() ?? null;
    }
    if (input.measurableEnd !== undefined) {
      check.text('measurableEnd', input.measurableEnd, { min: 5, max: 1000 });
      next.measurableEnd = input.measurableEnd?.trim() ?? null;
    }
    const kindChanged = input.interventionKind !== undefined && input.interventionKind !== l.before.fields.interventionKind;
    if (input.interventionKind !== undefined) next.interventionKind = input.interventionKind;
    next.justification = guardIntervention(ctx, check, l.caseFile, (next.interventionKind as InterventionKind | null) ?? null, input.contraIndicationJustification, kindChanged ? null : (l.before.fields.justification ?? null));
    check.done();
    applyFields(l.element, next);
    const justified = input.contraIndicationJustification?.trim() ? [justificationAudit(l.plan.caseId, l.element.id, String(next.interventionKind))] : [];
    await commitChange(ctx, em, l, l.element, 'UPDATE', l.before, justified);
    return l.element;
  });
}

// ---- besluitvorming: actions --------------------------------------------------------

/**
 * The owner must be active on the case team; a newly chosen assignee must be an active user with
 * a casework role of the owner (`previousAssigneeId`: an assignee kept as it was is not re-checked
 * for being active, so a deactivated account does not block other edits of the action).
 */
async function checkOwnerAndAssignee(em: EntityManager, check: InputCheck, caseId: string, today: string, ownerId: string | null | undefined, assigneeId: string | null | undefined, previous: { ownerId: unknown; assigneeId: unknown } | null = null): Promise<void> {
  if (!ownerId) {
    check.add('ownerOrganisationId', 'een actie heeft een eigenaar nodig: kies de organisatie uit het casusteam die haar uitvoert / an action needs an owning organisation from the case team');
    return;
  }
  const team = await activeTeamOrganisationIds(em, caseId, today);
  if (!isUuid(ownerId) || !team.includes(ownerId)) {
    check.add('ownerOrganisationId', 'de eigenaar moet een organisatie uit het casusteam zijn / the owner must be on the case team');
    return;
  }
  if (assigneeId) {
    const user = isUuid(assigneeId) ? await em.findOne(User, { id: assigneeId }, { fields: ['organisation', 'active', 'roles'] }) : null;
    const unchanged = previous !== null && previous.assigneeId === assigneeId && previous.ownerId === ownerId;
    if (!user || user.organisation.id !== ownerId) {
      check.add('assigneeUserId', 'de uitvoerder moet een medewerker van de eigenaar zijn / the assignee must work for the owning organisation');
    } else if (!unchanged && (!user.active || !user.roles.some((r) => CASEWORK_ROLES.includes(r)))) {
      check.add('assigneeUserId', 'de uitvoerder moet een actieve medewerker met casuswerk zijn; kies iemand uit de lijst / the assignee must be an active casework user');
    }
  }
}

export async function addAction(ctx: RequestContext, input: AddActionInput): Promise<PlanElement> {
  return ctx.em.transactional(async (em) => {
    const goal = await lockElementParent(ctx, em, input.goalId);
    const locked = goal.locked;
    assertCategoryWritable(ctx, 'create', locked.caseFile.id, 'PLAN', 'een actie');
    if (locked.plan.status === 'PROPOSED') throw editingClosed(locked.plan);
    const check = new InputCheck();
    check.text('description', input.description, { min: 5, max: 1000 });
    await checkOwnerAndAssignee(em, check, locked.caseFile.id, locked.today, input.ownerOrganisationId, input.assigneeUserId);
    check.date('dueOn', input.dueOn, { min: todayInNetherlands(locked.caseFile.openedAt), max: addYears(locked.today, 3), required: true });
    if (input.interventionKind) oneOf(check, 'interventionKind', input.interventionKind, INTERVENTION_KINDS, '');
    const justification = guardIntervention(ctx, check, locked.caseFile, input.interventionKind ?? null, input.contraIndicationJustification, null);
    check.done();
    const e = newElement(em, ctx, locked, 'ACTION', 'PLAN', {
      description: input.description!.trim(),
      ownerOrganisationId: input.ownerOrganisationId!,
      assigneeUserId: input.assigneeUserId || null,
      dueOn: input.dueOn!,
      status: 'OPEN',
      cancellationReason: null,
      interventionKind: input.interventionKind ?? null,
      justification,
    }, goal.goal.id);
    await commitChange(ctx, em, locked, e, 'CREATE', null, justification ? [justificationAudit(locked.plan.caseId, e.id, String(input.interventionKind))] : []);
    return e;
  });
}

async function lockElementParent(ctx: RequestContext, em: EntityManager, goalId: string): Promise<{ locked: Locked; goal: PlanElement }> {
  if (!isUuid(goalId)) throw notFound(KIND_LABEL.GOAL);
  const probe = await em.execute<{ case_id: string; kind: string }[]>('select "case_id", "kind" from "plan_element" where "id" = ?', [goalId]);
  if (!probe[0] || probe[0].kind !== 'GOAL') throw notFound(KIND_LABEL.GOAL);
  let locked: Locked;
  try {
    locked = await lockPlan(ctx, em, probe[0].case_id);
  } catch (error) {
    if (isNotFound(error)) throw notFound(KIND_LABEL.GOAL);
    throw error;
  }
  const goal = await em.findOne(PlanElement, { id: goalId }, { refresh: true });
  if (!goal) throw notFound(KIND_LABEL.GOAL);
  return { locked, goal };
}

export async function updateAction(ctx: RequestContext, input: UpdateActionInput): Promise<PlanElement> {
  return ctx.em.transactional(async (em) => {
    const l = await lockElement(ctx, em, input.id, input.expectedVersion, 'ACTION');
    const check = new InputCheck();
    const next: Record<string, Json> = { ...l.before.fields };
    if (input.description !== undefined) {
      check.text('description', input.description, { min: 5, max: 1000 });
      next.description = input.description?.trim() ?? null;
    }
    if (input.ownerOrganisationId !== undefined) next.ownerOrganisationId = input.ownerOrganisationId;
    if (input.assigneeUserId !== undefined) next.assigneeUserId = input.assigneeUserId || null;
    if (input.ownerOrganisationId !== undefined || input.assigneeUserId !== undefined) {
      await checkOwnerAndAssignee(em, check, l.caseFile.id, l.today, next.ownerOrganisationId as string | null, next.assigneeUserId as string | null, {
        ownerId: l.before.fields.ownerOrganisationId,
        assigneeId: l.before.fields.assigneeUserId,
      });
    }
    if (input.dueOn !== undefined) {
      check.date('dueOn', input.dueOn, { min: todayInNetherlands(l.caseFile.openedAt), max: addYears(l.today, 3), required: true });
      next.dueOn = input.dueOn;
    }
    if (input.status !== undefined && oneOf(check, 'status', input.status, ACTION_STATUSES, 'kies een status / choose a status')) next.status = input.status;
    if (next.status === 'CANCELLED') {
      const reason = input.cancellationReason ?? (l.before.fields.status === 'CANCELLED' ? (l.before.fields.cancellationReason as string | null) : null);
      check.text('cancellationReason', reason, { min: 5, max: 1000 });
      if (!reason?.trim()) check.add('status', 'een actie annuleren kan alleen met een reden / cancelling an action needs a reason');
      next.cancellationReason = reason?.trim() ?? null;
    } else {
      if (input.cancellationReason) check.add('cancellationReason', 'alleen bij status CANCELLED / only when cancelling');
      next.cancellationReason = null;
    }
    const kindChanged = input.interventionKind !== undefined && input.interventionKind !== l.before.fields.interventionKind;
    if (input.interventionKind !== undefined) next.interventionKind = input.interventionKind;
    next.justification = guardIntervention(ctx, check, l.caseFile, (next.interventionKind as InterventionKind | null) ?? null, input.contraIndicationJustification, kindChanged ? null : (l.before.fields.justification ?? null));
    check.done();
    applyFields(l.element, next);
    const justified = input.contraIndicationJustification?.trim() ? [justificationAudit(l.plan.caseId, l.element.id, String(next.interventionKind))] : [];
    await commitChange(ctx, em, l, l.element, 'UPDATE', l.before, justified);
    return l.element;
  });
}

// ---- safety plan and coercive measures ----------------------------------------------

export async function addSafetyPlanItem(ctx: RequestContext, input: AddSafetyPlanItemInput): Promise<PlanElement> {
  return ctx.em.transactional(async (em) => {
    const locked = await lockPlan(ctx, em, input.caseId);
    const check = new InputCheck();
    if (!oneOf(check, 'kind', input.kind, SAFETY_ITEM_KINDS, 'kies het soort afspraak / choose the kind of item')) check.done();
    const category = safetyItemCategory(input.kind!);
    assertCategoryWritable(ctx, 'create', locked.caseFile.id, category, 'het veiligheidsplan');
    if (locked.plan.status === 'PROPOSED') throw editingClosed(locked.plan);
    const members = await householdPersonIds(em, locked.caseFile);
    check.text('text', input.text, { min: 3, max: 2000 });
    const concerns = checkConcerns(check, 'concerns', input.concerns, members, false);
    check.done();
    const e = newElement(em, ctx, locked, 'SAFETY_ITEM', category, { itemKind: input.kind!, text: input.text!.trim(), concerns });
    await commitChange(ctx, em, locked, e, 'CREATE', null);
    return e;
  });
}

export async function updateSafetyPlanItem(ctx: RequestContext, input: UpdateSafetyPlanItemInput): Promise<PlanElement> {
  return ctx.em.transactional(async (em) => {
    const l = await lockElement(ctx, em, input.id, input.expectedVersion, 'SAFETY_ITEM');
    const members = await householdPersonIds(em, l.caseFile);
    const check = new InputCheck();
    const next: Record<string, Json> = { ...l.before.fields };
    if (input.text !== undefined) {
      check.text('text', input.text, { min: 3, max: 2000 });
      next.text = input.text?.trim() ?? null;
    }
    if (input.concerns !== undefined) next.concerns = checkConcerns(check, 'concerns', input.concerns, members, false);
    check.done();
    applyFields(l.element, next);
    await commitChange(ctx, em, l, l.element, 'UPDATE', l.before);
    return l.element;
  });
}

export async function addCoerciveMeasure(ctx: RequestContext, input: AddCoerciveMeasureInput): Promise<PlanElement> {
  return ctx.em.transactional(async (em) => {
    const locked = await lockPlan(ctx, em, input.caseId);
    const check = new InputCheck();
    if (!oneOf(check, 'kind', input.kind, COERCIVE_MEASURE_KINDS, 'kies de maatregel / choose the measure')) check.done();
    const kind = input.kind!;
    const category = measureCategory(kind);
    assertCategoryWritable(ctx, 'create', locked.caseFile.id, category, 'een dwangmaatregel');
    if (locked.plan.status === 'PROPOSED') throw editingClosed(locked.plan);
    const members = await householdPersonIds(em, locked.caseFile);
    check.date('startsOn', input.startsOn, { min: '2000-01-01', max: addYears(locked.today, 1), required: true });
    const endsOn = input.endsOn ?? (input.startsOn ? defaultMeasureEnd(kind, input.startsOn) : null);
    if (input.endsOn) check.date('endsOn', input.endsOn, { min: '2000-01-01', max: addYears(locked.today, 3) });
    if (check.ok && input.startsOn) for (const p of measurePeriodProblems(kind, input.startsOn, endsOn)) check.add('endsOn', p);
    await checkResponsible(em, check, locked.caseFile.id, locked.today, input.responsibleOrganisationId);
    const concerns = checkConcerns(check, 'concerns', input.concerns, members, true);
    check.text('note', input.note, { max: 2000, required: false });
    check.done();
    const e = newElement(em, ctx, locked, 'MEASURE', category, {
      measureKind: kind,
      responsibleOrganisationId: input.responsibleOrganisationId!,
      startsOn: input.startsOn!,
      endsOn,
      concerns,
      note: input.note?.trim() || null,
    });
    await commitChange(ctx, em, locked, e, 'CREATE', null);
    return e;
  });
}

async function checkResponsible(em: EntityManager, check: InputCheck, caseId: string, today: string, id: string | null | undefined): Promise<void> {
  if (!id) {
    check.add('responsibleOrganisationId', 'noem de verantwoordelijke organisatie / name the responsible organisation');
    return;
  }
  const team = await activeTeamOrganisationIds(em, caseId, today);
  if (!isUuid(id) || !team.includes(id)) check.add('responsibleOrganisationId', 'de verantwoordelijke organisatie moet in het casusteam zitten / must be on the case team');
}

export async function updateCoerciveMeasure(ctx: RequestContext, input: UpdateCoerciveMeasureInput): Promise<PlanElement> {
  return ctx.em.transactional(async (em) => {
    const l = await lockElement(ctx, em, input.id, input.expectedVersion, 'MEASURE');
    const check = new InputCheck();
    const next: Record<string, Json> = { ...l.before.fields };
    const kind = next.measureKind as CoerciveMeasureKind;
    if (input.endsOn !== undefined) {
      if (input.endsOn) check.date('endsOn', input.endsOn, { min: '2000-01-01', max: addYears(l.today, 3) });
      next.endsOn = input.endsOn ?? null;
      if (check.ok) for (const p of measurePeriodProblems(kind, String(next.startsOn), input.endsOn ?? null)) check.add('endsOn', p);
    }
    if (input.responsibleOrganisationId !== undefined) {
      await checkResponsible(em, check, l.caseFile.id, l.today, input.responsibleOrganisationId);
      next.responsibleOrganisationId = input.responsibleOrganisationId;
    }
    if (input.note !== undefined) {
      check.text('note', input.note, { max: 2000, required: false });
      next.note = input.note?.trim() || null;
    }
    check.done();
    applyFields(l.element, next);
    await commitChange(ctx, em, l, l.element, 'UPDATE', l.before);
    return l.element;
  });
}

/** The CASL decision on changing or removing this very element (a picture entry: its author organisation only). */
function mayChangeElement(ctx: RequestContext, e: PlanElement): boolean {
  return ctx.ability.can('update', asSubject('PlanElement', { id: e.id, caseId: e.caseId, category: e.category, kind: e.kind, authorOrganisationId: e.authorOrganisation.id }));
}

/** Removes an element; a goal goes together with its actions, in one transaction. */
export async function removePlanElement(ctx: RequestContext, input: RemovePlanElementInput): Promise<{ id: string; removedIds: string[] }> {
  return ctx.em.transactional(async (em) => {
    const l = await lockElement(ctx, em, input.id, input.expectedVersion, null);
    // What an organisation contributed to the picture stays its own, to change and to remove.
    if (l.element.kind === 'PICTURE' && !mayChangeElement(ctx, l.element)) {
      throw forbidden('de beeldvorming van een andere organisatie te verwijderen; voeg een eigen bijdrage of een notitie toe / remove another organisation\'s contribution');
    }
    const children = l.element.kind === 'GOAL' ? await em.find(PlanElement, { parentId: l.element.id }, { populate: ['authorOrganisation'] }) : [];
    for (const child of children) {
      assertCategoryWritable(ctx, 'update', child.caseId, child.category, 'een actie');
      await commitChange(ctx, em, l, child, 'REMOVE', recordOf(child));
    }
    await commitChange(ctx, em, l, l.element, 'REMOVE', l.before);
    return { id: l.element.id, removedIds: [...children.map((c) => c.id), l.element.id] };
  });
}

// ---- agreement ----------------------------------------------------------------------

/** Freezes the working copy as version n+1 and asks every team organisation to sign it off. */
export async function proposePlan(ctx: RequestContext, input: ProposePlanInput): Promise<Plan> {
  const actor = requireActor(ctx);
  return ctx.em.transactional(async (em) => {
    const locked = await lockPlan(ctx, em, input.caseId, 'propose');
    const { plan } = locked;
    if (plan.version !== input.expectedVersion) {
      throw conflict('Het plan is intussen gewijzigd; bekijk de laatste stand voordat u het ter instemming voorlegt. / The plan was changed in the meantime.', { currentVersion: plan.version, planStatus: plan.status });
    }
    if (plan.status === 'PROPOSED') throw conflict(`Versie ${plan.versionCount} ligt al ter instemming voor. / Version ${plan.versionCount} already awaits sign-off.`, { planStatus: plan.status });
    if (plan.status === 'AGREED') throw conflict(`Er is niets gewijzigd sinds de vastgestelde versie ${plan.versionCount}. / Nothing changed since agreed version ${plan.versionCount}.`, { planStatus: plan.status });
    const elements = await em.find(PlanElement, { planId: plan.id }, { populate: ['authorOrganisation'], orderBy: { createdAt: 'asc', id: 'asc' } });
    const goals = elements.filter((e) => e.kind === 'GOAL');
    const check = new InputCheck();
    check.check(goals.length > 0, 'goals', 'een plan heeft minstens één doel nodig / a plan needs at least one goal');
    const withoutAction = goals.filter((g) => !elements.some((e) => e.parentId === g.id && e.status !== 'CANCELLED'));
    check.check(withoutAction.length === 0, 'goals', `${withoutAction.length} doel(en) zonder actie: leg bij elk doel vast wie wat doet / every goal needs an action`);
    check.done();
    const records = elements.map(recordOf);
    plan.versionCount += 1;
    plan.status = 'PROPOSED';
    plan.version += 1;
    const version = em.create(PlanVersion, {
      caseId: plan.caseId,
      planId: plan.id,
      number: plan.versionCount,
      snapshot: { firstMeetingOn: plan.firstMeetingOn, elements: records },
      proposedById: actor.userId,
      proposedByOrganisationId: actor.organisationId,
    });
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf('CREATE', { subjectType: 'PlanVersion', subjectId: version.id, caseId: plan.caseId, fields: ['snapshot'], categories: [...new Set(records.map((r) => r.category))].sort(), reason: `PROPOSE_VERSION_${version.number}` }),
    ]);
    return plan;
  });
}

/**
 * One organisation's decision on the proposed version. All active team organisations agreeing
 * makes the plan AGREED; one objection (with a reason) sends it back to DRAFT for rework.
 */
export async function signOffPlan(ctx: RequestContext, input: SignOffPlanInput): Promise<Plan> {
  const actor = requireActor(ctx);
  return ctx.em.transactional(async (em) => {
    const locked = await lockPlan(ctx, em, input.caseId, 'signOff');
    const { plan } = locked;
    const version = await em.findOne(PlanVersion, { planId: plan.id, number: input.versionNumber }, { refresh: true });
    if (!version) throw notFound(VERSION_LABEL);
    if (version.status !== 'PROPOSED' || plan.status !== 'PROPOSED') {
      throw conflict(`Over versie ${version.number} is al besloten (${version.status}). / Version ${version.number} has already been decided.`, { versionStatus: version.status, planStatus: plan.status });
    }
    const check = new InputCheck();
    if (input.decision === 'OBJECT') check.text('reason', input.reason, { min: 10, max: 2000 });
    else check.text('reason', input.reason, { max: 2000, required: false });
    if (input.decision === 'OBJECT' && !input.reason?.trim()) check.add('decision', 'een bezwaar heeft een reden nodig, zodat het plan kan worden aangepast / an objection needs a reason');
    check.done();
    const existing = await em.find(PlanSignOff, { versionId: version.id });
    if (existing.some((s) => s.organisationId === actor.organisationId)) {
      throw conflict('Uw organisatie heeft al over deze versie beslist. / Your organisation has already decided on this version.');
    }
    const signOff = em.create(PlanSignOff, {
      caseId: plan.caseId,
      versionId: version.id,
      organisationId: actor.organisationId,
      userId: actor.userId,
      decision: input.decision,
      reason: input.reason?.trim() || null,
    });
    const audit: AuditEntry[] = [changeOf('CREATE', { subjectType: 'PlanSignOff', subjectId: signOff.id, caseId: plan.caseId, fields: ['decision', ...(signOff.reason ? ['reason'] : [])], categories: ['PLAN'], reason: `${input.decision}_VERSION_${version.number}` })];
    plan.version += 1;
    if (input.decision === 'OBJECT') {
      version.status = 'OBJECTED';
      version.decidedAt = new Date();
      plan.status = 'DRAFT';
      audit.push(changeOf('UPDATE', { subjectType: 'PlanVersion', subjectId: version.id, caseId: plan.caseId, fields: ['status'], reason: 'OBJECTED' }));
    } else {
      const agreed = new Set([...existing.filter((s) => s.decision === 'AGREE').map((s) => s.organisationId), actor.organisationId]);
      const team = await activeTeamOrganisationIds(em, plan.caseId, locked.today);
      if (team.every((id) => agreed.has(id))) {
        version.status = 'AGREED';
        version.decidedAt = new Date();
        plan.status = 'AGREED';
        plan.agreedVersionNumber = version.number;
        audit.push(changeOf('UPDATE', { subjectType: 'PlanVersion', subjectId: version.id, caseId: plan.caseId, fields: ['status'], reason: 'AGREED' }));
      }
    }
    await em.flush();
    await ctx.audit?.write(em, audit);
    if (input.decision === 'OBJECT' && (await triggerSetting(em, 'PLAN_OBJECTION', 'enabled')) === 1) {
      // An objection is a reason to escalate (issue: "an objection must be visible to the
      // escalation work"). The escalation names the organisation and the version only; the
      // objection's text stays with the sign-off, under the plan's own permissions.
      const [names] = await em.execute<{ org: string; reference: string }[]>(
        'select o.name as org, c.reference from organisation o, case_file c where o.id = ? and c.id = ?',
        [actor.organisationId, plan.caseId],
      );
      await raiseFromTrigger(em, {
        caseId: plan.caseId,
        trigger: 'PLAN_OBJECTION',
        sourceKey: `${version.id}:${actor.organisationId}`,
        reason: `${names?.org ?? 'Een organisatie'} maakt bezwaar tegen planversie ${version.number} van casus ${names?.reference ?? ''}. De reden staat bij de ondertekening in het plan.`,
        decisionAsked: 'Besluit hoe het plan wordt aangepast zodat alle partners kunnen instemmen.',
        raisedBy: { userId: actor.userId, organisationId: actor.organisationId },
        audit: async (tx, entries) => ctx.audit?.write(tx, entries),
      });
    }
    return plan;
  });
}

// ---- notes --------------------------------------------------------------------------

export async function addPlanNote(ctx: RequestContext, input: AddPlanNoteInput): Promise<PlanNote> {
  const actor = requireActor(ctx);
  if (!isUuid(input.elementId)) throw notFound(ELEMENT_LABEL);
  const probe = await ctx.em.getConnection().execute<{ case_id: string; plan_id: string }[]>('select "case_id", "plan_id" from "plan_element" where "id" = ?', [input.elementId]);
  if (!probe[0]) throw notFound(ELEMENT_LABEL);
  const { case_id: caseId, plan_id: planId } = probe[0];
  try {
    await readableCase(ctx, caseId);
  } catch (error) {
    if (isNotFound(error)) throw notFound(ELEMENT_LABEL);
    throw error;
  }
  if (!ctx.ability.can('edit', asSubject('Plan', { id: caseId, caseId }))) throw forbidden('een notitie bij dit plan te maken / add a note to this plan');
  const audience = [...new Set(input.audience ?? [])];
  const category = audience.length > 0 ? 'RESTRICTED_NOTE' : 'PLAN';
  assertCategoryWritable(ctx, 'create', caseId, category, 'een notitie');
  new InputCheck().text('body', input.body, { min: 1, max: 2000 }).done();
  return ctx.em.transactional(async (em) => {
    const note = em.create(PlanNote, { caseId, planId, elementId: input.elementId, category, audience, body: input.body.trim(), authorOrganisationId: actor.organisationId, authorUserId: actor.userId });
    await em.flush();
    await ctx.audit?.write(em, [changeOf('CREATE', { subjectType: 'PlanNote', subjectId: note.id, caseId, fields: ['body', ...(audience.length ? ['audience'] : [])], categories: [category] })]);
    return note;
  });
}

// ---- for other capabilities ---------------------------------------------------------

export interface PlanObjection {
  caseId: string;
  versionNumber: number;
  organisationId: string;
  userId: string;
  reason: string;
  signedAt: Date;
}

/**
 * Objections to plan versions of a case since a moment (all when `since` is null), oldest
 * first. For the escalation capability: an objection is a reason to escalate. No access
 * check here: the caller decides (it runs in jobs as well as in requests).
 */
export async function objectionsSince(em: EntityManager, caseId: string, since: Date | null = null): Promise<PlanObjection[]> {
  const rows = await em.execute<{ version_number: number; organisation_id: string; user_id: string; reason: string; signed_at: Date }[]>(
    `select v.number as version_number, s.organisation_id, s.user_id, s.reason, s.signed_at
       from plan_sign_off s join plan_version v on v.id = s.version_id
      where s.case_id = ? and s.decision = 'OBJECT' and (?::timestamptz is null or s.signed_at >= ?::timestamptz)
      order by s.signed_at, s.id`,
    [caseId, since, since],
  );
  return rows.map((r) => ({ caseId, versionNumber: r.version_number, organisationId: r.organisation_id, userId: r.user_id, reason: r.reason, signedAt: new Date(r.signed_at) }));
}
