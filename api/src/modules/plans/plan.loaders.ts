import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context/context.js';
import { loaderOf } from '../../core/context/context.js';
import type { OrganisationRecord } from '../identity/organisation.entity.js';
import { OrganisationNode } from '../identity/identity.type.js';
import { isUuid } from '../../core/graphql/validation.js';
import type { Names } from './plan.type.js';
import type { Plan } from './plan.entity.js';
import type { PlanElementChange } from './plan-element.entity.js';
import { recordOfRow, type ElementRecord, type ElementRow } from './plan-record.js';
import type { PlanNote } from './plan-note.entity.js';
import type { PlanSignOff, PlanVersion, PlanSnapshot } from './plan-version.entity.js';

const placeholders = (keys: readonly unknown[]): string => keys.map(() => '?').join(', ');

/** One entry of an element's history, as the read side needs it. */
export type ElementChange = Pick<
  PlanElementChange,
  'elementId' | 'change' | 'fields' | 'userId' | 'organisationId' | 'changedAt'
>;

/** The plan row as the read side needs it. */
export type PlanRecord = Pick<
  Plan,
  'id' | 'caseId' | 'status' | 'version' | 'firstMeetingOn' | 'agreedVersionNumber' | 'versionCount'
>;
export type VersionRecord = Pick<
  PlanVersion,
  | 'id'
  | 'caseId'
  | 'planId'
  | 'number'
  | 'status'
  | 'proposedById'
  | 'proposedByOrganisationId'
  | 'proposedAt'
  | 'decidedAt'
>;
export type SignOffRecord = Pick<
  PlanSignOff,
  'id' | 'caseId' | 'versionId' | 'organisationId' | 'userId' | 'decision' | 'reason' | 'signedAt'
>;
export type NoteRecord = Pick<
  PlanNote,
  | 'id'
  | 'caseId'
  | 'planId'
  | 'elementId'
  | 'category'
  | 'audience'
  | 'body'
  | 'authorOrganisationId'
  | 'authorUserId'
  | 'createdAt'
>;

/** A case's plan with everything hanging off it (the working copy, notes, versions without snapshots, sign-offs). */
export interface PlanBundle {
  plan: PlanRecord;
  elements: ElementRecord[];
  notes: NoteRecord[];
  versions: VersionRecord[];
  signOffs: SignOffRecord[];
}

type Row = Record<string, unknown>;
const text = (v: unknown): string => String(v);
const textOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const date = (v: unknown): Date => new Date(v as string);

// One statement per batch of cases: the plan row and its children aggregated as JSON, ordered
// as the screens show them. Snapshots stay out (loaded per version, only when asked for); the
// element histories come along when the query asks for history (see planLoaders.wantHistory).
const BUNDLE_SQL = (caseIds: readonly string[], withHistory: boolean): string => `
  select to_jsonb(p) as plan,
    (select coalesce(json_agg(json_build_array(${ELEMENT_COLUMNS}) order by e.created_at, e.id), '[]') from plan_element e where e.plan_id = p.id) as elements,
    (select coalesce(json_agg(to_jsonb(x) order by x.created_at, x.id), '[]') from plan_note x where x.plan_id = p.id) as notes,
    (select coalesce(json_agg(to_jsonb(v) - 'snapshot' order by v.number desc), '[]') from plan_version v where v.plan_id = p.id) as versions,
    (select coalesce(json_agg(to_jsonb(s) order by s.signed_at, s.id), '[]') from plan_sign_off s where s.case_id = p.case_id) as sign_offs
    ${withHistory ? `, (${CHANGES_SQL('p.case_id = ch.case_id')}) as changes` : ''},
    (select coalesce(json_agg(json_build_array(u.id, u.display_name)), '[]') from app_user u where u.id = any(array(${PLAN_USERS_SQL}))) as users,
    (select coalesce(json_agg(json_build_array(o.id, o.name, o.type)), '[]') from organisation o) as organisations
  from plan p where p.case_id in (${placeholders(caseIds)})`;

