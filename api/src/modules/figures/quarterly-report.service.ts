import { parseFigurePeriod, type FigureIndicator } from '@mda/domain';
import type { RequestContext } from '../../core/context/context.js';
import { readOf } from '../../core/context/request-audit.js';
import { InputCheck } from '../../core/graphql/validation.js';
import { figureMunicipalities, figureTable } from './figures.service.js';
import type { FigureRowNode, FigureTableNode } from './figures.type.js';

/**
 * The region's quarterly report (docs/figures.md, "Quarterly report"): the indicator tables in the
 * structure of chapter 1 "Primair proces" of the Veilig Thuis quarterly report (seed 004), each
 * built by the very function behind the figures query (`figureTable`), so every cell and every
 * "< 5" is exactly what the screen shows for the same quarter and municipalities. Rendered as a
 * PDF (quarterly-report-pdf.service.ts) or as one CSV of every table; audited as one EXPORT of
 * aggregates.
 */

/** The region the platform serves (DOMAIN.md): named on the report's first page. */
export const REPORT_REGION_NAME = 'Veilig Thuis Rotterdam Rijnmond';

export interface ReportSectionSpec {
  /** Section number as in seed 004 chapter 1 (the MDA++ additions follow its numbering). */
  number: string;
  title: string;
  indicator: FigureIndicator;
  /** One sentence under the heading: what is counted (Dutch). */
  intro: string;
}

export const REPORT_SECTIONS: readonly ReportSectionSpec[] = [
  {
    number: '1.1',
    title: 'Advies en Ondersteuning',
    indicator: 'ADVICE_REQUESTS',
    intro: 'Adviesvragen van burgers en professionals over huiselijk geweld en kindermishandeling.',
  },
  {
    number: '1.3',
    title: 'Melding (exclusief overige politie zorgmeldingen jeugd)',
    indicator: 'REPORTS',
    intro: 'Meldingen bij Veilig Thuis; de zorgmeldingen jeugd van de politie staan apart.',
  },
  {
    number: '1.3',
    title: 'Overige politie zorgmeldingen jeugd',
    indicator: 'POLICE_YOUTH_CARE_REPORTS',
    intro: 'Zorgmeldingen jeugd van de politie: gescreend en zo nodig doorgezet naar het lokale veld.',
  },
  {
    number: '1.4',
    title: 'Veiligheidsbeoordeling',
    indicator: 'SAFETY_ASSESSMENTS',
    intro:
      'Prestatieafspraak: in 80 % van de meldingen een veiligheidsbeoordeling binnen de wettelijke termijn van 5 werkdagen.',
  },
  {
    number: '1.6',
    title: 'Geen vervolg en overdracht',
    indicator: 'HANDOVERS',
    intro: 'Meldingen die na de veiligheidsbeoordeling zijn overgedragen, naar bestemming.',
  },
  {
    number: '1.7.1',
    title: 'Crisis',
    indicator: 'CRISIS_REPORTS',
    intro: 'Meldingen waarin bij de screening acute onveiligheid werd vastgesteld.',
  },
  {
    number: '1.7.2',
    title: 'Interventies',
    indicator: 'INTERVENTIONS',
    intro:
      'Gestarte interventies Onderzoek en Voorwaarden & Vervolg. Afsluiting binnen de wettelijke termijn (norm 70 %) wordt nog niet vastgelegd en staat hier dus niet.',
  },
  {
    number: '1.7.3',
    title: 'Tijdelijke huisverboden (THV)',
    indicator: 'RESTRAINING_ORDERS',
    intro:
      'Tijdelijke huisverboden die als dwangmaatregel in een MDA++-plan staan, naar ingangsdatum, en of ze zijn verlengd; het casemanagement THV buiten MDA++ staat niet in het platform.',
  },
  {
    number: '1.8',
    title: 'Monitoring: veiligheidsscores',
    indicator: 'SAFETY_SCORES',
    intro:
      'Veiligheidsscores (0-10) van medewerkers en van de betrokkenen zelf, 3 en 12 maanden na de start van de casus: 6 of hoger en lager dan 6.',
  },
  {
    number: '1.10',
    title: 'Recidive: meldingen naar eerdere betrokkenheid',
    indicator: 'RE_REPORTS',
    intro:
      'Alle ontvangen meldingen naar de CBS-indeling: eerste melding, hermelding en vervolgmelding tijdens betrokkenheid.',
  },
  {
    number: '1.12',
    title: 'MDA++-casussen (aanvulling)',
    indicator: 'MDA_CASES',
    intro: 'Casussen met een gezamenlijk plan: nieuw, gesloten en lopend aan het einde van de periode.',
  },
  {
    number: '1.13',
    title: 'Escalaties (aanvulling)',
    indicator: 'ESCALATIONS',
    intro: 'Escalaties die in de periode zijn opgeworpen, naar niveau.',
  },
  {
    number: '1.14',
    title: 'Tijd tot besluit bij escalaties (aanvulling)',
    indicator: 'ESCALATION_DECISION_TIME',
    intro: 'Escalaties waarover in de periode is besloten, naar de tijd van opwerpen tot besluit.',
  },
  {
    number: '1.15',
    title: 'Huishoudprofielen (aanvulling)',
    indicator: 'HOUSEHOLD_PROFILES',
    intro: 'Nieuwe MDA++-casussen naar het hoofdprobleem van het huishouden.',
  },
  {
    number: '1.16',
    title: 'Plannen binnen 10 werkdagen na het eerste MDO (aanvulling)',
    indicator: 'PLANS_AGREED',
    intro: 'Gezamenlijke plannen die voor het eerst zijn vastgesteld, binnen of buiten 10 werkdagen na het eerste MDO.',
  },
];

