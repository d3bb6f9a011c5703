import { figureShares, type FigureGranularity, type FigureIndicator } from '@mda/domain';

export interface FigureRequest {
  indicator: string;
  granularity: FigureGranularity;
  from: string;
  to: string;
}

/** The current year so far, at a granularity (the year itself for YEAR). */
export function defaultFigureRequest(
  today: Date,
  granularity: FigureGranularity = 'QUARTER',
  indicator = 'SAFETY_ASSESSMENTS',
): FigureRequest {
  const year = today.getFullYear();
  const month = today.getMonth() + 1;
  if (granularity === 'YEAR') return { indicator, granularity, from: String(year - 1), to: String(year) };
  if (granularity === 'MONTH')
    return { indicator, granularity, from: `${year}-01`, to: `${year}-${String(month).padStart(2, '0')}` };
  return { indicator, granularity, from: `${year}-Q1`, to: `${year}-Q${Math.floor((month - 1) / 3) + 1}` };
}

interface TotalRow {
  share?: number | null;
  meetsNorm?: boolean | null;
  cells: readonly { display: string }[];
  total?: { display: string } | null;
}

/** The text alternative of a period: its total as shown (may be "< 5") and, with a norm, the share. */
export function periodSummary(
  row: TotalRow,
  normShare: number | null,
): { total: string; share: number | null; meetsNorm: boolean | null } {
  const total = row.total?.display ?? row.cells.map((c) => c.display).join(' / ');
  if (normShare === null || row.share === null || row.share === undefined)
    return { total, share: null, meetsNorm: null };
  return { total, share: row.share, meetsNorm: row.meetsNorm ?? null };
}

/** 0.783 -> "78,3 %" (nl) / "78.3%" (en). */
export function formatShare(share: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

export interface TrendPoint {
  label: string;
  /** The region total as shown; null when suppressed. */
  count: number | null;
  share: number | null;
}

interface PeriodLike {
  label: string;
  total: {
    share?: number | null;
    cells: readonly { count?: number | null }[];
    total?: { count?: number | null } | null;
  };
}

/** Per period the total row's count (its row total, else its first column) and share: what the chart draws. */
export function trendOf(periods: readonly PeriodLike[]): TrendPoint[] {
  return periods.map((p) => {
    const count = p.total.total ? (p.total.total.count ?? null) : (p.total.cells[0]?.count ?? null);
    return { label: p.label, count, share: p.total.share ?? null };
  });
}

/** The last `count` quarters, newest first, the current (unfinished) quarter included: 2026-Q4, 2026-Q3, ... */
export function recentQuarters(today: Date, count = 8): string[] {
  let year = today.getFullYear();
  let quarter = Math.floor(today.getMonth() / 3) + 1;
  const quarters: string[] = [];
  for (let i = 0; i < count; i += 1) {
    quarters.push(`${year}-Q${quarter}`);
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
  }
  return quarters;
}

/** The quarterly report's address on the API (docs/figures.md): `2026-Q2.pdf` or `2026-Q2.csv`. */
export function quarterlyReportUrl(quarter: string, format: 'pdf' | 'csv'): string {
  return `/api/figures/quarterly-report/${encodeURIComponent(quarter)}.${format}`;
}

/**
 * The shares without a norm of an indicator (FIGURE_SHARES in packages/domain) for one row as
 * shown, as one list ("name: 82,5 %; ..."), a hidden share named as such; null when the indicator
 * has none.
 */
export function shareList(
  indicator: FigureIndicator,
  cells: readonly { key: string; count?: number | null }[],
  name: (key: string) => string,
  format: (share: number) => string,
  hidden: string,
): string | null {
  const shares = figureShares(indicator, cells);
  if (shares.length === 0) return null;
  return shares.map((s) => `${name(s.key)}: ${s.share === null ? hidden : format(s.share)}`).join('; ');
}
