import type { EntityManager } from '@mikro-orm/postgresql';
import { asSubject } from '@mda/authz';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { deniedOf, readOf } from '../../core/context/request-audit.js';
import { notFound } from '../../core/graphql/errors.js';
import { isUuid } from '../../core/graphql/validation.js';
import { Case } from '../cases/case.entity.js';
import { listedCases } from '../cases/case.loaders.js';
import { ensureCaseAccess } from '../identity/case-access.service.js';
import { DirectorAssignment } from './director-assignment.entity.js';
import { assignmentsByCase } from './direction.loaders.js';
import { CASE_LABEL, mayAssignOn } from './director.checks.js';

/**
 * A case whose direction the actor may see: readable through the team (or emergency access),
 * or one the actor may assign directors on (a team lead sees no case content, yet assigns).
 * Anything else answers NOT_FOUND, exactly like a missing case, and is on record.
 */
export async function directionCase(ctx: RequestContext, caseId: string, em: EntityManager = ctx.em): Promise<Case> {
  const found = isUuid(caseId) ? await em.findOne(Case, { id: caseId }) : null;
  if (!found) throw notFound(CASE_LABEL);
  await ensureCaseAccess(ctx, [found.id], em);
  assertDirectionVisible(ctx, found.id);
  return found;
}

/**
 * `directionCase` for a read: a case this request showed as a row of the case list is known to
 * exist (its row was just read under the read rule), so only the visibility is checked and no
 * statement is spent per row (the direction column of the list).
 */
async function directionCaseId(ctx: RequestContext, caseId: string): Promise<string> {
  if (!listedCases(ctx).has(caseId)) return (await directionCase(ctx, caseId)).id;
  await ensureCaseAccess(ctx, [caseId]);
  assertDirectionVisible(ctx, caseId);
  return caseId;
}

function assertDirectionVisible(ctx: RequestContext, caseId: string): void {
  const actor = requireActor(ctx);
  const visible =
    ctx.ability.can(
      'read',
      asSubject('DirectorAssignment', { id: 'any', caseId, userId: 'any', directorOrganisationId: 'any' }),
    ) || mayAssignOn(ctx, actor, caseId);
  if (!visible) {
    ctx.audit?.record(deniedOf({ subjectType: 'Case', subjectId: caseId, caseId, reason: 'NOT_ON_CASE_TEAM' }));
    throw notFound(CASE_LABEL);
  }
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
  const target = { id: await directionCaseId(ctx, caseId) };
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
