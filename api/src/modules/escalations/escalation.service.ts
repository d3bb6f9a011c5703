import { randomUUID } from 'node:crypto';
import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { asSubject, type Actor } from '@mda/authz';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { changeOf, deniedOf, readOf } from '../../core/context/request-audit.js';
import { conflict, forbidden, notFound } from '../../core/graphql/errors.js';
import { InputCheck, isUuid } from '../../core/graphql/validation.js';
import { User } from '../identity/user.entity.js';
import { Case } from '../cases/case.entity.js';
import { notify } from '../notifications/notification.service.js';
import { Escalation } from './escalation.entity.js';
import { EscalationHistory } from './escalation-history.entity.js';
import { decidersAt, ESCALATION_POPULATE, raiseFromTrigger } from './escalation-ladder.service.js';
import { accessScopeOf, ensureCaseAccess, reachedCaseIdsSql } from '../identity/case-access.service.js';
import { ladderOf, regionOfMunicipality } from './escalation-settings.js';
import { escalationsByCase } from './escalation.loaders.js';

const ESCALATION_LABEL = 'Opschaling / Escalation';
const CASE_LABEL = 'Casus / Case';

export const escalationSubject = (
  e: Pick<Escalation, 'id' | 'level'> & { caseFile: { id: string }; raisedBy: { id: string } | null },
) => asSubject('Escalation', { id: e.id, caseId: e.caseFile.id, level: e.level, raisedById: e.raisedBy?.id ?? null });

/**
 * Hook for what a decision sets in motion (e.g. plan actions, once the joint plan exists).
 * Handlers run inside the deciding transaction, after the escalation is DECIDED and before
 * it commits; a handler that throws undoes the decision. The plan module registers one with
 * `onEscalationDecided`.
 */
export type EscalationDecidedHook = (em: EntityManager, escalation: Escalation, actor: Actor) => Promise<void>;
const decidedHooks: EscalationDecidedHook[] = [];
export function onEscalationDecided(hook: EscalationDecidedHook): void {
  decidedHooks.push(hook);
}

export interface RaiseEscalationArgs {
  caseId: string;
  reason: string;
  decisionAsked: string;
}

/** Manual escalation by any member of the case team. */
export async function raiseEscalation(ctx: RequestContext, args: RaiseEscalationArgs): Promise<Escalation> {
  const actor = requireActor(ctx);
  return ctx.em.transactional(async (em) => {
    const target = isUuid(args.caseId) ? await em.findOne(Case, { id: args.caseId }) : null;
    if (!target) throw notFound(CASE_LABEL);
    await ensureCaseAccess(ctx, [target.id], em);
    if (!ctx.ability.can('read', asSubject('Case', { id: target.id }))) {
      ctx.audit?.record(
        deniedOf({ subjectType: 'Case', subjectId: target.id, caseId: target.id, reason: 'NOT_ON_CASE_TEAM' }),
      );
      throw notFound(CASE_LABEL);
    }
    if (
      !ctx.ability.can(
        'raise',
        asSubject('Escalation', { id: 'new', caseId: target.id, level: 1, raisedById: actor.userId }),
      )
    ) {
      throw forbidden('in deze casus op te schalen / escalate in this case');
    }
    new InputCheck()
      .text('reason', args.reason, { min: 10, max: 2000 })
      .text('decisionAsked', args.decisionAsked, { min: 5, max: 1000 })
      .done();
    if (target.status === 'CLOSED')
      throw conflict('De casus is gesloten; opschalen is niet meer mogelijk. / The case is closed.');
    const { escalation } = await raiseFromTrigger(em, {
      caseId: target.id,
      trigger: 'MANUAL',
      sourceKey: `manual:${randomUUID()}`,
      reason: args.reason,
      decisionAsked: args.decisionAsked,
      raisedBy: { userId: actor.userId, organisationId: actor.organisationId },
      audit: async (tx, entries) => ctx.audit?.write(tx, entries),
    });
    return escalation;
  });
}

const POPULATE = ESCALATION_POPULATE;

async function loadEscalation(ctx: RequestContext, em: EntityManager, id: string): Promise<Escalation> {
  requireActor(ctx);
  const found = isUuid(id) ? await em.findOne(Escalation, { id }, { populate: [...POPULATE] }) : null;
  if (!found) throw notFound(ESCALATION_LABEL);
  await ensureCaseAccess(ctx, [found.caseFile.id], em);
  if (!ctx.ability.can('read', escalationSubject(found))) {
    ctx.audit?.record(
      deniedOf({
        subjectType: 'Escalation',
        subjectId: found.id,
        caseId: found.caseFile.id,
        reason: 'NOT_ON_CASE_TEAM',
      }),
    );
    throw notFound(ESCALATION_LABEL);
  }
  return found;
}

