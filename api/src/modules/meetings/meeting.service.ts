import type { EntityManager } from '@mikro-orm/postgresql';
import { asSubject, CASEWORK_ROLES, DATA_CATEGORIES, type DataCategory } from '@mda/authz';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { changeOf } from '../../core/context/request-audit.js';
import { badInput, ClientError, conflict, forbidden, notFound } from '../../core/graphql/errors.js';
import { InputCheck, isUuid, todayInNetherlands } from '../../core/graphql/validation.js';
import { log } from '../../core/log/logger.js';
import { readableCase } from '../cases/case.service.js';
import { ensureCaseAccess } from '../identity/case-access.service.js';
import { addAction, PICTURE_CATEGORIES, startPlan } from '../plans/plan.service.js';
import { notify } from '../notifications/notification.service.js';
import {
  Meeting,
  MeetingAttendance,
  MeetingContribution,
  MeetingDecision,
  MeetingItem,
  MeetingSeries,
  ATTENDANCE_STATUSES,
  CONTRIBUTION_KINDS,
} from './meeting.entity.js';
import type {
  AddAgendaItemInput,
  AddItemContributionInput,
  CreateMeetingSeriesInput,
  MoveToItemInput,
  PlanMeetingInput,
  RecordAttendanceInput,
  RecordDecisionInput,
  SaveItemFormInput,
} from './meeting.inputs.js';
import {
  activeTeamsOf,
  itemLabel,
  itemSubject,
  ITEM_LABEL,
  MEETING_LABEL,
  meetingSubject,
  readableMeeting,
  readsText,
  writesText,
} from './meeting-read.service.js';

/*
 * Writing the MDO (docs/meetings.md): the agenda, attendance, the MDO form, decisions that
 * become plan actions (through the plan service, in the same transaction), running the
 * meeting and agreeing the minutes. Rules come from packages/authz (meeting-rules.ts); every
 * change is audited in its own transaction; bad input names every problem and stores nothing.
 */

const SERIES_LABEL = 'Overlegtafel / Meeting series';
const MAX_ITEMS = 60;

/** Agreed minutes are frozen like an agreed plan version. */
const frozen = () =>
  new ClientError(
    'CONFLICT',
    'Het verslag van dit overleg is vastgesteld en kan niet meer worden gewijzigd. / The minutes of this meeting are agreed and frozen.',
    { reason: 'MINUTES_AGREED' },
  );

function assertOpen(meeting: Meeting): void {
  if (meeting.status === 'MINUTES_AGREED') throw frozen();
}

/** The transaction's EntityManager in the request context: plan service calls then join this transaction. */
const inTransaction = (ctx: RequestContext, em: EntityManager): RequestContext => ({ ...ctx, em });

async function readableItem(
  ctx: RequestContext,
  em: EntityManager,
  itemId: string,
): Promise<{ item: MeetingItem; meeting: Meeting; series: MeetingSeries }> {
  if (!isUuid(itemId)) throw notFound(ITEM_LABEL);
  const item = await em.findOne(MeetingItem, { id: itemId }, { refresh: true });
  if (!item) throw notFound(ITEM_LABEL);
  let found: { meeting: Meeting; series: MeetingSeries };
  try {
    found = await readableMeeting(ctx, item.meetingId, em, true);
  } catch (error) {
    if (error instanceof ClientError && error.extensions.code === 'NOT_FOUND') throw notFound(ITEM_LABEL);
    throw error;
  }
  if (item.caseId) await ensureCaseAccess(ctx, [item.caseId], em);
  return { item, ...found };
}

