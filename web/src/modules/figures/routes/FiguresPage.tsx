import { graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import {
  FIGURE_DEFINITIONS,
  FIGURE_GRANULARITIES,
  FIGURE_INDICATORS,
  isFigureIndicator,
  type FigureGranularity,
  type FigureIndicator,
} from '@mda/domain';
import {
  Button,
  Checkbox,
  FormLabel,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  TableCell,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../app/PageTitle';
import { QueryError } from '../../../app/QueryError';
import { DataTable } from '../../../ui/DataTable';
import { LoadingState } from '../../../ui/LoadingState';
import { FiguresChart } from '../components/FiguresChart';
import { QuarterlyReportPanel } from '../components/QuarterlyReportPanel';
import { defaultFigureRequest, formatShare, periodSummary, shareList, trendOf, type FigureRequest } from '../figures';

const FiguresQuery = graphql(`
  query Figures($input: FiguresInput!) {
    figures(input: $input) {
      indicator
      name
      counts
      granularity
      normShare
      normLabel
      population {
        source
        year
      }
      columns {
        key
        label
      }
      periods {
        label
        rows {
          municipality
          name
          share
          meetsNorm
          cells {
            key
            display
            suppressed
            per100k
          }
          total {
            display
            suppressed
            per100k
          }
        }
        total {
          municipality
          name
          share
          meetsNorm
          cells {
            key
            count
            display
            suppressed
            per100k
          }
          total {
            count
            display
            suppressed
            per100k
          }
        }
      }
    }
  }
`);

interface CellLike {
  display: string;
  suppressed: boolean;
  per100k?: number | null;
}

/**
 * Figures at a glance (docs/figures.md): one indicator per table, a table per period, rows per
 * municipality and a total; cells under 5 come from the API as "< 5". The indicators' Dutch
 * names and columns are those of packages/domain.
 */
export function FiguresPage() {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState<FigureRequest>(() => defaultFigureRequest(new Date()));
  const [request, setRequest] = useState<FigureRequest>(form);
  const [perInhabitants, setPerInhabitants] = useState(false);
  const { data, loading, error, refetch } = useQuery(FiguresQuery, { variables: { input: request } });
  const figures = data?.figures;
  const hasNorm = Boolean(figures?.normShare);
  const columnLabel = (key: string) => t(`figures.columns.${key}`, { defaultValue: key });
  const show = (cell: CellLike | null | undefined) => {
    if (!cell) return '';
    if (cell.suppressed || !perInhabitants) return cell.display;
    return cell.per100k === null || cell.per100k === undefined
      ? t('figures.unknown')
      : cell.per100k.toLocaleString(i18n.language, { maximumFractionDigits: 1 });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setRequest(form);
  };
  const indicator: FigureIndicator = isFigureIndicator(request.indicator) ? request.indicator : 'REPORTS';
  const additive = FIGURE_DEFINITIONS[indicator].additive;
  const trend = useMemo(() => (figures ? trendOf(figures.periods) : []), [figures]);
  const norm = useMemo(
    () => (figures?.normShare && figures.normLabel ? { share: figures.normShare, label: figures.normLabel } : null),
    [figures],
  );
  const countLabel = figures ? (additive ? t('figures.total') : columnLabel(figures.columns[0]?.key ?? 'TOTAL')) : '';
  const chartDescription = figures
    ? t('figures.chartDescription', {
        name: t(`figures.indicatorNames.${indicator}`),
        series: countLabel,
        points: trend
          .map(
            (p) =>
              `${p.label}: ${p.count ?? '< 5'}${p.share !== null ? ` (${formatShare(p.share, i18n.language)})` : ''}`,
          )
          .join('; '),
      })
    : '';
  /** The shares without a norm (safety scores 6 or higher, plans in term, orders extended) of the whole table. */
  const shares = (cells: readonly { key: string; count?: number | null }[]) => {
    const list = shareList(
      indicator,
      cells,
      (key) => t(`figures.shareNames.${key}`, { defaultValue: key }),
      (share) => formatShare(share, i18n.language),
      t('figures.shareHidden'),
    );
    return list === null ? null : <Paragraph data-testid="figures-shares">{t('figures.shares', { list })}</Paragraph>;
  };
  const columns = figures
    ? [
        t('figures.municipality'),
        ...figures.columns.map((c) => columnLabel(c.key)),
        ...(additive ? [t('figures.total')] : []),
        ...(hasNorm ? [t('figures.share')] : []),
      ]
    : [];

  return (
    <div className="mda-figures">
      <PageTitle title={t('figures.title')} />
      <Paragraph>{t('figures.intro')}</Paragraph>
      <QuarterlyReportPanel />
      <form onSubmit={submit} className="mda-figures__form" data-testid="figures-form">
        <FormLabel htmlFor="figures-indicator">{t('figures.indicator')}</FormLabel>
        <Select
          id="figures-indicator"
          value={form.indicator}
          onChange={(e) => setForm({ ...form, indicator: e.target.value })}
          data-testid="figures-indicator"
        >
          {FIGURE_INDICATORS.map((id) => (
            <SelectOption key={id} value={id}>
              {t(`figures.indicatorNames.${id}`)}
            </SelectOption>
          ))}
        </Select>
        <FormLabel htmlFor="figures-granularity">{t('figures.granularity')}</FormLabel>
        <Select
          id="figures-granularity"
          value={form.granularity}
          onChange={(e) =>
            setForm(defaultFigureRequest(new Date(), e.target.value as FigureGranularity, form.indicator))
          }
          data-testid="figures-granularity"
        >
          {FIGURE_GRANULARITIES.map((g) => (
            <SelectOption key={g} value={g}>
              {t(`figures.granularities.${g}`)}
            </SelectOption>
          ))}
        </Select>
        <FormLabel htmlFor="figures-from">{t('figures.from')}</FormLabel>
        <Textbox
          id="figures-from"
          value={form.from}
          onChange={(e) => setForm({ ...form, from: e.target.value })}
          aria-describedby="figures-period-hint"
          data-testid="figures-from"
        />
        <FormLabel htmlFor="figures-to">{t('figures.to')}</FormLabel>
        <Textbox
          id="figures-to"
          value={form.to}
          onChange={(e) => setForm({ ...form, to: e.target.value })}
          aria-describedby="figures-period-hint"
          data-testid="figures-to"
        />
        <Paragraph id="figures-period-hint">{t('figures.periodHint')}</Paragraph>
        <Button type="submit" appearance="primary-action-button" data-testid="figures-show">
          {t('figures.show')}
        </Button>
      </form>
      <FormLabel>
        <Checkbox
          checked={perInhabitants}
          onChange={(e) => setPerInhabitants(e.target.checked)}
          data-testid="figures-per100k"
        />{' '}
        {t('figures.per100k')}
      </FormLabel>
      {error && !data ? <QueryError error={error} retry={() => refetch()} /> : null}
      {loading ? <LoadingState label={t('app.loading')} /> : null}
      {figures ? (
        <section data-testid="figures-result">
          <Heading2>{t(`figures.indicatorNames.${indicator}`)}</Heading2>
          <Paragraph>{t('figures.counts', { counts: figures.counts })}</Paragraph>
          {figures.normLabel ? <Paragraph>{t('figures.norm', { label: figures.normLabel })}</Paragraph> : null}
          <Paragraph>{t('figures.suppressedNote')}</Paragraph>
          {trend.length > 0 ? (
            <FiguresChart
              description={chartDescription}
              points={trend}
              countLabel={countLabel}
              shareLabel={norm ? t('figures.share') : null}
              norm={norm}
            />
          ) : null}
          {figures.periods.map((period) => {
            const summary = periodSummary(period.total, figures.normShare ?? null);
            return (
              <section
                key={period.label}
                className="mda-figures__period"
                data-testid="figures-period"
                data-period={period.label}
              >
                <Paragraph data-testid="figures-summary">
                  {summary.share === null
                    ? t('figures.summary', {
                        period: period.label,
                        total: summary.total,
                        name: t(`figures.indicatorNames.${indicator}`),
                      })
                    : t('figures.summaryShare', {
                        period: period.label,
                        share: formatShare(summary.share, i18n.language),
                        norm: formatShare(figures.normShare ?? 0, i18n.language),
                        met: summary.meetsNorm ? t('figures.met') : t('figures.notMet'),
                      })}
                </Paragraph>
                {shares(period.total.cells)}
                <DataTable
                  caption={t('figures.caption', {
                    name: t(`figures.indicatorNames.${indicator}`),
                    period: period.label,
                  })}
                  columns={columns}
                  data-testid="figures-table"
                >
                  {[...period.rows, period.total].map((row) => (
                    <TableRow
                      key={row.municipality ?? 'total'}
                      data-testid="figures-row"
                      data-municipality={row.municipality ?? 'TOTAL'}
                    >
                      <TableHeaderCell scope="row">{row.municipality ? row.name : t('figures.total')}</TableHeaderCell>
                      {row.cells.map((cell) => (
                        <TableCell key={cell.key} data-testid="figures-cell" data-key={cell.key}>
                          {show(cell)}
                        </TableCell>
                      ))}
                      {additive ? <TableCell data-testid="figures-row-total">{show(row.total)}</TableCell> : null}
                      {hasNorm ? (
                        <TableCell className={row.meetsNorm === false ? 'mda-over-norm' : undefined}>
                          {row.share === null || row.share === undefined
                            ? '< 5'
                            : formatShare(row.share, i18n.language)}
                        </TableCell>
                      ) : null}
                    </TableRow>
                  ))}
                </DataTable>
              </section>
            );
          })}
          <Paragraph>
            {t('figures.population', { source: figures.population.source, year: figures.population.year })}
          </Paragraph>
        </section>
      ) : null}
    </div>
  );
}
