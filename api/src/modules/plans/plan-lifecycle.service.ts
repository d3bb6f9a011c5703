/**
 * The plan's lifecycle (docs/plan.md): start and the first meeting, propose a version for
 * sign-off, every team organisation agrees or objects; an objection may raise an escalation.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { changeOf } from '../../core/context/request-audit.js';
import type { AuditEntry } from '../../core/audit/audit.types.js';
import { conflict, notFound } from '../../core/graphql/errors.js';
import { addYears, InputCheck, todayInNetherlands } from '../../core/graphql/validation.js';
import { raiseFromTrigger } from '../escalations/escalation-ladder.service.js';
import { triggerSetting } from '../escalations/escalation-settings.js';
import type { Plan } from './plan.entity.js';
import { PlanElement } from './plan-element.entity.js';
import { PlanSignOff, PlanVersion } from './plan-version.entity.js';
import { recordOf } from './plan-record.js';
import { activeTeamOrganisationIds, lockPlan, VERSION_LABEL } from './plan-lock.js';
import type { ProposePlanInput, SetPlanFirstMeetingInput, SignOffPlanInput, StartPlanInput } from './plan.inputs.js';

export async function startPlan(ctx: RequestContext, input: StartPlanInput): Promise<Plan> {
  return ctx.em.transactional(async (em) => {
    const locked = await lockPlan(ctx, em, input.caseId);
    const check = new InputCheck().date('firstMeetingOn', input.firstMeetingOn, {
      min: todayInNetherlands(locked.caseFile.openedAt),
      max: addYears(locked.today, 1),
    });
    check.done();
    if (input.firstMeetingOn !== undefined && input.firstMeetingOn !== null && locked.plan.firstMeetingOn === null) {
      locked.plan.firstMeetingOn = input.firstMeetingOn;
      locked.plan.version += 1;
    }
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf('UPDATE', {
        subjectType: 'Plan',
        subjectId: locked.plan.id,
        caseId: locked.plan.caseId,
        fields: ['firstMeetingOn'],
        categories: ['PLAN'],
        reason: 'START_PLAN',
      }),
    ]);
    return locked.plan;
  });
}

export async function setPlanFirstMeeting(ctx: RequestContext, input: SetPlanFirstMeetingInput): Promise<Plan> {
  return ctx.em.transactional(async (em) => {
    const locked = await lockPlan(ctx, em, input.caseId);
    if (locked.plan.version !== input.expectedVersion) {
      throw conflict(
        'Het plan is intussen door iemand anders gewijzigd. / The plan was changed by someone else in the meantime.',
        { currentVersion: locked.plan.version, currentFirstMeetingOn: locked.plan.firstMeetingOn },
      );
    }
    new InputCheck()
      .date('firstMeetingOn', input.firstMeetingOn, {
        min: todayInNetherlands(locked.caseFile.openedAt),
        max: addYears(locked.today, 1),
      })
      .done();
    locked.plan.firstMeetingOn = input.firstMeetingOn ?? null;
    locked.plan.version += 1;
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf('UPDATE', {
        subjectType: 'Plan',
        subjectId: locked.plan.id,
        caseId: locked.plan.caseId,
        fields: ['firstMeetingOn'],
        categories: ['PLAN'],
      }),
    ]);
    return locked.plan;
  });
}

// ---- agreement ----------------------------------------------------------------------

/** Freezes the working copy as version n+1 and asks every team organisation to sign it off. */
export async function proposePlan(ctx: RequestContext, input: ProposePlanInput): Promise<Plan> {
  const actor = requireActor(ctx);
  return ctx.em.transactional(async (em) => {
    const locked = await lockPlan(ctx, em, input.caseId, 'propose');
    const { plan } = locked;
    if (plan.version !== input.expectedVersion) {
      throw conflict(
        'Het plan is intussen gewijzigd; bekijk de laatste stand voordat u het ter instemming voorlegt. / The plan was changed in the meantime.',
        { currentVersion: plan.version, planStatus: plan.status },
      );
    }
    if (plan.status === 'PROPOSED')
      throw conflict(
        `Versie ${plan.versionCount} ligt al ter instemming voor. / Version ${plan.versionCount} already awaits sign-off.`,
        { planStatus: plan.status },
      );
    if (plan.status === 'AGREED')
      throw conflict(
        `Er is niets gewijzigd sinds de vastgestelde versie ${plan.versionCount}. / Nothing changed since agreed version ${plan.versionCount}.`,
        { planStatus: plan.status },
      );
    const elements = await em.find(
      PlanElement,
      { planId: plan.id },
      { populate: ['authorOrganisation'], orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    const goals = elements.filter((e) => e.kind === 'GOAL');
    const check = new InputCheck();
    check.check(goals.length > 0, 'goals', 'een plan heeft minstens één doel nodig / a plan needs at least one goal');
    const withoutAction = goals.filter((g) => !elements.some((e) => e.parentId === g.id && e.status !== 'CANCELLED'));
    check.check(
      withoutAction.length === 0,
      'goals',
      `${withoutAction.length} doel(en) zonder actie: leg bij elk doel vast wie wat doet / every goal needs an action`,
    );
    check.done();
    const records = elements.map(recordOf);
    plan.versionCount += 1;
    plan.status = 'PROPOSED';
    plan.version += 1;
    const version = em.create(PlanVersion, {
      caseId: plan.caseId,
      planId: plan.id,
      number: plan.versionCount,
      snapshot: { firstMeetingOn: plan.firstMeetingOn, elements: records },
      proposedById: actor.userId,
      proposedByOrganisationId: actor.organisationId,
    });
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf('CREATE', {
        subjectType: 'PlanVersion',
        subjectId: version.id,
        caseId: plan.caseId,
        fields: ['snapshot'],
        categories: [...new Set(records.map((r) => r.category))].sort(),
        reason: `PROPOSE_VERSION_${version.number}`,
      }),
    ]);
    return plan;
  });
}