function oneCategory(
  check: InputCheck,
  field: string,
  value: DataCategory | null | undefined,
  caseId: string | null,
  ctx: RequestContext,
): DataCategory {
  const category = value ?? 'PLAN';
  if (!DATA_CATEGORIES.includes(category) || !PICTURE_CATEGORIES.includes(category)) {
    check.add(
      field,
      `categorie ${String(category).slice(0, 40)} hoort niet in het MDO-formulier; kies ${PICTURE_CATEGORIES.join(', ')} / category not allowed here`,
    );
  } else if (!writesText(ctx, caseId, category)) {
    check.add(
      field,
      `uw organisatie mag gegevens van categorie ${category} niet vastleggen / your organisation may not record data of category ${category}`,
    );
  }
  return category;
}

// ---- series and meetings -----------------------------------------------------------

export async function createMeetingSeries(
  ctx: RequestContext,
  input: CreateMeetingSeriesInput,
): Promise<MeetingSeries> {
  const actor = requireActor(ctx);
  if (!ctx.ability.can('create', 'MeetingSeries'))
    throw forbidden('een overlegtafel in te richten (alleen een procesregisseur) / set up a meeting series');
  const check = new InputCheck();
  check.text('name', input.name, { min: 3, max: 200 });
  check.text('rhythm', input.rhythm, { min: 3, max: 200 });
  const ids = [...new Set([actor.organisationId, ...input.memberOrganisationIds])];
  input.memberOrganisationIds.forEach((id, i) =>
    check.check(isUuid(id), `memberOrganisationIds[${i}]`, 'is geen geldig id / not a valid id'),
  );
  check.check(ids.length <= 50, 'memberOrganisationIds', 'hoogstens 50 organisaties / at most 50 organisations');
  if (check.ok) {
    const known = await ctx.em.execute<{ id: string }[]>(
      `select id from organisation where id in (${ids.map(() => '?').join(',')})`,
      ids,
    );
    input.memberOrganisationIds.forEach((id, i) =>
      check.check(
        known.some((k) => k.id === id),
        `memberOrganisationIds[${i}]`,
        'onbekende organisatie / unknown organisation',
      ),
    );
  }
  check.done();
  return ctx.em.transactional(async (em) => {
    const series = em.create(MeetingSeries, {
      name: input.name!.trim(),
      rhythm: input.rhythm!.trim(),
      chairId: actor.userId,
      memberOrganisationIds: ids,
      createdById: actor.userId,
    });
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf('CREATE', {
        subjectType: 'MeetingSeries',
        subjectId: series.id,
        caseId: null,
        fields: ['name', 'rhythm', 'memberOrganisationIds'],
      }),
    ]);
    return series;
  });
}

export async function planMeeting(ctx: RequestContext, input: PlanMeetingInput): Promise<string> {
  requireActor(ctx);
  const series = isUuid(input.seriesId) ? await ctx.em.findOne(MeetingSeries, { id: input.seriesId }) : null;
  if (
    !series ||
    !ctx.ability.can(
      'read',
      asSubject('MeetingSeries', {
        id: series.id,
        chairId: series.chairId,
        memberOrganisationIds: series.memberOrganisationIds,
      }),
    )
  )
    throw notFound(SERIES_LABEL);
  if (
    !ctx.ability.can(
      'create',
      asSubject('Meeting', { id: 'new', chairId: series.chairId, memberOrganisationIds: series.memberOrganisationIds }),
    )
  ) {
    throw forbidden(
      'een overleg van deze tafel te plannen (alleen de voorzitter) / plan a meeting of this series (the chair only)',
    );
  }
  const check = new InputCheck();
  const startsAt = input.startsAt instanceof Date && !Number.isNaN(input.startsAt.getTime()) ? input.startsAt : null;
  check.check(startsAt !== null, 'startsAt', 'is verplicht: een geldig tijdstip / required: a valid date and time');
  if (startsAt)
    check.check(
      Math.abs(startsAt.getTime() - Date.now()) < 2 * 365 * 86_400_000,
      'startsAt',
      'ligt meer dan twee jaar van vandaag / more than two years from today',
    );
  check.text('place', input.place, { max: 300, required: false });
  check.text('videoLink', input.videoLink, { max: 500, required: false });
  if (input.videoLink?.trim() && !/^https:\/\/[^\s]+$/.test(input.videoLink.trim()))
    check.add('videoLink', 'moet een https-link zijn / must be an https link');
  if (!input.place?.trim() && !input.videoLink?.trim())
    check.add('place', 'geef een plaats of een videolink / give a place or a video link');
  check.done();
  return ctx.em.transactional(async (em) => {
    const meeting = em.create(Meeting, {
      seriesId: series.id,
      startsAt: startsAt!,
      place: input.place?.trim() || null,
      videoLink: input.videoLink?.trim() || null,
    });
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf('CREATE', {
        subjectType: 'Meeting',
        subjectId: meeting.id,
        caseId: null,
        fields: ['startsAt', 'place', 'videoLink'],
      }),
    ]);
    return meeting.id;
  });
}

