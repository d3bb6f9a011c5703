import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { asSubject, type Actor } from '@mda/authz';
import type { RequestContext } from '../../core/context/context.js';
import { refreshAbility, requireActor } from '../../core/context/context.js';
import { changeOf, deniedOf, readOf } from '../../core/context/request-audit.js';
import { conflict, forbidden, notFound } from '../../core/graphql/errors.js';
import { InputCheck, isUuid, todayInNetherlands } from '../../core/graphql/validation.js';
import { log } from '../../core/log/logger.js';
import { Organisation } from '../identity/organisation.entity.js';
import { User } from '../identity/user.entity.js';
import { Case } from '../cases/case.entity.js';
import { CaseTeamMembership, isMembershipActive } from '../cases/case-team-membership.entity.js';
import { notify } from '../notifications/notification.service.js';
import { DirectorAssignment, type DirectorKind } from './director-assignment.entity.js';
import { DirectionWaitingContact } from './direction-waiting-contact.entity.js';
import { ensureCaseAccess } from '../identity/case-access.service.js';
import { assignmentsByCase } from './direction.loaders.js';

const CASE_LABEL = 'Casus / Case';
const ASSIGNMENT_LABEL = 'Regietoewijzing / Director assignment';
/** A case director may be a duo; a case has one process director. */
export const MAX_ACCEPTED: Readonly<Record<DirectorKind, number>> = { CASE_DIRECTOR: 2, PROCESS_DIRECTOR: 1 };
const KIND_LABEL: Readonly<Record<DirectorKind, string>> = {
  CASE_DIRECTOR: 'casusregisseur',
  PROCESS_DIRECTOR: 'procesregisseur',
};

export interface ProposeDirectorArgs {
  caseId: string;
  userId: string;
  kind: DirectorKind;
  replacesAssignmentId?: string | null;
  handoverNote?: string | null;
}

export interface AnswerArgs {
  assignmentId: string;
  expectedVersion: number;
  reason?: string | null;
}

const assignmentSubject = (a: { id: string; caseId: string; userId: string; directorOrganisationId: string }) =>
  asSubject('DirectorAssignment', { ...a });

/** May the actor assign directors on this case at all (a director of their own organisation at least)? */
function mayAssignOn(ctx: RequestContext, actor: Actor, caseId: string): boolean {
  return ctx.ability.can(
    'assign',
    assignmentSubject({ id: 'new', caseId, userId: 'new', directorOrganisationId: actor.organisationId }),
  );
}

/**
 * A case whose direction the actor may see: readable through the team (or emergency access),
 * or one the actor may assign directors on (a team lead sees no case content, yet assigns).
 * Anything else answers NOT_FOUND, exactly like a missing case, and is on record.
 */
export async function directionCase(ctx: RequestContext, caseId: string, em: EntityManager = ctx.em): Promise<Case> {
  const actor = requireActor(ctx);
  const found = isUuid(caseId) ? await em.findOne(Case, { id: caseId }) : null;
  if (!found) throw notFound(CASE_LABEL);
  await ensureCaseAccess(ctx, [found.id], em);
  const visible =
    ctx.ability.can(
      'read',
      asSubject('DirectorAssignment', { id: 'any', caseId: found.id, userId: 'any', directorOrganisationId: 'any' }),
    ) || mayAssignOn(ctx, actor, found.id);
  if (!visible) {
    ctx.audit?.record(
      deniedOf({ subjectType: 'Case', subjectId: found.id, caseId: found.id, reason: 'NOT_ON_CASE_TEAM' }),
    );
    throw notFound(CASE_LABEL);
  }
  return found;
}

/** Assignments with the ids of those whose handover note text the viewer may read. */
export interface AssignmentsView {
  rows: DirectorAssignment[];
  readableNotes: ReadonlySet<string>;
}

/**
 * Which handover notes of these assignments the actor may read: the parties to the handover
 * only (rule `readHandoverNote` in packages/authz); others learn that a note exists.
 */
