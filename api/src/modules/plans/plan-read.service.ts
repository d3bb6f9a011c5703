import { asSubject, type DataCategory } from '@mda/authz';
import { type RequestContext } from '../../core/context/context.js';
import { readOf } from '../../core/context/request-audit.js';
import { notFound } from '../../core/graphql/errors.js';
import { todayInNetherlands } from '../../core/graphql/validation.js';
import { disclose } from '../../core/authz/field-guard.js';
import type { OrganisationNode } from '../identity/identity.type.js';
import { readableCase } from '../cases/case.service.js';
import { teamByCase } from '../cases/case.loaders.js';
import { isMembershipActive } from '../cases/case-team-membership.entity.js';
import type { Json } from './plan-element.entity.js';
import {
  planLoaders,
  type NoteRecord,
  type PlanBundle,
  type PlanRecord,
  type SignOffRecord,
  type VersionRecord,
} from './plan.loaders.js';
import { changedFields, type ElementRecord } from './plan-record.js';
import { json, namesFor, prefetchHistories } from './plan-history.service.js';
import {
  ActionNode,
  CoerciveMeasureNode,
  GoalNode,
  maskRecord,
  PictureEntryNode,
  PlanChangeAuthorNode,
  PlanContentNode,
  PlanDiffEntryNode,
  PlanDiffNode,
  PlanFieldChangeNode,
  PlanNode,
  PlanNoteNode,
  PlanPermissionsNode,
  PlanVersionNode,
  SafetyPlanItemNode,
  SignOffNode,
  type Masked,
  type Names,
} from './plan.type.js';

const PLAN_LABEL = 'Plan';
const VERSION_LABEL = 'Planversie / Plan version';

function userIdsIn(records: readonly ElementRecord[]): string[] {
  const ids: string[] = [];
  for (const r of records) {
    ids.push(r.updatedByUserId);
    const a = r.fields.assigneeUserId;
    if (typeof a === 'string') ids.push(a);
    const j = r.fields.justification;
    if (j && typeof j === 'object' && !Array.isArray(j) && typeof j.userId === 'string') ids.push(j.userId);
  }
  return ids;
}

interface Disclosed {
  fields: Set<string>;
  categories: Set<DataCategory>;
  subjects: Set<string>;
}

function noteDisclosure(d: Disclosed, r: ElementRecord, m: Masked): void {
  if (m.disclosed.length === 0) return;
  for (const f of m.disclosed) d.fields.add(`${r.kind}.${f}`);
  d.categories.add(r.category);
  const c = r.fields.concerns;
  if (Array.isArray(c) && !m.redacted.includes('concerns')) for (const id of c) d.subjects.add(String(id));
}

/** The content of a plan (working copy or version) masked for the viewer, with what was disclosed. */
export async function contentFor(
  ctx: RequestContext,
  caseId: string,
  records: readonly ElementRecord[],
  firstMeetingOn: string | null,
): Promise<{ node: PlanContentNode; disclosed: Disclosed; actions: ActionNode[] }> {
  const names = await namesFor(ctx, userIdsIn(records));
  const today = todayInNetherlands();
  const disclosed: Disclosed = { fields: new Set(), categories: new Set(), subjects: new Set() };
  const masked = new Map(
    records.map((r) => {
      const m = maskRecord(ctx.ability, caseId, r);
      noteDisclosure(disclosed, r, m);
      return [r.id, m] as const;
    }),
  );
  const m = (r: ElementRecord) => masked.get(r.id)!;
  const of = (kind: ElementRecord['kind']) => records.filter((r) => r.kind === kind);
  const actionsByGoal = new Map<string, ActionNode[]>();
  const actions: ActionNode[] = [];
  for (const r of of('ACTION')) {
    const node = ActionNode.from(names, r, m(r), today);
    node.ref = { caseId, category: r.category, authorOrganisationId: r.authorOrganisationId };
    actions.push(node);
    actionsByGoal.set(r.parentId ?? '', [...(actionsByGoal.get(r.parentId ?? '') ?? []), node]);
  }
  const node = Object.assign(new PlanContentNode(), {
    firstMeetingOn,
    picture: of('PICTURE').map((r) => PictureEntryNode.from(names, r, m(r))),
    goals: of('GOAL').map((r) => GoalNode.from(names, r, m(r), actionsByGoal.get(r.id) ?? [])),
    safetyPlan: of('SAFETY_ITEM').map((r) => SafetyPlanItemNode.from(names, r, m(r))),
    measures: of('MEASURE').map((r) => CoerciveMeasureNode.from(names, r, m(r), today)),
  });
  return { node, disclosed, actions };
}