// ---- the agenda ----------------------------------------------------------------------

export async function addAgendaItem(ctx: RequestContext, input: AddAgendaItemInput): Promise<string> {
  const actor = requireActor(ctx);
  return ctx.em.transactional(async (em) => {
    const { meeting, series } = await readableMeeting(ctx, input.meetingId, em, true);
    assertOpen(meeting);
    if (meeting.status === 'HELD')
      throw conflict(
        'Dit overleg is al gehouden; zet de casus op een volgend overleg. / This meeting was already held.',
        { reason: 'MEETING_HELD' },
      );
    const check = new InputCheck();
    const isCase = input.caseId !== null && input.caseId !== undefined && input.caseId !== '';
    if (isCase) {
      check.check(isUuid(input.caseId!), 'caseId', 'is geen geldig id / not a valid id');
      if (input.title)
        check.add(
          'title',
          'een casus krijgt geen titel (geen persoonsgegevens op de agenda) / a case item has no title',
        );
    } else {
      check.text('title', input.title, { min: 3, max: 200 });
    }
    check.done();
    const items = await em.find(MeetingItem, { meetingId: meeting.id }, { fields: ['id', 'caseId', 'position'] });
    if (items.length >= MAX_ITEMS)
      throw badInput([
        { field: 'meetingId', message: `hoogstens ${MAX_ITEMS} agendapunten / at most ${MAX_ITEMS} items` },
      ]);
    const position = items.reduce((m, i) => Math.max(m, i.position), 0) + 1;
    const draft = {
      id: 'new',
      caseId: isCase ? input.caseId! : null,
      kind: isCase ? 'CASE' : 'GENERAL',
      position,
      title: null,
    } as Pick<MeetingItem, 'caseId' | 'kind' | 'position' | 'title'> & { id: string };
    if (isCase) {
      // A case the actor may not read does not exist for it (like everywhere else): NOT_FOUND, on record.
      await readableCase(ctx, input.caseId!, em);
    }
    if (!ctx.ability.can('create', itemSubject(draft as MeetingItem, series))) {
      throw forbidden(
        'deze casus op de agenda te zetten: dat doen de voorzitter of de casusregisseur van de casus / put this case on the agenda (the chair or its case director)',
      );
    }
    if (isCase && items.some((i) => i.caseId === input.caseId))
      throw badInput([
        { field: 'caseId', message: 'deze casus staat al op de agenda / this case is already on the agenda' },
      ]);
    const item = em.create(MeetingItem, {
      meetingId: meeting.id,
      position,
      kind: isCase ? 'CASE' : 'GENERAL',
      caseId: isCase ? input.caseId! : null,
      title: isCase ? null : input.title!.trim(),
      addedById: actor.userId,
      authorOrganisationId: actor.organisationId,
    });
    meeting.version += 1;
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf('CREATE', {
        subjectType: 'MeetingItem',
        subjectId: item.id,
        caseId: item.caseId,
        fields: ['caseId', 'title'],
        reason: `MDO ${meeting.id}`,
      }),
    ]);
    return meeting.id;
  });
}

// ---- attendance ----------------------------------------------------------------------

