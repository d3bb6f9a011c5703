import { LockMode } from '@mikro-orm/core';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { changeOf } from '../../core/context/request-audit.js';
import { conflict, forbidden } from '../../core/graphql/errors.js';
import { InputCheck, isUuid } from '../../core/graphql/validation.js';
import { log } from '../../core/log/logger.js';
import { Organisation } from '../identity/organisation.entity.js';
import { User } from '../identity/user.entity.js';
import { notify } from '../notifications/notification.service.js';
import { DirectorAssignment } from './director-assignment.entity.js';
import { DirectionWaitingContact } from './direction-waiting-contact.entity.js';
import {
  activeTeamOrganisationIds,
  assignmentSubject,
  KIND_LABEL,
  MAX_ACCEPTED,
  mayAssignOn,
  type ProposeDirectorArgs,
} from './director.checks.js';
import { directionCase } from './director-read.service.js';

// Reads live in director-read.service.ts, answers to a proposal in director-answer.service.ts and
// shared labels and checks in director.checks.ts; every name stays importable from this path.
export { MAX_ACCEPTED, type AnswerArgs, type ProposeDirectorArgs } from './director.checks.js';
export {
  directionCase,
  type AssignmentsView,
  readableHandoverNotes,
  directionHistory,
  currentCaseDirectors,
  myDirectorAssignments,
} from './director-read.service.js';
export {
  acceptDirectorAssignment,
  declineDirectorAssignment,
  endDirectorAssignment,
} from './director-answer.service.js';

/**
 * Proposes a director. Nothing changes for the current director: whoever is replaced stays
 * responsible until the proposal is accepted (warm handover).
 */
export async function proposeDirector(ctx: RequestContext, args: ProposeDirectorArgs): Promise<DirectorAssignment> {
  const actor = requireActor(ctx);
  return ctx.em.transactional(async (em) => {
    const target = await directionCase(ctx, args.caseId, em);
    if (!mayAssignOn(ctx, actor, target.id))
      throw forbidden('een regisseur toe te wijzen in deze casus / assign a director in this case');

    const check = new InputCheck();
    const nominee = isUuid(args.userId)
      ? await em.findOne(User, { id: args.userId }, { populate: ['organisation'] })
      : null;
    check.check(
      nominee !== null && nominee.active,
      'userId',
      'onbekende of inactieve gebruiker / unknown or inactive user',
    );
    if (nominee) {
      check.check(
        nominee.roles.includes(args.kind),
        'userId',
        `deze gebruiker heeft niet de rol ${args.kind} / this user does not hold the role ${args.kind}`,
      );
      const team = await activeTeamOrganisationIds(em, target.id);
      check.check(
        team.has(nominee.organisation.id),
        'userId',
        "de organisatie van deze regisseur zit niet in het casusteam / the director's organisation is not on the case team",
      );
    }
    let replaces: DirectorAssignment | null = null;
    if (args.replacesAssignmentId) {
      replaces = isUuid(args.replacesAssignmentId)
        ? await em.findOne(DirectorAssignment, { id: args.replacesAssignmentId, caseFile: target })
        : null;
      check.check(
        replaces !== null && replaces.status === 'ACCEPTED' && replaces.kind === args.kind,
        'replacesAssignmentId',
        `geen lopende toewijzing als ${KIND_LABEL[args.kind]} in deze casus / not a current ${args.kind} assignment of this case`,
      );
      check.check(
        replaces === null || replaces.user.id !== args.userId,
        'replacesAssignmentId',
        'overdracht aan dezelfde persoon / handover to the same person',
      );
      check.text('handoverNote', args.handoverNote, { min: 10, max: 4000 });
    } else {
      check.text('handoverNote', args.handoverNote, { max: 4000, required: false });
    }
    check.done();
    if (!nominee) throw new Error('unreachable');
    if (
      !ctx.ability.can(
        'assign',
        assignmentSubject({
          id: 'new',
          caseId: target.id,
          userId: nominee.id,
          directorOrganisationId: nominee.organisation.id,
        }),
      )
    ) {
      throw forbidden(
        'een regisseur van een andere organisatie toe te wijzen / assign a director of another organisation',
      );
    }
    if (target.status === 'CLOSED') throw conflict('De casus is gesloten. / The case is closed.');
    // Direction changes of one case are serialised: the counts below cannot race.
    await em.lock(target, LockMode.PESSIMISTIC_WRITE);
    const open = await em.find(DirectorAssignment, {
      caseFile: target,
      kind: args.kind,
      status: { $in: ['PROPOSED', 'ACCEPTED'] },
    });
    if (open.some((a) => a.user.id === nominee.id)) {
      throw conflict(
        `Deze persoon is al ${KIND_LABEL[args.kind]} of al voorgesteld in deze casus. / Already proposed or assigned.`,
      );
    }
    const accepted = open.filter((a) => a.status === 'ACCEPTED').length;
    if (!replaces && accepted >= MAX_ACCEPTED[args.kind]) {
      throw conflict(
        args.kind === 'CASE_DIRECTOR'
          ? 'Deze casus heeft al een duo van casusregisseurs; geef aan wie wordt vervangen (replacesAssignmentId). / The case already has two case directors; say whom this replaces.'
          : 'Deze casus heeft al een procesregisseur; geef aan wie wordt vervangen (replacesAssignmentId). / The case already has a process director; say whom this replaces.',
      );
    }
    const created = em.create(DirectorAssignment, {
      caseFile: target,
      user: nominee,
      kind: args.kind,
      status: 'PROPOSED',
      proposedBy: em.getReference(User, actor.userId),
      replaces,
      handoverNote: args.handoverNote?.trim() || null,
    });
    await em.flush();
    const organisation = await em.findOneOrFail(Organisation, { id: actor.organisationId });
    await notify(em, {
      recipientIds: [nominee.id],
      kind: 'DIRECTOR_PROPOSED',
      caseId: target.id,
      message: `U bent door ${organisation.name} voorgesteld als ${KIND_LABEL[args.kind]} van casus ${target.reference}; accepteer of wijs af. / You were proposed as ${args.kind} of ${target.reference}.`,
    });
    await ctx.audit?.write(em, [
      changeOf('CREATE', {
        subjectType: 'DirectorAssignment',
        subjectId: created.id,
        caseId: target.id,
        fields: ['user', 'kind', 'replaces', 'handoverNote'],
        categories: ['PLAN'],
        reason: replaces ? 'PROPOSE_HANDOVER' : 'PROPOSE',
      }),
    ]);
    log.info('director.proposed', { requestId: ctx.requestId, caseId: target.id, assignmentId: created.id });
    await em.populate(created, ['user.organisation', 'proposedBy', 'caseFile']);
    return created;
  });
}