export function recordRead(
  ctx: RequestContext,
  subjectType: string,
  subjectId: string,
  caseId: string,
  d: Disclosed,
  reason: string | null = null,
  action: 'READ' | 'EXPORT' = 'READ',
): void {
  if (d.fields.size === 0 && action === 'READ') return;
  ctx.audit?.record({
    ...readOf({
      subjectType,
      subjectId,
      caseId,
      fields: [...d.fields].sort(),
      categories: [...d.categories].sort(),
      dataSubjectIds: [...d.subjects].sort(),
      reason,
    }),
    action,
  });
}

/** The plan of a case the viewer may read (null when the case has none yet). NOT_FOUND outside the teams. */
export async function readablePlan(
  ctx: RequestContext,
  caseId: string,
): Promise<{ plan: PlanRecord | null; caseId: string }> {
  const caseFile = await readableCase(ctx, caseId);
  if (!ctx.ability.can('read', asSubject('Plan', { id: caseFile.id, caseId: caseFile.id }))) throw notFound(PLAN_LABEL);
  return { plan: (await bundleOf(ctx, caseFile.id)).plan, caseId: caseFile.id };
}

const EMPTY: Omit<PlanBundle, 'plan'> & { plan: null } = {
  plan: null,
  elements: [],
  notes: [],
  versions: [],
  signOffs: [],
};

/** The plan of a readable case and its children, one statement per request (see planLoaders.bundleByCase). */
async function bundleOf(ctx: RequestContext, caseId: string): Promise<PlanBundle | typeof EMPTY> {
  return (await planLoaders.bundleByCase(ctx).load(caseId)) ?? EMPTY;
}

export function planNode(plan: PlanRecord): PlanNode {
  return Object.assign(new PlanNode(), {
    id: plan.id,
    caseId: plan.caseId,
    status: plan.status,
    version: plan.version,
    firstMeetingOn: plan.firstMeetingOn,
    agreedVersionNumber: plan.agreedVersionNumber,
    nextVersionNumber: plan.versionCount + 1,
  });
}

/**
 * The working copy masked for the viewer. With `withHistory` (the query asks for actions'
 * history) the case's histories and their authors' names are loaded before the content is
 * returned, so that every action's history resolves at once instead of each waiting.
 */
export async function workingCopyOf(
  ctx: RequestContext,
  plan: PlanNode,
  withHistory = false,
): Promise<PlanContentNode> {
  const { elements } = await bundleOf(ctx, plan.caseId);
  // Started in the same tick as the plan's other resolvers, so that their name lookups share one statement.
  const [{ node, disclosed }] = await Promise.all([
    contentFor(ctx, plan.caseId, elements, plan.firstMeetingOn),
    withHistory ? prefetchHistories(ctx, plan.caseId) : null,
  ]);
  recordRead(ctx, 'Plan', plan.id, plan.caseId, disclosed);
  return node;
}

export function noteNode(
  ctx: RequestContext,
  n: NoteRecord,
  names: Names,
): { node: PlanNoteNode; disclosed: string[] } {
  const { values, redacted, disclosed } = disclose(
    ctx.ability,
    'PlanElement',
    {
      id: n.id,
      caseId: n.caseId,
      category: n.category,
      authorOrganisationId: n.authorOrganisationId,
      audience: [...n.audience],
    },
    { body: n.body },
  );
  const node = Object.assign(new PlanNoteNode(), {
    id: n.id,
    elementId: n.elementId,
    category: n.category,
    audience: [...n.audience],
    body: values.body,
    authorOrganisation: names.organisation(n.authorOrganisationId),
    authorName: names.user(n.authorUserId),
    createdAt: n.createdAt,
    redactedFields: redacted,
  });
  return { node, disclosed };
}

