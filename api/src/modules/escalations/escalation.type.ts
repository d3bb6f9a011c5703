import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { EscalationEvent, EscalationStatus, EscalationTrigger, ReportSource, SafetyScorer } from '@mda/domain';
import { DateTimeISO, LocalDate } from '../../core/graphql/scalars.js';
import {
  EscalationEventEnum,
  EscalationStatusEnum,
  EscalationTriggerEnum,
  ReportSourceEnum,
  SafetyScorerEnum,
} from './escalation.enums.js';
import type { Escalation } from './escalation.entity.js';
import type { EscalationHistory } from './escalation-history.entity.js';
import type { EscalationGround } from './escalation-ground.entity.js';
import type { HouseholdReport } from './household-report.entity.js';
import type { SafetyScore } from './safety-score.entity.js';

@ObjectType('EscalationHistoryEntry', { simpleResolvers: true })
export class EscalationHistoryNode {
  @Field(() => DateTimeISO)
  at!: Date;

  @Field(() => EscalationEventEnum)
  event!: EscalationEvent;

  @Field(() => Int, { nullable: true })
  fromLevel!: number | null;

  @Field(() => Int)
  toLevel!: number;

  @Field(() => DateTimeISO, { nullable: true, description: 'The deadline set by this change.' })
  deadline!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who did it; null for the platform (deadline job, triggers).' })
  actor!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  static from(h: EscalationHistory): EscalationHistoryNode {
    return Object.assign(new EscalationHistoryNode(), {
      at: h.createdAt,
      event: h.event,
      fromLevel: h.fromLevel,
      toLevel: h.toLevel,
      deadline: h.deadlineAt,
      actor: h.actor?.displayName ?? null,
      note: h.note,
    });
  }
}

@ObjectType('EscalationGround', {
  description:
    'One signal behind an escalation (the first raised it; further signals of the same kind in the case joined it).',
  simpleResolvers: true,
})
export class EscalationGroundNode {
  @Field(() => DateTimeISO, { description: 'When the signal was raised or joined.' })
  at!: Date;

  @Field(() => String, {
    description:
      'What was signalled: organisations, dates and the case reference, never household members (category PLAN).',
  })
  reason!: string;

  static from(g: EscalationGround): EscalationGroundNode {
    return Object.assign(new EscalationGroundNode(), { at: g.createdAt, reason: g.reason });
  }
}

@ObjectType('Escalation', {
  description:
    'A question climbing the ladder: 1 casusregisseur, 2 procesregisseur/MDO, 3 doorzettingsmacht (ZVH), 4 bestuurlijk overleg.',
  simpleResolvers: true,
})
export class EscalationNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  caseId!: string;

  @Field(() => String)
  caseReference!: string;

  @Field(() => EscalationTriggerEnum)
  trigger!: EscalationTrigger;

  @Field(() => String)
  reason!: string;

  @Field(() => String)
  decisionAsked!: string;

  @Field(() => String, { nullable: true, description: 'Null when raised by the platform (a trigger).' })
  raisedBy!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The user who raised it (the subject field of the withdraw rule); null when raised by the platform.',
  })
  raisedById!: string | null;

  @Field(() => String, { nullable: true })
  raisedByOrganisation!: string | null;

  @Field(() => DateTimeISO)
  raisedAt!: Date;

  @Field(() => Int)
  level!: number;

  @Field(() => DateTimeISO)
  deadline!: Date;

  @Field(() => Boolean, { description: 'Open and past its deadline (at the top level it stays there, overdue).' })
  overdue!: boolean;

  @Field(() => String, { description: 'The person or body that must decide at this level.' })
  deciderBody!: string;

  @Field(() => String, { nullable: true, description: 'The person who must decide, when the level has one.' })
  decider!: string | null;

  @Field(() => EscalationStatusEnum)
  status!: EscalationStatus;

  @Field(() => String, { nullable: true })
  decision!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was withdrawn or de-escalated.' })
  closingReason!: string | null;

  @Field(() => DateTimeISO, { nullable: true })
  closedAt!: Date | null;

  @Field(() => Boolean, { description: 'The viewer may decide now.' })
  mayDecide!: boolean;

  @Field(() => Int, { description: 'Send back as expectedVersion.' })
  version!: number;

  static from(e: Escalation, mayDecide: boolean, now: Date = new Date()): EscalationNode {
    return Object.assign(new EscalationNode(), {
      id: e.id,
      caseId: e.caseFile.id,
      caseReference: e.caseFile.reference,
      trigger: e.trigger,
      reason: e.reason,
      decisionAsked: e.decisionAsked,
      raisedBy: e.raisedBy?.displayName ?? null,
      raisedById: e.raisedBy?.id ?? null,
      raisedByOrganisation: e.raisedByOrganisation?.name ?? null,
      raisedAt: e.createdAt,
      level: e.level,
      deadline: e.deadlineAt,
      overdue: e.status === 'OPEN' && e.deadlineAt.getTime() <= now.getTime(),
      deciderBody: e.deciderBody,
      decider: e.deciderUser?.displayName ?? null,
      status: e.status,
      decision: e.decision,
      closingReason: e.closingReason,
      closedAt: e.closedAt,
      mayDecide,
      version: e.version,
    });
  }
}

