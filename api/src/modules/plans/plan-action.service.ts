/** Besluitvorming: actions under a goal, each owned by a team organisation, maybe assigned to one of its users. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { CASEWORK_ROLES } from '@mda/authz';
import { ACTION_STATUSES, INTERVENTION_KINDS, type InterventionKind } from '@mda/domain';
import type { RequestContext } from '../../core/context/context.js';
import { addYears, type InputCheck, isUuid, todayInNetherlands } from '../../core/graphql/validation.js';
import { User } from '../identity/user.entity.js';
import type { PlanElement } from './plan-element.entity.js';
import { guardIntervention, justificationAudit, oneOf } from './plan-element-checks.js';
import { createElement, updateElement } from './plan-element-write.js';
import { activeTeamOrganisationIds } from './plan-lock.js';
import type { AddActionInput, UpdateActionInput } from './plan.inputs.js';

/**
 * The owner must be active on the case team; a newly chosen assignee must be an active user with
 * a casework role of the owner (`previousAssigneeId`: an assignee kept as it was is not re-checked
 * for being active, so a deactivated account does not block other edits of the action).
 */
async function checkOwnerAndAssignee(
  em: EntityManager,
  check: InputCheck,
  caseId: string,
  today: string,
  ownerId: string | null | undefined,
  assigneeId: string | null | undefined,
  previous: { ownerId: unknown; assigneeId: unknown } | null = null,
): Promise<void> {
  if (!ownerId) {
    check.add(
      'ownerOrganisationId',
      'een actie heeft een eigenaar nodig: kies de organisatie uit het casusteam die haar uitvoert / an action needs an owning organisation from the case team',
    );
    return;
  }
  const team = await activeTeamOrganisationIds(em, caseId, today);
  if (!isUuid(ownerId) || !team.includes(ownerId)) {
    check.add(
      'ownerOrganisationId',
      'de eigenaar moet een organisatie uit het casusteam zijn / the owner must be on the case team',
    );
    return;
  }
  if (assigneeId) {
    const user = isUuid(assigneeId)
      ? await em.findOne(User, { id: assigneeId }, { fields: ['organisation', 'active', 'roles'] })
      : null;
    const unchanged = previous !== null && previous.assigneeId === assigneeId && previous.ownerId === ownerId;
    if (!user || user.organisation.id !== ownerId) {
      check.add(
        'assigneeUserId',
        'de uitvoerder moet een medewerker van de eigenaar zijn / the assignee must work for the owning organisation',
      );
    } else if (!unchanged && (!user.active || !user.roles.some((r) => CASEWORK_ROLES.includes(r)))) {
      check.add(
        'assigneeUserId',
        'de uitvoerder moet een actieve medewerker met casuswerk zijn; kies iemand uit de lijst / the assignee must be an active casework user',
      );
    }
  }
}

export function addAction(ctx: RequestContext, input: AddActionInput): Promise<PlanElement> {
  return createElement(ctx, {
    kind: 'ACTION',
    target: { goalId: input.goalId },
    category: () => 'PLAN',
    what: 'een actie',
    validate: async ({ em, locked, check }) => {
      check.text('description', input.description, { min: 5, max: 1000 });
      await checkOwnerAndAssignee(
        em,
        check,
        locked.caseFile.id,
        locked.today,
        input.ownerOrganisationId,
        input.assigneeUserId,
      );
      check.date('dueOn', input.dueOn, {
        min: todayInNetherlands(locked.caseFile.openedAt),
        max: addYears(locked.today, 3),
        required: true,
      });
      if (input.interventionKind) oneOf(check, 'interventionKind', input.interventionKind, INTERVENTION_KINDS, '');
      const justification = guardIntervention(
        ctx,
        check,
        locked.caseFile,
        input.interventionKind ?? null,
        input.contraIndicationJustification,
        null,
      );
      return () => ({
        fields: {
          description: input.description!.trim(),
          ownerOrganisationId: input.ownerOrganisationId!,
          assigneeUserId: input.assigneeUserId || null,
          dueOn: input.dueOn!,
          status: 'OPEN',
          cancellationReason: null,
          interventionKind: input.interventionKind ?? null,
          justification,
        },
        audit: (e) =>
          justification ? [justificationAudit(locked.plan.caseId, e.id, String(input.interventionKind))] : [],
      });
    },
  });
}

export function updateAction(ctx: RequestContext, input: UpdateActionInput): Promise<PlanElement> {
  return updateElement(ctx, input, 'ACTION', async ({ em, locked: l, check, next }) => {
    if (input.description !== undefined) {
      check.text('description', input.description, { min: 5, max: 1000 });
      next.description = input.description?.trim() ?? null;
    }
    if (input.ownerOrganisationId !== undefined) next.ownerOrganisationId = input.ownerOrganisationId;
    if (input.assigneeUserId !== undefined) next.assigneeUserId = input.assigneeUserId || null;
    if (input.ownerOrganisationId !== undefined || input.assigneeUserId !== undefined) {
      await checkOwnerAndAssignee(
        em,
        check,
        l.caseFile.id,
        l.today,
        next.ownerOrganisationId as string | null,
        next.assigneeUserId as string | null,
        {
          ownerId: l.before.fields.ownerOrganisationId,
          assigneeId: l.before.fields.assigneeUserId,
        },
      );
    }
    if (input.dueOn !== undefined) {
      check.date('dueOn', input.dueOn, {
        min: todayInNetherlands(l.caseFile.openedAt),
        max: addYears(l.today, 3),
        required: true,
      });
      next.dueOn = input.dueOn;
    }
    if (
      input.status !== undefined &&
      oneOf(check, 'status', input.status, ACTION_STATUSES, 'kies een status / choose a status')
    )
      next.status = input.status;
    if (next.status === 'CANCELLED') {
      const reason =
        input.cancellationReason ??
        (l.before.fields.status === 'CANCELLED' ? (l.before.fields.cancellationReason as string | null) : null);
      check.text('cancellationReason', reason, { min: 5, max: 1000 });
      if (!reason?.trim())
        check.add('status', 'een actie annuleren kan alleen met een reden / cancelling an action needs a reason');
      next.cancellationReason = reason?.trim() ?? null;
    } else {
      if (input.cancellationReason)
        check.add('cancellationReason', 'alleen bij status CANCELLED / only when cancelling');
      next.cancellationReason = null;
    }
    const kindChanged =
      input.interventionKind !== undefined && input.interventionKind !== l.before.fields.interventionKind;
    if (input.interventionKind !== undefined) next.interventionKind = input.interventionKind;
    next.justification = guardIntervention(
      ctx,
      check,
      l.caseFile,
      (next.interventionKind as InterventionKind | null) ?? null,
      input.contraIndicationJustification,
      kindChanged ? null : (l.before.fields.justification ?? null),
    );
    return input.contraIndicationJustification?.trim()
      ? [justificationAudit(l.plan.caseId, l.element.id, String(next.interventionKind))]
      : [];
  });
}
