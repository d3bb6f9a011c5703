import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../app/PageTitle';
import { QueryError } from '../../../app/QueryError';
import { type Feedback, FeedbackRegions } from '../../../ui/FeedbackRegions';
import { LoadingState } from '../../../ui/LoadingState';
import { FailedMailTable } from '../components/FailedMailTable';
import { useFailedMails } from '../hooks/useFailedMails';
import { useRetryFailedMailMutation } from '../hooks/useRetryFailedMailMutation';

/**
 * "Mislukte e-mails" (/beheer/e-mail), for the functional administrator: the mails the sender
 * gave up on, and a retry per mail (docs/notifications.md, "Given-up mails").
 */
export function FailedMailsPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useFailedMails();
  const { retry } = useRetryFailedMailMutation();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const onRetry = async (id: string) => {
    setBusyId(id);
    setFeedback(null);
    const outcome = await retry(id);
    setBusyId(null);
    setFeedback(
      outcome.ok
        ? { kind: 'ok', text: t('failedMails.retried') }
        : { kind: 'error', text: outcome.message ?? t('failedMails.retryFailed') },
    );
  };
  return (
    <div className="mda-failed-mails">
      <PageTitle title={t('failedMails.title')} />
      <Paragraph>{t('failedMails.intro')}</Paragraph>
      <FeedbackRegions feedback={feedback} testId="failed-mails" />
      {error && !data ? <QueryError error={error} /> : null}
      {!data && loading ? <LoadingState label={t('failedMails.loading')} /> : null}
      {data ? <FailedMailTable mails={data.failedMails} busyId={busyId} onRetry={(id) => void onRetry(id)} /> : null}
    </div>
  );
}
