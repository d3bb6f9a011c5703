/**
 * The one write skeleton every plan element kind goes through (docs/plan.md):
 * load with lock -> check version and ability -> validate (all problems at once) -> apply ->
 * history row and audit record. Realtime publishing follows from the committed rows (the
 * database's NOTIFY trigger, docs/realtime.md). The kinds (plan-picture, plan-goal,
 * plan-action, plan-safety, plan-measure) only say what is valid and which fields result.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { asSubject, needsPurpose, type DataCategory } from '@mda/authz';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { changeOf } from '../../core/context/request-audit.js';
import type { AuditEntry } from '../../core/audit/audit.types.js';
import { conflict, forbidden, notFound } from '../../core/graphql/errors.js';
import { InputCheck, isUuid } from '../../core/graphql/validation.js';
import { Organisation } from '../identity/organisation.entity.js';
import { User } from '../identity/user.entity.js';
import { PlanElement, PlanElementChange, type Json, type PlanElementKind } from './plan-element.entity.js';
import { changedFields, columnsOf, recordOf, type ElementRecord } from './plan-record.js';
import { maskRecord } from './plan.type.js';
import { editingClosed, ELEMENT_LABEL, isNotFound, KIND_LABEL, lockPlan, type Locked } from './plan-lock.js';

const staleElement = (e: PlanElement, current: Record<string, unknown>) =>
  conflict(
    `Dit onderdeel is intussen door iemand anders gewijzigd (nu versie ${e.version}); bekijk de huidige inhoud en doe uw wijziging opnieuw. / This element was changed by someone else in the meantime.`,
    { currentVersion: e.version, current },
  );

/** The masked current state of an element, sent with CONFLICT so the editor can show it. */
function currentState(ctx: RequestContext, e: PlanElement): Record<string, unknown> {
  const r = recordOf(e);
  const m = maskRecord(ctx.ability, e.caseId, r);
  return {
    id: r.id,
    kind: r.kind,
    category: r.category,
    version: r.version,
    fields: m.fields,
    redactedFields: m.redacted,
    lastChangedByUserId: r.updatedByUserId,
    lastChangedAt: r.updatedAt,
  };
}

export function assertCategoryWritable(
  ctx: RequestContext,
  action: 'create' | 'update',
  caseId: string,
  category: DataCategory,
  what: string,
): void {
  if (ctx.ability.can(action, asSubject('PlanElement', { id: 'new', caseId, category }))) return;
  if (needsPurpose(category, requireActor(ctx).purpose)) {
    throw forbidden(
      `gegevens van categorie ${category} vast te leggen zonder vastgelegd doel; kies eerst een doel (setPurpose) / record ${category} data without a declared purpose`,
    );
  }
  throw forbidden(`${what} van categorie ${category} in dit plan vast te leggen / record ${category} plan content`);
}

export interface LockedElement extends Locked {
  element: PlanElement;
  before: ElementRecord;
}

async function lockElement(
  ctx: RequestContext,
  em: EntityManager,
  id: string,
  expectedVersion: number,
  kind: PlanElementKind | null,
): Promise<LockedElement> {
  const label = kind ? KIND_LABEL[kind] : ELEMENT_LABEL;
  if (!isUuid(id)) throw notFound(label);
  const probe = await em.execute<{ case_id: string; kind: PlanElementKind }[]>(
    'select "case_id", "kind" from "plan_element" where "id" = ?',
    [id],
  );
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
  assertCategoryWritable(
    ctx,
    'update',
    element.caseId,
    element.category,
    KIND_LABEL[element.kind].split(' / ')[0]!.toLowerCase(),
  );
  if (element.version !== expectedVersion) throw staleElement(element, currentState(ctx, element));
  if (locked.plan.status === 'PROPOSED') throw editingClosed(locked.plan);
  return { ...locked, element, before: recordOf(element) };
}