export async function readableHandoverNotes(
  ctx: RequestContext,
  rows: readonly DirectorAssignment[],
  em: EntityManager = ctx.em,
): Promise<ReadonlySet<string>> {
  const withNote = rows.filter((a) => a.handoverNote !== null);
  if (withNote.length === 0) return new Set();
  const replaced = withNote.filter((a) => a.replaces !== null);
  if (replaced.length > 0) await em.populate(replaced, ['replaces']);
  return new Set(
    withNote
      .filter((a) =>
        ctx.ability.can(
          'readHandoverNote',
          asSubject('DirectorAssignment', {
            id: a.id,
            caseId: a.caseFile.id,
            userId: a.user.id,
            directorOrganisationId: a.user.organisation.id,
            replacedUserId: a.replaces?.user.id ?? null,
            proposedById: a.proposedBy?.id ?? null,
          }),
        ),
      )
      .map((a) => a.id),
  );
}

/** All assignments of a case, oldest first: the history of its direction. */
export async function directionHistory(ctx: RequestContext, caseId: string): Promise<AssignmentsView> {
  const target = await directionCase(ctx, caseId);
  const rows = await assignmentsByCase(ctx).load(target.id);
  const readableNotes = await readableHandoverNotes(ctx, rows);
  const fields = readableNotes.size > 0 ? ['director', 'status', 'handoverNote'] : ['director', 'status'];
  ctx.audit?.record(
    readOf({
      subjectType: 'DirectorAssignment',
      subjectId: null,
      caseId: target.id,
      fields,
      categories: ['PLAN'],
      reason: `results=${rows.length}`,
    }),
  );
  return { rows, readableNotes };
}

/**
 * The accepted case directors (casusregisseurs) of a case the viewer already reads (the case
 * list): empty when the viewer may not read the case's direction. Batched per page by the
 * assignments loader; audited per case.
 */
export async function currentCaseDirectors(ctx: RequestContext, caseId: string): Promise<DirectorAssignment[]> {
  requireActor(ctx);
  if (
    !ctx.ability.can(
      'read',
      asSubject('DirectorAssignment', { id: 'any', caseId, userId: 'any', directorOrganisationId: 'any' }),
    )
  )
    return [];
  const rows = (await assignmentsByCase(ctx).load(caseId)).filter(
    (a) => a.kind === 'CASE_DIRECTOR' && a.status === 'ACCEPTED',
  );
  if (rows.length > 0)
    ctx.audit?.record(
      readOf({
        subjectType: 'DirectorAssignment',
        subjectId: null,
        caseId,
        fields: ['director'],
        categories: ['PLAN'],
        reason: 'CASE_DIRECTOR',
      }),
    );
  return rows;
}

/** Proposals waiting for my answer and the cases I direct now. */
export async function myDirectorAssignments(ctx: RequestContext): Promise<AssignmentsView> {
  const actor = requireActor(ctx);
  const rows = await ctx.em.find(
    DirectorAssignment,
    { user: actor.userId, status: { $in: ['PROPOSED', 'ACCEPTED'] } },
    { populate: ['user', 'user.organisation', 'proposedBy', 'endedBy', 'caseFile'], orderBy: { createdAt: 'desc' } },
  );
  const readableNotes = await readableHandoverNotes(ctx, rows);
  const fields = readableNotes.size > 0 ? ['case', 'status', 'handoverNote'] : ['case', 'status'];
  ctx.audit?.record(
    readOf({
      subjectType: 'DirectorAssignment',
      subjectId: null,
      caseId: null,
      fields,
      reason: `results=${rows.length}`,
    }),
  );
  return { rows, readableNotes };
}

async function activeTeamOrganisationIds(em: EntityManager, caseId: string): Promise<Set<string>> {
  const today = todayInNetherlands();
  const team = await em.find(
    CaseTeamMembership,
    { caseFile: caseId },
    { fields: ['organisation', 'validFrom', 'validUntil', 'endedAt'] },
  );
  return new Set(team.filter((m) => isMembershipActive(m, today)).map((m) => m.organisation.id));
}

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
