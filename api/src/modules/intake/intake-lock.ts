import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/context.js';
import { conflict, forbidden } from '../../core/graphql/errors.js';
import type { IntakeReport } from './intake-report.entity.js';
import { readableReport, subjectOf } from './intake-read.service.js';

const stale = (r: IntakeReport) =>
  conflict(
    'De melding is intussen door iemand anders gewijzigd; laad haar opnieuw. / The report was changed by someone else in the meantime.',
    { currentVersion: r.version, currentStatus: r.status },
  );

export async function lockedReport(
  ctx: RequestContext,
  em: EntityManager,
  id: string,
  expectedVersion: number,
  action: 'update' | 'decide',
): Promise<IntakeReport> {
  const report = await readableReport(ctx, id, em, true);
  if (!ctx.ability.can(action, subjectOf(report))) throw forbidden('deze melding te behandelen / handle this report');
  if (report.version !== expectedVersion) throw stale(report);
  if (report.status === 'DECIDED' || report.status === 'ADVICE_GIVEN')
    throw conflict('Over deze melding is al besloten. / This report has already been decided.', {
      currentStatus: report.status,
    });
  return report;
}
