import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MutationOutcome } from '../../../app/errors';
import { FeedbackRegions, type Feedback } from '../../../ui/FeedbackRegions';
import { useAgreeMinutesMutation } from '../hooks/useAgreeMinutesMutation';
import { useMarkMeetingHeldMutation } from '../hooks/useMarkMeetingHeldMutation';
import { useMoveToItemMutation } from '../hooks/useMoveToItemMutation';
import { useStartMeetingMutation } from '../hooks/useStartMeetingMutation';

export interface ChairControlsProps {
  meetingId: string;
  status: string;
}

/** The chair runs the meeting: start, next item, mark held, agree the minutes. */
export function ChairControls({ meetingId, status }: ChairControlsProps) {
  const { t } = useTranslation();
  const { start } = useStartMeetingMutation();
  const { move } = useMoveToItemMutation();
  const { markHeld } = useMarkMeetingHeldMutation();
  const { agree } = useAgreeMinutesMutation();
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const run = async (label: string, action: () => Promise<MutationOutcome<{ id: string }>>) => {
    setBusy(true);
    const outcome = await action();
    setBusy(false);
    setFeedback(
      outcome.ok ? { kind: 'ok', text: label } : { kind: 'error', text: outcome.message ?? t('meetings.failed') },
    );
  };
  return (
    <section aria-label={t('meetings.chairTitle')} className="mda-section" data-testid="chair-controls">
      <ButtonGroup>
        {status === 'PLANNED' ? (
          <Button
            appearance="primary-action-button"
            disabled={busy}
            onClick={() => void run(t('meetings.started'), () => start(meetingId))}
            data-testid="chair-start"
          >
            {t('meetings.start')}
          </Button>
        ) : null}
        {status === 'IN_PROGRESS' ? (
          <Button
            appearance="primary-action-button"
            disabled={busy}
            onClick={() => void run(t('meetings.moved'), () => move({ meetingId }))}
            data-testid="chair-next"
          >
            {t('meetings.next')}
          </Button>
        ) : null}
        {status === 'PLANNED' || status === 'IN_PROGRESS' ? (
          <Button
            appearance="secondary-action-button"
            disabled={busy}
            onClick={() => void run(t('meetings.heldDone'), () => markHeld(meetingId))}
            data-testid="chair-held"
          >
            {t('meetings.markHeld')}
          </Button>
        ) : null}
        {status === 'HELD' ? (
          <Button
            appearance="secondary-action-button"
            disabled={busy}
            onClick={() => void run(t('meetings.agreed'), () => agree(meetingId))}
            data-testid="chair-agree"
          >
            {t('meetings.agreeMinutes')}
          </Button>
        ) : null}
      </ButtonGroup>
      <FeedbackRegions feedback={feedback} testId="chair" />
    </section>
  );
}
