import type { Request, Response } from 'express';
import type { RequestContext } from '../../core/context/context.js';
import { ClientError } from '../../core/graphql/errors.js';
import { todayInNetherlands } from '../../core/graphql/validation.js';
import { log } from '../../core/log/logger.js';
import type { Meeting, MeetingSeries } from './meeting.entity.js';
import { STATUS_OF } from './meeting-minutes.service.js';
import { readableMeeting } from './meeting-read.service.js';

/*
 * The MDO as a calendar file (RFC 5545, docs/meetings.md): one VEVENT per meeting, METHOD:PUBLISH,
 * for anyone who may read the meeting (its chair and the member organisations' users). It holds
 * no data of households: the table's name and date, the place and the video link, and how many
 * items the agenda has; never a case reference, a name or an item's content. The UID is the
 * meeting's id (stable), SEQUENCE its version (a calendar updates the event on a change). The
 * model has no end time: the event lasts two hours (DEFAULT_DURATION_MS).
 */

export const DEFAULT_DURATION_MS = 2 * 60 * 60 * 1000;
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

export interface CalendarMeeting {
  meeting: Pick<Meeting, 'id' | 'startsAt' | 'place' | 'videoLink' | 'status' | 'version' | 'updatedAt'>;
  series: Pick<MeetingSeries, 'name'>;
  itemCount: number;
}

/** The VCALENDAR text of one meeting, CRLF line ends. */
export function renderMeetingCalendar({ meeting, series, itemCount }: CalendarMeeting): string {
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
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:meeting-${meeting.id}@mda-platform`,
    `DTSTAMP:${icsUtc(meeting.updatedAt)}`,
    `SEQUENCE:${meeting.version}`,
    `DTSTART:${icsUtc(meeting.startsAt)}`,
    `DTEND:${icsUtc(new Date(meeting.startsAt.getTime() + DEFAULT_DURATION_MS))}`,
    `SUMMARY:${icsText(`${series.name} - ${date}`)}`,
    meeting.place
      ? `LOCATION:${icsText(meeting.place)}`
      : meeting.videoLink
        ? `LOCATION:${icsText(meeting.videoLink)}`
        : null,
    meeting.videoLink ? `URL:${meeting.videoLink}` : null,
    `DESCRIPTION:${icsText(description)}`,
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ].filter((l): l is string => l !== null);
  return lines.map(foldLine).join('\r\n') + '\r\n';
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
      const body = renderMeetingCalendar({ meeting, series, itemCount: row?.n ?? 0 });
      res.setHeader('Content-Type', 'text/calendar; charset=utf-8; method=PUBLISH');
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