export async function escalationById(ctx: RequestContext, id: string): Promise<Escalation> {
  const found = await loadEscalation(ctx, ctx.em, id);
  ctx.audit?.record(
    readOf({
      subjectType: 'Escalation',
      subjectId: found.id,
      caseId: found.caseFile.id,
      fields: ['reason', 'decisionAsked', 'decision'],
      categories: ['PLAN'],
    }),
  );
  return found;
}

export async function escalationHistory(em: EntityManager, escalationId: string): Promise<EscalationHistory[]> {
  return em.find(
    EscalationHistory,
    { escalation: escalationId },
    { populate: ['actor'], orderBy: { createdAt: 'asc', toLevel: 'asc', id: 'asc' } },
  );
}

/**
 * Escalations that concern me: those I may decide now, those I raised, and those on cases of
 * my teams or that I direct. Open ones by default, soonest deadline first.
 */
export async function myEscalations(ctx: RequestContext, includeClosed: boolean): Promise<Escalation[]> {
  const actor = requireActor(ctx);
  // Mine: raised by me, mine to decide, on cases of my teams or that I direct (semi-joins on my
  // memberships and directorships, no case id list), or at a top level I decide. First the ids,
  // as a union of index-served parts (an OR over them would make PostgreSQL visit every
  // escalation), then the rows by primary key; the list is bounded by what I take part in.
  const reach = reachedCaseIdsSql(['TEAM', 'DIRECTOR'], accessScopeOf(actor));
  const parts = [
    'select x.id from escalation x where x.raised_by_id = ?',
    'select x.id from escalation x where x.decider_user_id = ?',
    // Per reached case through its index (`offset 0` keeps the lateral part from being flattened).
    `select y.id from (${reach.sql}) r cross join lateral (select x.id from escalation x where x.case_id = r.case_id offset 0) y`,
  ];
  const params: unknown[] = [actor.userId, actor.userId, ...reach.params];
  const topLevels = [3, 4].filter((level) =>
    ctx.ability.can('decide', asSubject('Escalation', { id: 'any', caseId: 'any', level, raisedById: 'any' })),
  );
  if (topLevels.length > 0) {
    parts.push(`select x.id from escalation x where x.level in (${topLevels.map(() => '?').join(', ')})`);
    params.push(...topLevels);
  }
  const ids = (await ctx.em.execute<{ id: string }[]>(parts.join(' union '), params)).map((r) => r.id);
  const rows =
    ids.length === 0
      ? []
      : await ctx.em.find(
          Escalation,
          { id: { $in: ids }, ...(includeClosed ? {} : { status: 'OPEN' as const }) },
          { populate: [...POPULATE], orderBy: { deadlineAt: 'asc', id: 'asc' }, limit: 200 },
        );
  await ensureCaseAccess(
    ctx,
    rows.map((e) => e.caseFile.id),
  );
  const visible = rows.filter((e) => ctx.ability.can('read', escalationSubject(e)));
  ctx.audit?.record(
    readOf({
      subjectType: 'Escalation',
      subjectId: null,
      caseId: null,
      fields: ['reason', 'decisionAsked'],
      categories: ['PLAN'],
      reason: `results=${visible.length}`,
    }),
  );
  return visible;
}

/** The escalations of a case the viewer may read, newest first; their disclosure audited. */
export async function escalationsOfCase(ctx: RequestContext, caseId: string): Promise<Escalation[]> {
  const rows = await escalationsByCase(ctx).load(caseId);
  await ensureCaseAccess(ctx, [caseId]);
  const visible = rows.filter((e) => ctx.ability.can('read', escalationSubject(e)));
  if (visible.length > 0)
    ctx.audit?.record(
      readOf({
        subjectType: 'Escalation',
        subjectId: null,
        caseId,
        fields: ['reason', 'decisionAsked', 'decision'],
        categories: ['PLAN'],
        reason: `results=${visible.length}`,
      }),
    );
  return visible;
}

export interface CloseArgs {
  escalationId: string;
  expectedVersion: number;
  text: string;
}

