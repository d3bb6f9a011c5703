import type { EntityManager } from '@mikro-orm/postgresql';
import { CASEWORK_ROLES, meetingTextSubject, type DataCategory } from '@mda/authz';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { changeOf } from '../../core/context/request-audit.js';
import { badInput, ClientError, conflict, forbidden, notFound } from '../../core/graphql/errors.js';
import { InputCheck, isUuid, todayInNetherlands } from '../../core/graphql/validation.js';
import { log } from '../../core/log/logger.js';
import { addAction, addGoal } from '../plans/plan.service.js';
import { notify } from '../notifications/notification.service.js';
import {
  type Meeting,
  MeetingContribution,
  MeetingDecision,
  type MeetingSeries,
  CONTRIBUTION_KINDS,
} from './meeting.entity.js';
import type { AddItemContributionInput, RecordDecisionInput, SaveItemFormInput } from './meeting.inputs.js';
import { itemSubject, ITEM_LABEL, readerAuthor, readsText } from './meeting-read.service.js';
import { assertOpen, inTransaction, oneCategory, readableItem, widenRefused } from './meeting-write.checks.js';

// ---- the MDO form -----------------------------------------------------------------------

export async function saveItemForm(ctx: RequestContext, input: SaveItemFormInput): Promise<string> {
  const actor = requireActor(ctx);
  return ctx.em.transactional(async (em) => {
    const { item, meeting, series } = await readableItem(ctx, em, input.itemId);
    if (!ctx.ability.can('read', itemSubject(item, series))) throw notFound(ITEM_LABEL);
    assertOpen(meeting);
    if (!ctx.ability.can('contribute', itemSubject(item, series)))
      throw forbidden('het MDO-formulier van dit agendapunt in te vullen / fill in the MDO form of this item');
    if (item.version !== input.expectedVersion) {
      throw conflict(
        'Het formulier is intussen door iemand anders gewijzigd; laad het opnieuw. / The form was changed by someone else in the meantime.',
        { currentVersion: item.version },
      );
    }
    const check = new InputCheck();
    const fields: string[] = [];
    const categories = new Set<string>();
    const text = (
      field: 'question' | 'considerations',
      value: string | null | undefined,
      categoryField: 'questionCategory' | 'considerationsCategory',
      given: DataCategory | null | undefined,
    ) => {
      if (value === undefined) return;
      const authorsField =
        field === 'question' ? 'questionAuthorOrganisationIds' : 'considerationsAuthorOrganisationIds';
      const existing = item[field] !== null;
      const authors = item[authorsField];
      // A text the writer may not read is not overwritten by it.
      if (existing && !readsText(ctx, item.caseId, item[categoryField], readerAuthor(ctx, authors))) {
        check.add(
          field,
          'u kunt een tekst die niet met uw organisatie is gedeeld niet wijzigen / you cannot change a text not shared with your organisation',
        );
        return;
      }
      check.text(field, value, { max: 4000, required: false });
      // An edited text keeps its category unless another is given: a police question in criminal
      // data that the police reword must not fall back to PLAN, which the whole team reads.
      const category = oneCategory(
        check,
        categoryField,
        given ?? (existing ? item[categoryField] : undefined),
        item.caseId,
        ctx,
      );
      // Another organisation's text (or one several wrote): its category is kept or narrowed, never
      // widened (meeting-rules.ts, `recategorise`): no partner discloses another's data to more readers.
      if (
        existing &&
        category !== item[categoryField] &&
        !ctx.ability.can('recategorise', meetingTextSubject(authors, item[categoryField], category))
      )
        check.add(categoryField, widenRefused(item[categoryField], category));
      const trimmed = value?.trim() || null;
      // Clearing a text and writing it again would make it a new text of the clearer alone, free to
      // widen: only the organisation that alone wrote a text may clear it.
      if (existing && trimmed === null && !(authors.length === 1 && authors[0] === actor.organisationId))
        check.add(
          field,
          'alleen de organisatie die deze tekst alleen schreef kan hem leegmaken / only the organisation that alone wrote this text can clear it',
        );
      fields.push(field);
      categories.add(category);
      return () => {
        // The writers of the text: the first, and each organisation that changed its wording after.
        item[authorsField] =
          trimmed === null
            ? []
            : !existing
              ? [actor.organisationId]
              : trimmed !== item[field] && !authors.includes(actor.organisationId)
                ? [...authors, actor.organisationId]
                : authors;
        item[field] = trimmed;
        item[categoryField] = category;
      };
    };
    const apply = [
      text('question', input.question, 'questionCategory', input.questionCategory),
      text('considerations', input.considerations, 'considerationsCategory', input.considerationsCategory),
    ];
    if (input.safetyScore !== undefined) {
      check.check(
        input.safetyScore === null ||
          (Number.isInteger(input.safetyScore) && input.safetyScore >= 0 && input.safetyScore <= 10),
        'safetyScore',
        'een veiligheidsscore is een geheel getal van 0 tot en met 10 / a safety score is a whole number from 0 to 10',
      );
      fields.push('safetyScore');
    }
    check.done();
    for (const a of apply) a?.();
    if (input.safetyScore !== undefined) item.safetyScore = input.safetyScore;
    item.version += 1;
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf('UPDATE', {
        subjectType: 'MeetingItem',
        subjectId: item.id,
        caseId: item.caseId,
        fields,
        categories: [...categories],
        reason: `MDO ${meeting.id}`,
      }),
    ]);
    return meeting.id;
  });
}