// Elements and history entries travel as JSON arrays in this column order (no repeated keys:
// the largest parts of the bundle, parsed on every read).
const ELEMENT_COLUMNS = `e.id, e.kind, e.category, e.parent_id, e.owner_organisation_id, e.due_on, e.status, e.content,
  e.author_organisation_id, e.updated_by_user_id, e.updated_by_organisation_id, e.updated_at, e.version, e.plan_id`;
type ElementTuple = [
  id: string,
  kind: ElementRow['kind'],
  category: ElementRow['category'],
  parentId: string | null,
  ownerOrganisationId: string | null,
  dueOn: string | null,
  status: ElementRow['status'],
  content: ElementRow['content'],
  authorOrganisationId: string,
  updatedByUserId: string,
  updatedByOrganisationId: string,
  updatedAt: string,
  version: number,
  planId: string,
];
const elementOf = ([
  id,
  kind,
  category,
  parent_id,
  owner_organisation_id,
  due_on,
  status,
  content,
  author_organisation_id,
  updated_by_user_id,
  updated_by_organisation_id,
  updated_at,
  version,
  plan_id,
]: ElementTuple): ElementRecord =>
  recordOfRow({
    id,
    plan_id,
    kind,
    category,
    parent_id,
    owner_organisation_id,
    due_on,
    status,
    content,
    author_organisation_id,
    updated_by_user_id,
    updated_by_organisation_id,
    updated_at,
    version,
  });

type ChangeTuple = [
  caseId: string,
  elementId: string,
  change: ElementChange['change'],
  fields: ElementChange['fields'],
  userId: string,
  organisationId: string,
  changedAt: string,
  displayName: string | null,
];

// Everyone the plan's nodes name: who last changed an element, assignees, who justified a
// contra-indicated intervention, note authors, who proposed a version, who signed.
const UUID = `'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`;
const PLAN_USERS_SQL = `
  select e.updated_by_user_id from plan_element e where e.plan_id = p.id
  union select case when t.id ~ ${UUID} then t.id::uuid end from plan_element e,
    lateral (values (e.content->>'assigneeUserId'), (e.content->'justification'->>'userId')) t(id)
    where e.plan_id = p.id and t.id ~ ${UUID}
  union select x.author_user_id from plan_note x where x.plan_id = p.id
  union select v.proposed_by_id from plan_version v where v.plan_id = p.id
  union select s.user_id from plan_sign_off s where s.case_id = p.case_id`;

// The element histories of a case (with the authors' names) as one JSON array, oldest first.
const CHANGES_SQL = (where: string): string => `
  select coalesce(json_agg(json_build_array(ch.case_id, ch.element_id, ch.change, ch.fields, ch.user_id, ch.organisation_id, ch.changed_at, u.display_name)
         order by ch.changed_at, ch.id), '[]')
    from plan_element_change ch left join app_user u on u.id = ch.user_id where ${where}`;

/** Groups history rows by case and element, and puts the authors' names in the request's name cache. */
function historiesOf(
  caseIds: readonly string[],
  tuples: readonly ChangeTuple[],
  names: NameCache,
): Map<string, Map<string, ElementChange[]>> {
  const byCase = new Map<string, Map<string, ElementChange[]>>(caseIds.map((id) => [id, new Map()]));
  for (const [caseId, elementId, kind, fields, userId, organisationId, changedAt, displayName] of tuples) {
    if (displayName !== null) names.users.set(userId, displayName);
    const byElement = byCase.get(caseId);
    if (!byElement) continue;
    const change: ElementChange = {
      elementId,
      change: kind,
      fields,
      userId,
      organisationId,
      changedAt: new Date(changedAt),
    };
    const list = byElement.get(elementId);
    if (list) list.push(change);
    else byElement.set(elementId, [change]);
  }
  return byCase;
}

