import { asSubject } from '@mda/authz';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { changeOf } from '../../core/context/request-audit.js';
import { forbidden, notFound } from '../../core/graphql/errors.js';
import { InputCheck, isUuid } from '../../core/graphql/validation.js';
import { DEFAULT_DURATION_MS, MAX_DURATION_MS, Meeting, MeetingSeries } from './meeting.entity.js';
import type { CreateMeetingSeriesInput, PlanMeetingInput } from './meeting.inputs.js';

const SERIES_LABEL = 'Overlegtafel / Meeting series';

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
  const givenEnd = input.endsAt ?? null;
  const endsAt =
    givenEnd === null
      ? startsAt && new Date(startsAt.getTime() + DEFAULT_DURATION_MS)
      : givenEnd instanceof Date && !Number.isNaN(givenEnd.getTime())
        ? givenEnd
        : null;
  if (givenEnd !== null) {
    check.check(endsAt !== null, 'endsAt', 'is geen geldig tijdstip / not a valid date and time');
    if (endsAt && startsAt) {
      check.check(endsAt > startsAt, 'endsAt', 'ligt niet na het begin / is not after the start');
      check.check(
        endsAt.getTime() - startsAt.getTime() <= MAX_DURATION_MS,
        'endsAt',
        'ligt meer dan 12 uur na het begin / more than 12 hours after the start',
      );
    }
  }
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
      endsAt: endsAt!,
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
