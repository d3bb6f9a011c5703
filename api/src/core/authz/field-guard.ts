import { asSubject, permittedFields, type Action, type AppAbility, type SubjectType } from '@mda/authz';
import { forbidden } from '../graphql/errors.js';

export interface Disclosure<T extends Record<string, unknown>> {
  /** The values with every field the viewer may not read set to null. */
  values: { [K in keyof T]: T[K] | null };
  /** Fields withheld from the viewer: the web says "niet gedeeld met uw organisatie". */
  redacted: string[];
  /** Fields actually disclosed (for the audit record). */
  disclosed: string[];
}

const decided = new WeakMap<AppAbility, Map<string, ReadonlySet<string>>>();

/** The readable fields decided once per ability (one request) and key. */
function remembered(ability: AppAbility, key: string, decide: () => string[]): ReadonlySet<string> {
  let byKey = decided.get(ability);
  if (!byKey) decided.set(ability, (byKey = new Map()));
  let fields = byKey.get(key);
  if (!fields) byKey.set(key, (fields = new Set(decide())));
  return fields;
}

/**
 * Field-level read guard: one place where personal fields are masked. `conditions` carries
 * what the rules look at (case, category, author...); `values` are the personal fields.
 * `sameAs`, when given, says that every subject of this type with the same key is decided the
 * same (e.g. persons of cases reached the same way, whose rules speak only of that reach:
 * `packages/authz` tests that), so the decision is taken once per request and key.
 */
export function disclose<T extends Record<string, unknown>>(
  ability: AppAbility,
  type: SubjectType,
  conditions: { id: string } & Record<string, unknown>,
  values: T,
  sameAs?: string,
): Disclosure<T> {
  const all = Object.keys(values);
  const allowed = sameAs
    ? remembered(ability, `${type}|${sameAs}|${all.join(',')}`, () =>
        permittedFields(ability, 'read', asSubject(type, conditions), all),
      )
    : new Set(permittedFields(ability, 'read', asSubject(type, conditions), all));
  const out: Record<string, unknown> = {};
  const redacted: string[] = [];
  const disclosed: string[] = [];
  for (const field of all) {
    if (allowed.has(field)) {
      out[field] = values[field];
      disclosed.push(field);
    } else {
      out[field] = null;
      redacted.push(field);
    }
  }
  return { values: out as Disclosure<T>['values'], redacted, disclosed };
}

/**
 * Write guard against mass assignment: refuses the whole change when any field in it may
 * not be written, naming those fields; nothing is changed.
 */
export function assertWritable(
  ability: AppAbility,
  action: Action,
  type: SubjectType,
  conditions: { id: string } & Record<string, unknown>,
  fields: readonly string[],
  what: string,
): void {
  const allowed = new Set(permittedFields(ability, action, asSubject(type, conditions), fields));
  const refused = fields.filter((f) => !allowed.has(f));
  if (refused.length > 0) {
    throw forbidden(`${what} te wijzigen (${refused.join(', ')}) / change ${refused.join(', ')}`);
  }
}