function bundleOf(r: {
  plan: Row;
  elements: ElementTuple[];
  notes: Row[];
  versions: Row[];
  sign_offs: Row[];
}): PlanBundle {
  const p = r.plan;
  return {
    plan: {
      id: text(p.id),
      caseId: text(p.case_id),
      status: p.status as Plan['status'],
      version: Number(p.version),
      firstMeetingOn: textOrNull(p.first_meeting_on),
      agreedVersionNumber: p.agreed_version_number === null ? null : Number(p.agreed_version_number),
      versionCount: Number(p.version_count),
    },
    elements: r.elements.map(elementOf),
    notes: r.notes.map((n) => ({
      id: text(n.id),
      caseId: text(n.case_id),
      planId: text(n.plan_id),
      elementId: text(n.element_id),
      category: n.category as PlanNote['category'],
      audience: n.audience as PlanNote['audience'],
      body: text(n.body),
      authorOrganisationId: text(n.author_organisation_id),
      authorUserId: text(n.author_user_id),
      createdAt: date(n.created_at),
    })),
    versions: r.versions.map((v) => ({
      id: text(v.id),
      caseId: text(v.case_id),
      planId: text(v.plan_id),
      number: Number(v.number),
      status: v.status as PlanVersion['status'],
      proposedById: text(v.proposed_by_id),
      proposedByOrganisationId: text(v.proposed_by_organisation_id),
      proposedAt: date(v.proposed_at),
      decidedAt: v.decided_at === null ? null : date(v.decided_at),
    })),
    signOffs: r.sign_offs.map((s) => ({
      id: text(s.id),
      caseId: text(s.case_id),
      versionId: text(s.version_id),
      organisationId: text(s.organisation_id),
      userId: text(s.user_id),
      decision: s.decision as PlanSignOff['decision'],
      reason: textOrNull(s.reason),
      signedAt: date(s.signed_at),
    })),
  };
}

/** Per-request batch loaders of the plan capability: one query per kind of row, whatever the depth. */
export const planLoaders = {
  /** The plan of each case with its children, in one statement (null when the case has no plan). */
  bundleByCase: (ctx: RequestContext) =>
    loaderOf(
      ctx,
      'plans.bundleByCase',
      () =>
        new DataLoader<string, PlanBundle | null>(async (caseIds) => {
          const wanted = historyWanted(ctx);
          const withHistory = caseIds.some((id) => wanted.has(id));
          const rows = await ctx.em.getConnection().execute<
            (Parameters<typeof bundleOf>[0] & {
              changes?: ChangeTuple[];
              users: [string, string][];
              organisations: [string, string, OrganisationRecord['type']][];
            })[]
          >(BUNDLE_SQL(caseIds, withHistory), [...caseIds]);
          const names = planLoaders.names(ctx);
          for (const r of rows) names.put(r.users, r.organisations);
          if (withHistory) {
            const histories = historiesOf(
              caseIds,
              rows.flatMap((r) => r.changes ?? []),
              planLoaders.names(ctx),
            );
            const changes = planLoaders.changesByCase(ctx);
            for (const [caseId, byElement] of histories) changes.prime(caseId, byElement);
          }
          const bundles = rows.map(bundleOf);
          return caseIds.map((id) => bundles.find((b) => b.plan.caseId === id) ?? null);
        }),
    ),
  /** Marks that this request's query asks for the history of a case's plan elements: the bundle then brings it along. */
  wantHistory: (ctx: RequestContext, caseId: string): void => {
    historyWanted(ctx).add(caseId);
  },
  snapshotByVersion: (ctx: RequestContext) =>
    loaderOf(
      ctx,
      'plans.snapshotByVersion',
      () =>
        new DataLoader<string, PlanSnapshot | null>(async (versionIds) => {
          const rows = await ctx.em
            .getConnection()
            .execute<{ id: string; snapshot: PlanSnapshot }[]>(
              `select "id", "snapshot" from "plan_version" where "id" in (${placeholders(versionIds)})`,
              [...versionIds],
            );
          return versionIds.map((id) => rows.find((r) => r.id === id)?.snapshot ?? null);
        }),
    ),
  /**
   * The element histories of whole cases, oldest first, keyed by element (one statement per
   * batch of cases, whatever the number of elements); the authors' names come along into the
   * request's name cache.
   */
  changesByCase: (ctx: RequestContext) =>
    loaderOf(
      ctx,
      'plans.changesByCase',
      () =>
        new DataLoader<string, Map<string, ElementChange[]>>(async (caseIds) => {
          const [row] = await ctx.em
            .getConnection()
            .execute<{ changes: ChangeTuple[] }[]>(
              `select (${CHANGES_SQL(`ch.case_id in (${placeholders(caseIds)})`)}) as changes`,
              [...caseIds],
            );
          const byCase = historiesOf(caseIds, row?.changes ?? [], planLoaders.names(ctx));
          return caseIds.map((id) => byCase.get(id)!);
        }),
    ),
  /**
   * Names for the nodes, kept for the whole request: organisations (a short list, all of them)
   * and users (those asked for). What the resolvers of one tick ask for goes out as one
   * statement; user names that arrive with other rows (histories) are put in directly.
   */
  names: (ctx: RequestContext) => loaderOf(ctx, 'plans.names', () => new NameCache(ctx)),
};

