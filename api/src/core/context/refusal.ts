import { categoriesOfPersonFields, DATA_CATEGORIES } from '@mda/authz';
import { getArgumentValues, Kind, type FieldNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { AuditEntry } from '../audit/audit.types.js';
import { isUuid } from '../graphql/validation.js';

/** Argument keys that identify rather than disclose or change: not listed as fields of a refusal. */
const IDENTIFYING = new Set(['caseId', 'personId', 'id', 'expectedVersion', 'version', 'input']);

/**
 * What a refused operation was about, read from its own arguments: the case (any `caseId`), the
 * persons (`personId`), the fields it tried to write or read (the input's keys, nested as
 * `a.b`) and their categories (a `category` argument, person fields such as `shelterAddress`).
 * So a refusal lands in the per-case access log with what was attempted, wherever it was thrown.
 */
export function refusalOf(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode | undefined,
  variables: Record<string, unknown> | undefined,
  responseKey: string,
): Pick<AuditEntry, 'subjectType' | 'subjectId' | 'caseId' | 'dataSubjectIds' | 'fields' | 'categories'> {
  const refusal = {
    subjectType: 'Operation',
    subjectId: responseKey,
    caseId: null as string | null,
    dataSubjectIds: [] as string[],
    fields: [] as string[],
    categories: [] as string[],
  };
  if (!operation) return refusal;
  const node = operation.selectionSet.selections.find(
    (s): s is FieldNode => s.kind === Kind.FIELD && (s.alias?.value ?? s.name.value) === responseKey,
  );
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  const definition = node ? root?.getFields()[node.name.value] : undefined;
  if (!node || !definition) return refusal;
  refusal.subjectId = node.name.value;
  let args: Record<string, unknown>;
  try {
    args = getArgumentValues(definition, node, variables ?? {});
  } catch {
    return refusal;
  }
  const fields = new Set<string>();
  const categories = new Set<string>();
  const persons = new Set<string>();
  const walk = (value: unknown, prefix: string, depth: number): void => {
    if (depth > 4 || value === null || typeof value !== 'object' || Array.isArray(value)) return;
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      if (key === 'caseId' && typeof inner === 'string' && isUuid(inner)) refusal.caseId ??= inner;
      else if (key === 'personId' && typeof inner === 'string' && isUuid(inner)) persons.add(inner);
      else if (
        key === 'category' &&
        typeof inner === 'string' &&
        (DATA_CATEGORIES as readonly string[]).includes(inner)
      )
        categories.add(inner);
      if (!IDENTIFYING.has(key)) fields.add(`${prefix}${key}`);
      if (inner !== null && typeof inner === 'object' && !Array.isArray(inner))
        walk(inner, `${prefix}${key}.`, depth + 1);
    }
  };
  walk(args, '', 0);
  // Nested inputs are named without their wrapper (`input.shelterAddress` -> `shelterAddress`).
  refusal.fields = [...fields]
    .map((f) => f.replace(/^input\./, ''))
    .filter((f) => !IDENTIFYING.has(f))
    .sort();
  for (const c of categoriesOfPersonFields(refusal.fields)) categories.add(c);
  refusal.categories = [...categories].sort();
  refusal.dataSubjectIds = [...persons].sort();
  return refusal;
}
