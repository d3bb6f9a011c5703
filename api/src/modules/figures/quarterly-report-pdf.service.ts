import PDFDocument from 'pdfkit';
import { figureShares, MUNICIPALITIES, POPULATION } from '@mda/domain';
import type { FigureCellNode, FigureRowNode, FigureTableNode } from './figures.type.js';
import {
  dutchNumber,
  PER_100K_INDICATORS,
  type QuarterlyReport,
  type ReportSection,
} from './quarterly-report.service.js';

/*
 * The quarterly report as a PDF in Dutch, with pdfkit like the plan PDF (no second PDF library).
 * Uncompressed so the text stays inspectable. The charts are drawn with pdfkit's own rectangles
 * from the same numbers as the tables (ECharts runs in the browser only): a suppressed value is a
 * gap labelled "< 5", never a bar.
 */

const PAGE_BOTTOM = 841.89 - 56;
const LEFT = 56;
const WIDTH = 595.28 - 2 * LEFT;
const BAR = '#2f5d8a';
const SERIES = ['#2f5d8a', '#c8702a', '#5b8f3a', '#8a3f6b'];

type Doc = PDFKit.PDFDocument;

const ensureRoom = (doc: Doc, height: number) => {
  if (doc.y + height > PAGE_BOTTOM) doc.addPage();
};

const municipalityName = (code: string) => MUNICIPALITIES.find((m) => m.code === code)?.name ?? code;

function heading(doc: Doc, text: string, size = 13): void {
  ensureRoom(doc, 60);
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(size).fillColor('black').text(text, LEFT, doc.y, { width: WIDTH });
  doc.font('Helvetica').fontSize(10);
}

/** A table: the first column names the row, then one column per value; bold total row last. */
function drawTable(doc: Doc, header: string[], rows: { cells: string[]; bold?: boolean }[]): void {
  const first = header.length > 8 ? 95 : 140;
  const rest = (WIDTH - first) / Math.max(1, header.length - 1);
  const x = (i: number) => (i === 0 ? LEFT : LEFT + first + (i - 1) * rest);
  const w = (i: number) => (i === 0 ? first : rest);
  const lineHeight = 13;
  const drawRow = (cells: string[], bold: boolean, headerRow = false) => {
    ensureRoom(doc, headerRow ? lineHeight * 4 : lineHeight);
    const y = doc.y;
    // Wide tables (the 12 household profiles) get a smaller header so long labels still fit.
    doc.font(bold || headerRow ? 'Helvetica-Bold' : 'Helvetica').fontSize(headerRow && header.length > 8 ? 5.5 : 8);
    const height = headerRow
      ? Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: w(i) - 4 }))) + 3
      : lineHeight;
    cells.forEach((c, i) =>
      doc.text(c, x(i) + 2, y + 2, { width: w(i) - 4, align: i === 0 ? 'left' : 'right', lineBreak: headerRow }),
    );
    doc
      .moveTo(LEFT, y + height)
      .lineTo(LEFT + WIDTH, y + height)
      .lineWidth(headerRow ? 0.8 : 0.3)
      .strokeColor('#999999')
      .stroke();
    doc.x = LEFT;
    doc.y = y + height + 1;
  };
  drawRow(header, true, true);
  for (const r of rows) drawRow(r.cells, r.bold ?? false);
  doc.font('Helvetica').fontSize(10);
}

const shown = (c: FigureCellNode | null) => c?.display ?? '-';
const percent = (share: number | null) => (share === null ? '-' : `${dutchNumber(share * 100)} %`);

/** The quarter's table: municipalities, the columns, the row total, the share, per 100,000 where asked. */
function quarterTable(doc: Doc, table: FigureTableNode, withPer100k: boolean): void {
  const period = table.periods[0];
  if (!period) return;
  const additive = period.total.total !== null;
  const header = [
    'Gemeente',
    ...table.columns.map((c) => c.label),
    ...(additive ? ['Totaal'] : []),
    ...(table.normShare !== null ? ['Aandeel binnen termijn'] : []),
    ...(withPer100k ? ['Per 100.000 inwoners'] : []),
  ];
  const line = (row: FigureRowNode, bold = false) => ({
    bold,
    cells: [
      row.name,
      ...row.cells.map(shown),
      ...(additive ? [shown(row.total)] : []),
      ...(table.normShare !== null ? [percent(row.share)] : []),
      ...(withPer100k
        ? [(row.total ?? row.cells[0])?.per100k === null ? '-' : dutchNumber((row.total ?? row.cells[0])?.per100k ?? 0)]
        : []),
    ],
  });
  drawTable(doc, header, [...period.rows.map((r) => line(r)), line(period.total, true)]);
}