export async function recordAttendance(ctx: RequestContext, input: RecordAttendanceInput): Promise<string> {
  const actor = requireActor(ctx);
  return ctx.em.transactional(async (em) => {
    const { meeting, series } = await readableMeeting(ctx, input.meetingId, em, true);
    assertOpen(meeting);
    const check = new InputCheck();
    check.check(
      ATTENDANCE_STATUSES.includes(input.status),
      'status',
      'kies aanwezig, afgemeld of afwezig / choose PRESENT, EXCUSED or ABSENT',
    );
    check.check(
      isUuid(input.organisationId) && series.memberOrganisationIds.includes(input.organisationId),
      'organisationId',
      'deze organisatie zit niet aan deze overlegtafel / this organisation is not a member of this meeting series',
    );
    let item: MeetingItem | null = null;
    if (input.itemId) {
      item = isUuid(input.itemId) ? await em.findOne(MeetingItem, { id: input.itemId, meetingId: meeting.id }) : null;
      check.check(item !== null, 'itemId', 'geen agendapunt van dit overleg / not an item of this meeting');
    }
    if (input.userId) {
      const user = isUuid(input.userId)
        ? await em.execute<{ organisation_id: string; active: boolean }[]>(
            'select organisation_id, active from app_user where id = ?',
            [input.userId],
          )
        : [];
      check.check(
        user[0]?.organisation_id === input.organisationId && user[0]?.active === true,
        'userId',
        'deze persoon werkt niet (meer) bij de organisatie / this person does not work for the organisation',
      );
    }
    check.done();
    // May the organisation hear it? The meeting and a general item: a member; a case item: on the case team today.
    let mayHear = true;
    if (item?.caseId) {
      const teams = await activeTeamsOf(em, [item.caseId], todayInNetherlands());
      mayHear = (teams.get(item.caseId) ?? []).some((t) => t.id === input.organisationId);
    }
    const subject = (hears: boolean) =>
      asSubject('MeetingAttendance', {
        id: 'new',
        chairId: series.chairId,
        organisationId: input.organisationId,
        mayHear: hears,
      });
    if (!ctx.ability.can('attend', subject(mayHear))) {
      const wouldBe = ctx.ability.can('attend', subject(true));
      if (!mayHear && wouldBe && item) {
        const [org] = await em.execute<{ name: string }[]>('select name from organisation where id = ?', [
          input.organisationId,
        ]);
        throw new ClientError(
          'FORBIDDEN',
          `${org?.name ?? 'Deze organisatie'} staat vandaag niet in het casusteam van ${itemLabel(item)} en mag dit agendapunt daarom niet bijwonen; vraag de organisatie de (virtuele) ruimte te verlaten bij dit punt. / This organisation is not on the case team of this item and may not attend it.`,
          { reason: 'NOT_ON_CASE_TEAM', field: 'organisationId' },
        );
      }
      throw forbidden(
        'de aanwezigheid van deze organisatie vast te leggen (de voorzitter, of de organisatie zelf) / record the attendance of this organisation',
      );
    }
    const existing = await em.findOne(MeetingAttendance, {
      meetingId: meeting.id,
      itemId: item?.id ?? null,
      organisationId: input.organisationId,
      userId: input.userId || null,
    });
    const row =
      existing ??
      em.create(MeetingAttendance, {
        meetingId: meeting.id,
        itemId: item?.id ?? null,
        organisationId: input.organisationId,
        userId: input.userId || null,
        status: input.status,
        recordedById: actor.userId,
      });
    row.status = input.status;
    row.recordedById = actor.userId;
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf(existing ? 'UPDATE' : 'CREATE', {
        subjectType: 'MeetingAttendance',
        subjectId: row.id,
        caseId: item?.caseId ?? null,
        fields: ['status'],
        reason: `MDO ${meeting.id}`,
      }),
    ]);
    return meeting.id;
  });
}

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
      // A text the writer may not read is not overwritten by it.
      if (item[field] !== null && !readsText(ctx, item.caseId, item[categoryField], item.authorOrganisationId)) {
        check.add(
          field,
          'u kunt een tekst die niet met uw organisatie is gedeeld niet wijzigen / you cannot change a text not shared with your organisation',
        );
        return;
      }
      check.text(field, value, { max: 4000, required: false });
      const category = oneCategory(check, categoryField, given, item.caseId, ctx);
      fields.push(field);
      categories.add(category);
      return () => {
        item[field] = value?.trim() || null;
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
    item.authorOrganisationId = actor.organisationId;
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
async function notifyOwners(em: EntityManager, meeting: Meeting, series: MeetingSeries): Promise<number> {
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
    if (action) {
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
      decidedById: actor.userId,
      authorOrganisationId: actor.organisationId,
    });
    if (action) {
      // The plan service validates owner (on the team), assignee and date and writes the action
      // with its own audit, inside this transaction: decision and action commit together.
      let element: { id: string };
      try {
        element = await addAction(inTransaction(ctx, em), {
          goalId: action.goalId!,
          description: input.text,
          ownerOrganisationId: action.ownerOrganisationId,
          assigneeUserId: action.assigneeUserId ?? null,
          dueOn: action.dueOn,
        });
      } catch (error) {
        if (error instanceof ClientError && error.extensions.code === 'BAD_USER_INPUT') {
          const problems = (error.extensions.problems ?? []) as { field: string; message: string }[];
          throw badInput(
            problems.map((p) => ({
              field: p.field === 'description' ? 'text' : `action.${p.field}`,
              message: p.message,
            })),
          );
        }
        throw error;
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
        fields: ['text', ...(decision.planElementId ? ['planElementId'] : [])],
        categories: ['PLAN'],
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
    });
    return meeting.id;
  });
}