export async function addItemContribution(ctx: RequestContext, input: AddItemContributionInput): Promise<string> {
  const actor = requireActor(ctx);
  return ctx.em.transactional(async (em) => {
    const { item, meeting, series } = await readableItem(ctx, em, input.itemId);
    if (!ctx.ability.can('read', itemSubject(item, series))) throw notFound(ITEM_LABEL);
    assertOpen(meeting);
    if (!ctx.ability.can('contribute', itemSubject(item, series)))
      throw forbidden('bij te dragen aan dit agendapunt / contribute to this item');
    const check = new InputCheck();
    check.check(
      CONTRIBUTION_KINDS.includes(input.kind),
      'kind',
      'kies beeld of afwijkende mening / choose PICTURE or DISSENT',
    );
    check.text('body', input.body, { min: input.kind === 'DISSENT' ? 10 : 3, max: 4000 });
    if (input.kind === 'DISSENT' && (input.body?.trim().length ?? 0) < 10)
      check.add('body', 'een afwijkende mening noemt haar reden (minimaal 10 tekens) / a dissent gives its reason');
    const category = oneCategory(check, 'category', input.category, item.caseId, ctx);
    check.done();
    const c = em.create(MeetingContribution, {
      itemId: item.id,
      caseId: item.caseId,
      kind: input.kind,
      category,
      body: input.body!.trim(),
      organisationId: actor.organisationId,
      authorId: actor.userId,
    });
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf('CREATE', {
        subjectType: 'MeetingContribution',
        subjectId: c.id,
        caseId: item.caseId,
        fields: ['body'],
        categories: [category],
        reason: `MDO ${meeting.id}`,
      }),
    ]);
    return meeting.id;
  });
}

// ---- decisions become plan work ------------------------------------------------------

/**
 * Tells each owner organisation of its new plan actions from this meeting (once the meeting is
 * held): the single call site of the notification service in this module. Names the case by
 * reference and the table by name only.
 */
export async function notifyOwners(em: EntityManager, meeting: Meeting, series: MeetingSeries): Promise<number> {
  const pending = await em.find(MeetingDecision, {
    meetingId: meeting.id,
    planElementId: { $ne: null },
    ownerOrganisationId: { $ne: null },
    notifiedAt: null,
  });
  if (pending.length === 0) return 0;
  const caseIds = [...new Set(pending.map((d) => d.caseId).filter((c): c is string => c !== null))];
  const refs = caseIds.length
    ? await em.execute<{ id: string; reference: string }[]>(
        `select id, reference from case_file where id in (${caseIds.map(() => '?').join(',')})`,
        caseIds,
      )
    : [];
  const ownerIds = [...new Set(pending.map((d) => d.ownerOrganisationId as string))];
  const users = await em.execute<{ id: string; organisation_id: string }[]>(
    `select id, organisation_id from app_user where active and roles && ?::text[] and organisation_id in (${ownerIds.map(() => '?').join(',')})`,
    [`{${CASEWORK_ROLES.join(',')}}`, ...ownerIds],
  );
  const date = todayInNetherlands(meeting.startsAt);
  for (const ownerId of ownerIds) {
    const mine = pending.filter((d) => d.ownerOrganisationId === ownerId);
    const references = [
      ...new Set(
        mine.map((d) => refs.find((r) => r.id === d.caseId)?.reference).filter((r): r is string => r !== undefined),
      ),
    ];
    await notify(em, {
      recipientIds: users.filter((u) => u.organisation_id === ownerId).map((u) => u.id),
      kind: 'MDO_ACTIONS',
      caseId: caseIds.length === 1 ? caseIds[0]! : null,
      message: `Het MDO "${series.name}" van ${date} heeft uw organisatie ${mine.length} nieuwe actie${mine.length === 1 ? '' : 's'} gegeven in casus ${references.join(', ')}. Zie het plan van de casus. / New plan actions for your organisation from the meeting.`,
    });
  }
  const now = new Date();
  for (const d of pending) d.notifiedAt = now;
  await em.flush();
  return pending.length;
}

