/** Validation pieces the element kinds share (docs/plan.md): enums, household members, the intervention guard. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { asSubject } from '@mda/authz';
import { contraIndication, type InterventionKind } from '@mda/domain';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { changeOf } from '../../core/context/request-audit.js';
import type { AuditEntry } from '../../core/audit/audit.types.js';
import { forbidden } from '../../core/graphql/errors.js';
import type { InputCheck } from '../../core/graphql/validation.js';
import type { Case } from '../cases/case.entity.js';
import { HouseholdMember } from '../cases/household-member.entity.js';
import type { Json } from './plan-element.entity.js';

export async function householdPersonIds(em: EntityManager, caseFile: Case): Promise<Set<string>> {
  const members = await em.find(HouseholdMember, { household: caseFile.household.id }, { fields: ['person'] });
  return new Set(members.map((m) => m.person.id));
}

export const oneOf = <T extends string>(
  check: InputCheck,
  field: string,
  value: string | null | undefined,
  allowed: readonly T[],
  message: string,
): value is T => {
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

export function checkConcerns(
  check: InputCheck,
  field: string,
  concerns: readonly string[] | null | undefined,
  members: Set<string>,
  required: boolean,
): string[] {
  const list = [...new Set(concerns ?? [])];
  if (required && list.length === 0)
    check.add(field, 'noem minstens één lid van het huishouden / name at least one household member');
  if (!list.every((id) => members.has(id)))
    check.add(field, 'alleen leden van dit huishouden / household members of this case only');
  return list;
}

/**
 * The domain guard (DOMAIN.md): with intimate terror, joint partner sessions and relationship
 * therapy are refused with the reason, unless the case director records a justification.
 */
export function guardIntervention(
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
    throw forbidden(
      'een gecontra-indiceerde interventie te onderbouwen; alleen de casusregisseur van deze casus kan dat / justify a contra-indicated intervention (case director only)',
    );
  }
  if (reason === null) {
    if (given !== null)
      check.add(
        'contraIndicationJustification',
        'alleen bij een gecontra-indiceerde interventie / only for a contra-indicated intervention',
      );
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

export const justificationAudit = (caseId: string, elementId: string, kind: string): AuditEntry =>
  changeOf('UPDATE', {
    subjectType: 'PlanContraIndication',
    subjectId: elementId,
    caseId,
    fields: ['contraIndicationJustification'],
    categories: ['PLAN'],
    reason: `CONTRA_INDICATION_JUSTIFIED:${kind}`,
  });