// ---- running the meeting (the chair) ------------------------------------------------------

async function chairedMeeting(
  ctx: RequestContext,
  em: EntityManager,
  id: string,
): Promise<{ meeting: Meeting; series: MeetingSeries }> {
  const found = await readableMeeting(ctx, id, em, true);
  if (!ctx.ability.can('run', meetingSubject(found.series, found.meeting.id)))
    throw forbidden('dit overleg te leiden (alleen de voorzitter) / run this meeting (the chair only)');
  assertOpen(found.meeting);
  return found;
}

const wrongStatus = (m: Meeting, what: string) =>
  conflict(`${what} / Not possible while the meeting is ${m.status}.`, { currentStatus: m.status });

export async function startMeeting(ctx: RequestContext, meetingId: string): Promise<string> {
  return ctx.em.transactional(async (em) => {
    const { meeting } = await chairedMeeting(ctx, em, meetingId);
    if (meeting.status !== 'PLANNED') throw wrongStatus(meeting, 'Dit overleg is al begonnen.');
    const first = await em.findOne(MeetingItem, { meetingId: meeting.id }, { orderBy: { position: 'asc' } });
    meeting.status = 'IN_PROGRESS';
    meeting.currentItemId = first?.id ?? null;
    meeting.version += 1;
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf('UPDATE', {
        subjectType: 'Meeting',
        subjectId: meeting.id,
        caseId: null,
        fields: ['status', 'currentItemId'],
        reason: 'MDO_STARTED',
      }),
    ]);
    return meeting.id;
  });
}

