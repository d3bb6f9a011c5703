import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amsterdamInstant, assessmentDueOn, FIGURE_INDICATORS } from '@mda/domain';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient } from './support/graphql-client.js';
import { flatText } from './support/pdf-text.js';

/**
 * The quarterly report (docs/figures.md, "Quarterly report"): one request gives the region's
 * report for a quarter as a Dutch PDF (region and quarter on the first page, the tables of seed
 * 004 chapter 1, "< 5" as on screen) or as one CSV whose every cell is the figures query's cell;
 * a policy officer gets only its municipalities; an EXPORT of aggregates is on record.
 */
let platform: Platform;
const at = (date: string, hours = 10) => amsterdamInstant(date, { hours, minutes: 0 });

beforeAll(async () => {
  platform = await startPlatform();
  const [vt] = await platform.sql<{ user_id: string; org_id: string }>(
    `select u.id as user_id, u.organisation_id as org_id from app_user u where u.email = 'veiligthuis@demo.mda.test'`,
  );
  // Q2 2019: Rotterdam 12 reports (7 assessed in term, 5 late), Schiedam 3 (the small cell), Vlaardingen 6 advice requests.
  const specs = [
    ...Array.from({ length: 12 }, (_, i) => ({
      m: 'ROTTERDAM',
      kind: 'REPORT',
      day: i < 4 ? '2019-04-09' : '2019-05-14',
      late: i >= 7,
    })),
    ...Array.from({ length: 3 }, () => ({ m: 'SCHIEDAM', kind: 'REPORT', day: '2019-06-04', late: false })),
    ...Array.from({ length: 6 }, () => ({ m: 'VLAARDINGEN', kind: 'ADVICE_REQUEST', day: '2019-04-16', late: false })),
  ];
  for (const s of specs) {
    const received = at(s.day);
    const due = assessmentDueOn(received);
    const report = s.kind === 'REPORT';
    await platform.sql(
      `insert into intake_report (id, kind, received_at, municipality, reporter_kind, status, screened_at, screened_by_id, crisis, assessment_due_on,
         assessed_at, assessed_by_id, cbs_category, recorded_by_id, organisation_id)
       values (?, ?, ?, ?, 'CITIZEN', ?, ?, ?, ?, ?, ?, ?, 'FIRST_REPORT', ?, ?)`,
      [
        randomUUID(),
        s.kind,
        received,
        s.m,
        report ? 'ASSESSED' : 'RECEIVED',
        report ? received : null,
        report ? vt!.user_id : null,
        report ? false : null,
        due,
        report ? (s.late ? at('2019-06-28') : at(due, 9)) : null,
        report ? vt!.user_id : null,
        vt!.user_id,
        vt!.org_id,
      ],
    );
  }
});
afterAll(async () => {
  await platform?.stop();
});

const get = (client: ApiClient | null, file: string) =>
  fetch(`${platform.baseUrl}/api/figures/quarterly-report/${file}`, {
    headers: client?.token ? { authorization: `Bearer ${client.token}` } : {},
  });

interface CsvRow {
  sectie: string;
  indicator: string;
  periode: string;
  gemeentecode: string;
  kolom: string;
  aantal: string;
}
async function parseCsv(response: Response): Promise<CsvRow[]> {
  const bytes = Buffer.from(await response.arrayBuffer());
  // UTF-8 with a byte order mark, so that Dutch spreadsheet programs read the accents.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...lines] = bytes.subarray(3).toString('utf8').trim().split('\r\n');
  const names = header!.split(';');
  // No cell of this data set needs quoting; a quoted cell would break this split and fail the test.
  return lines.map((l) => Object.fromEntries(l.split(';').map((v, i) => [names[i], v])) as unknown as CsvRow);
}

const FIGURES = `query ($i: FiguresInput!) { figures(input: $i) { periods { label
  rows { municipality total { display } share cells { key display } } total { total { display } share cells { key display } } } } }`;
interface Row {
  municipality: string | null;
  total: { display: string } | null;
  share: number | null;
  cells: { key: string; display: string }[];
}
interface Table {
  figures: { periods: { label: string; rows: Row[]; total: Row }[] };
}