/** Section 1.11 (data-analyse): these indicators per 100,000 inhabitants per municipality. */
export const PER_100K_INDICATORS: readonly FigureIndicator[] = ['ADVICE_REQUESTS', 'REPORTS'];

export interface ReportSection extends ReportSectionSpec {
  /** The quarter as one period (QUARTER granularity). */
  quarter: FigureTableNode;
  /** The quarter's three months (MONTH granularity): the chart. */
  months: FigureTableNode;
}

export interface QuarterlyReport {
  region: string;
  /** 2026-Q2 */
  quarter: string;
  /** "2e kwartaal 2026" */
  quarterName: string;
  municipalities: string[];
  sections: ReportSection[];
}

const ORDINAL = ['1e', '2e', '3e', '4e'];

/** Validates the quarter (BAD_USER_INPUT naming it, with an example). */
export function parseQuarter(label: string): { year: number; q: number } {
  const check = new InputCheck();
  const period = parseFigurePeriod('QUARTER', label);
  check.check(period !== null, 'quarter', `'${label}' is geen kwartaal (bijv. 2026-Q2) / not a quarter`);
  check.done();
  const [year, q] = label.split('-Q').map(Number);
  return { year: year as number, q: q as number };
}

/** Collects every table of the report; authorised like the figures (FORBIDDEN naming municipalities). */
export async function quarterlyReport(
  ctx: RequestContext,
  quarter: string,
  requested: readonly string[] | null,
): Promise<QuarterlyReport> {
  const { year, q } = parseQuarter(quarter);
  const municipalities = figureMunicipalities(ctx, requested);
  const month = (m: number) => `${year}-${String(m).padStart(2, '0')}`;
  const sections: ReportSection[] = [];
  for (const spec of REPORT_SECTIONS) {
    const base = { indicator: spec.indicator, municipalities };
    const quarterTable = await figureTable(ctx, { ...base, granularity: 'QUARTER', from: quarter, to: quarter });
    const months = await figureTable(ctx, { ...base, granularity: 'MONTH', from: month(3 * q - 2), to: month(3 * q) });
    sections.push({ ...spec, quarter: quarterTable.table, months: months.table });
  }
  return {
    region: REPORT_REGION_NAME,
    quarter,
    quarterName: `${ORDINAL[q - 1]} kwartaal ${year}`,
    municipalities,
    sections,
  };
}

/** One EXPORT of aggregates: no data subject, no case; what was exported is in the reason. */
export function recordReportExport(ctx: RequestContext, report: QuarterlyReport, format: 'PDF' | 'CSV'): void {
  ctx.audit?.record({
    ...readOf({
      subjectType: 'Figures',
      subjectId: 'QUARTERLY_REPORT',
      caseId: null,
      fields: report.sections.map((s) => s.indicator),
      reason: `QUARTERLY_REPORT ${format} ${report.quarter} municipalities=${report.municipalities.join(',')}`,
    }),
    action: 'EXPORT',
  });
}

// ---- CSV ----------------------------------------------------------------------------------------

export const CSV_HEADER = [
  'sectie',
  'indicator',
  'indicatornaam',
  'periode',
  'gemeentecode',
  'gemeente',
  'kolom',
  'kolomnaam',
  'aantal',
  'per_100000',
] as const;

const quote = (value: string): string => (/[;"\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
/** Dutch decimal comma, as the screen and the PDF show it. */
export const dutchNumber = (n: number, decimals = 1): string => n.toFixed(decimals).replace('.', ',');

/**
 * Every table of the report as one CSV (semicolon-separated, UTF-8 with BOM, as Dutch spreadsheet
 * programs open it): one line per cell, the row total (kolom TOTAL) and the share against the
 * norm (kolom SHARE, in %) included; `aantal` is the cell as shown: a number or "< 5".
 */
export function reportCsv(report: QuarterlyReport): string {
  const lines: string[] = [CSV_HEADER.join(';')];
  for (const section of report.sections) {
    for (const table of [section.quarter, section.months]) {
      const labels = new Map(table.columns.map((c) => [c.key, c.label]));
      for (const period of table.periods) {
        const rows: FigureRowNode[] = [...period.rows, period.total];
        for (const row of rows) {
          const cells = [...row.cells, ...(row.total ? [row.total] : [])];
          const base = [
            section.number,
            table.indicator,
            table.name,
            period.label,
            row.municipality ?? 'TOTAAL',
            row.name,
          ];
          for (const cell of cells) {
            const label = cell.key === 'TOTAL' && row.total === cell ? 'Totaal' : (labels.get(cell.key) ?? cell.key);
            lines.push(
              [...base, cell.key, label, cell.display, cell.per100k === null ? '' : dutchNumber(cell.per100k)]
                .map(quote)
                .join(';'),
            );
          }
          if (row.share !== null)
            lines.push(
              [...base, 'SHARE', table.normLabel ?? 'Aandeel', `${dutchNumber(row.share * 100)} %`, '']
                .map(quote)
                .join(';'),
            );
        }
      }
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
