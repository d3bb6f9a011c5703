import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  abilityToSql,
  CASE_ACCESS,
  type AccessTranslator,
  type Action,
  type Actor,
  type AppAbility,
  type CaseAccess,
  type OrmFilter,
  type SqlFragment,
  type SubjectType,
} from '@mda/authz';
import { todayInNetherlands } from '../../core/graphql/validation.js';
import type { RequestContext } from '../../core/context/context.js';

/**
 * The permission scope of a request in SQL (docs/adr/0006-permission-scope-in-sql.md): how
 * the viewer reaches a case, as semi-joins PostgreSQL evaluates next to the rows, instead of
 * a list of case ids carried through Node, CASL and SQL text. Parameters are the viewer's ids
 * and today's date only: the statement does not grow with the number of cases reached.
 */
export interface AccessScope {
  organisationId: string;
  userId: string;
  /** Memberships are active on calendar days in the Netherlands. */
  today: string;
}

export function accessScopeOf(
  actor: Pick<Actor, 'organisationId' | 'userId'>,
  today: string = todayInNetherlands(),
): AccessScope {
  return { organisationId: actor.organisationId, userId: actor.userId, today };
}

/** One way of reaching the case in `caseColumn`, as an EXISTS semi-join. */
export function reachSql(kind: CaseAccess, caseColumn: string, scope: AccessScope): SqlFragment {
  switch (kind) {
    case 'TEAM':
      return {
        sql: `exists (select 1 from case_team_membership am where am.case_id = ${caseColumn} and am.organisation_id = ? and am.valid_from <= ? and (am.valid_until is null or am.valid_until >= ?) and am.ended_at is null)`,
        params: [scope.organisationId, scope.today, scope.today],
      };
    case 'DIRECTOR':
      return {
        sql: `exists (select 1 from director_assignment ad where ad.case_id = ${caseColumn} and ad.user_id = ? and ad.kind = 'CASE_DIRECTOR' and ad.status = 'ACCEPTED')`,
        params: [scope.userId],
      };
    case 'BREAK_GLASS':
      return {
        sql: `exists (select 1 from break_glass_grant ag where ag.case_id = ${caseColumn} and ag.user_id = ? and ag.granted_at <= now() and ag.expires_at > now())`,
        params: [scope.userId],
      };
  }
}

/** The ids of the cases reached one way, as a subquery (no correlation with the outer row). */
function reachedIdsSql(kind: CaseAccess, scope: AccessScope): SqlFragment {
  switch (kind) {
    case 'TEAM':
      return {
        sql: 'select am.case_id from case_team_membership am where am.organisation_id = ? and am.valid_from <= ? and (am.valid_until is null or am.valid_until >= ?) and am.ended_at is null',
        params: [scope.organisationId, scope.today, scope.today],
      };
    case 'DIRECTOR':
      return {
        sql: "select ad.case_id from director_assignment ad where ad.user_id = ? and ad.kind = 'CASE_DIRECTOR' and ad.status = 'ACCEPTED'",
        params: [scope.userId],
      };
    case 'BREAK_GLASS':
      return {
        sql: 'select ag.case_id from break_glass_grant ag where ag.user_id = ? and ag.granted_at <= now() and ag.expires_at > now()',
        params: [scope.userId],
      };
  }
}

/**
 * Any of these ways (the translation of an `access` rule condition), as one `IN` over the union
 * of the reached ids: PostgreSQL turns it into a semi-join that starts from the viewer's own
 * memberships, directorships and grants (an OR of correlated EXISTS would make it visit every
 * case). Same truth as `reachSql` per kind; a null case column matches nothing.
 */
export function reachAnySql(kinds: readonly CaseAccess[], caseColumn: string, scope: AccessScope): SqlFragment {
  if (kinds.length === 0) return { sql: 'false', params: [] };
  const ids = reachedCaseIdsSql(kinds, scope);
  return { sql: `${caseColumn} in (${ids.sql})`, params: ids.params };
}