export async function notesOf(ctx: RequestContext, plan: PlanNode): Promise<PlanNoteNode[]> {
  const { notes } = await bundleOf(ctx, plan.caseId);
  const names = await namesFor(
    ctx,
    notes.map((n) => n.authorUserId),
  );
  const d: Disclosed = { fields: new Set(), categories: new Set(), subjects: new Set() };
  const nodes = notes.map((n) => {
    const { node, disclosed } = noteNode(ctx, n, names);
    if (disclosed.length > 0) {
      d.fields.add('NOTE.body');
      d.categories.add(n.category);
    }
    return node;
  });
  recordRead(ctx, 'PlanNote', plan.id, plan.caseId, d);
  return nodes;
}

export async function versionsOf(ctx: RequestContext, plan: PlanNode): Promise<PlanVersionNode[]> {
  const [{ versions, signOffs }, team] = await Promise.all([
    bundleOf(ctx, plan.caseId),
    teamByCase(ctx).load(plan.caseId),
  ]);
  const names = await namesFor(ctx, [...versions.map((v) => v.proposedById), ...signOffs.map((s) => s.userId)]);
  const today = todayInNetherlands();
  const active = [...new Set(team.filter((m) => isMembershipActive(m, today)).map((m) => m.organisation.id))];
  return versions.map((v) =>
    versionNode(
      v,
      signOffs.filter((s) => s.versionId === v.id),
      active,
      names,
    ),
  );
}

function versionNode(v: VersionRecord, signOffs: SignOffRecord[], activeTeam: string[], names: Names): PlanVersionNode {
  const decided = new Set(signOffs.map((s) => s.organisationId));
  return Object.assign(new PlanVersionNode(), {
    number: v.number,
    status: v.status,
    proposedBy: PlanChangeAuthorNode.of(names, v.proposedById, v.proposedByOrganisationId),
    proposedAt: v.proposedAt,
    decidedAt: v.decidedAt,
    signOffs: signOffs.map((s) =>
      Object.assign(new SignOffNode(), {
        id: s.id,
        versionNumber: v.number,
        organisation: names.organisation(s.organisationId),
        decision: s.decision,
        reason: s.reason,
        signedBy: names.user(s.userId),
        signedAt: s.signedAt,
      }),
    ),
    pendingOrganisations:
      v.status === 'PROPOSED'
        ? activeTeam
            .filter((id) => !decided.has(id))
            .map((id) => names.organisation(id))
            .filter((o): o is OrganisationNode => o !== null)
        : [],
    snapshotRef: { caseId: v.caseId, versionId: v.id },
  });
}

export async function versionContent(
  ctx: RequestContext,
  version: PlanVersionNode,
  withHistory = false,
): Promise<PlanContentNode> {
  const snapshot = await planLoaders.snapshotByVersion(ctx).load(version.snapshotRef.versionId);
  const [{ node, disclosed }] = await Promise.all([
    contentFor(ctx, version.snapshotRef.caseId, snapshot?.elements ?? [], snapshot?.firstMeetingOn ?? null),
    withHistory ? prefetchHistories(ctx, version.snapshotRef.caseId) : null,
  ]);
  recordRead(
    ctx,
    'PlanVersion',
    version.snapshotRef.versionId,
    version.snapshotRef.caseId,
    disclosed,
    `VERSION_${version.number}`,
  );
  return node;
}

export async function permissionsOf(ctx: RequestContext, plan: PlanNode): Promise<PlanPermissionsNode> {
  const subject = asSubject('Plan', { id: plan.caseId, caseId: plan.caseId });
  let signOff = ctx.ability.can('signOff', subject) && plan.status === 'PROPOSED';
  if (signOff && ctx.actor) {
    const { signOffs, versions } = await bundleOf(ctx, plan.caseId);
    const current = versions.find((v) => v.number === plan.nextVersionNumber - 1);
    signOff = !signOffs.some((s) => s.versionId === current?.id && s.organisationId === ctx.actor?.organisationId);
  }
  return Object.assign(new PlanPermissionsNode(), {
    edit: ctx.ability.can('edit', subject) && plan.status !== 'PROPOSED',
    propose: ctx.ability.can('propose', subject) && plan.status === 'DRAFT',
    signOff,
    justify: ctx.ability.can('justify', subject),
  });
}