const historyWanted = (ctx: RequestContext) => loaderOf(ctx, 'plans.historyWanted', () => new Set<string>());

const ORGANISATIONS = '';

/** See `planLoaders.names`. */
export class NameCache {
  readonly users = new Map<string, string | null>();
  organisations: Map<string, OrganisationNode> | null = null;
  private readonly batch: DataLoader<string, true>;

  constructor(ctx: RequestContext) {
    // Keys are user ids, and ORGANISATIONS ('') while the organisations are not loaded yet.
    this.batch = new DataLoader<string, true>(async (keys) => {
      const userIds = keys.filter((k) => k !== ORGANISATIONS && !this.users.has(k));
      const parts: string[] = [];
      if (userIds.length > 0)
        parts.push(
          `select 'u' as kind, "id", "display_name" as name, null as type from "app_user" where "id" in (${placeholders(userIds)})`,
        );
      const withOrganisations = this.organisations === null;
      if (withOrganisations) parts.push(`select 'o' as kind, "id", "name", "type" from "organisation"`);
      if (parts.length > 0) {
        const rows = await ctx.em
          .getConnection()
          .execute<{ kind: 'u' | 'o'; id: string; name: string; type: OrganisationRecord['type'] | null }[]>(
            parts.join(' union all '),
            userIds,
          );
        const organisations = new Map<string, OrganisationNode>();
        for (const r of rows) {
          if (r.kind === 'u') this.users.set(r.id, r.name);
          else organisations.set(r.id, OrganisationNode.from({ id: r.id, name: r.name, type: r.type! }));
        }
        if (withOrganisations) this.organisations = organisations;
        for (const id of userIds) if (!this.users.has(id)) this.users.set(id, null);
      }
      return keys.map(() => true as const);
    });
  }

  /** Puts names that came along with other rows (the plan bundle) into the cache. */
  put(
    users: readonly [id: string, name: string][],
    organisations: readonly [id: string, name: string, type: OrganisationRecord['type']][],
  ): void {
    for (const [id, name] of users) this.users.set(id, name);
    if (this.organisations === null)
      this.organisations = new Map(
        organisations.map(([id, name, type]) => [id, OrganisationNode.from({ id, name, type })]),
      );
  }

  /** Answers names from the cache; null for unknown ids. */
  readonly names: Names = {
    organisation: (id) => (id ? (this.organisations?.get(id) ?? null) : null),
    user: (id) => (id ? (this.users.get(id) ?? null) : null),
  };

  /** Whether every name asked for is in the cache already (then `names` answers without waiting). */
  has(userIds: readonly string[]): boolean {
    return this.organisations !== null && userIds.every((id) => this.users.has(id) || !isUuid(id));
  }

  /** Loads what is missing (the organisations once, unknown users), batched with the other resolvers of this tick. */
  async load(userIds: readonly string[]): Promise<Names> {
    const keys = [...new Set(userIds.filter((id) => !this.users.has(id) && isUuid(id)))];
    if (this.organisations === null) keys.push(ORGANISATIONS);
    if (keys.length > 0) await this.batch.loadMany(keys);
    return this.names;
  }
}
