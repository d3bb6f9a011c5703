/** GraphQL enums of the plan, element masking, and the element nodes (the disclosure contract of plan content). */
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { AppAbility, DataCategory } from '@mda/authz';
import {
  ACTION_STATUSES,
  COERCIVE_MEASURE_KINDS,
  GOAL_PHASES,
  INTERVENTION_KINDS,
  isActionOverdue,
  LIFE_DOMAINS,
  measureClock,
  PLAN_STATUSES,
  PLAN_VERSION_STATUSES,
  SAFETY_ITEM_KINDS,
  SIGN_OFF_DECISIONS,
  type ActionStatus,
  type CoerciveMeasureKind,
  type GoalPhase,
  type InterventionKind,
  type LifeDomain,
  type SafetyItemKind,
} from '@mda/domain';
import { disclose } from '../../core/authz/field-guard.js';
import { DataCategoryEnum } from '../../core/graphql/enums.js';
import { DateTimeISO, LocalDate } from '../../core/graphql/scalars.js';
import { OrganisationNode } from '../identity/identity.type.js';
import { PLAN_ELEMENT_KINDS, type Json } from './plan-element.entity.js';
import { CONTENT_FIELDS, STRUCTURAL_FIELDS, type ElementRecord } from './plan-record.js';

const enumObject = <T extends string>(values: readonly T[]): { [K in T]: K } =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const LifeDomainEnum = enumObject(LIFE_DOMAINS);
export const GoalPhaseEnum = enumObject(GOAL_PHASES);
export const PlanStatusEnum = enumObject(PLAN_STATUSES);
export const PlanVersionStatusEnum = enumObject(PLAN_VERSION_STATUSES);
export const SignOffDecisionEnum = enumObject(SIGN_OFF_DECISIONS);
export const ActionStatusEnum = enumObject(ACTION_STATUSES);
export const InterventionKindEnum = enumObject(INTERVENTION_KINDS);
export const SafetyItemKindEnum = enumObject(SAFETY_ITEM_KINDS);
export const CoerciveMeasureKindEnum = enumObject(COERCIVE_MEASURE_KINDS);
export const PlanElementKindEnum = enumObject(PLAN_ELEMENT_KINDS);
registerEnumType(LifeDomainEnum, { name: 'LifeDomain', description: 'Life domain of the shared picture and of goals' });
registerEnumType(GoalPhaseEnum, {
  name: 'GoalPhase',
  description: 'directe veiligheid, stabiele veiligheid, duurzaam herstel',
});
registerEnumType(PlanStatusEnum, { name: 'PlanStatus' });
registerEnumType(PlanVersionStatusEnum, { name: 'PlanVersionStatus' });
registerEnumType(SignOffDecisionEnum, { name: 'SignOffDecision' });
registerEnumType(ActionStatusEnum, { name: 'ActionStatus' });
registerEnumType(InterventionKindEnum, { name: 'InterventionKind' });
registerEnumType(SafetyItemKindEnum, {
  name: 'SafetyItemKind',
  description: 'Part of the safety plan (veiligheidsplan)',
});
registerEnumType(CoerciveMeasureKindEnum, { name: 'CoerciveMeasureKind' });
registerEnumType(PlanElementKindEnum, { name: 'PlanElementKind' });

/** Names the nodes need: organisations and users by id (loaded in one query each per request). */
export interface Names {
  organisation(id: string | null | undefined): OrganisationNode | null;
  user(id: string | null | undefined): string | null;
}

export interface Masked {
  fields: Record<string, Json>;
  redacted: string[];
  disclosed: string[];
}

/** Masks an element record for a viewer: every content field its category withholds becomes null. */
const decisions = new WeakMap<AppAbility, Map<string, Set<string>>>();

/**
 * Masks an element record for a viewer: every content field its category withholds becomes null.
 * The rules look only at case, category and author organisation, so the decision is computed
 * once per combination and request (the ability is per request) and reused for every element.
 */
