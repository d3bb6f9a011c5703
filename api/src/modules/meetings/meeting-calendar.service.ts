import type { Request, Response } from 'express';
import type { RequestContext } from '../../core/context/context.js';
import { ClientError } from '../../core/graphql/errors.js';
import { todayInNetherlands } from '../../core/graphql/validation.js';
import { log } from '../../core/log/logger.js';
import type { AttendanceStatus, Meeting, MeetingSeries } from './meeting.entity.js';
import { STATUS_OF } from './meeting-minutes.service.js';
import { readableMeeting } from './meeting-read.service.js';

/*
 * The MDO as a calendar file (RFC 5545, docs/meetings.md): one VEVENT per meeting, for anyone who
 * may read the meeting (its chair and the member organisations' users). It holds no data of
 * households: the table's name, start and end, the place and the video link, how many items the
 * agenda has, the chair as ORGANIZER and the table's organisations (and the professionals recorded
 * for the meeting as a whole) as ATTENDEE; never a case reference, a client's name or an item's
 * content, and no e-mail address (attendees are named by `urn:uuid:` of their organisation or user).
 * A plain iCalendar object without METHOD: an event to import, not a scheduling message (iTIP's
 * PUBLISH carries no attendees). The UID is the meeting's id (stable), SEQUENCE its version.
 */

const PRODUCT = '-//MDA++ platform//MDO//NL';

