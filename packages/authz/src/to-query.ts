import { rulesToAST } from '@casl/ability/extra';
import type { AppAbility, Action, SubjectType } from './ability.js';
import { CASE_ACCESS, type CaseAccess } from './case-access.js';

/** A MikroORM-style filter (mongo-like operators); the API casts it to `FilterQuery<Entity>`. */
export type OrmFilter = Record<string, unknown>;

interface AstNode {
  operator: string;
  value: unknown;
  field?: string;
}

/** Operators both CASL (ucast) and MikroORM on PostgreSQL support, and their ORM spelling. */
const FIELD_OPERATORS: Readonly<Record<string, string>> = {
  eq: '$eq',
  ne: '$ne',
  in: '$in',
  nin: '$nin',
  lt: '$lt',
  lte: '$lte',
  gt: '$gt',
  gte: '$gte',
  // `{ audience: { $all: ['POLICE'] } }`: the array column contains all values (PostgreSQL `@>`).
  all: '$contains',
};

export class UntranslatableRuleError extends Error {}

/**
 * How the caller expresses "the row's case is reached in one of these ways" (the `access`
 * facts of case-access.ts) in its query language: the API answers with semi-joins on the
 * team memberships, director assignments and emergency grants of the viewer.
 */
export type AccessTranslator<T> = (kinds: readonly CaseAccess[]) => T;

/** The ways of reaching a case an `access` condition accepts (only `eq` and `in` are translated). */
function accessKinds(node: AstNode): CaseAccess[] {
  const values = node.operator === 'eq' ? [node.value] : node.operator === 'in' ? (node.value as unknown[]) : null;
  if (values === null) throw new UntranslatableRuleError(`operator ${node.operator} on access`);
  for (const v of values)
    if (!CASE_ACCESS.includes(v as CaseAccess)) throw new UntranslatableRuleError(`unknown access ${String(v)}`);
  return [...new Set(values as CaseAccess[])];
}

function translate(
  node: AstNode,
  fieldMap: Readonly<Record<string, string>>,
  access: AccessTranslator<OrmFilter> | undefined,
): OrmFilter {
  if (node.field === undefined) {
    const children = (node.value as AstNode[]).map((c) => translate(c, fieldMap, access));
    switch (node.operator) {
      case 'and':
        return children.length === 0 ? {} : { $and: children };
      case 'or':
        return { $or: children };
      case 'not':
        return { $not: children.length === 1 ? children[0] : { $and: children } };
      default:
        throw new UntranslatableRuleError(`compound operator ${node.operator}`);
    }
  }
  if (node.field === 'access') {
    if (!access) throw new UntranslatableRuleError('access facts without an access translator');
    return access(accessKinds(node));
  }
  const op = FIELD_OPERATORS[node.operator];
  if (!op) throw new UntranslatableRuleError(`operator ${node.operator} on ${node.field}`);
  const column = fieldMap[node.field];
  if (!column) throw new UntranslatableRuleError(`field ${node.field} has no column`);
  return { [column]: { [op]: node.value } };
}

/**
 * Translates the ability's rules for (action, subject type) into a database filter, so that
 * list queries filter in SQL and pages and counts are right. Returns `null` when the ability
 * allows nothing (the caller returns an empty result without querying). Only operators both
 * sides support are translated; anything else throws rather than widen access.
 *
 * `fieldMap` maps the fields rules speak of (e.g. `caseId`) to ORM properties (`caseFile`);
 * `access` turns access facts into a filter (e.g. a semi-join; see the API's case-access).
 */
export function abilityToFilter(
  ability: AppAbility,
  action: Action,
  subjectType: SubjectType,
  fieldMap: Readonly<Record<string, string>>,
  access?: AccessTranslator<OrmFilter>,
): OrmFilter | null {
  const ast = rulesToAST(ability, action, subjectType) as AstNode | null;
  if (ast === null) return null;
  return translate(ast, fieldMap, access);
}

/** A fragment of SQL with its positional (`?`) parameters. */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

const SQL_OPERATORS: Readonly<Record<string, string>> = { eq: '=', ne: '<>', lt: '<', lte: '<=', gt: '>', gte: '>=' };

function sqlOf(
  node: AstNode,
  columns: Readonly<Record<string, string>>,
  access: AccessTranslator<SqlFragment>,
): SqlFragment {
  if (node.field === undefined) {
    const children = (node.value as AstNode[]).map((c) => sqlOf(c, columns, access));
    const join = (glue: string): SqlFragment => ({
      sql: `(${children.map((c) => c.sql).join(glue)})`,
      params: children.flatMap((c) => c.params),
    });
    switch (node.operator) {
      case 'and':
        return children.length === 0 ? { sql: 'true', params: [] } : join(' and ');
      case 'or':
        return children.length === 0 ? { sql: 'false', params: [] } : join(' or ');
      case 'not': {
        const inner = children.length === 1 ? (children[0] as SqlFragment) : join(' and ');
        return { sql: `not coalesce(${inner.sql}, false)`, params: inner.params };
      }
      default:
        throw new UntranslatableRuleError(`compound operator ${node.operator}`);
    }
  }
  if (node.field === 'access') return access(accessKinds(node));
  const column = columns[node.field];
  if (!column) throw new UntranslatableRuleError(`field ${node.field} has no column`);
  const binary = SQL_OPERATORS[node.operator];
  if (binary) {
    if (node.value === null) return { sql: `${column} is ${node.operator === 'eq' ? '' : 'not '}null`, params: [] };
    // `<>` on a null column is unknown in SQL, but true for can(): say it explicitly.
    return node.operator === 'ne'
      ? { sql: `(${column} is null or ${column} <> ?)`, params: [node.value] }
      : { sql: `${column} ${binary} ?`, params: [node.value] };
  }
  switch (node.operator) {
    case 'in':
    case 'nin': {
      const values = node.value as unknown[];
      if (values.length === 0) return { sql: node.operator === 'in' ? 'false' : 'true', params: [] };
      const list = `${column} in (${values.map(() => '?').join(', ')})`;
      return node.operator === 'in'
        ? { sql: list, params: values }
        : { sql: `(${column} is null or not ${list})`, params: values };
    }
    case 'all': {
      // One text[] literal as the parameter (drivers would spread a JS array into a list).
      const literal = `{${(node.value as unknown[]).map((v) => `"${String(v).replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
      return { sql: `${column} @> ?::text[]`, params: [literal] };
    }
    default:
      throw new UntranslatableRuleError(`operator ${node.operator} on ${node.field}`);
  }
}

/**
 * The same translation as `abilityToFilter`, to SQL text for hand-written statements (the
 * case list, batched loaders): `columns` maps rule fields to qualified columns (`c.id`),
 * `access` renders access facts (semi-joins). `null` when the ability allows nothing.
 */
export function abilityToSql(
  ability: AppAbility,
  action: Action,
  subjectType: SubjectType,
  columns: Readonly<Record<string, string>>,
  access: AccessTranslator<SqlFragment>,
): SqlFragment | null {
  const ast = rulesToAST(ability, action, subjectType) as AstNode | null;
  if (ast === null) return null;
  return sqlOf(ast, columns, access);
}
