import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { CaseStatus, HouseholdProfile } from '@mda/domain';
import type { CaseAccess } from '@mda/authz';
import { CaseAccessEnum, CaseStatusEnum, HouseholdProfileEnum } from '../../core/graphql/enums.js';
import { DateTimeISO } from '../../core/graphql/scalars.js';
import { OrganisationNode } from '../identity/identity.type.js';
import type { User } from '../identity/user.entity.js';
import type { AssignmentStatus, DirectorAssignment, DirectorKind } from './director-assignment.entity.js';
import type { WaitingListItem, WorkloadItem } from './waiting-list.service.js';
import { AssignmentStatusEnum, DirectorKindEnum } from './direction.enums.js';

/** A professional as colleagues see them: name and organisation, no e-mail. */
@ObjectType('Colleague', { simpleResolvers: true })
export class ColleagueNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => OrganisationNode)
  organisation!: OrganisationNode;

  static from(u: User): ColleagueNode {
    return Object.assign(new ColleagueNode(), {
      id: u.id,
      displayName: u.displayName,
      organisation: OrganisationNode.from(u.organisation),
    });
  }
}

@ObjectType('DirectorAssignment', {
  description: 'A (proposed) case or process director of a case; rows are kept as the history of direction.',
  simpleResolvers: true,
})
export class DirectorAssignmentNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  caseId!: string;

  @Field(() => String, { description: 'Case reference, e.g. MDA-2026-000123' })
  caseReference!: string;

  @Field(() => DirectorKindEnum)
  kind!: DirectorKind;

  @Field(() => AssignmentStatusEnum)
  status!: AssignmentStatus;

  @Field(() => ColleagueNode)
  director!: ColleagueNode;

  @Field(() => String, { nullable: true })
  proposedBy!: string | null;

  @Field(() => DateTimeISO)
  proposedAt!: Date;

  @Field(() => DateTimeISO, { nullable: true })
  acceptedAt!: Date | null;

  @Field(() => DateTimeISO, { nullable: true })
  declinedAt!: Date | null;

  @Field(() => String, { nullable: true })
  declineReason!: string | null;

  @Field(() => DateTimeISO, { nullable: true })
  endedAt!: Date | null;

  @Field(() => String, { nullable: true })
  endReason!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The assignment this proposal takes over (handover); it stays ACCEPTED until this one is accepted.',
  })
  replacesAssignmentId!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Handover note (warme overdracht), category PLAN: only for the parties to the handover (incoming and outgoing director, proposer); null for others, see hasHandoverNote.',
  })
  handoverNote!: string | null;

  @Field(() => Boolean, { description: 'A handover note exists (its text may be withheld from you).' })
  hasHandoverNote!: boolean;

  @Field(() => Boolean, { description: 'ACCEPTED now: this director is responsible for the case.' })
  responsible!: boolean;

  @Field(() => Int, { description: 'Send back as expectedVersion.' })
  version!: number;

  /** `noteReadable`: the viewer is a party to the handover (readableHandoverNotes). */
  static from(a: DirectorAssignment, noteReadable: boolean): DirectorAssignmentNode {
    return Object.assign(new DirectorAssignmentNode(), {
      id: a.id,
      caseId: a.caseFile.id,
      caseReference: a.caseFile.reference,
      kind: a.kind,
      status: a.status,
      director: ColleagueNode.from(a.user),
      proposedBy: a.proposedBy?.displayName ?? null,
      proposedAt: a.createdAt,
      acceptedAt: a.acceptedAt,
      declinedAt: a.declinedAt,
      declineReason: a.declineReason,
      endedAt: a.endedAt,
      endReason: a.endReason,
      replacesAssignmentId: a.replaces?.id ?? null,
      handoverNote: noteReadable ? a.handoverNote : null,
      hasHandoverNote: a.handoverNote !== null,
      responsible: a.status === 'ACCEPTED',
      version: a.version,
    });
  }
}

