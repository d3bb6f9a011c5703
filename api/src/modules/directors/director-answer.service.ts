import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/context.js';
import { refreshAbility, requireActor } from '../../core/context/context.js';
import { changeOf, deniedOf } from '../../core/context/request-audit.js';
import { conflict, forbidden, notFound } from '../../core/graphql/errors.js';
import { InputCheck, isUuid } from '../../core/graphql/validation.js';
import { Organisation } from '../identity/organisation.entity.js';
import { User } from '../identity/user.entity.js';
import { notify } from '../notifications/notification.service.js';
import { DirectorAssignment } from './director-assignment.entity.js';
import { ensureCaseAccess } from '../identity/case-access.service.js';
import { ASSIGNMENT_LABEL, assignmentSubject, KIND_LABEL, MAX_ACCEPTED, type AnswerArgs } from './director.checks.js';

async function loadAssignment(
  ctx: RequestContext,
  em: EntityManager,
  assignmentId: string,
): Promise<DirectorAssignment> {
  const found = isUuid(assignmentId)
    ? await em.findOne(
        DirectorAssignment,
        { id: assignmentId },
        { populate: ['user', 'user.organisation', 'proposedBy', 'caseFile', 'replaces', 'replaces.user'] },
      )
    : null;
  if (!found) throw notFound(ASSIGNMENT_LABEL);
  await ensureCaseAccess(ctx, [found.caseFile.id], em);
  const subject = assignmentSubject({
    id: found.id,
    caseId: found.caseFile.id,
    userId: found.user.id,
    directorOrganisationId: found.user.organisation.id,
  });
  if (!ctx.ability.can('read', subject) && !ctx.ability.can('assign', subject)) {
    ctx.audit?.record(
      deniedOf({
        subjectType: 'DirectorAssignment',
        subjectId: found.id,
        caseId: found.caseFile.id,
        reason: 'NOT_ON_CASE_TEAM',
      }),
    );
    throw notFound(ASSIGNMENT_LABEL);
  }
  return found;
}

function checkVersion(a: DirectorAssignment, expectedVersion: number): void {
  if (a.version !== expectedVersion) {
    throw conflict('Deze toewijzing is intussen gewijzigd. / This assignment was changed in the meantime.', {
      currentVersion: a.version,
      currentStatus: a.status,
    });
  }
}

/** The proposed director accepts: the replaced director's assignment ends in the same transaction. */
export async function acceptDirectorAssignment(ctx: RequestContext, args: AnswerArgs): Promise<DirectorAssignment> {
  const actor = requireActor(ctx);
  const saved = await ctx.em.transactional(async (em) => {
    const assignment = await loadAssignment(ctx, em, args.assignmentId);
    if (
      !ctx.ability.can(
        'respond',
        assignmentSubject({
          id: assignment.id,
          caseId: assignment.caseFile.id,
          userId: assignment.user.id,
          directorOrganisationId: assignment.user.organisation.id,
        }),
      )
    ) {
      throw forbidden('op dit voorstel te antwoorden; alleen de voorgestelde regisseur kan dat / answer this proposal');
    }
    await em.lock(assignment.caseFile, LockMode.PESSIMISTIC_WRITE);
    await em.refresh(assignment);
    checkVersion(assignment, args.expectedVersion);
    if (assignment.status !== 'PROPOSED')
      throw conflict('Op dit voorstel is al geantwoord. / This proposal was already answered.', {
        currentStatus: assignment.status,
      });
    if (assignment.caseFile.status === 'CLOSED') throw conflict('De casus is gesloten. / The case is closed.');
    const now = new Date();
    const replaced = assignment.replaces;
    if (replaced) {
      await em.refresh(replaced);
      if (replaced.status === 'ACCEPTED') {
        replaced.status = 'ENDED';
        replaced.endedAt = now;
        replaced.endedBy = em.getReference(User, actor.userId);
        replaced.endReason = 'Overgedragen (warme overdracht) / Handed over';
      }
    }
    const accepted = await em.count(DirectorAssignment, {
      caseFile: assignment.caseFile,
      kind: assignment.kind,
      status: 'ACCEPTED',
      id: { $ne: replaced?.id ?? assignment.id },
    });
    if (accepted >= MAX_ACCEPTED[assignment.kind]) {
      throw conflict('Er zijn intussen al genoeg regisseurs voor deze casus. / The case already has its directors.');
    }
    assignment.status = 'ACCEPTED';
    assignment.acceptedAt = now;
    await em.flush();
    const organisation = await em.findOneOrFail(Organisation, { id: actor.organisationId });
    await notify(em, {
      recipientIds: [assignment.proposedBy?.id, replaced?.user.id].filter(
        (id): id is string => Boolean(id) && id !== actor.userId,
      ),
      kind: 'DIRECTOR_ACCEPTED',
      caseId: assignment.caseFile.id,
      message: `De ${KIND_LABEL[assignment.kind]} van ${organisation.name} heeft casus ${assignment.caseFile.reference} geaccepteerd${replaced ? '; de overdracht is afgerond' : ''}. / Accepted.`,
    });
    await ctx.audit?.write(em, [
      changeOf('UPDATE', {
        subjectType: 'DirectorAssignment',
        subjectId: assignment.id,
        caseId: assignment.caseFile.id,
        fields: ['status', 'acceptedAt'],
        reason: 'ACCEPT',
      }),
      ...(replaced
        ? [
            changeOf('UPDATE', {
              subjectType: 'DirectorAssignment',
              subjectId: replaced.id,
              caseId: assignment.caseFile.id,
              fields: ['status', 'endedAt'],
              reason: 'HANDED_OVER',
            }),
          ]
        : []),
    ]);
    return assignment;
  });
  // An accepted case director reads what the director may read, from this very response on.
  await refreshAbility(ctx);
  return saved;
}

