/** The case list: one page of the cases the viewer may read, with the parts the query selects. */
import { asSubject, type CaseAccess, type SqlFragment } from '@mda/authz';
import { isMunicipalityCode } from '@mda/domain';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { InputCheck, isUuid } from '../../core/graphql/validation.js';
import { checkPageSize, decodeCursor, encodeCursor } from '../../core/graphql/connection.js';
import { searchOf } from '../../core/context/request-audit.js';
import { log } from '../../core/log/logger.js';
import { readPreferringReplica } from '../../core/db/read-replica.js';
import type { CaseFacts } from './case.type.js';
import type { CaseFilter } from './case.inputs.js';
import {
  caseMembersJson,
  caseTeamJson,
  listedCases,
  primeCaseParts,
  type MemberRowJson,
  type MembershipRowJson,
} from './case.loaders.js';
import { requestAccessFactsSql, requestScopeSql } from '../identity/case-access.service.js';
import type { CaseOrder } from './case-order.js';

/** Fields the Case rules speak of, and their columns in the case list's statement. */
const CASE_RULE_COLUMNS = { id: 'c.id' } as const;

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
  cases: CaseFacts[];
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
    if (Array.isArray(parsed) && parsed[0] === 'pos' && Number.isInteger(parsed[1]) && (parsed[1] as number) > 0)
      return parsed[1] as number;
  } catch {
    // reported below
  }
  check.add('after', 'is geen geldige cursor / is not a valid cursor');
  return 0;
}

/** A `case_file` row as the facts a case node needs. */
function caseFactsOf(row: Record<string, unknown>): CaseFacts {
  const at = (v: unknown): Date | null =>
    v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v));
  return {
    id: row.id as string,
    reference: row.reference as string,
    status: row.status as CaseFacts['status'],
    profile: row.profile as CaseFacts['profile'],
    openedAt: at(row.opened_at) as Date,
    closedAt: at(row.closed_at),
    version: Number(row.version),
    municipality: row.municipality as string,
    household: { id: row.household_id as string },
  };
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
  const page = await pageOfCases(ctx, first, after, filter, parts, order);
  // The list is a disclosure: on record with how many cases it showed.
  ctx.audit?.record(
    searchOf({
      subjectType: 'Case',
      subjectId: null,
      caseId: null,
      fields: ['reference', 'status', 'profile', 'municipality'],
      reason: `results=${page.cases.length}`,
    }),
  );
  return page;
}

async function pageOfCases(
  ctx: RequestContext,
  first: number,
  after: string | null,
  filter: CaseFilter | null,
  parts: CaseListParts,
  order: CaseOrder,
): Promise<CasePage> {
  requireActor(ctx);
  checkPageSize(first);
  const keyset = order === 'OPENED_DESC';
  const cursor = after && keyset ? decodeCursor(after) : null;
  const check = new InputCheck();
  const position = after && !keyset ? decodePosition(after, check) : 0;
  if (filter?.municipality)
    check.check(
      isMunicipalityCode(filter.municipality),
      'filter.municipality',
      'onbekende gemeente / unknown municipality',
    );
  if (filter?.referencePrefix)
    check
      .text('filter.referencePrefix', filter.referencePrefix, { max: 15 })
      .check(
        /^[A-Z0-9-]+$/i.test(filter.referencePrefix),
        'filter.referencePrefix',
        'alleen letters, cijfers en streepjes / letters, digits and dashes only',
      );
  if (filter?.caseDirectorId)
    check.check(
      isUuid(filter.caseDirectorId),
      'filter.caseDirectorId',
      'is geen geldige gebruikers-id / not a valid user id',
    );
  if (filter?.caseDirectorId && filter.withoutCaseDirector)
    check.add(
      'filter.withoutCaseDirector',
      'kan niet samen met caseDirectorId / cannot be combined with caseDirectorId',
    );
  if (filter?.nextDeadlineOnOrBefore)
    check.date('filter.nextDeadlineOnOrBefore', filter.nextDeadlineOnOrBefore, {
      min: '2000-01-01',
      max: '2100-12-31',
    });
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
  const orderBy =
    order === 'OPENED_DESC'
      ? 'c.opened_at desc, c.id desc'
      : order === 'REFERENCE_ASC'
        ? 'c.reference asc, c.id asc'
        : `${NEXT_DEADLINE_SQL} asc nulls last, c.reference asc, c.id asc`;

  // A replica may serve the page and its count, both from the same server (docs/scaling.md, "Read replicas").
  const {
    result: [rows, counted],
    replica,
  } = await readPreferringReplica(ctx.em, (db) =>
    Promise.all([
      db.execute<
        (Record<string, unknown> & { _access: CaseAccess[]; _members?: MemberRowJson[]; _team?: MembershipRowJson[] })[]
      >(
        `select ${columns.join(', ')} from case_file c where ${pageWhere.join(' and ')} order by ${orderBy} limit ? offset ?`,
        [...facts.params, ...pageParams, first + 1, position],
      ),
      parts.totalCount
        ? db.execute<{ n: number }[]>(
            `select count(*)::int as n from case_file c where ${where.join(' and ')}`,
            whereParams,
          )
        : Promise.resolve(null),
    ]),
  );
  // How the viewer reaches each case decides what the rest of the request may show: read on the
  // primary when a replica answered (a membership ended a moment ago must not open anything).
  if (replica) await ctx.caseAccess.ensure(rows.slice(0, first).map((r) => r.id as string));
  const hasNextPage = rows.length > first;
  const loaded = rows.slice(0, first).map(({ _access, _members, _team, ...row }) => {
    if (!replica) ctx.caseAccess.remember(row.id as string, _access);
    // A plain record, not a managed entity: the list only shows, and mapping 50 entities per
    // page (hydration, identity map, snapshot) cost more than the rest of the request.
    const entity = caseFactsOf(row);
    primeCaseParts(ctx, entity, _members, _team);
    listedCases(ctx).add(entity.id);
    return entity;
  });
  const visible = loaded.filter((c) => {
    const ok = ctx.ability.can('read', asSubject('Case', { id: c.id }));
    // From a lagging replica a case the viewer no longer reaches is expected; from the primary it is a bug.
    if (!ok)
      (replica ? log.warn : log.error)('authz.filter_mismatch', { requestId: ctx.requestId, caseId: c.id, replica });
    return ok;
  });
  return {
    cases: visible,
    cursors: visible.map((c, i) =>
      keyset ? encodeCursor({ at: c.openedAt.toISOString(), id: c.id }) : encodePosition(position + i + 1),
    ),
    hasNextPage,
    totalCount: counted?.[0]?.n ?? 0,
  };
}