/**
 * One organisation's decision on the proposed version. All active team organisations agreeing
 * makes the plan AGREED; one objection (with a reason) sends it back to DRAFT for rework.
 */
export async function signOffPlan(ctx: RequestContext, input: SignOffPlanInput): Promise<Plan> {
  const actor = requireActor(ctx);
  return ctx.em.transactional(async (em) => {
    const locked = await lockPlan(ctx, em, input.caseId, 'signOff');
    const { plan } = locked;
    const version = await em.findOne(PlanVersion, { planId: plan.id, number: input.versionNumber }, { refresh: true });
    if (!version) throw notFound(VERSION_LABEL);
    if (version.status !== 'PROPOSED' || plan.status !== 'PROPOSED') {
      throw conflict(
        `Over versie ${version.number} is al besloten (${version.status}). / Version ${version.number} has already been decided.`,
        { versionStatus: version.status, planStatus: plan.status },
      );
    }
    const check = new InputCheck();
    if (input.decision === 'OBJECT') check.text('reason', input.reason, { min: 10, max: 2000 });
    else check.text('reason', input.reason, { max: 2000, required: false });
    if (input.decision === 'OBJECT' && !input.reason?.trim())
      check.add(
        'decision',
        'een bezwaar heeft een reden nodig, zodat het plan kan worden aangepast / an objection needs a reason',
      );
    check.done();
    const existing = await em.find(PlanSignOff, { versionId: version.id });
    if (existing.some((s) => s.organisationId === actor.organisationId)) {
      throw conflict(
        'Uw organisatie heeft al over deze versie beslist. / Your organisation has already decided on this version.',
      );
    }
    const signOff = em.create(PlanSignOff, {
      caseId: plan.caseId,
      versionId: version.id,
      organisationId: actor.organisationId,
      userId: actor.userId,
      decision: input.decision,
      reason: input.reason?.trim() || null,
    });
    const audit: AuditEntry[] = [
      changeOf('CREATE', {
        subjectType: 'PlanSignOff',
        subjectId: signOff.id,
        caseId: plan.caseId,
        fields: ['decision', ...(signOff.reason ? ['reason'] : [])],
        categories: ['PLAN'],
        reason: `${input.decision}_VERSION_${version.number}`,
      }),
    ];
    plan.version += 1;
    if (input.decision === 'OBJECT') {
      version.status = 'OBJECTED';
      version.decidedAt = new Date();
      plan.status = 'DRAFT';
      audit.push(
        changeOf('UPDATE', {
          subjectType: 'PlanVersion',
          subjectId: version.id,
          caseId: plan.caseId,
          fields: ['status'],
          reason: 'OBJECTED',
        }),
      );
    } else {
      const agreed = new Set([
        ...existing.filter((s) => s.decision === 'AGREE').map((s) => s.organisationId),
        actor.organisationId,
      ]);
      const team = await activeTeamOrganisationIds(em, plan.caseId, locked.today);
      if (team.every((id) => agreed.has(id))) {
        version.status = 'AGREED';
        version.decidedAt = new Date();
        plan.status = 'AGREED';
        plan.agreedVersionNumber = version.number;
        audit.push(
          changeOf('UPDATE', {
            subjectType: 'PlanVersion',
            subjectId: version.id,
            caseId: plan.caseId,
            fields: ['status'],
            reason: 'AGREED',
          }),
        );
      }
    }
    await em.flush();
    await ctx.audit?.write(em, audit);
    if (input.decision === 'OBJECT' && (await triggerSetting(em, 'PLAN_OBJECTION', 'enabled')) === 1) {
      // An objection is a reason to escalate (issue: "an objection must be visible to the
      // escalation work"). The escalation names the organisation and the version only; the
      // objection's text stays with the sign-off, under the plan's own permissions.
      const [names] = await em.execute<{ org: string; reference: string }[]>(
        'select o.name as org, c.reference from organisation o, case_file c where o.id = ? and c.id = ?',
        [actor.organisationId, plan.caseId],
      );
      await raiseFromTrigger(em, {
        caseId: plan.caseId,
        trigger: 'PLAN_OBJECTION',
        sourceKey: `${version.id}:${actor.organisationId}`,
        reason: `${names?.org ?? 'Een organisatie'} maakt bezwaar tegen planversie ${version.number} van casus ${names?.reference ?? ''}. De reden staat bij de ondertekening in het plan.`,
        decisionAsked: 'Besluit hoe het plan wordt aangepast zodat alle partners kunnen instemmen.',
        raisedBy: { userId: actor.userId, organisationId: actor.organisationId },
        audit: async (tx, entries) => ctx.audit?.write(tx, entries),
      });
    }
    return plan;
  });
}

