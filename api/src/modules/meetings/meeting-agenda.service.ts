import { asSubject } from '@mda/authz';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { changeOf } from '../../core/context/request-audit.js';
import { badInput, ClientError, conflict, forbidden } from '../../core/graphql/errors.js';
import { InputCheck, isUuid, todayInNetherlands } from '../../core/graphql/validation.js';
import { readableCase } from '../cases/case.service.js';
import { MeetingAttendance, MeetingItem, ATTENDANCE_STATUSES } from './meeting.entity.js';
import type { AddAgendaItemInput, RecordAttendanceInput } from './meeting.inputs.js';
import { activeTeamsOf, itemLabel, itemSubject, readableMeeting } from './meeting-read.service.js';
import { assertOpen } from './meeting-write.checks.js';

const MAX_ITEMS = 60;

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