async function closing(
  ctx: RequestContext,
  args: CloseArgs,
  action: 'decide' | 'withdraw' | 'deEscalate',
  apply: (
    em: EntityManager,
    e: Escalation,
    actor: Actor,
    now: Date,
  ) => Promise<{
    recipients: string[];
    message: string;
    history: Omit<EscalationHistory, 'id' | 'createdAt' | 'updatedAt' | 'escalation' | 'actor'>;
  }>,
): Promise<Escalation> {
  const actor = requireActor(ctx);
  return ctx.em.transactional(async (em) => {
    const e = await loadEscalation(ctx, em, args.escalationId);
    if (!ctx.ability.can(action, escalationSubject(e))) {
      const what = {
        decide: 'op dit niveau te besluiten / decide at this level',
        withdraw: 'deze opschaling in te trekken / withdraw this escalation',
        deEscalate: 'deze opschaling terug te leggen / de-escalate',
      }[action];
      throw forbidden(what);
    }
    const field = action === 'decide' ? 'decision' : 'reason';
    new InputCheck().text(field, args.text, { min: 5, max: 4000 }).done();
    if (e.version !== args.expectedVersion) {
      throw conflict(
        'Deze opschaling is intussen gewijzigd (bijv. automatisch een niveau hoger). / This escalation changed in the meantime.',
        {
          currentVersion: e.version,
          currentLevel: e.level,
          currentStatus: e.status,
        },
      );
    }
    if (e.status !== 'OPEN')
      throw conflict('Deze opschaling is al afgesloten. / This escalation is already closed.', {
        currentStatus: e.status,
      });
    const now = new Date();
    const fromLevel = e.level;
    const outcome = await apply(em, e, actor, now);
    e.closedAt = now;
    e.closedBy = em.getReference(User, actor.userId);
    // The row is also changed by the deadline job with a conditional update: the version check
    // in the UPDATE makes a concurrent climb and this close exclude each other.
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof OptimisticLockError)
        throw conflict(
          'Deze opschaling is intussen gewijzigd (bijv. automatisch een niveau hoger). / This escalation changed in the meantime.',
        );
      throw error;
    }
    em.create(EscalationHistory, {
      ...outcome.history,
      escalation: e,
      actor: em.getReference(User, actor.userId),
      fromLevel,
    });
    await em.flush();
    if (action === 'decide') for (const hook of decidedHooks) await hook(em, e, actor);
    await notify(em, {
      recipientIds: outcome.recipients.filter((id) => id !== actor.userId),
      kind: `ESCALATION_${e.status}`,
      caseId: e.caseFile.id,
      escalationId: e.id,
      message: outcome.message,
    });
    await ctx.audit?.write(em, [
      changeOf('UPDATE', {
        subjectType: 'Escalation',
        subjectId: e.id,
        caseId: e.caseFile.id,
        fields: ['status', field],
        categories: ['PLAN'],
        reason: e.status,
      }),
    ]);
    return e;
  });
}

/** Decides the question at the current level; DECIDED ends the escalation. */
export function decideEscalation(ctx: RequestContext, args: CloseArgs): Promise<Escalation> {
  return closing(ctx, args, 'decide', async (em, e) => {
    e.status = 'DECIDED';
    e.decision = args.text.trim();
    const directors = (await decidersAt(em, e.caseFile.id, 1)).userIds;
    return {
      recipients: [...directors, ...(e.raisedBy ? [e.raisedBy.id] : [])],
      message: `Over de opschaling in casus ${e.caseFile.reference} is besloten op niveau ${e.level}. / Escalation in ${e.caseFile.reference} decided.`,
      history: { event: 'DECIDED', fromLevel: e.level, toLevel: e.level, deadlineAt: null, note: null },
    };
  });
}

export function withdrawEscalation(ctx: RequestContext, args: CloseArgs): Promise<Escalation> {
  return closing(ctx, args, 'withdraw', async (em, e) => {
    e.status = 'WITHDRAWN';
    e.closingReason = args.text.trim();
    const deciders = (await decidersAt(em, e.caseFile.id, e.level)).userIds;
    return {
      recipients: deciders,
      message: `De opschaling in casus ${e.caseFile.reference} (niveau ${e.level}) is ingetrokken. / Escalation in ${e.caseFile.reference} withdrawn.`,
      history: { event: 'WITHDRAWN', fromLevel: e.level, toLevel: e.level, deadlineAt: null, note: args.text.trim() },
    };
  });
}

/**
 * The deciders of this level hand the question back one level, with a reason: the escalation
 * ends DE_ESCALATED at the lower level, whose deciders handle it in the regular course (no
 * clock). A trigger whose condition persists may raise it again.
 */
export function deEscalate(ctx: RequestContext, args: CloseArgs): Promise<Escalation> {
  return closing(ctx, args, 'deEscalate', async (em, e) => {
    if (e.level <= 1)
      throw conflict(
        'Niveau 1 is het laagste niveau; trek de opschaling in of besluit. / Level 1 is the lowest level.',
      );
    const to = e.level - 1;
    const rung = (await ladderOf(em, regionOfMunicipality(e.caseFile.municipality))).get(to)!;
    const deciders = await decidersAt(em, e.caseFile.id, to);
    e.status = 'DE_ESCALATED';
    e.closingReason = args.text.trim();
    e.level = to;
    e.deciderBody = rung.deciderBody;
    e.deciderUser = deciders.deciderUserId ? em.getReference(User, deciders.deciderUserId) : null;
    return {
      recipients: [...deciders.userIds, ...(e.raisedBy ? [e.raisedBy.id] : [])],
      message: `De opschaling in casus ${e.caseFile.reference} is teruggelegd naar niveau ${to} (${rung.title}). / Escalation in ${e.caseFile.reference} returned to level ${to}.`,
      history: { event: 'DE_ESCALATED', fromLevel: to + 1, toLevel: to, deadlineAt: null, note: args.text.trim() },
    };
  });
}
