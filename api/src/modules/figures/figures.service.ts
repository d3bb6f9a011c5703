import { asSubject } from '@mda/authz';
import {
  FIGURE_DEFINITIONS,
  FIGURE_GRANULARITIES,
  FIGURE_INDICATORS,
  figurePeriods,
  isFigureIndicator,
  MUNICIPALITIES,
  parseFigurePeriod,
  per100k,
  POPULATION,
  REGION_MUNICIPALITY_CODES,
  suppressFigures,
  SUPPRESSED_LABEL,
  type FigureGranularity,
  type FigureIndicator,
  type FigureIndicatorDefinition,
  type FigurePeriod,
} from '@mda/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { readOf } from '../../core/context/request-audit.js';
import { forbidden } from '../../core/graphql/errors.js';
import { InputCheck } from '../../core/graphql/validation.js';
import type { FiguresInput } from './figures.inputs.js';
import { FigureCellNode, FigureRowNode, FigureTableNode } from './figures.type.js';
import { ensureFiguresFresh } from './figures-summary.service.js';

/** At most this many periods per request (three years of months). */
export const MAX_FIGURE_PERIODS = 36;

const TRUNC: Readonly<Record<FigureGranularity, string>> = { MONTH: 'month', QUARTER: 'quarter', YEAR: 'year' };
const STEP: Readonly<Record<FigureGranularity, string>> = { MONTH: '1 month', QUARTER: '3 months', YEAR: '1 year' };

export interface CountRow {
  bucket: string;
  municipality: string;
  key: string;
  n: number;
}

export interface FigureWindow {
  granularity: FigureGranularity;
  /** First day (inclusive) and first day after (exclusive), Europe/Amsterdam. */
  start: string;
  end: string;
  municipalities: readonly string[];
}
type Window = Omit<FigureWindow, 'municipalities'> & { municipalities: string };

/** `{A,B}`: a PostgreSQL array literal (knex would expand a JS array into a list). */
const pgArray = (values: readonly string[]): string => `{${values.join(',')}}`;

/**
 * One aggregate statement per indicator over the summary `figures_daily` (figures-summary.service.ts):
 * the day counts summed per period bucket, municipality and column. Never an event row, let
 * alone a person, a household member, an entry or a reporter. MDA_CASES' OPEN (open at the end
 * of each period) is the running sum of OPEN_IN - OPEN_OUT over every day before that end.
 */
function aggregateSql(indicator: FigureIndicator, w: Window): { sql: string; params: unknown[] } {
  const bucket = `to_char(date_trunc('${TRUNC[w.granularity]}', f.day), 'YYYY-MM-DD')`;
  const sums = `select ${bucket} as bucket, f.municipality, f.key, sum(f.n)::int as n
      from figures_daily f where f.indicator = ? and f.day >= ?::date and f.day < ?::date and f.municipality = any(?::text[])`;
  if (indicator !== 'MDA_CASES')
    return { sql: `${sums} group by 1, 2, 3`, params: [indicator, w.start, w.end, w.municipalities] };
  return {
    sql: `${sums} and f.key in ('NEW', 'CLOSED') group by 1, 2, 3
      union all
      select to_char(p.start, 'YYYY-MM-DD'), f.municipality, 'OPEN', sum(case when f.key = 'OPEN_IN' then f.n else -f.n end)::int
        from generate_series(?::date, (?::date - interval '1 day'), ?::interval) as p(start)
        join figures_daily f on f.indicator = 'MDA_CASES' and f.key in ('OPEN_IN', 'OPEN_OUT') and f.day < (p.start + ?::interval)::date
        where f.municipality = any(?::text[]) group by 1, 2, 3`,
    params: [
      indicator,
      w.start,
      w.end,
      w.municipalities,
      w.start,
      w.end,
      STEP[w.granularity],
      STEP[w.granularity],
      w.municipalities,
    ],
  };
}

/**
 * The raw counts of one indicator (bucket = first day of the period), before suppression: never
 * sent to a client as is. Reads the summary, after recounting any dirty day (freshness rule in
 * figures-summary.service.ts), so the counts always equal the events'.
 */