/** TEXT value escaping (RFC 5545 3.3.11). */
export function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** UTC date-time form (RFC 5545 3.3.5, form #2). */
export function icsUtc(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Folds a content line at 75 octets (RFC 5545 3.1) without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with one space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A parameter value (RFC 5545 3.2): always quoted, without DQUOTE or control characters. */
export function icsParam(value: string): string {
  return `"${value.replace(/["\p{Cc}]/gu, ' ').trim()}"`;
}

/** Presence recorded for the meeting as a calendar's participation status. */
const PARTSTAT: Record<AttendanceStatus, string> = { PRESENT: 'ACCEPTED', EXCUSED: 'DECLINED', ABSENT: 'DECLINED' };

export interface CalendarAttendee {
  /** An organisation of the table (GROUP) or a professional recorded for the meeting (INDIVIDUAL). */
  kind: 'GROUP' | 'INDIVIDUAL';
  id: string;
  name: string;
  status: AttendanceStatus | null;
  /** A professional's organisation. */
  organisationId?: string;
}

export interface CalendarMeeting {
  meeting: Pick<Meeting, 'id' | 'startsAt' | 'endsAt' | 'place' | 'videoLink' | 'status' | 'version' | 'updatedAt'>;
  series: Pick<MeetingSeries, 'name'>;
  itemCount: number;
  organizer: { id: string; name: string } | null;
  attendees: readonly CalendarAttendee[];
}

const attendeeLine = (a: CalendarAttendee): string =>
  [
    'ATTENDEE',
    `CUTYPE=${a.kind}`,
    'ROLE=REQ-PARTICIPANT',
    `PARTSTAT=${a.status ? PARTSTAT[a.status] : 'NEEDS-ACTION'}`,
    `CN=${icsParam(a.name)}`,
    ...(a.organisationId ? [`MEMBER="urn:uuid:${a.organisationId}"`] : []),
  ].join(';') + `:urn:uuid:${a.id}`;

/** The VCALENDAR text of one meeting, CRLF line ends. */
export function renderMeetingCalendar({ meeting, series, itemCount, organizer, attendees }: CalendarMeeting): string {
  const date = new Intl.DateTimeFormat('nl-NL', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(meeting.startsAt);
  const description = [
    `Multidisciplinair overleg (MDO), ${itemCount} agendapunt${itemCount === 1 ? '' : 'en'}.`,
    'De agenda en de inhoud staan alleen in het platform (per organisatie wat zij mag horen).',
    meeting.videoLink ? `Videoverbinding: ${meeting.videoLink}` : null,
  ]
    .filter((l): l is string => l !== null)
    .join('\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT}`,
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:meeting-${meeting.id}@mda-platform`,
    `DTSTAMP:${icsUtc(meeting.updatedAt)}`,
    `SEQUENCE:${meeting.version}`,
    `DTSTART:${icsUtc(meeting.startsAt)}`,
    `DTEND:${icsUtc(meeting.endsAt)}`,
    `SUMMARY:${icsText(`${series.name} - ${date}`)}`,
    meeting.place
      ? `LOCATION:${icsText(meeting.place)}`
      : meeting.videoLink
        ? `LOCATION:${icsText(meeting.videoLink)}`
        : null,
    meeting.videoLink ? `URL:${meeting.videoLink}` : null,
    `DESCRIPTION:${icsText(description)}`,
    organizer ? `ORGANIZER;CN=${icsParam(organizer.name)}:urn:uuid:${organizer.id}` : null,
    ...attendees.map(attendeeLine),
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ].filter((l): l is string => l !== null);
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/**
 * Who the file names: the chair, the table's organisations (with their presence for the meeting as
 * a whole, if recorded) and the professionals recorded for the meeting as a whole - what every
 * member already sees on the meeting page. Presence at one item is left out (it would tell which
 * organisation hears which case). Two statements.
 */
async function peopleOf(
  ctx: RequestContext,
  meeting: Pick<Meeting, 'id'>,
  series: Pick<MeetingSeries, 'chairId' | 'memberOrganisationIds'>,
): Promise<Pick<CalendarMeeting, 'organizer' | 'attendees'>> {
  const orgs = await ctx.em.execute<{ id: string; name: string }[]>(
    'select id, name from organisation where id = any(?::uuid[]) order by name, id',
    [`{${series.memberOrganisationIds.join(',')}}`],
  );
  const rows = await ctx.em.execute<
    { user_id: string | null; organisation_id: string; status: AttendanceStatus | null; name: string | null }[]
  >(
    `select a.user_id, a.organisation_id, a.status, u.display_name as name
       from meeting_attendance a left join app_user u on u.id = a.user_id
      where a.meeting_id = ? and a.item_id is null
     union all
     select u.id, u.organisation_id, null, u.display_name from app_user u where u.id = ?`,
    [meeting.id, series.chairId],
  );
  const chair = rows.find((r) => r.status === null && r.user_id === series.chairId);
  const groupStatus = new Map(rows.filter((r) => r.status && !r.user_id).map((r) => [r.organisation_id, r.status]));
  const people = rows.filter((r) => r.status && r.user_id && r.name);
  return {
    organizer: chair?.name ? { id: series.chairId, name: chair.name } : null,
    attendees: [
      ...orgs.map((o) => ({ kind: 'GROUP' as const, id: o.id, name: o.name, status: groupStatus.get(o.id) ?? null })),
      ...people.map((p) => ({
        kind: 'INDIVIDUAL' as const,
        id: p.user_id!,
        name: p.name!,
        status: p.status,
        organisationId: p.organisation_id,
      })),
    ],
  };
}

/** GET /api/meetings/:meetingId/calendar.ics, authenticated like /graphql: for whoever may read the meeting. */
export function meetingCalendarHandler(contextOf: (req: Request, res: Response) => Promise<RequestContext>) {
  return async (req: Request, res: Response): Promise<void> => {
    res.setHeader('Cache-Control', 'no-store');
    let ctx: RequestContext | null = null;
    try {
      ctx = await contextOf(req, res);
      if (!ctx.actor)
        throw new ClientError(
          'UNAUTHENTICATED',
          'U bent niet ingelogd of uw sessie is verlopen. / You are not logged in.',
        );
      const { meeting, series } = await readableMeeting(ctx, String(req.params.meetingId));
      const [row] = await ctx.em.execute<{ n: number }[]>(
        'select count(*)::int as n from meeting_item where meeting_id = ?',
        [meeting.id],
      );
      const body = renderMeetingCalendar({
        meeting,
        series,
        itemCount: row?.n ?? 0,
        ...(await peopleOf(ctx, meeting, series)),
      });
      res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="mdo-${todayInNetherlands(meeting.startsAt)}.ics"`);
      res.send(body);
    } catch (error) {
      if (error instanceof ClientError) {
        const code = String(error.extensions.code);
        res.status(STATUS_OF[code] ?? 400).json({ errors: [{ message: error.message, extensions: { code } }] });
        return;
      }
      log.error('meeting.calendar_failed', {
        requestId: ctx?.requestId ?? null,
        kind: error instanceof Error ? error.constructor.name : typeof error,
      });
      res.status(500).json({
        errors: [
          {
            message: 'Er ging iets mis aan onze kant. / Something went wrong.',
            extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: ctx?.requestId ?? null },
          },
        ],
      });
    }
  };
}