describe('the quarterly report', () => {
  it('is a Dutch PDF with the region and the quarter on the first page, the tables of chapter 1 and "< 5" for small cells', async () => {
    const director = await new ApiClient(platform.baseUrl).loginAs('procesregisseur.veiligthuis@demo.mda.test');
    const response = await get(director, '2019-Q2.pdf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await response.arrayBuffer());
    // pdfkit writes each page's content stream when the page is done: the first stream is page 1.
    const firstPage = flatText(pdf.subarray(0, pdf.indexOf('endstream')));
    expect(firstPage).toContain('Kwartaalrapportage');
    expect(firstPage).toContain('Veilig Thuis Rotterdam Rijnmond');
    expect(firstPage).toContain('2e kwartaal 2019 (2019-Q2)');
    const text = flatText(pdf);
    // The title block comes first: region and quarter before any section.
    const region = text.indexOf('Veilig Thuis Rotterdam Rijnmond');
    const quarter = text.indexOf('2e kwartaal 2019 (2019-Q2)');
    expect(region).toBeGreaterThanOrEqual(0);
    expect(quarter).toBeGreaterThan(region);
    expect(quarter).toBeLessThan(text.indexOf('1 Primair proces'));
    for (const heading of [
      '1.1 Advies en Ondersteuning',
      '1.3 Melding (exclusief overige politie zorgmeldingen jeugd)',
      '1.4 Veiligheidsbeoordeling',
      '1.6 Geen vervolg en overdracht',
      '1.7.1 Crisis',
      '1.7.2 Interventies',
      '1.7.3 Tijdelijke huisverboden (THV)',
      '1.8 Monitoring: veiligheidsscores',
      '1.10 Recidive: meldingen naar eerdere betrokkenheid',
      '1.11 Data-analyse: per 100.000 inwoners',
      '1.16 Plannen binnen 10 werkdagen na het eerste MDO (aanvulling)',
    ])
      expect(text).toContain(heading);
    expect(text).toContain('Totaal in het 2e kwartaal 2019: 15.');
    // Schiedam's 3 reports are shown as "< 5" and never as 3 next to its name.
    expect(text).toMatch(/Schiedam < 5/);
    expect(text).not.toMatch(/Schiedam 3\b/);
    // The safety assessments against the 80 % norm: 7 of 12 in term in Rotterdam.
    expect(text).toContain('58,3 %');
  });

  it("gives one CSV whose every cell is the figures query's cell for the same quarter and months, suppression included", async () => {
    const director = await new ApiClient(platform.baseUrl).loginAs('procesregisseur.veiligthuis@demo.mda.test');
    const response = await get(director, '2019-Q2.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const rows = await parseCsv(response);
    const cell = (indicator: string, period: string, municipality: string, key: string) =>
      rows.filter(
        (r) => r.indicator === indicator && r.periode === period && r.gemeentecode === municipality && r.kolom === key,
      );
    let compared = 0;
    for (const indicator of FIGURE_INDICATORS) {
      for (const [granularity, from, to] of [
        ['QUARTER', '2019-Q2', '2019-Q2'],
        ['MONTH', '2019-04', '2019-06'],
      ] as const) {
        const data = await director.ok<Table>(FIGURES, { i: { indicator, granularity, from, to } });
        for (const period of data.figures.periods)
          for (const row of [...period.rows, period.total]) {
            const code = row.municipality ?? 'TOTAAL';
            for (const c of row.cells) {
              expect({
                indicator,
                period: period.label,
                code,
                key: c.key,
                csv: cell(indicator, period.label, code, c.key).map((r) => r.aantal),
              }).toEqual({
                indicator,
                period: period.label,
                code,
                key: c.key,
                csv: expect.arrayContaining([c.display]),
              });
              compared += 1;
            }
            if (row.total)
              expect(cell(indicator, period.label, code, 'TOTAL').map((r) => r.aantal)).toContain(row.total.display);
          }
      }
    }
    expect(compared).toBeGreaterThan(500);
    expect(cell('REPORTS', '2019-Q2', 'SCHIEDAM', 'TOTAL').map((r) => r.aantal)).toEqual(['< 5']);
    expect(cell('REPORTS', '2019-Q2', 'ROTTERDAM', 'TOTAL').map((r) => r.aantal)).toEqual(['12']);
    expect(cell('SAFETY_ASSESSMENTS', '2019-Q2', 'ROTTERDAM', 'SHARE').map((r) => r.aantal)).toEqual(['58,3 %']);
  });

  it('gives a policy officer only the municipalities of its organisation and refuses the others', async () => {
    const officer = await new ApiClient(platform.baseUrl).loginAs('beleid.gemeente@demo.mda.test');
    const rows = await parseCsv(await get(officer, '2019-Q2.csv'));
    expect(new Set(rows.map((r) => r.gemeentecode))).toEqual(new Set(['ROTTERDAM', 'TOTAAL']));
    const text = flatText(Buffer.from(await (await get(officer, '2019-Q2.pdf')).arrayBuffer()));
    expect(text).toContain('Gemeenten: Rotterdam.');
    expect(text).not.toContain('Schiedam');
    const refused = await get(officer, '2019-Q2.pdf?municipalities=ROTTERDAM,SCHIEDAM');
    expect(refused.status).toBe(403);
    const body = (await refused.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('FORBIDDEN');
    expect(body.errors[0]?.message).toContain('SCHIEDAM');
  });

  it('refuses casework roles and anonymous callers, and names a bad quarter', async () => {
    const professional = await new ApiClient(platform.baseUrl).loginAs('politie@demo.mda.test');
    expect((await get(professional, '2019-Q2.pdf')).status).toBe(403);
    expect((await get(null, '2019-Q2.pdf')).status).toBe(401);
    const director = await new ApiClient(platform.baseUrl).loginAs('procesregisseur.veiligthuis@demo.mda.test');
    const bad = await get(director, '2019-Q5.csv');
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body)).toContain('2019-Q5');
  });

  it('is on record as one EXPORT of aggregates, without data subjects', async () => {
    const officer = await new ApiClient(platform.baseUrl).loginAs('beleid.gemeente@demo.mda.test');
    expect((await get(officer, '2019-Q2.csv')).status).toBe(200);
    const rows = await platform.sql<{ action: string; reason: string; data_subject_ids: string[]; fields: string[] }>(
      `select action, reason, data_subject_ids, fields from audit.event where subject_type = 'Figures' and subject_id = 'QUARTERLY_REPORT' order by seq desc limit 1`,
    );
    expect(rows[0]?.action).toBe('EXPORT');
    expect(rows[0]?.reason).toBe('QUARTERLY_REPORT CSV 2019-Q2 municipalities=ROTTERDAM');
    expect(rows[0]?.data_subject_ids).toEqual([]);
    expect(rows[0]?.fields).toContain('SAFETY_ASSESSMENTS');
  });
});