export async function recordDecision(ctx: RequestContext, input: RecordDecisionInput): Promise<string> {
  const actor = requireActor(ctx);
  return ctx.em.transactional(async (em) => {
    const { item, meeting, series } = await readableItem(ctx, em, input.itemId);
    if (!ctx.ability.can('read', itemSubject(item, series))) throw notFound(ITEM_LABEL);
    assertOpen(meeting);
    if (!ctx.ability.can('decide', itemSubject(item, series)))
      throw forbidden(
        'een besluit vast te leggen bij dit agendapunt (de voorzitter of de casusregisseur) / record a decision on this item',
      );
    const check = new InputCheck();
    check.text('text', input.text, { min: 5, max: 1000 });
    const action = input.action ?? null;
    const goal = input.goal ?? null;
    // Who may read the decision: a category the writer may record, as for the form's texts. Plan goals
    // and actions are PLAN (the whole team reads the plan): a decision in another category stays in the
    // meeting, so its text is never copied to a wider audience.
    const category = oneCategory(check, 'category', input.category, item.caseId, ctx);
    if (category !== 'PLAN' && (goal || action))
      check.add(
        'category',
        `een besluit met categorie ${category} wordt geen doel of actie in het plan (dat leest het hele casusteam); leg de actie vast als apart besluit met categorie PLAN / a decision of category ${category} does not become plan work`,
      );
    if (goal && !item.caseId)
      check.add(
        'goal',
        'alleen een besluit over een casus wordt een doel in het plan / only a decision on a case becomes a plan goal',
      );
    // With a new goal and no goalId, the action goes under the new goal.
    if (action && !(goal && !action.goalId)) {
      if (!item.caseId)
        check.add(
          'action',
          'alleen een besluit over een casus wordt een actie in het plan / only a decision on a case becomes a plan action',
        );
      else if (!action.goalId || !isUuid(action.goalId))
        check.add(
          'action.goalId',
          'kies het doel in het plan waar de actie bij hoort / choose the goal of the plan the action serves',
        );
      else {
        const goal = await em.execute<{ case_id: string; kind: string }[]>(
          'select case_id, kind from plan_element where id = ?',
          [action.goalId],
        );
        check.check(
          goal[0]?.kind === 'GOAL' && goal[0].case_id === item.caseId,
          'action.goalId',
          'dit doel hoort niet bij het plan van deze casus / this goal is not in the plan of this case',
        );
      }
    }
    if (action) {
      check.check(
        Boolean(action.ownerOrganisationId),
        'action.ownerOrganisationId',
        'een actie heeft een eigenaar / an action has an owner organisation',
      );
      check.check(Boolean(action.dueOn), 'action.dueOn', 'een actie heeft een datum / an action has a due date');
    }
    check.done();
    const decision = em.create(MeetingDecision, {
      itemId: item.id,
      meetingId: meeting.id,
      caseId: item.caseId,
      text: input.text!.trim(),
      category,
      decidedById: actor.userId,
      authorOrganisationId: actor.organisationId,
    });
    // The plan's problems come back under `goal.*` and `action.*`; any refusal rolls the decision back.
    const named = (prefix: 'goal' | 'action', error: unknown): unknown => {
      if (!(error instanceof ClientError) || error.extensions.code !== 'BAD_USER_INPUT') return error;
      const problems = (error.extensions.problems ?? []) as { field: string; message: string }[];
      return badInput(
        problems.map((p) => ({
          field: p.field === 'description' && prefix === 'action' ? 'text' : `${prefix}.${p.field}`,
          message: p.message,
        })),
      );
    };
    if (goal) {
      // The plan service validates phase, domain, household members and texts and writes the goal
      // with its own audit, inside this transaction.
      try {
        const created = await addGoal(inTransaction(ctx, em), {
          caseId: item.caseId!,
          phase: goal.phase ?? null,
          lifeDomain: goal.lifeDomain ?? null,
          concerns: goal.concerns ?? null,
          description: goal.description?.trim() || input.text,
          measurableEnd: goal.measurableEnd ?? null,
        });
        decision.planGoalId = created.id;
      } catch (error) {
        throw named('goal', error);
      }
    }
    if (action) {
      // The plan service validates owner (on the team), assignee and date and writes the action
      // with its own audit, inside this transaction: decision and action commit together.
      let element: { id: string };
      try {
        element = await addAction(inTransaction(ctx, em), {
          goalId: action.goalId || decision.planGoalId!,
          description: input.text,
          ownerOrganisationId: action.ownerOrganisationId,
          assigneeUserId: action.assigneeUserId ?? null,
          dueOn: action.dueOn,
        });
      } catch (error) {
        throw named('action', error);
      }
      decision.planElementId = element.id;
      decision.ownerOrganisationId = action.ownerOrganisationId!;
    }
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf('CREATE', {
        subjectType: 'MeetingDecision',
        subjectId: decision.id,
        caseId: item.caseId,
        fields: [
          'text',
          ...(decision.planGoalId ? ['planGoalId'] : []),
          ...(decision.planElementId ? ['planElementId'] : []),
        ],
        categories: [category],
        reason: `MDO ${meeting.id}`,
      }),
    ]);
    // Decided after the meeting was held (while writing up): the owner hears of it now.
    if (meeting.status === 'HELD') await notifyOwners(em, meeting, series);
    log.info('meeting.decision', {
      requestId: ctx.requestId,
      meetingId: meeting.id,
      decisionId: decision.id,
      planAction: decision.planElementId !== null,
      planGoal: decision.planGoalId !== null,
    });
    return meeting.id;
  });
}