/** The chair moves to an item (or the next one); attendees' screens follow (meeting_publish trigger). */
export async function moveToItem(ctx: RequestContext, input: MoveToItemInput): Promise<string> {
  return ctx.em.transactional(async (em) => {
    const { meeting } = await chairedMeeting(ctx, em, input.meetingId);
    if (meeting.status !== 'IN_PROGRESS') throw wrongStatus(meeting, 'Start het overleg eerst.');
    const items = await em.find(
      MeetingItem,
      { meetingId: meeting.id },
      { orderBy: { position: 'asc' }, fields: ['id', 'position'] },
    );
    let target: { id: string } | undefined;
    if (input.itemId) {
      target = items.find((i) => i.id === input.itemId);
      if (!target)
        throw badInput([{ field: 'itemId', message: 'geen agendapunt van dit overleg / not an item of this meeting' }]);
    } else {
      const at = items.findIndex((i) => i.id === meeting.currentItemId);
      target = items[at + 1];
      if (!target)
        throw conflict('Dit was het laatste agendapunt; rond het overleg af. / This was the last item.', {
          reason: 'LAST_ITEM',
        });
    }
    meeting.currentItemId = target.id;
    meeting.version += 1;
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf('UPDATE', { subjectType: 'Meeting', subjectId: meeting.id, caseId: null, fields: ['currentItemId'] }),
    ]);
    return meeting.id;
  });
}

/**
 * The meeting was held: the plans of its cases get their first-MDO date if they had none (the
 * plan service, in this transaction), and each owner organisation is told of its new actions.
 */
export async function markMeetingHeld(ctx: RequestContext, meetingId: string): Promise<string> {
  return ctx.em.transactional(async (em) => {
    const { meeting, series } = await chairedMeeting(ctx, em, meetingId);
    if (meeting.status !== 'IN_PROGRESS' && meeting.status !== 'PLANNED')
      throw wrongStatus(meeting, 'Dit overleg is al als gehouden vastgelegd.');
    const now = new Date();
    meeting.status = 'HELD';
    meeting.heldAt = now;
    meeting.currentItemId = null;
    meeting.version += 1;
    await em.flush();
    const caseIds = (await em.find(MeetingItem, { meetingId: meeting.id, kind: 'CASE' }, { fields: ['caseId'] })).map(
      (i) => i.caseId as string,
    );
    if (caseIds.length) {
      const withDate = await em.execute<{ case_id: string }[]>(
        `select case_id from plan where first_meeting_on is not null and case_id in (${caseIds.map(() => '?').join(',')})`,
        caseIds,
      );
      await ensureCaseAccess(ctx, caseIds, em);
      const txCtx = inTransaction(ctx, em);
      for (const caseId of caseIds) {
        if (withDate.some((p) => p.case_id === caseId)) continue;
        // Only where the chair may edit the plan; other plans keep their date for their own team to set.
        if (!ctx.ability.can('edit', asSubject('Plan', { id: caseId, caseId }))) continue;
        await startPlan(txCtx, { caseId, firstMeetingOn: todayInNetherlands(now) });
      }
    }
    const notified = await notifyOwners(em, meeting, series);
    await ctx.audit?.write(em, [
      changeOf('UPDATE', {
        subjectType: 'Meeting',
        subjectId: meeting.id,
        caseId: null,
        fields: ['status', 'heldAt'],
        reason: 'MDO_HELD',
      }),
    ]);
    log.info('meeting.held', { requestId: ctx.requestId, meetingId: meeting.id, actionsNotified: notified });
    return meeting.id;
  });
}

/** The chair agrees the minutes: from then on the meeting is frozen. */
export async function agreeMinutes(ctx: RequestContext, meetingId: string): Promise<string> {
  return ctx.em.transactional(async (em) => {
    const { meeting } = await chairedMeeting(ctx, em, meetingId);
    if (meeting.status !== 'HELD')
      throw wrongStatus(meeting, 'Het verslag wordt vastgesteld nadat het overleg is gehouden.');
    meeting.status = 'MINUTES_AGREED';
    meeting.minutesAgreedAt = new Date();
    meeting.version += 1;
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf('UPDATE', {
        subjectType: 'Meeting',
        subjectId: meeting.id,
        caseId: null,
        fields: ['status', 'minutesAgreedAt'],
        reason: 'MINUTES_AGREED',
      }),
    ]);
    return meeting.id;
  });
}

export { MEETING_LABEL };
