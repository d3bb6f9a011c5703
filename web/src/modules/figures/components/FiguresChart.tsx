import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { init, use, type ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { TrendPoint } from '../figures';

use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

export interface FiguresChartProps {
  /** What the chart shows, in words (its text alternative; the tables below hold every number). */
  description: string;
  points: readonly TrendPoint[];
  /** Series name of the bars (counts) and of the line (share), and the norm's label. */
  countLabel: string;
  shareLabel: string | null;
  norm: { share: number; label: string } | null;
}

/**
 * The trend of an indicator's region total per period (Apache ECharts): bars for the shown
 * counts (a suppressed period has no bar), and for an indicator with a norm the share as a
 * line with the norm as a reference line. Decorative for screen readers: the description and
 * the tables carry the same information.
 */
export function FiguresChart({ description, points, countLabel, shareLabel, norm }: FiguresChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return undefined;
    const chart = init(ref.current, undefined, { renderer: 'svg' });
    const option: ChartOption = {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: {},
      grid: { left: 48, right: 48, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: points.map((p) => p.label) },
      yAxis: [
        { type: 'value', minInterval: 1 },
        ...(shareLabel ? [{ type: 'value' as const, min: 0, max: 100, axisLabel: { formatter: '{value} %' } }] : []),
      ],
      series: [
        { type: 'bar', name: countLabel, data: points.map((p) => p.count) },
        ...(shareLabel
          ? [
              {
                type: 'line' as const,
                name: shareLabel,
                yAxisIndex: 1,
                connectNulls: false,
                data: points.map((p) => (p.share === null ? null : Math.round(p.share * 1000) / 10)),
                markLine: norm
                  ? { symbol: 'none', label: { formatter: norm.label }, data: [{ yAxis: norm.share * 100 }] }
                  : undefined,
              },
            ]
          : []),
      ],
    };
    chart.setOption(option);
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [points, countLabel, shareLabel, norm]);
  return (
    <figure className="mda-figures__chart" data-testid="figures-chart">
      <div ref={ref} style={{ width: '100%', height: 280 }} aria-hidden="true" />
      <figcaption data-testid="figures-chart-description">{description}</figcaption>
    </figure>
  );
}