export async function aggregateCounts(
  em: EntityManager,
  indicator: FigureIndicator,
  w: FigureWindow,
): Promise<CountRow[]> {
  await ensureFiguresFresh(em);
  const { sql, params } = aggregateSql(indicator, { ...w, municipalities: pgArray(w.municipalities) });
  const rows = await em.getConnection().execute<CountRow[]>(sql, params);
  return rows.map((r) => ({ bucket: r.bucket, municipality: r.municipality, key: r.key, n: Number(r.n) }));
}

function checkInput(input: FiguresInput): {
  indicator: FigureIndicator;
  granularity: FigureGranularity;
  periods: FigurePeriod[];
  requested: string[] | null;
} {
  const check = new InputCheck();
  const indicator = isFigureIndicator(input.indicator) ? input.indicator : null;
  if (!indicator)
    check.add(
      'indicator',
      `onbekende indicator '${input.indicator}'; bekend: ${FIGURE_INDICATORS.join(', ')} / unknown indicator`,
    );
  const granularity = (FIGURE_GRANULARITIES as readonly string[]).includes(input.granularity)
    ? (input.granularity as FigureGranularity)
    : null;
  if (!granularity) check.add('granularity', `moet MONTH, QUARTER of YEAR zijn / must be MONTH, QUARTER or YEAR`);
  let periods: FigurePeriod[] = [];
  if (granularity) {
    const example = granularity === 'MONTH' ? '2026-05' : granularity === 'QUARTER' ? '2026-Q2' : '2026';
    const from = parseFigurePeriod(granularity, input.from);
    const to = parseFigurePeriod(granularity, input.to);
    if (!from)
      check.add(
        'from',
        `'${input.from}' is geen periode van soort ${granularity} (bijv. ${example}) / not a ${granularity} period`,
      );
    if (!to)
      check.add(
        'to',
        `'${input.to}' is geen periode van soort ${granularity} (bijv. ${example}) / not a ${granularity} period`,
      );
    if (from && to) {
      if (from.start > to.start) check.add('to', 'ligt vóór from / lies before from');
      else {
        periods = figurePeriods(granularity, from, to);
        if (periods.length > MAX_FIGURE_PERIODS)
          check.add(
            'to',
            `hoogstens ${MAX_FIGURE_PERIODS} perioden per verzoek / at most ${MAX_FIGURE_PERIODS} periods per request`,
          );
      }
    }
  }
  const requested = input.municipalities ?? null;
  if (requested) {
    check.check(requested.length > 0, 'municipalities', 'leeg; laat weg voor alle gemeenten / empty; omit for all');
    const unknown = requested.filter((m) => !REGION_MUNICIPALITY_CODES.includes(m));
    check.check(
      unknown.length === 0,
      'municipalities',
      `onbekende gemeente(n): ${unknown.join(', ')} / unknown municipality`,
    );
    check.check(
      new Set(requested).size === requested.length,
      'municipalities',
      'dubbele gemeente / duplicate municipality',
    );
  }
  check.done();
  return { indicator: indicator as FigureIndicator, granularity: granularity as FigureGranularity, periods, requested };
}

const cellOf = (key: string, count: number, hidden: boolean, inhabitants: number | undefined): FigureCellNode =>
  Object.assign(new FigureCellNode(), {
    key,
    count: hidden ? null : count,
    display: hidden ? SUPPRESSED_LABEL : String(count),
    suppressed: hidden,
    per100k: hidden ? null : per100k(count, inhabitants),
  });

function shareOf(
  def: FigureIndicatorDefinition,
  cells: FigureCellNode[],
  total: FigureCellNode | null,
): { share: number | null; meetsNorm: boolean | null } {
  if (!def.norm || !total || total.count === null || total.count === 0) return { share: null, meetsNorm: null };
  const numerator = cells.find((c) => c.key === def.norm?.numeratorKey);
  if (!numerator || numerator.count === null) return { share: null, meetsNorm: null };
  const share = Math.round((numerator.count / total.count) * 1000) / 1000;
  return { share, meetsNorm: share >= def.norm.share };
}

/**
 * The municipalities whose figures the actor asks for: the requested ones (each must be readable
 * under packages/authz's Figures rules, else FORBIDDEN naming them) or every readable one.
 */