interface Bar {
  label: string;
  values: { series: string; value: number | null; display: string }[];
}

/** Vertical bar chart drawn with rectangles; null values are gaps labelled with their display ("< 5"). */
function barChart(doc: Doc, title: string, bars: Bar[], series: string[]): void {
  const height = 110;
  ensureRoom(doc, height + 50);
  doc.moveDown(0.4).font('Helvetica-Bold').fontSize(9).text(title, LEFT, doc.y, { width: WIDTH });
  const top = doc.y + 14;
  const bottom = top + height;
  const max = Math.max(1, ...bars.flatMap((b) => b.values.map((v) => v.value ?? 0)));
  const slot = WIDTH / Math.max(1, bars.length);
  const barWidth = Math.min(36, (slot * 0.7) / Math.max(1, series.length));
  doc
    .moveTo(LEFT, bottom)
    .lineTo(LEFT + WIDTH, bottom)
    .lineWidth(0.6)
    .strokeColor('#555555')
    .stroke();
  doc.font('Helvetica').fontSize(7).fillColor('black');
  bars.forEach((b, i) => {
    const groupLeft = LEFT + i * slot + (slot - barWidth * b.values.length) / 2;
    b.values.forEach((v, s) => {
      const x = groupLeft + s * barWidth;
      const h = v.value === null ? 0 : (v.value / max) * height;
      if (h > 0) doc.rect(x + 1, bottom - h, barWidth - 2, h).fill(SERIES[s % SERIES.length] ?? BAR);
      doc
        .fillColor('black')
        .text(v.display, x - 6, bottom - h - 10, { width: barWidth + 12, align: 'center', lineBreak: false });
    });
    doc.text(b.label, LEFT + i * slot, bottom + 3, { width: slot, align: 'center', lineBreak: false });
  });
  let legendX = LEFT;
  const legendY = bottom + 14;
  if (series.length > 1)
    series.forEach((name, s) => {
      doc.rect(legendX, legendY + 1, 7, 7).fill(SERIES[s % SERIES.length] ?? BAR);
      doc.fillColor('black').text(name, legendX + 10, legendY, { lineBreak: false });
      legendX += 14 + doc.widthOfString(name) + 10;
    });
  doc.x = LEFT;
  doc.y = legendY + 14;
  doc.fontSize(10);
}

/** The three months of a section: the total per month (additive), else each column per month. */
function monthChart(doc: Doc, section: ReportSection): void {
  const table = section.months;
  const additive = table.periods[0]?.total.total !== null;
  const series = additive ? ['Totaal'] : table.columns.map((c) => c.label);
  const bars = table.periods.map((p) => ({
    label: p.label,
    values: (additive ? [p.total.total as FigureCellNode] : p.total.cells).map((c, s) => ({
      series: series[s] ?? '',
      value: c.count,
      display: c.display,
    })),
  }));
  barChart(doc, `${section.months.name} per maand, alle gemeenten in dit rapport`, bars, series);
}

