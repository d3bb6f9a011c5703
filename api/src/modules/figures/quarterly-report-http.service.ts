import type { Request, Response } from 'express';
import type { RequestContext } from '../../core/context/context.js';
import { ClientError } from '../../core/graphql/errors.js';
import { todayInNetherlands } from '../../core/graphql/validation.js';
import { log } from '../../core/log/logger.js';
import { renderQuarterlyReportPdf } from './quarterly-report-pdf.service.js';
import { quarterlyReport, recordReportExport, reportCsv } from './quarterly-report.service.js';

const STATUS_OF: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
};

/** The path, mounted in server.ts: `<quarter>.pdf` or `<quarter>.csv`, e.g. 2026-Q2.pdf. */
export const QUARTERLY_REPORT_PATH = '/api/figures/quarterly-report/:file';

/**
 * GET /api/figures/quarterly-report/2026-Q2.pdf (or .csv), optional `?municipalities=A,B`,
 * authenticated like /graphql: the region's quarterly report over the municipalities the viewer
 * may read figures of. Audited as one EXPORT of aggregates, written before the bytes leave.
 */
export function quarterlyReportHandler(contextOf: (req: Request, res: Response) => Promise<RequestContext>) {
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
      const match = /^(.+)\.(pdf|csv)$/.exec(String(req.params.file));
      if (!match) throw new ClientError('NOT_FOUND', 'Kies een kwartaal als 2026-Q2.pdf of 2026-Q2.csv. / Not found.');
      const quarter = match[1] as string;
      const format = match[2] === 'pdf' ? 'PDF' : 'CSV';
      const list = typeof req.query.municipalities === 'string' ? req.query.municipalities : null;
      const requested = list ? list.split(',').filter((m) => m.length > 0) : null;
      const report = await quarterlyReport(ctx, quarter, requested);
      recordReportExport(ctx, report, format);
      const body =
        format === 'PDF'
          ? await renderQuarterlyReportPdf(report, todayInNetherlands())
          : Buffer.from(reportCsv(report), 'utf8');
      // No disclosure without a log line: the audit is written before the bytes leave.
      await ctx.audit?.flush(ctx.em);
      res.setHeader('Content-Type', format === 'PDF' ? 'application/pdf' : 'text/csv; charset=utf-8');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="kwartaalrapportage-${report.quarter}.${format === 'PDF' ? 'pdf' : 'csv'}"`,
      );
      res.send(body);
    } catch (error) {
      if (ctx?.audit) await ctx.audit.flush(ctx.em).catch(() => undefined);
      if (error instanceof ClientError) {
        const code = String(error.extensions.code);
        res.status(STATUS_OF[code] ?? 400).json({
          errors: [{ message: error.message, extensions: { ...error.extensions, code } }],
        });
        return;
      }
      log.error('figures.quarterly_report_failed', {
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