export function maskRecord(ability: AppAbility, caseId: string, r: ElementRecord): Masked {
  const structural = STRUCTURAL_FIELDS[r.kind];
  const content = CONTENT_FIELDS[r.kind].filter((f) => !structural.includes(f));
  let cache = decisions.get(ability);
  if (!cache) decisions.set(ability, (cache = new Map()));
  const key = `${r.kind}|${caseId}|${r.category}|${r.authorOrganisationId}`;
  let allowed = cache.get(key);
  if (!allowed) {
    const probe = Object.fromEntries(content.map((f) => [f, null])) as Record<string, Json>;
    allowed = new Set(
      disclose(
        ability,
        'PlanElement',
        { id: r.id, caseId, category: r.category, authorOrganisationId: r.authorOrganisationId, audience: [] },
        probe,
      ).disclosed,
    );
    cache.set(key, allowed);
  }
  const fields: Record<string, Json> = {};
  const redacted: string[] = [];
  const disclosed: string[] = [];
  for (const f of content) {
    if (allowed.has(f)) {
      fields[f] = r.fields[f] ?? null;
      disclosed.push(f);
    } else {
      fields[f] = null;
      redacted.push(f);
    }
  }
  for (const f of structural) fields[f] = r.fields[f] ?? null;
  return { fields, redacted, disclosed };
}

@ObjectType('PlanChangeAuthor', {
  description: 'Who made a change: a user on behalf of an organisation',
  simpleResolvers: true,
})
export class PlanChangeAuthorNode {
  @Field(() => ID)
  userId!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => OrganisationNode, { nullable: true })
  organisation!: OrganisationNode | null;

  static of(names: Names, userId: string, organisationId: string): PlanChangeAuthorNode {
    return Object.assign(new PlanChangeAuthorNode(), {
      userId,
      name: names.user(userId),
      organisation: names.organisation(organisationId),
    });
  }
}

@ObjectType('ContraIndicationJustification', {
  description: 'Why the case director records a contra-indicated intervention anyway',
  simpleResolvers: true,
})
export class JustificationNode {
  @Field(() => String)
  text!: string;

  @Field(() => PlanChangeAuthorNode)
  recordedBy!: PlanChangeAuthorNode;

  @Field(() => DateTimeISO)
  recordedAt!: Date;

  static of(names: Names, value: Json): JustificationNode | null {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
    return Object.assign(new JustificationNode(), {
      text: String(value.text),
      recordedBy: PlanChangeAuthorNode.of(names, String(value.userId), String(value.organisationId)),
      recordedAt: new Date(String(value.at)),
    });
  }
}

@ObjectType('PlanFieldChange', { simpleResolvers: true })
export class PlanFieldChangeNode {
  @Field(() => String)
  field!: string;

  @Field(() => String, { nullable: true, description: 'JSON of the old value; null when withheld or absent' })
  from!: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the new value; null when withheld or absent' })
  to!: string | null;
}

@ObjectType('PlanElementChange', { description: "One entry of an element's history", simpleResolvers: true })
export class PlanElementChangeNode {
  @Field(() => String)
  change!: string;

  @Field(() => PlanChangeAuthorNode)
  changedBy!: PlanChangeAuthorNode;

  @Field(() => DateTimeISO)
  changedAt!: Date;

  @Field(() => [PlanFieldChangeNode], {
    description: 'Values are withheld (null) when the viewer may not read the element',
  })
  fields!: PlanFieldChangeNode[];
}

@ObjectType({ simpleResolvers: true })
abstract class ElementBase {
  @Field(() => ID)
  id!: string;

  @Field(() => DataCategoryEnum)
  category!: DataCategory;

  @Field(() => OrganisationNode, { nullable: true, description: 'The organisation that wrote the element' })
  authorOrganisation!: OrganisationNode | null;

  @Field(() => PlanChangeAuthorNode)
  lastChangedBy!: PlanChangeAuthorNode;

  @Field(() => DateTimeISO)
  lastChangedAt!: Date;