export function figureMunicipalities(ctx: RequestContext, requested: readonly string[] | null): string[] {
  requireActor(ctx);
  const readable = REGION_MUNICIPALITY_CODES.filter((m) =>
    ctx.ability.can('read', asSubject('Figures', { id: m, municipality: m })),
  );
  if (readable.length === 0) throw forbidden('cijfers in te zien / read figures');
  const denied = (requested ?? []).filter((m) => !readable.includes(m));
  if (denied.length > 0)
    throw forbidden(`de cijfers van ${denied.join(', ')} in te zien / read these municipalities' figures`);
  return requested ? REGION_MUNICIPALITY_CODES.filter((m) => requested.includes(m)) : readable;
}

/** The figures of one indicator: counted in PostgreSQL, suppressed per period table, audited as an aggregate read. */
export async function figures(ctx: RequestContext, input: FiguresInput): Promise<FigureTableNode> {
  const { table, reason, fields } = await figureTable(ctx, input);
  // An aggregate read: no data subject, no case; what was asked is in the reason.
  ctx.audit?.record(readOf({ subjectType: 'Figures', subjectId: table.indicator, caseId: null, fields, reason }));
  return table;
}

/**
 * One figures table exactly as the figures query shows it (the quarterly report renders these
 * very tables), not yet audited: the caller records what it discloses.
 */
export async function figureTable(
  ctx: RequestContext,
  input: FiguresInput,
): Promise<{ table: FigureTableNode; reason: string; fields: string[] }> {
  requireActor(ctx);
  const { indicator, granularity, periods, requested } = checkInput(input);
  const municipalities = figureMunicipalities(ctx, requested);

  const def = FIGURE_DEFINITIONS[indicator];
  const first = periods[0] as FigurePeriod;
  const last = periods[periods.length - 1] as FigurePeriod;
  const rows = await aggregateCounts(ctx.em, indicator, {
    granularity,
    start: first.start,
    end: last.end,
    municipalities,
  });

  const counts = new Map<string, number>();
  for (const r of rows) counts.set(`${r.bucket}|${r.municipality}|${r.key}`, r.n);
  const keys = def.columns.map((c) => c.key);
  const name = (code: string) => MUNICIPALITIES.find((m) => m.code === code)?.name ?? code;
  const regionInhabitants = municipalities.reduce((a, m) => a + (POPULATION.inhabitants[m] ?? 0), 0);

  const table = Object.assign(new FigureTableNode(), {
    indicator,
    name: def.name,
    counts: def.counts,
    granularity,
    columns: def.columns.map((c) => ({ key: c.key, label: c.label })),
    normShare: def.norm?.share ?? null,
    normLabel: def.norm?.label ?? null,
    population: { source: POPULATION.source, year: POPULATION.year },
    periods: periods.map((p) => {
      const cells = municipalities.map((m) => keys.map((k) => counts.get(`${p.start}|${m}|${k}`) ?? 0));
      const s = suppressFigures({ cells, additive: def.additive });
      const rowOf = (
        municipality: string | null,
        values: number[],
        hidden: boolean[],
        totalHidden: boolean,
        inhabitants: number | undefined,
      ): FigureRowNode => {
        const rowCells = keys.map((k, c) => cellOf(k, values[c] ?? 0, hidden[c] ?? false, inhabitants));
        const total = def.additive
          ? cellOf(
              'TOTAL',
              values.reduce((a, b) => a + b, 0),
              totalHidden,
              inhabitants,
            )
          : null;
        return Object.assign(new FigureRowNode(), {
          municipality,
          name: municipality ? name(municipality) : 'Totaal',
          inhabitants: inhabitants ?? null,
          cells: rowCells,
          total,
          ...shareOf(def, rowCells, total),
        });
      };
      const columnTotals = keys.map((_, c) => cells.reduce((a, row) => a + (row[c] ?? 0), 0));
      return {
        label: p.label,
        start: p.start,
        end: p.end,
        rows: municipalities.map((m, r) =>
          rowOf(m, cells[r] ?? [], s.cells[r] ?? [], s.rowTotals[r] ?? false, POPULATION.inhabitants[m]),
        ),
        total: rowOf(null, columnTotals, s.columnTotals, s.grandTotal, regionInhabitants),
      };
    }),
  });
  return {
    table,
    fields: keys,
    reason: `AGGREGATE ${indicator} ${granularity} ${first.label}..${last.label} municipalities=${municipalities.join(',')}`,
  };
}