export async function declineDirectorAssignment(ctx: RequestContext, args: AnswerArgs): Promise<DirectorAssignment> {
  const actor = requireActor(ctx);
  return ctx.em.transactional(async (em) => {
    const assignment = await loadAssignment(ctx, em, args.assignmentId);
    if (
      !ctx.ability.can(
        'respond',
        assignmentSubject({
          id: assignment.id,
          caseId: assignment.caseFile.id,
          userId: assignment.user.id,
          directorOrganisationId: assignment.user.organisation.id,
        }),
      )
    ) {
      throw forbidden('op dit voorstel te antwoorden; alleen de voorgestelde regisseur kan dat / answer this proposal');
    }
    new InputCheck().text('reason', args.reason, { min: 5, max: 1000 }).done();
    checkVersion(assignment, args.expectedVersion);
    if (assignment.status !== 'PROPOSED')
      throw conflict('Op dit voorstel is al geantwoord. / This proposal was already answered.', {
        currentStatus: assignment.status,
      });
    assignment.status = 'DECLINED';
    assignment.declinedAt = new Date();
    assignment.declineReason = (args.reason ?? '').trim();
    await em.flush();
    const organisation = await em.findOneOrFail(Organisation, { id: actor.organisationId });
    if (assignment.proposedBy) {
      await notify(em, {
        recipientIds: [assignment.proposedBy.id],
        kind: 'DIRECTOR_DECLINED',
        caseId: assignment.caseFile.id,
        message: `Het voorstel voor ${KIND_LABEL[assignment.kind]} (${organisation.name}) van casus ${assignment.caseFile.reference} is afgewezen; de huidige regie blijft. / Proposal declined.`,
      });
    }
    await ctx.audit?.write(em, [
      changeOf('UPDATE', {
        subjectType: 'DirectorAssignment',
        subjectId: assignment.id,
        caseId: assignment.caseFile.id,
        fields: ['status', 'declineReason'],
        reason: 'DECLINE',
      }),
    ]);
    return assignment;
  });
}

/**
 * Ends an assignment without a successor (or withdraws a proposal). Ending the last case
 * director puts the case on the waiting list. For those who may assign on the case.
 */
export async function endDirectorAssignment(ctx: RequestContext, args: AnswerArgs): Promise<DirectorAssignment> {
  const actor = requireActor(ctx);
  const saved = await ctx.em.transactional(async (em) => {
    const assignment = await loadAssignment(ctx, em, args.assignmentId);
    const subject = assignmentSubject({
      id: assignment.id,
      caseId: assignment.caseFile.id,
      userId: assignment.user.id,
      directorOrganisationId: assignment.user.organisation.id,
    });
    if (!ctx.ability.can('assign', subject)) throw forbidden('deze toewijzing te beëindigen / end this assignment');
    new InputCheck().text('reason', args.reason, { min: 5, max: 1000 }).done();
    checkVersion(assignment, args.expectedVersion);
    if (assignment.status !== 'PROPOSED' && assignment.status !== 'ACCEPTED')
      throw conflict('Deze toewijzing loopt niet meer. / This assignment is no longer running.', {
        currentStatus: assignment.status,
      });
    const wasAccepted = assignment.status === 'ACCEPTED';
    assignment.status = 'ENDED';
    assignment.endedAt = new Date();
    assignment.endedBy = em.getReference(User, actor.userId);
    assignment.endReason = (args.reason ?? '').trim();
    await em.flush();
    await notify(em, {
      recipientIds: [assignment.user.id].filter((id) => id !== actor.userId),
      kind: 'DIRECTOR_ENDED',
      caseId: assignment.caseFile.id,
      message: `Uw ${wasAccepted ? 'toewijzing' : 'voorstel'} als ${KIND_LABEL[assignment.kind]} van casus ${assignment.caseFile.reference} is beëindigd. / Your assignment ended.`,
    });
    await ctx.audit?.write(em, [
      changeOf('UPDATE', {
        subjectType: 'DirectorAssignment',
        subjectId: assignment.id,
        caseId: assignment.caseFile.id,
        fields: ['status', 'endedAt', 'endReason'],
        reason: 'END',
      }),
    ]);
    return assignment;
  });
  await refreshAbility(ctx);
  return saved;
}