  @Field(() => Int, { description: 'Send as expectedVersion when changing this element' })
  version!: number;

  @Field(() => [String], { description: 'Fields withheld from the viewer; they resolve to null.' })
  redactedFields!: string[];
}

function base(names: Names, r: ElementRecord, m: Masked) {
  return {
    id: r.id,
    category: r.category,
    authorOrganisation: names.organisation(r.authorOrganisationId),
    lastChangedBy: PlanChangeAuthorNode.of(names, r.updatedByUserId, r.updatedByOrganisationId),
    lastChangedAt: new Date(r.updatedAt),
    version: r.version,
    redactedFields: m.redacted,
  };
}
const str = (v: Json | undefined): string | null => (typeof v === 'string' ? v : null);
const ids = (v: Json | undefined): string[] | null => (Array.isArray(v) ? v.map(String) : null);

@ObjectType('PlanPictureEntry', {
  description: 'Beeldvorming: what one organisation contributes to the shared picture of a life domain',
  simpleResolvers: true,
})
export class PictureEntryNode extends ElementBase {
  @Field(() => LifeDomainEnum)
  lifeDomain!: LifeDomain;

  @Field(() => String, { nullable: true })
  text!: string | null;

  static from(names: Names, r: ElementRecord, m: Masked): PictureEntryNode {
    return Object.assign(new PictureEntryNode(), base(names, r, m), {
      lifeDomain: m.fields.lifeDomain as LifeDomain,
      text: str(m.fields.text),
    });
  }
}

@ObjectType('PlanAction', {
  description: 'Besluitvorming: an action under a goal, owned by a team organisation',
  simpleResolvers: true,
})
export class ActionNode extends ElementBase {
  @Field(() => ID)
  goalId!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => OrganisationNode, { nullable: true })
  ownerOrganisation!: OrganisationNode | null;

  @Field(() => ID, { nullable: true })
  assigneeUserId!: string | null;

  @Field(() => String, { nullable: true })
  assigneeName!: string | null;

  @Field(() => LocalDate, { nullable: true })
  dueOn!: string | null;

  @Field(() => ActionStatusEnum, { nullable: true })
  status!: ActionStatus | null;

  @Field(() => String, { nullable: true, description: 'Mandatory when CANCELLED' })
  cancellationReason!: string | null;

  @Field(() => Boolean, { description: 'Not finished and past its due date' })
  overdue!: boolean;

  @Field(() => InterventionKindEnum, { nullable: true })
  interventionKind!: InterventionKind | null;

  @Field(() => JustificationNode, { nullable: true })
  contraIndicationJustification!: JustificationNode | null;

  /** Internal: what the history resolver needs to mask it like the action. */
  ref!: { caseId: string; category: DataCategory; authorOrganisationId: string };

  static from(names: Names, r: ElementRecord, m: Masked, today: string): ActionNode {
    const status = m.fields.status as ActionStatus | null;
    const dueOn = str(m.fields.dueOn);
    return Object.assign(new ActionNode(), base(names, r, m), {
      goalId: r.parentId ?? '',
      description: str(m.fields.description),
      ownerOrganisation: names.organisation(str(m.fields.ownerOrganisationId)),
      assigneeUserId: str(m.fields.assigneeUserId),
      assigneeName: names.user(str(m.fields.assigneeUserId)),
      dueOn,
      status,
      cancellationReason: str(m.fields.cancellationReason),
      overdue: status !== null && dueOn !== null && isActionOverdue(status, dueOn, today),
      interventionKind: str(m.fields.interventionKind) as InterventionKind | null,
      contraIndicationJustification: JustificationNode.of(names, m.fields.justification ?? null),
    });
  }
}

@ObjectType('PlanGoal', {
  description: 'Oordeelsvorming: a goal with a phase, a life domain, the members it concerns and a measurable end',
  simpleResolvers: true,
})
export class GoalNode extends ElementBase {
  @Field(() => GoalPhaseEnum, { nullable: true })
  phase!: GoalPhase | null;

