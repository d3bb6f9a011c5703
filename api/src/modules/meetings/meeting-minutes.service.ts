import PDFDocument from 'pdfkit';
import type { Request, Response } from 'express';
import type { RequestContext } from '../../core/context/context.js';
import { ClientError } from '../../core/graphql/errors.js';
import { todayInNetherlands } from '../../core/graphql/validation.js';
import { log } from '../../core/log/logger.js';
import { meetingView, readableMeeting } from './meeting-read.service.js';
import type { MeetingNode } from './meeting.type.js';

/*
 * The minutes (verslag) of an MDO per attendee organisation, in Dutch: the viewer's
 * organisation gets only the items it may hear, masked exactly like the meeting page (rendered
 * from the same view), and only a line that an item it may not hear existed. Uncompressed
 * like the plan PDF so the text stays inspectable; every export is audited (EXPORT, with the
 * meeting as purpose) before the bytes leave.
 */

const WITHHELD = '[niet gedeeld met uw organisatie]';
const STATUS: Record<string, string> = {
  PLANNED: 'gepland',
  IN_PROGRESS: 'bezig',
  HELD: 'gehouden',
  MINUTES_AGREED: 'verslag vastgesteld',
};
const PRESENCE: Record<string, string> = { PRESENT: 'aanwezig', EXCUSED: 'afgemeld', ABSENT: 'afwezig' };

export function renderMinutesPdf(m: MeetingNode, organisationName: string): Promise<Buffer> {
  const doc = new PDFDocument({
    compress: false,
    size: 'A4',
    margin: 56,
    info: { Title: `Verslag ${m.series.name} ${todayInNetherlands(m.startsAt)}`, Author: 'MDA-platform' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const h = (text: string) =>
    doc.moveDown(0.6).font('Helvetica-Bold').fontSize(13).text(text).font('Helvetica').fontSize(10);
  const line = (text: string) => doc.text(text);

  doc.font('Helvetica-Bold').fontSize(16).text(`Verslag MDO - ${m.series.name}`);
  doc.font('Helvetica').fontSize(10);
  line(
    `Datum: ${todayInNetherlands(m.startsAt)}; plaats: ${m.place ?? m.videoLink ?? '-'}; status: ${STATUS[m.status] ?? m.status}`,
  );
  line(`Voorzitter: ${m.series.chairName ?? '-'}`);
  line(`Verslag voor: ${organisationName}. Alleen de agendapunten die uw organisatie mag horen staan hierin.`);
  if (m.minutesAgreedAt) line(`Verslag vastgesteld op ${todayInNetherlands(m.minutesAgreedAt)}.`);

  h('Aanwezigheid');
  for (const a of m.attendance.filter((x) => x.itemId === null))
    line(`${a.organisation.name}${a.userName ? ` (${a.userName})` : ''}: ${PRESENCE[a.status] ?? a.status}`);

  for (const item of m.items) {
    if (!item.visible) {
      doc.moveDown(0.4).text(`${item.label}.`);
      continue;
    }
    h(`${item.label}${item.caseReference ? ` (${item.caseReference})` : ''}${item.title ? `: ${item.title}` : ''}`);
    if (item.participants.length)
      line(`Deelnemers: ${item.participants.map((p) => `${p.organisation.name} (${p.legalBasis})`).join('; ')}`);
    if (item.question || item.redactedFields.includes('question'))
      line(`Vraag aan het overleg: ${item.question ?? WITHHELD}`);
    for (const c of item.contributions)
      line(`${c.kind === 'PICTURE' ? 'Beeld' : 'Afwijkende mening'} ${c.organisation.name}: ${c.body ?? WITHHELD}`);
    if (item.considerations || item.redactedFields.includes('considerations'))
      line(`Afwegingen: ${item.considerations ?? WITHHELD}`);
    if (item.safetyScore !== null) line(`Veiligheidsscore: ${item.safetyScore}`);
    for (const d of item.decisions) {
      line(
        `Besluit: ${d.text ?? WITHHELD}${d.ownerOrganisation ? ` | eigenaar: ${d.ownerOrganisation.name}` : ''}${d.dueOn ? ` | uiterlijk: ${d.dueOn}` : ''}${d.planActionId ? ' | opgenomen in het plan' : ''}`,
      );
    }
  }
  doc.end();
  return done;
}

export const STATUS_OF: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
};

/** GET /api/meetings/:meetingId/minutes.pdf, authenticated like /graphql: the viewer organisation's minutes. */
export function minutesPdfHandler(contextOf: (req: Request, res: Response) => Promise<RequestContext>) {
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
      const { node } = await meetingView(ctx, meeting, series, 'EXPORT');
      const organisation = node.series.members.find((o) => o.id === ctx?.actor?.organisationId)?.name ?? '-';
      const pdf = await renderMinutesPdf(node, organisation);
      // No disclosure without a log line: the audit is written before the bytes leave.
      await ctx.audit?.flush(ctx.em);
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="verslag-mdo-${todayInNetherlands(meeting.startsAt)}.pdf"`,
      );
      res.send(pdf);
    } catch (error) {
      if (ctx?.audit) await ctx.audit.flush(ctx.em).catch(() => undefined);
      if (error instanceof ClientError) {
        const code = String(error.extensions.code);
        res.status(STATUS_OF[code] ?? 400).json({ errors: [{ message: error.message, extensions: { code } }] });
        return;
      }
      log.error('meeting.minutes_pdf_failed', {
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
