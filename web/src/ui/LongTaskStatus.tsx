import { Button, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';
import { LiveRegion } from './LiveRegion';

/** Where a long piece of work (an export, a report) stands. */
export type LongTask = { kind: 'idle' } | { kind: 'busy'; startedAt: number } | { kind: 'failed'; message: string };

export interface LongTaskStatusProps {
  task: LongTask;
  /** What is happening, in words the user knows ("Het inzageoverzicht wordt samengesteld…"). */
  busyText: string;
  /** The failure's heading ("De kwartaalrapportage is niet opgesteld"). */
  failedTitle: string;
  /** Does the same work again (the same choice as before). */
  onRetry(): void;
  /** Test ids `<testId>-busy`, `<testId>-failed` and `<testId>-retry`. */
  testId: string;
  /** The clock (tests). */
  now?: () => number;
}

/** Whole seconds since `startedAt`. */
export function elapsedSeconds(startedAt: number, now: number): number {
  return Math.max(0, Math.floor((now - startedAt) / 1000));
}

/**
 * A long request in progress, in place of the result: the page around it stays. While busy it
 * says what is happening and how long it has taken (every second; after a while it also says it
 * may take up to a minute and the user can stay); a failure says so in Dutch, with a retry
 * button. The work is one request on the server, so there are no real steps to show.
 */
export function LongTaskStatus({ task, busyText, failedTitle, onRetry, testId, now = Date.now }: LongTaskStatusProps) {
  const { t } = useTranslation();
  const [, tick] = useState(0);
  useEffect(() => {
    if (task.kind !== 'busy') return;
    const timer = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, [task.kind]);
  const seconds = task.kind === 'busy' ? elapsedSeconds(task.startedAt, now()) : 0;
  return (
    <>
      <LiveRegion politeness="polite">
        {task.kind === 'busy' ? (
          <div role="status" aria-busy="true" className="mda-long-task" data-testid={`${testId}-busy`}>
            <span className="mda-long-task__spinner" aria-hidden="true" />
            <Paragraph className="mda-long-task__text">
              {busyText} {seconds > 0 ? t('longTask.elapsed', { count: seconds }) : null}
            </Paragraph>
            {seconds >= 10 ? <Paragraph>{t('longTask.slow')}</Paragraph> : null}
          </div>
        ) : null}
      </LiveRegion>
      <LiveRegion politeness="assertive">
        {task.kind === 'failed' ? (
          <ErrorAlert title={failedTitle} data-testid={`${testId}-failed`}>
            <Paragraph>{task.message}</Paragraph>
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={onRetry}
              data-testid={`${testId}-retry`}
            >
              {t('longTask.retry')}
            </Button>
          </ErrorAlert>
        ) : null}
      </LiveRegion>
    </>
  );
}