/** Locks the plan of a goal (an action's parent); NOT_FOUND names the goal. */
async function lockGoal(
  ctx: RequestContext,
  em: EntityManager,
  goalId: string,
): Promise<{ locked: Locked; goal: PlanElement }> {
  if (!isUuid(goalId)) throw notFound(KIND_LABEL.GOAL);
  const probe = await em.execute<{ case_id: string; kind: string }[]>(
    'select "case_id", "kind" from "plan_element" where "id" = ?',
    [goalId],
  );
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

function newElement(
  em: EntityManager,
  ctx: RequestContext,
  locked: Locked,
  kind: PlanElementKind,
  category: DataCategory,
  fields: Record<string, Json>,
  parentId: string | null = null,
): PlanElement {
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

/** The CASL decision on changing or removing this very element (a picture entry: its author organisation only). */
export function mayChangeElement(ctx: RequestContext, e: PlanElement): boolean {
  return ctx.ability.can(
    'update',
    asSubject('PlanElement', {
      id: e.id,
      caseId: e.caseId,
      category: e.category,
      kind: e.kind,
      authorOrganisationId: e.authorOrganisation.id,
    }),
  );
}

// ---- the skeleton -------------------------------------------------------------------

/** What a kind's validation sees when a new element is added. */
export interface ElementCreation {
  em: EntityManager;
  locked: Locked;
  check: InputCheck;
}

/** The fields of the new element (built only once the input is valid) and extra audit records. */
export interface BuiltElement {
  fields: Record<string, Json>;
  audit?: (element: PlanElement) => AuditEntry[];
}

export interface CreateSpec {
  kind: PlanElementKind;
  /** The plan of a case, or (an action) the plan of its goal, which becomes the parent. */
  target: { caseId: string } | { goalId: string };
  /** Decided before the ability check; may refuse an unknown kind first (`check.done()`). */
  category: (check: InputCheck) => DataCategory;
  /** What the refusal names ("een doel", "het veiligheidsplan"). */
  what: string;
  /** Adds every problem to `check`; returns how to build the fields once there are none. */
  validate: (w: ElementCreation) => Promise<() => BuiltElement> | (() => BuiltElement);
}

/** Adds an element: lock the plan, check the ability and the plan's state, validate, create, audit. */
export async function createElement(ctx: RequestContext, spec: CreateSpec): Promise<PlanElement> {
  return ctx.em.transactional(async (em) => {
    const { locked, parentId } =
      'goalId' in spec.target
        ? await lockGoal(ctx, em, spec.target.goalId).then((g) => ({ locked: g.locked, parentId: g.goal.id }))
        : { locked: await lockPlan(ctx, em, spec.target.caseId), parentId: null };
    const check = new InputCheck();
    const category = spec.category(check);
    assertCategoryWritable(ctx, 'create', locked.caseFile.id, category, spec.what);
    if (locked.plan.status === 'PROPOSED') throw editingClosed(locked.plan);
    const build = await spec.validate({ em, locked, check });
    check.done();
    const built = build();
    const e = newElement(em, ctx, locked, spec.kind, category, built.fields, parentId);
    await commitChange(ctx, em, locked, e, 'CREATE', null, built.audit?.(e) ?? []);
    return e;
  });
}

/** What a kind's validation sees when an element changes: `next` starts as the current fields. */
export interface ElementUpdate {
  em: EntityManager;
  locked: LockedElement;
  check: InputCheck;
  next: Record<string, Json>;
}

/**
 * Changes an element: lock the plan, check the element's version and the ability, validate
 * into `next` (all problems at once), apply, audit. `validate` returns extra audit records.
 */
export async function updateElement(
  ctx: RequestContext,
  ref: { id: string; expectedVersion: number },
  kind: PlanElementKind,
  validate: (w: ElementUpdate) => Promise<AuditEntry[] | void> | AuditEntry[] | void,
): Promise<PlanElement> {
  return ctx.em.transactional(async (em) => {
    const l = await lockElement(ctx, em, ref.id, ref.expectedVersion, kind);
    const check = new InputCheck();
    const next: Record<string, Json> = { ...l.before.fields };
    const extra = await validate({ em, locked: l, check, next });
    check.done();
    applyFields(l.element, next);
    await commitChange(ctx, em, l, l.element, 'UPDATE', l.before, extra ?? []);
    return l.element;
  });
}

/** Removes an element; a goal goes together with its actions, in one transaction. */
export async function removeElement(
  ctx: RequestContext,
  ref: { id: string; expectedVersion: number },
): Promise<{ id: string; removedIds: string[]; caseId: string }> {
  return ctx.em.transactional(async (em) => {
    const l = await lockElement(ctx, em, ref.id, ref.expectedVersion, null);
    // What an organisation contributed to the picture stays its own, to change and to remove.
    if (l.element.kind === 'PICTURE' && !mayChangeElement(ctx, l.element)) {
      throw forbidden(
        "de beeldvorming van een andere organisatie te verwijderen; voeg een eigen bijdrage of een notitie toe / remove another organisation's contribution",
      );
    }
    const children =
      l.element.kind === 'GOAL'
        ? await em.find(PlanElement, { parentId: l.element.id }, { populate: ['authorOrganisation'] })
        : [];
    for (const child of children) {
      assertCategoryWritable(ctx, 'update', child.caseId, child.category, 'een actie');
      await commitChange(ctx, em, l, child, 'REMOVE', recordOf(child));
    }
    await commitChange(ctx, em, l, l.element, 'REMOVE', l.before);
    return { id: l.element.id, removedIds: [...children.map((c) => c.id), l.element.id], caseId: l.plan.caseId };
  });
}
