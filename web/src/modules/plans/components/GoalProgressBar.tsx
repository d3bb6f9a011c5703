import { useTranslation } from 'react-i18next';
import type { GoalProgress } from '../progress';

/**
 * A goal's progress as a bar (done / late / open) with the same numbers in words, so colour
 * is never the only carrier (WCAG 1.4.1); the bar itself is hidden from screen readers.
 */
export function GoalProgressBar({
  progress,
  testId = 'plan-goal-progress',
}: {
  progress: GoalProgress;
  testId?: string;
}) {
  const { t } = useTranslation();
  if (progress.total === 0) return null;
  const share = (n: number) => `${(100 * n) / progress.total}%`;
  return (
    <div
      className="mda-progress"
      data-testid={testId}
      data-done={progress.done}
      data-late={progress.late}
      data-open={progress.open}
    >
      <div className="mda-progress__bar" aria-hidden="true">
        <span className="mda-progress__done" style={{ inlineSize: share(progress.done) }} />
        <span className="mda-progress__late" style={{ inlineSize: share(progress.late) }} />
        <span className="mda-progress__open" style={{ inlineSize: share(progress.open) }} />
      </div>
      <p className="mda-progress__text">
        {t('plan.progress.done', { done: progress.done, total: progress.total })}
        {progress.late > 0 ? (
          <strong className="mda-late"> · {t('plan.progress.late', { count: progress.late })}</strong>
        ) : null}
        {progress.open > 0 ? ` · ${t('plan.progress.open', { count: progress.open })}` : ''}
      </p>
    </div>
  );
}