@ObjectType('WaitingContact', {
  description: 'Contact person for the family while the case waits for a case director.',
  simpleResolvers: true,
})
export class WaitingContactNode {
  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  organisationName!: string;

  @Field(() => Boolean, {
    description: 'Named for the wait (setWaitingListContact); false = the process director by default.',
  })
  explicit!: boolean;
}

@ObjectType('PendingDirectorProposal', { simpleResolvers: true })
export class PendingProposalNode {
  @Field(() => ID)
  assignmentId!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  organisationName!: string;

  @Field(() => DateTimeISO)
  proposedAt!: Date;
}

@ObjectType('WaitingListItem', {
  description: 'A case on the waiting list (werkvoorraad): running, without an accepted case director.',
  simpleResolvers: true,
})
export class WaitingListItemNode {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String)
  reference!: string;

  @Field(() => String, { description: 'Municipality code' })
  municipality!: string;

  @Field(() => HouseholdProfileEnum)
  profile!: HouseholdProfile;

  @Field(() => CaseStatusEnum)
  status!: CaseStatus;

  @Field(() => DateTimeISO)
  waitingSince!: Date;

  @Field(() => Int, { description: 'Working days waited (Dutch working days, Europe/Amsterdam).' })
  waitingWorkingDays!: number;

  @Field(() => Int)
  normWorkingDays!: number;

  @Field(() => Boolean, { description: 'Waited longer than the norm: shown in red.' })
  overNorm!: boolean;

  @Field(() => WaitingContactNode, { nullable: true })
  contact!: WaitingContactNode | null;

  @Field(() => [PendingProposalNode])
  pendingProposals!: PendingProposalNode[];

  @Field(() => [CaseAccessEnum], {
    description: 'How the viewer reaches this case (the facts `me.permissions` decides with).',
  })
  caseViewerAccess!: CaseAccess[];

  static from(i: WaitingListItem): WaitingListItemNode {
    return Object.assign(new WaitingListItemNode(), {
      ...i,
      contact: i.contact ? Object.assign(new WaitingContactNode(), i.contact) : null,
      pendingProposals: i.pendingProposals.map((p) => Object.assign(new PendingProposalNode(), p)),
    });
  }
}

@ObjectType('DirectorWorkload', {
  description: 'Workload of one director. Overdue plan actions are not counted yet (docs/direction.md).',
  simpleResolvers: true,
})
export class WorkloadItemNode {
  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => String)
  organisationName!: string;

  @Field(() => Int, { description: 'Running cases this person directs (accepted assignments).' })
  activeCases!: number;

  @Field(() => Int, { description: 'Proposals waiting for their answer.' })
  proposedCases!: number;

  @Field(() => Int, { description: 'Open escalations on the cases they direct.' })
  openEscalations!: number;

  @Field(() => Int, { description: 'Of those, past their deadline.' })
  overdueEscalations!: number;

  @Field(() => Int, { description: 'Open or running plan actions past their due date on the cases they direct.' })
  overdueActions!: number;

  @Field(() => Int, { description: 'Open escalations waiting for their decision.' })
  awaitingDecision!: number;

  static from(i: WorkloadItem): WorkloadItemNode {
    return Object.assign(new WorkloadItemNode(), i);
  }
}

@InputType()
export class ProposeDirectorInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID, {
    description:
      'The proposed director (a user with the CASE_DIRECTOR or PROCESS_DIRECTOR role whose organisation is on the team).',
  })
  userId!: string;

  @Field(() => DirectorKindEnum)
  kind!: DirectorKind;

  @Field(() => ID, { nullable: true, description: 'For a handover: the current assignment this one takes over.' })
  replacesAssignmentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Handover note; required (10+ characters) for a handover.' })
  handoverNote?: string | null;
}

@InputType()
export class AnswerDirectorAssignmentInput {
  @Field(() => ID)
  assignmentId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'Required when declining or ending.' })
  reason?: string | null;
}
