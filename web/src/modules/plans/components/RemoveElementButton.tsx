import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Feedback, FeedbackRegions } from '../../../ui/FeedbackRegions';
import { useRemovePlanElementMutation } from '../hooks/useRemovePlanElementMutation';

export interface RemoveElementButtonProps {
  id: string;
  version: number;
  /** What is removed, for the confirmation ("dit doel en zijn acties"). */
  what: string;
  testId: string;
  onRemoved(): void;
}

/** Removes an element from the working copy after a confirmation; frozen versions keep it. */
export function RemoveElementButton({ id, version, what, testId, onRemoved }: RemoveElementButtonProps) {
  const { t } = useTranslation();
  const { run, loading } = useRemovePlanElementMutation();
  const [confirming, setConfirming] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const confirmRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const remove = async () => {
    const outcome = await run({ id, expectedVersion: version });
    setConfirming(false);
    if (outcome.ok) onRemoved();
    // A stale version (someone changed it meanwhile) or a closed plan: the API says which.
    else setFeedback({ kind: 'error', text: outcome.message ?? t('plan.form.failed') });
  };

  return (
    <>
      {confirming ? (
        <div
          ref={confirmRef}
          tabIndex={-1}
          role="group"
          aria-label={t('plan.remove.confirmTitle')}
          className="mda-confirm"
          data-testid={`${testId}-confirm`}
        >
          <Paragraph>{t('plan.remove.confirmText', { what })}</Paragraph>
          <ButtonGroup>
            <Button
              type="button"
              appearance="primary-action-button"
              busy={loading}
              disabled={loading}
              onClick={() => void remove()}
              data-testid={`${testId}-yes`}
            >
              {t('plan.remove.yes')}
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={() => setConfirming(false)}>
              {t('plan.form.cancel')}
            </Button>
          </ButtonGroup>
        </div>
      ) : (
        <Button
          type="button"
          appearance="subtle-button"
          onClick={() => {
            setFeedback(null);
            setConfirming(true);
          }}
          data-testid={testId}
        >
          {t('plan.remove.button')}
        </Button>
      )}
      <FeedbackRegions feedback={feedback} testId={testId} />
    </>
  );
}