/** Section 1.11: advice requests and reports per 100,000 inhabitants per municipality. */
function per100kSection(doc: Doc, report: QuarterlyReport): void {
  const tables = PER_100K_INDICATORS.map((id) => report.sections.find((s) => s.indicator === id)?.quarter).filter(
    (t): t is FigureTableNode => t !== undefined,
  );
  heading(doc, '1.11 Data-analyse: per 100.000 inwoners');
  doc.text(
    `Aantallen per gemeente doorgerekend naar 100.000 inwoners (${POPULATION.source}, ${POPULATION.year}). Een cel onder 5 staat als "< 5" en heeft geen omrekening.`,
    { width: WIDTH },
  );
  doc.moveDown(0.3);
  const codes = report.municipalities;
  const per = (t: FigureTableNode, code: string) => {
    const row = t.periods[0]?.rows.find((r) => r.municipality === code);
    const cell = row?.cells[0];
    return cell?.per100k === null || cell?.per100k === undefined ? (cell?.display ?? '-') : dutchNumber(cell.per100k);
  };
  drawTable(
    doc,
    ['Gemeente', 'Inwoners', ...tables.map((t) => `${t.name} per 100.000`)],
    codes.map((code) => ({
      cells: [municipalityName(code), String(POPULATION.inhabitants[code] ?? '-'), ...tables.map((t) => per(t, code))],
    })),
  );
  const reports = tables[tables.length - 1];
  if (reports)
    barChart(
      doc,
      `${reports.name} per 100.000 inwoners per gemeente`,
      codes.map((code) => {
        const cell = reports.periods[0]?.rows.find((r) => r.municipality === code)?.cells[0];
        return {
          label: municipalityName(code).slice(0, 12),
          values: [
            {
              series: reports.name,
              value: cell?.per100k ?? null,
              display:
                cell?.per100k === null || cell?.per100k === undefined
                  ? (cell?.display ?? '-')
                  : dutchNumber(cell.per100k, 0),
            },
          ],
        };
      }),
      [reports.name],
    );
}

/** Renders the report; resolves with the PDF bytes. */
export function renderQuarterlyReportPdf(report: QuarterlyReport, generatedOn: string): Promise<Buffer> {
  const doc = new PDFDocument({
    compress: false,
    size: 'A4',
    margin: LEFT,
    info: { Title: `Kwartaalrapportage ${report.region} ${report.quarterName}`, Author: 'MDA-platform' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.font('Helvetica-Bold').fontSize(20).text('Kwartaalrapportage', { width: WIDTH });
  doc.fontSize(16).text(report.region, { width: WIDTH });
  doc.fontSize(14).text(`${report.quarterName} (${report.quarter})`, { width: WIDTH });
  doc.font('Helvetica').fontSize(10).moveDown(0.6);
  doc.text(`Gemeenten: ${report.municipalities.map(municipalityName).join(', ')}.`, { width: WIDTH });
  doc.text(`Opgesteld op ${generatedOn} uit de actuele registratie van het MDA-platform.`, { width: WIDTH });
  doc.text(
    'Kleine aantallen (0 tot en met 4) staan als "< 5"; waar een totaal zo\'n aantal zou verraden, is ook een tweede cel afgeschermd. De cijfers zijn gelijk aan die op het scherm Cijfers voor hetzelfde kwartaal en dezelfde gemeenten.',
    { width: WIDTH },
  );

  heading(doc, '1 Primair proces', 16);
  for (const section of report.sections) {
    heading(doc, `${section.number} ${section.title}`);
    doc.text(section.intro, { width: WIDTH });
    const total = section.quarter.periods[0]?.total;
    if (total) {
      const sum = total.total ?? (total.cells.length === 1 ? total.cells[0] : null);
      const sentence = [
        sum ? `Totaal in het ${report.quarterName}: ${sum.display}.` : null,
        total.share !== null && section.quarter.normShare !== null
          ? `Aandeel binnen termijn: ${percent(total.share)} (norm ${dutchNumber(section.quarter.normShare * 100, 0)} %: ${total.meetsNorm ? 'gehaald' : 'niet gehaald'}).`
          : null,
        // The shares without a norm (packages/domain FIGURE_SHARES), from the shown cells only.
        ...figureShares(section.indicator, total.cells).map(
          (share) =>
            `${share.label}: ${share.share === null ? 'niet te tonen (kleine aantallen)' : percent(share.share)}.`,
        ),
      ].filter((s): s is string => s !== null);
      if (sentence.length > 0) doc.text(sentence.join(' '), { width: WIDTH });
    }
    monthChart(doc, section);
    quarterTable(doc, section.quarter, PER_100K_INDICATORS.includes(section.indicator));
  }
  per100kSection(doc, report);
  doc.end();
  return done;
}
