import { useTranslation } from 'react-i18next';
import { formatLocalDate } from '../../../ui/formatDate';
import type { Score } from '../caseHeader';

const WIDTH = 160;
const HEIGHT = 48;
const PAD = 4;
const SERIES: Record<string, { stroke: string; dash: string }> = {
  FAMILY: { stroke: '#1f5fa6', dash: '' },
  PROFESSIONAL: { stroke: '#6b3fa0', dash: '4 3' },
};

/**
 * A small inline line chart of the safety scores (0-10) of the family and the professionals,
 * oldest to newest. The chart is decorative for screen readers (aria-hidden); the same scores
 * are in the table beside it (visually hidden) and the latest ones in the header's text.
 */
export function SafetyTrend({ scores, caption }: { scores: readonly Score[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const sorted = [...scores].sort(
    (a, b) => a.scoredOn.localeCompare(b.scoredOn) || a.scoredBy.localeCompare(b.scoredBy),
  );
  const days = [...new Set(sorted.map((s) => s.scoredOn))];
  const x = (day: string) =>
    days.length <= 1 ? WIDTH / 2 : PAD + ((WIDTH - 2 * PAD) * days.indexOf(day)) / (days.length - 1);
  const y = (score: number) => PAD + ((HEIGHT - 2 * PAD) * (10 - score)) / 10;
  const scorers = [...new Set(sorted.map((s) => s.scoredBy))].sort();
  return (
    <div className="mda-trend" data-testid="safety-trend">
      <svg
        width={WIDTH}
        height={HEIGHT}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        aria-hidden="true"
        focusable="false"
        className="mda-trend__chart"
      >
        <line x1={PAD} x2={WIDTH - PAD} y1={y(6)} y2={y(6)} stroke="#9aa0a6" strokeDasharray="2 2" />
        {scorers.map((scorer) => {
          const points = sorted.filter((s) => s.scoredBy === scorer);
          const style = SERIES[scorer] ?? { stroke: '#333', dash: '' };
          return (
            <g key={scorer}>
              <polyline
                fill="none"
                stroke={style.stroke}
                strokeWidth={2}
                strokeDasharray={style.dash}
                points={points.map((p) => `${x(p.scoredOn)},${y(p.score)}`).join(' ')}
              />
              {points.map((p) => (
                <circle
                  key={`${p.scoredOn}-${p.score}`}
                  cx={x(p.scoredOn)}
                  cy={y(p.score)}
                  r={2.5}
                  fill={style.stroke}
                />
              ))}
            </g>
          );
        })}
      </svg>
      {/* A table is as wide as its content whatever its size says: the hidden wrapper keeps it off the page width (reflow). */}
      <div className="mda-visually-hidden">
        <table data-testid="safety-trend-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('caseHeader.scoredOn')}</th>
              <th scope="col">{t('caseHeader.scoredBy')}</th>
              <th scope="col">{t('caseHeader.score')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((s) => (
              <tr key={`${s.scoredOn}-${s.scoredBy}-${s.score}`}>
                <td>{formatLocalDate(s.scoredOn, i18n.language)}</td>
                <td>{t(`enums.SafetyScorer.${s.scoredBy}` as 'enums.SafetyScorer.FAMILY')}</td>
                <td>{s.score}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