/** One version of a plan by number, for the version query and the PDF. */
export async function readableVersion(
  ctx: RequestContext,
  caseId: string,
  number: number,
): Promise<{ plan: PlanRecord; version: PlanVersionNode }> {
  const { plan } = await readablePlan(ctx, caseId);
  if (!plan) throw notFound(PLAN_LABEL);
  const versions = await versionsOf(ctx, planNode(plan));
  const version = versions.find((v) => v.number === number);
  if (!version) throw notFound(VERSION_LABEL);
  return { plan, version };
}
/** What changed between two versions: added, changed, removed, and by whom; masked per viewer. */
export async function planVersionDiff(
  ctx: RequestContext,
  caseId: string,
  from: number,
  to: number | null,
): Promise<PlanDiffNode> {
  const { plan } = await readablePlan(ctx, caseId);
  if (!plan) throw notFound(PLAN_LABEL);
  const { versions, elements: workingCopy } = await bundleOf(ctx, plan.caseId);
  const a = versions.find((v) => v.number === from);
  const b = to === null ? null : versions.find((v) => v.number === to);
  if (!a || b === undefined) throw notFound(VERSION_LABEL);
  const [sa, sb] = await planLoaders.snapshotByVersion(ctx).loadMany(b ? [a.id, b.id] : [a.id]);
  const elementsOf = (s: typeof sa): ElementRecord[] => (s && !(s instanceof Error) ? s.elements : []) ?? [];
  const before = new Map(elementsOf(sa).map((r) => [r.id, r]));
  const after = new Map((b ? elementsOf(sb) : workingCopy).map((r) => [r.id, r]));
  const removedIds = [...before.keys()].filter((id) => !after.has(id));
  const histories = await planLoaders.changesByCase(ctx).load(plan.caseId);
  const removedBy = new Map<string, { userId: string; organisationId: string }>();
  for (const id of removedIds) {
    const last = [...(histories.get(id) ?? [])].reverse().find((c) => c.change === 'REMOVE');
    if (last) removedBy.set(id, { userId: last.userId, organisationId: last.organisationId });
  }
  const names = await namesFor(ctx, [
    ...[...after.values()].map((r) => r.updatedByUserId),
    ...[...removedBy.values()].map((r) => r.userId),
  ]);
  const d: Disclosed = { fields: new Set(), categories: new Set(), subjects: new Set() };
  const entries: PlanDiffEntryNode[] = [];
  const entry = (
    r: ElementRecord,
    change: PlanDiffEntryNode['change'],
    fields: { field: string; from: Json; to: Json }[],
    by: { userId: string; organisationId: string } | null,
  ) => {
    const m = maskRecord(ctx.ability, plan.caseId, r);
    noteDisclosure(d, r, m);
    const hidden = new Set(m.redacted);
    entries.push(
      Object.assign(new PlanDiffEntryNode(), {
        elementId: r.id,
        kind: r.kind,
        category: r.category,
        change,
        fields: fields.map((f) =>
          Object.assign(new PlanFieldChangeNode(), {
            field: f.field,
            from: hidden.has(f.field) ? null : json(f.from),
            to: hidden.has(f.field) ? null : json(f.to),
          }),
        ),
        changedBy: by ? PlanChangeAuthorNode.of(names, by.userId, by.organisationId) : null,
        withheld: hidden.size > 0,
      }),
    );
  };
  for (const [id, r] of after) {
    const old = before.get(id);
    const by = { userId: r.updatedByUserId, organisationId: r.updatedByOrganisationId };
    if (!old) entry(r, 'ADDED', changedFields({}, r.fields), by);
    else {
      const fields = changedFields(old.fields, r.fields);
      if (fields.length > 0 || old.category !== r.category) entry(r, 'CHANGED', fields, by);
    }
  }
  for (const id of removedIds)
    entry(before.get(id)!, 'REMOVED', changedFields(before.get(id)!.fields, {}), removedBy.get(id) ?? null);
  recordRead(ctx, 'PlanVersionDiff', plan.id, plan.caseId, d, `DIFF_${from}_${to ?? 'WORKING_COPY'}`);
  return Object.assign(new PlanDiffNode(), { from, to, entries });
}

// The element history and author names live in plan-history.service.ts; importable from here too.
export { historyOf, namesFor } from './plan-history.service.js';
