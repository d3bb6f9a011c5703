import { asSubject } from '@mda/authz';
import type { RequestContext } from '../../core/context/context.js';
import { refreshAbility, requireActor } from '../../core/context/context.js';
import { badInput, conflict, forbidden, notFound } from '../../core/graphql/errors.js';
import { InputCheck, isUuid } from '../../core/graphql/validation.js';
import { log } from '../../core/log/logger.js';
import { changeOf, readOf } from '../../core/context/request-audit.js';
import { Organisation } from '../identity/organisation.entity.js';
import { User } from '../identity/user.entity.js';
import { Case } from '../cases/case.entity.js';
import { DirectorAssignment } from '../directors/director-assignment.entity.js';
import { BreakGlassGrant, type ReviewStatus } from './break-glass-grant.entity.js';
import { ensureCaseAccess } from '../identity/case-access.service.js';
import { notify } from '../notifications/notification.service.js';

/**
 * Emergency access by a professional outside the case team. Granted at once (an emergency
 * cannot wait for approval), for a limited time, with a mandatory reason; the case
 * director is notified and the grant enters the privacy officer's review queue.
 */
export async function requestBreakGlass(
  ctx: RequestContext,
  caseReference: string,
  reason: string,
): Promise<BreakGlassGrant> {
  const actor = requireActor(ctx);
  if (!ctx.ability.can('requestBreakGlass', 'Case'))
    throw forbidden('noodtoegang te vragen / request emergency access');
  new InputCheck()
    .text('reason', reason, { min: 20, max: 1000 })
    .check(
      /^MDA-\d{4}-\d{6}$/.test(caseReference.trim()),
      'caseReference',
      'gebruik het casusnummer, bijv. MDA-2026-000123 / use the case reference',
    )
    .done();
  const target = await ctx.em.findOne(Case, { reference: caseReference.trim() });
  if (!target) throw notFound('Casus / Case');
  if (target.status === 'CLOSED')
    throw conflict('Deze casus is gesloten; noodtoegang is niet mogelijk. / This case is closed.');
  await ensureCaseAccess(ctx, [target.id]);
  if (ctx.caseAccess.peek(target.id)?.includes('TEAM')) {
    throw badInput([
      {
        field: 'caseReference',
        message: 'uw organisatie zit al in het casusteam / your organisation is already on the team',
      },
    ]);
  }
  const now = new Date();
  const grant = await ctx.em.transactional(async (em) => {
    const created = em.create(BreakGlassGrant, {
      caseFile: target,
      user: em.getReference(User, actor.userId),
      organisation: em.getReference(Organisation, actor.organisationId),
      reason: reason.trim(),
      grantedAt: now,
      expiresAt: new Date(now.getTime() + ctx.config.breakGlassHours * 3600_000),
      reviewStatus: 'PENDING',
    });
    const directors = await em.find(DirectorAssignment, { caseFile: target, status: 'ACCEPTED' });
    const organisation = await em.findOneOrFail(Organisation, { id: actor.organisationId });
    await em.flush();
    await notify(em, {
      recipientIds: directors.map((d) => d.user.id),
      kind: 'BREAK_GLASS',
      caseId: target.id,
      message: `Noodtoegang tot casus ${target.reference} door ${organisation.name}, tot ${created.expiresAt.toISOString()}. / Emergency access to ${target.reference}.`,
    });
    await ctx.audit?.write(
      em,
      [
        changeOf('BREAK_GLASS', {
          subjectType: 'Case',
          subjectId: target.id,
          caseId: target.id,
          fields: ['access'],
          reason: created.reason,
        }),
      ],
      { breakGlassGrantId: created.id },
    );
    return created;
  });
  log.warn('break_glass.granted', { requestId: ctx.requestId, grantId: grant.id, caseId: target.id });
  await refreshAbility(ctx);
  await ctx.em.populate(grant, ['user', 'organisation', 'caseFile']);
  return grant;
}

const grantSubject = (g: BreakGlassGrant) =>
  asSubject('BreakGlassGrant', { id: g.id, organisationId: g.organisation.id });

/** The review queue: the emergency access taken by the privacy officer's own organisation (privacy-rules.ts). */
export async function reviewQueue(ctx: RequestContext, status: ReviewStatus | null): Promise<BreakGlassGrant[]> {
  const actor = requireActor(ctx);
  if (!ctx.ability.can('review', 'BreakGlassGrant'))
    throw forbidden('de noodtoegang te beoordelen / review emergency access');
  const found = await ctx.em.find(
    BreakGlassGrant,
    { organisation: actor.organisationId, ...(status ? { reviewStatus: status } : {}) },
    {
      populate: ['user', 'organisation', 'caseFile'],
      orderBy: { grantedAt: 'desc' },
      limit: 200,
    },
  );
  const grants = found.filter((g) => ctx.ability.can('review', grantSubject(g)));
  ctx.audit?.record(
    readOf({
      subjectType: 'BreakGlassReviewQueue',
      subjectId: null,
      caseId: null,
      fields: ['requester', 'reason'],
      reason: `results=${grants.length}`,
    }),
  );
  return grants;
}

export async function reviewBreakGlass(
  ctx: RequestContext,
  grantId: string,
  decision: ReviewStatus,
  comment: string | null,
): Promise<BreakGlassGrant> {
  const actor = requireActor(ctx);
  if (!ctx.ability.can('review', 'BreakGlassGrant'))
    throw forbidden('de noodtoegang te beoordelen / review emergency access');
  const check = new InputCheck().check(
    decision !== 'PENDING',
    'decision',
    'kies APPROVED of FLAGGED / choose APPROVED or FLAGGED',
  );
  if (decision === 'FLAGGED') check.text('comment', comment, { min: 5, max: 2000 });
  else check.text('comment', comment, { max: 2000, required: false });
  check.done();
  return ctx.em.transactional(async (em) => {
    const grant = isUuid(grantId)
      ? await em.findOne(BreakGlassGrant, { id: grantId }, { populate: ['user', 'organisation', 'caseFile'] })
      : null;
    // Another organisation's emergency access is not this privacy officer's to review: as if it did not exist.
    if (!grant || !ctx.ability.can('review', grantSubject(grant))) throw notFound('Noodtoegang / Emergency access');
    if (grant.reviewStatus !== 'PENDING') throw conflict('Deze noodtoegang is al beoordeeld. / Already reviewed.');
    grant.reviewStatus = decision;
    grant.reviewComment = comment?.trim() || null;
    grant.reviewedAt = new Date();
    grant.reviewedBy = em.getReference(User, actor.userId);
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf('UPDATE', {
        subjectType: 'BreakGlassGrant',
        subjectId: grant.id,
        caseId: grant.caseFile.id,
        fields: ['reviewStatus', 'reviewComment'],
        reason: decision,
      }),
    ]);
    return grant;
  });
}