/** The contact person of a case while it waits for a case director. */
export async function setWaitingListContact(
  ctx: RequestContext,
  caseId: string,
  contactUserId: string,
): Promise<DirectionWaitingContact> {
  const actor = requireActor(ctx);
  return ctx.em.transactional(async (em) => {
    const target = await directionCase(ctx, caseId, em);
    if (!mayAssignOn(ctx, actor, target.id))
      throw forbidden('een contactpersoon voor de wachttijd aan te wijzen / name a contact person');
    const contact = isUuid(contactUserId)
      ? await em.findOne(User, { id: contactUserId }, { populate: ['organisation'] })
      : null;
    const team = await activeTeamOrganisationIds(em, target.id);
    new InputCheck()
      .check(
        contact !== null && contact.active,
        'contactUserId',
        'onbekende of inactieve gebruiker / unknown or inactive user',
      )
      .check(
        contact === null || team.has(contact.organisation.id),
        'contactUserId',
        'de organisatie van deze contactpersoon zit niet in het casusteam / not on the case team',
      )
      .done();
    const existing = await em.findOne(DirectionWaitingContact, { caseFile: target });
    const row =
      existing ??
      em.create(DirectionWaitingContact, {
        caseFile: target,
        contact: contact as User,
        setBy: em.getReference(User, actor.userId),
      });
    row.contact = contact as User;
    row.setBy = em.getReference(User, actor.userId);
    row.setAt = new Date();
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf(existing ? 'UPDATE' : 'CREATE', {
        subjectType: 'DirectionWaitingContact',
        subjectId: target.id,
        caseId: target.id,
        fields: ['contact'],
      }),
    ]);
    await em.populate(row, ['contact.organisation']);
    return row;
  });
}