// ---- for other capabilities ---------------------------------------------------------

export interface PlanObjection {
  caseId: string;
  versionNumber: number;
  organisationId: string;
  userId: string;
  reason: string;
  signedAt: Date;
}

/**
 * Objections to plan versions of a case since a moment (all when `since` is null), oldest
 * first. For the escalation capability: an objection is a reason to escalate. No access
 * check here: the caller decides (it runs in jobs as well as in requests).
 */
export async function objectionsSince(
  em: EntityManager,
  caseId: string,
  since: Date | null = null,
): Promise<PlanObjection[]> {
  const rows = await em.execute<
    { version_number: number; organisation_id: string; user_id: string; reason: string; signed_at: Date }[]
  >(
    `select v.number as version_number, s.organisation_id, s.user_id, s.reason, s.signed_at
       from plan_sign_off s join plan_version v on v.id = s.version_id
      where s.case_id = ? and s.decision = 'OBJECT' and (?::timestamptz is null or s.signed_at >= ?::timestamptz)
      order by s.signed_at, s.id`,
    [caseId, since, since],
  );
  return rows.map((r) => ({
    caseId,
    versionNumber: r.version_number,
    organisationId: r.organisation_id,
    userId: r.user_id,
    reason: r.reason,
    signedAt: new Date(r.signed_at),
  }));
}