/** The ids of the cases the viewer reaches in any of these ways, as one subquery (column `case_id`). */
export function reachedCaseIdsSql(kinds: readonly CaseAccess[], scope: AccessScope): SqlFragment {
  const parts = kinds.map((k) => reachedIdsSql(k, scope));
  if (parts.length === 0) return { sql: 'select null::uuid as case_id where false', params: [] };
  return { sql: parts.map((p) => p.sql).join(' union all '), params: parts.flatMap((p) => p.params) };
}

/** The facts of the case in `caseColumn` as a text[] column (e.g. `{TEAM,DIRECTOR}`). */
export function accessFactsSql(caseColumn: string, scope: AccessScope): SqlFragment {
  const parts = CASE_ACCESS.map((k) => ({ kind: k, ...reachSql(k, caseColumn, scope) }));
  return {
    sql: `array_remove(array[${parts.map((p) => `case when ${p.sql} then '${p.kind}' end`).join(', ')}]::text[], null)`,
    params: parts.flatMap((p) => p.params),
  };
}

/**
 * The rows the ability allows `action` on, as a SQL condition: rule fields map to `columns`
 * (e.g. `{ id: 'c.id' }`), access facts become semi-joins on `caseColumn`. `null` when the
 * ability allows nothing.
 */
export function scopeSql(
  ability: AppAbility,
  scope: AccessScope,
  action: Action,
  subjectType: SubjectType,
  columns: Readonly<Record<string, string>>,
  caseColumn: string,
): SqlFragment | null {
  return abilityToSql(ability, action, subjectType, columns, (kinds) => reachAnySql(kinds, caseColumn, scope));
}

/**
 * Access facts in a MikroORM filter (for `abilityToFilter`): the semi-joins as a raw condition
 * on the entity's case column (`case_id` of the queried table, under MikroORM's alias).
 */
export function ormAccessTranslator(scope: AccessScope, caseColumn = 'case_id'): AccessTranslator<OrmFilter> {
  return (kinds) => {
    const params = reachAnySql(kinds, caseColumn, scope).params;
    return { [raw((alias: string) => reachAnySql(kinds, `${alias}.${caseColumn}`, scope).sql, params)]: true };
  };
}

/** How the viewer reaches each of these cases, in one statement. */
export async function loadCaseAccess(
  em: EntityManager,
  scope: AccessScope,
  caseIds: readonly string[],
): Promise<Map<string, CaseAccess[]>> {
  const facts = accessFactsSql('c.id', scope);
  const rows = await em.execute<{ id: string; access: CaseAccess[] }[]>(
    `select c.id, ${facts.sql} as access from unnest(?::uuid[]) as c(id)`,
    [...facts.params, `{${caseIds.join(',')}}`],
  );
  return new Map(rows.map((r) => [r.id, r.access]));
}

/** `scopeSql` for this request's viewer; `null` without a session or when nothing is allowed. */
export function requestScopeSql(
  ctx: RequestContext,
  action: Action,
  subjectType: SubjectType,
  columns: Readonly<Record<string, string>>,
  caseColumn: string,
): SqlFragment | null {
  if (!ctx.actor) return null;
  return scopeSql(ctx.ability, accessScopeOf(ctx.actor), action, subjectType, columns, caseColumn);
}

/** The access facts of the case in `caseColumn` for this request's viewer (a select column). */
export function requestAccessFactsSql(ctx: RequestContext, caseColumn: string): SqlFragment | null {
  return ctx.actor ? accessFactsSql(caseColumn, accessScopeOf(ctx.actor)) : null;
}

/** Reads (once per request) how the viewer reaches these cases, before deciding on their subjects. */
export async function ensureCaseAccess(
  ctx: RequestContext,
  caseIds: Iterable<string>,
  via?: EntityManager,
): Promise<void> {
  await ctx.caseAccess.ensure(caseIds, via);
}
