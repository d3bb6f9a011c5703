import PDFDocument from 'pdfkit';
import type { Request, Response } from 'express';
import { GOAL_PHASES } from '@mda/domain';
import type { RequestContext } from '../../core/context/context.js';
import { ClientError } from '../../core/graphql/errors.js';
import { todayInNetherlands } from '../../core/graphql/validation.js';
import { log } from '../../core/log/logger.js';
import { contentFor, readableVersion, recordRead } from './plan-read.service.js';
import type { PlanContentNode, PlanVersionNode } from './plan.type.js';
import { loadCaseReference } from './plan-case-reference.js';
import { planLoaders } from './plan.loaders.js';

/*
 * The PDF of a plan version for the family's file, in Dutch, masked for the viewer exactly
 * like the GraphQL view (it is rendered from the same masked content). Rendered without
 * compression so the text stays inspectable; audited as EXPORT.
 */

const WITHHELD = '[niet gedeeld met uw organisatie]';
const PHASE: Record<string, string> = {
  DIRECT_SAFETY: 'Directe veiligheid',
  STABLE_SAFETY: 'Stabiele veiligheid',
  RECOVERY: 'Duurzaam herstel',
};
const DOMAIN: Record<string, string> = {
  SAFETY: 'Veiligheid',
  HOUSING: 'Wonen',
  INCOME_DEBT: 'Inkomen en schulden',
  HEALTH_ADDICTION: 'Gezondheid en verslaving',
  PARENTING_CHILDREN: 'Opvoeding en kinderen',
  JUSTICE: 'Justitie',
  SOCIAL_NETWORK: 'Sociaal netwerk',
};
const STATUS: Record<string, string> = {
  OPEN: 'open',
  IN_PROGRESS: 'in uitvoering',
  DONE: 'gedaan',
  CANCELLED: 'geannuleerd',
};
const VERSION_STATUS: Record<string, string> = {
  PROPOSED: 'ter instemming voorgelegd',
  AGREED: 'vastgesteld',
  OBJECTED: 'bezwaar gemaakt',
};
const SAFETY: Record<string, string> = {
  WHO_TO_CALL: 'Wie te bellen',
  SAFE_PLACE: 'Veilige plek',
  WARNING_SIGNALS: 'Signalen',
  AGREEMENT: 'Afspraak',
};
const MEASURE: Record<string, string> = {
  RESTRAINING_ORDER: 'Tijdelijk huisverbod',
  CONTACT_BAN: 'Contactverbod',
  CRIMINAL_CASE: 'Strafzaak',
  PROBATION_SUPERVISION: 'Reclasseringstoezicht',
  SUPERVISION_ORDER: 'Ondertoezichtstelling (OTS)',
  OUT_OF_HOME_PLACEMENT: 'Uithuisplaatsing',
  AWARE_ALARM: 'AWARE-alarm',
};

const or = (v: string | null | undefined): string => (v === null || v === undefined ? WITHHELD : v);

export interface PdfMeta {
  reference: string;
  version: PlanVersionNode;
}

