import { rulesToAST } from '@casl/ability/extra';
import type { AppAbility, Action, SubjectType } from './ability.js';

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

function translate(node: AstNode, fieldMap: Readonly<Record<string, string>>): OrmFilter {
  if (node.field === undefined) {
    const children = (node.value as AstNode[]).map((c) => translate(c, fieldMap));
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
 * `fieldMap` maps the fields rules speak of (e.g. `caseId`) to ORM properties (`caseFile`).
 */
export function abilityToFilter(ability: AppAbility, action: Action, subjectType: SubjectType, fieldMap: Readonly<Record<string, string>>): OrmFilter | null {
  const ast = rulesToAST(ability, action, subjectType) as AstNode | null;
  if (ast === null) return null;
  return translate(ast, fieldMap);
}