@ObjectType('SafetyScore', {
  description: 'Safety score 0-10 by the family or the professionals (category PLAN).',
  simpleResolvers: true,
})
export class SafetyScoreNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  caseId!: string;

  @Field(() => Int)
  score!: number;

  @Field(() => SafetyScorerEnum)
  scoredBy!: SafetyScorer;

  @Field(() => LocalDate)
  scoredOn!: string;

  @Field(() => String, { nullable: true })
  recordedByOrganisation!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only on recordSafetyScore: the escalation this score raised or joined.',
  })
  escalationId!: string | null;

  static from(s: SafetyScore, escalationId: string | null = null): SafetyScoreNode {
    return Object.assign(new SafetyScoreNode(), {
      id: s.id,
      caseId: s.caseFile.id,
      score: s.score,
      scoredBy: s.scoredBy,
      scoredOn: s.scoredOn,
      recordedByOrganisation: s.recordedByOrganisation.name ?? null,
      escalationId,
    });
  }
}

@ObjectType('HouseholdReport', {
  description: 'That a new report (melding) about the household came in at Veilig Thuis; no content.',
  simpleResolvers: true,
})
export class HouseholdReportNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  caseId!: string;

  @Field(() => LocalDate)
  receivedOn!: string;

  @Field(() => ReportSourceEnum)
  source!: ReportSource;

  @Field(() => Boolean)
  acute!: boolean;

  @Field(() => String, { nullable: true, description: "Veilig Thuis' own registration number." })
  externalReference!: string | null;

  @Field(() => ID, { nullable: true, description: 'The escalation this report raised.' })
  escalationId!: string | null;

  static from(r: HouseholdReport, escalationId: string | null): HouseholdReportNode {
    return Object.assign(new HouseholdReportNode(), {
      id: r.id,
      caseId: r.caseFile.id,
      receivedOn: r.receivedOn,
      source: r.source,
      acute: r.acute,
      externalReference: r.externalReference,
      escalationId,
    });
  }
}

@InputType()
export class RaiseEscalationInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String, {
    description: 'Why (10-2000 characters). Name organisations and the plan, not household members.',
  })
  reason!: string;

  @Field(() => String, { description: 'The decision asked for (5-1000 characters).' })
  decisionAsked!: string;
}

@InputType()
export class CloseEscalationInput {
  @Field(() => ID)
  escalationId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String, {
    description: 'The decision (decideEscalation) or the reason (withdrawEscalation, deEscalate).',
  })
  text!: string;
}

@InputType()
export class RecordSafetyScoreInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int, { description: '0 (very unsafe) to 10 (safe)' })
  score!: number;

  @Field(() => SafetyScorerEnum)
  scoredBy!: SafetyScorer;

  @Field(() => LocalDate)
  scoredOn!: string;
}

@InputType()
export class RecordHouseholdReportInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => LocalDate)
  receivedOn!: string;

  @Field(() => ReportSourceEnum)
  source!: ReportSource;

  @Field(() => Boolean)
  acute!: boolean;

  @Field(() => String, { nullable: true })
  externalReference?: string | null;
}