/** Renders the (already masked) content; resolves with the PDF bytes. */
export function renderPlanPdf(content: PlanContentNode, meta: PdfMeta): Promise<Buffer> {
  const doc = new PDFDocument({
    compress: false,
    size: 'A4',
    margin: 56,
    info: { Title: `Gezamenlijk plan ${meta.reference} versie ${meta.version.number}`, Author: 'MDA-platform' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const h = (text: string) =>
    doc.moveDown(0.6).font('Helvetica-Bold').fontSize(13).text(text).font('Helvetica').fontSize(10);
  const line = (text: string) => doc.text(text);

  doc.font('Helvetica-Bold').fontSize(16).text(`Gezamenlijk plan - casus ${meta.reference}`);
  doc.font('Helvetica').fontSize(10);
  line(`Versie ${meta.version.number}: ${VERSION_STATUS[meta.version.status] ?? meta.version.status}`);
  line(
    `Voorgelegd op ${todayInNetherlands(meta.version.proposedAt)} door ${meta.version.proposedBy.name ?? '-'} (${meta.version.proposedBy.organisation?.name ?? '-'})`,
  );
  if (content.firstMeetingOn) line(`Eerste MDO: ${content.firstMeetingOn}`);
  line('Velden die niet met uw organisatie zijn gedeeld, staan als ' + WITHHELD + '.');

  h('Beeldvorming');
  for (const p of content.picture)
    line(`${DOMAIN[p.lifeDomain] ?? p.lifeDomain} (${p.authorOrganisation?.name ?? '-'}): ${or(p.text)}`);

  h('Doelen en acties');
  const goals = [...content.goals].sort(
    (a, b) => GOAL_PHASES.indexOf(a.phase ?? 'RECOVERY') - GOAL_PHASES.indexOf(b.phase ?? 'RECOVERY'),
  );
  for (const g of goals) {
    doc
      .moveDown(0.3)
      .font('Helvetica-Bold')
      .text(`Doel: ${or(g.description)}`)
      .font('Helvetica');
    line(`Fase: ${g.phase ? PHASE[g.phase] : WITHHELD}; leefgebied: ${g.lifeDomain ? DOMAIN[g.lifeDomain] : WITHHELD}`);
    line(`Meetbaar resultaat: ${or(g.measurableEnd)}`);
    if (g.contraIndicationJustification) line(`Onderbouwing casusregisseur: ${g.contraIndicationJustification.text}`);
    for (const a of g.actions) {
      line(
        `- Actie: ${or(a.description)} | eigenaar: ${a.ownerOrganisation?.name ?? WITHHELD} | uiterlijk: ${or(a.dueOn)} | status: ${a.status ? STATUS[a.status] : WITHHELD}`,
      );
      if (a.cancellationReason) line(`  Reden van annuleren: ${a.cancellationReason}`);
    }
  }

  h('Veiligheidsplan');
  for (const s of content.safetyPlan) line(`${SAFETY[s.kind] ?? s.kind}: ${or(s.text)}`);

  h('Dwangmaatregelen');
  for (const m of content.measures) {
    line(
      `${m.kind ? MEASURE[m.kind] : WITHHELD}: ${or(m.startsOn)} t/m ${m.endsOn ?? (m.kind ? 'onbepaald' : WITHHELD)} (${m.responsibleOrganisation?.name ?? WITHHELD})${m.note ? ` - ${m.note}` : ''}`,
    );
  }

  h('Instemming');
  for (const s of meta.version.signOffs)
    line(
      `${s.organisation?.name ?? '-'}: ${s.decision === 'AGREE' ? 'akkoord' : 'bezwaar'}${s.reason ? ` (${s.reason})` : ''} op ${todayInNetherlands(s.signedAt)}`,
    );
  doc.end();
  return done;
}

const STATUS_OF: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
};

/** GET /api/plans/:caseId/versions/:n.pdf, authenticated like /graphql. */
export function planPdfHandler(contextOf: (req: Request, res: Response) => Promise<RequestContext>) {
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
      const match = /^(\d{1,6})\.pdf$/.exec(String(req.params.file));
      if (!match) throw new ClientError('NOT_FOUND', 'Planversie niet gevonden. / Plan version not found.');
      const caseId = String(req.params.caseId);
      const { version } = await readableVersion(ctx, caseId, Number(match[1]));
      const reference = await loadCaseReference(ctx, version.snapshotRef.caseId);
      const snapshot = await planLoaders.snapshotByVersion(ctx).load(version.snapshotRef.versionId);
      const { node, disclosed } = await contentFor(
        ctx,
        version.snapshotRef.caseId,
        snapshot?.elements ?? [],
        snapshot?.firstMeetingOn ?? null,
      );
      recordRead(
        ctx,
        'PlanVersion',
        version.snapshotRef.versionId,
        version.snapshotRef.caseId,
        disclosed,
        `PDF_VERSION_${version.number}`,
        'EXPORT',
      );
      const pdf = await renderPlanPdf(node, { reference, version });
      // No disclosure without a log line: the audit is written before the bytes leave.
      await ctx.audit?.flush(ctx.em);
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Disposition', `attachment; filename="plan-${reference}-v${version.number}.pdf"`);
      res.send(pdf);
    } catch (error) {
      if (ctx?.audit) await ctx.audit.flush(ctx.em).catch(() => undefined);
      if (error instanceof ClientError) {
        const code = String(error.extensions.code);
        res.status(STATUS_OF[code] ?? 400).json({ errors: [{ message: error.message, extensions: { code } }] });
        return;
      }
      log.error('plan.pdf_failed', {
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