  @Field(() => LifeDomainEnum, { nullable: true })
  lifeDomain!: LifeDomain | null;

  @Field(() => [ID], { nullable: true, description: 'Person ids of the household members the goal concerns' })
  concerns!: string[] | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  measurableEnd!: string | null;

  @Field(() => InterventionKindEnum, { nullable: true })
  interventionKind!: InterventionKind | null;

  @Field(() => JustificationNode, { nullable: true })
  contraIndicationJustification!: JustificationNode | null;

  @Field(() => [ActionNode])
  actions!: ActionNode[];

  static from(names: Names, r: ElementRecord, m: Masked, actions: ActionNode[]): GoalNode {
    return Object.assign(new GoalNode(), base(names, r, m), {
      phase: str(m.fields.phase) as GoalPhase | null,
      lifeDomain: str(m.fields.lifeDomain) as LifeDomain | null,
      concerns: ids(m.fields.concerns),
      description: str(m.fields.description),
      measurableEnd: str(m.fields.measurableEnd),
      interventionKind: str(m.fields.interventionKind) as InterventionKind | null,
      contraIndicationJustification: JustificationNode.of(names, m.fields.justification ?? null),
      actions,
    });
  }
}

@ObjectType('SafetyPlanItem', {
  description: 'Veiligheidsplan: who to call, the safe place (SECRET_LOCATION), warning signals, agreements',
  simpleResolvers: true,
})
export class SafetyPlanItemNode extends ElementBase {
  @Field(() => SafetyItemKindEnum)
  kind!: SafetyItemKind;

  @Field(() => String, { nullable: true })
  text!: string | null;

  @Field(() => [ID], { nullable: true })
  concerns!: string[] | null;

  static from(names: Names, r: ElementRecord, m: Masked): SafetyPlanItemNode {
    return Object.assign(new SafetyPlanItemNode(), base(names, r, m), {
      kind: m.fields.itemKind as SafetyItemKind,
      text: str(m.fields.text),
      concerns: ids(m.fields.concerns),
    });
  }
}

@ObjectType('MeasureClock', { simpleResolvers: true })
export class MeasureClockNode {
  @Field(() => Int, { nullable: true })
  daysLeft!: number | null;

  @Field(() => Boolean)
  expired!: boolean;

  @Field(() => Boolean)
  endingSoon!: boolean;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Restraining order: the latest end an extension can reach (28 days)',
  })
  extendableUntil!: string | null;
}

@ObjectType('CoerciveMeasure', {
  description: 'A coercive measure with its clock; CRIMINAL or CHILD_PROTECTION category',
  simpleResolvers: true,
})
export class CoerciveMeasureNode extends ElementBase {
  @Field(() => CoerciveMeasureKindEnum, { nullable: true })
  kind!: CoerciveMeasureKind | null;

  @Field(() => OrganisationNode, { nullable: true })
  responsibleOrganisation!: OrganisationNode | null;

  @Field(() => LocalDate, { nullable: true })
  startsOn!: string | null;

  @Field(() => LocalDate, { nullable: true })
  endsOn!: string | null;

  @Field(() => [ID], { nullable: true })
  concerns!: string[] | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => MeasureClockNode, { nullable: true })
  clock!: MeasureClockNode | null;

  static from(names: Names, r: ElementRecord, m: Masked, today: string): CoerciveMeasureNode {
    const kind = str(m.fields.measureKind) as CoerciveMeasureKind | null;
    const startsOn = str(m.fields.startsOn);
    const endsOn = str(m.fields.endsOn);
    return Object.assign(new CoerciveMeasureNode(), base(names, r, m), {
      kind,
      responsibleOrganisation: names.organisation(str(m.fields.responsibleOrganisationId)),
      startsOn,
      endsOn,
      concerns: ids(m.fields.concerns),
      note: str(m.fields.note),
      clock:
        kind && startsOn ? Object.assign(new MeasureClockNode(), measureClock(kind, startsOn, endsOn, today)) : null,
    });
  }
}
