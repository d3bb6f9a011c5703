import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type ErrorSummaryItem } from '../../../ui/ErrorSummary';
import { FormButtons } from '../../../ui/FormButtons';
import { TextAreaField } from '../../../ui/TextAreaField';
import { textProblem } from '../../../ui/textRules';
import { ANSWER_REASON } from '../direction';
import { useAcceptDirectorAssignmentMutation } from '../hooks/useAcceptDirectorAssignmentMutation';
import { useDeclineDirectorAssignmentMutation } from '../hooks/useDeclineDirectorAssignmentMutation';

export interface DirectorProposalAnswerProps {
  assignmentId: string;
  version: number;
  /** After an answer (or a stale version): reload the direction. */
  onAnswered(text: string): Promise<unknown>;
}

/** The nominee's answer: accept, or decline with a reason. */
export function DirectorProposalAnswer({ assignmentId, version, onAnswered }: DirectorProposalAnswerProps) {
  const { t } = useTranslation();
  const { accept, loading: accepting } = useAcceptDirectorAssignmentMutation();
  const { decline, loading: declining } = useDeclineDirectorAssignmentMutation();
  const [declineOpen, setDeclineOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const reasonId = `decline-${assignmentId}-reason`;
  const busy = accepting || declining;

  const onAccept = async () => {
    setMessage(null);
    const outcome = await accept({ assignmentId, expectedVersion: version });
    if (outcome.ok) await onAnswered(t('direction.answer.accepted'));
    else setMessage(outcome.code === 'CONFLICT' ? t('direction.conflict') : (outcome.message ?? t('direction.failed')));
  };

  const onDecline = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    const problem = textProblem(reason, ANSWER_REASON);
    setProblems(
      problem ? [{ fieldId: reasonId, message: t(`direction.answer.reason_${problem}`, ANSWER_REASON) }] : [],
    );
    if (problem) return;
    const outcome = await decline({ assignmentId, expectedVersion: version, reason: reason.trim() });
    if (outcome.ok) await onAnswered(t('direction.answer.declined'));
    else setMessage(outcome.code === 'CONFLICT' ? t('direction.conflict') : (outcome.message ?? t('direction.failed')));
  };

  return (
    <div data-testid="proposal-answer">
      <ErrorSummary
        title={t('direction.answer.errorTitle')}
        items={problems}
        message={message}
        data-testid="proposal-answer-error"
      />
      {declineOpen ? (
        <form className="mda-form" noValidate onSubmit={(event) => void onDecline(event)}>
          <TextAreaField
            id={reasonId}
            inputRef={reasonRef}
            label={t('direction.answer.reason')}
            value={reason}
            onChange={setReason}
            error={problems[0]?.message ?? null}
            data-testid="decline-reason"
          />
          <FormButtons
            submitLabel={t('direction.answer.declineSubmit')}
            cancelLabel={t('case.cancel')}
            busy={busy}
            onCancel={() => setDeclineOpen(false)}
            submitTestId="decline-submit"
          />
        </form>
      ) : (
        <ButtonGroup>
          <Button
            type="button"
            appearance="primary-action-button"
            busy={accepting}
            disabled={busy}
            onClick={() => void onAccept()}
            data-testid="proposal-accept"
          >
            {t('direction.answer.accept')}
          </Button>
          <Button
            type="button"
            appearance="secondary-action-button"
            disabled={busy}
            onClick={() => {
              setDeclineOpen(true);
              // The reason field appears on the next render; focus it there.
              setTimeout(() => reasonRef.current?.focus(), 0);
            }}
            data-testid="proposal-decline"
          >
            {t('direction.answer.decline')}
          </Button>
        </ButtonGroup>
      )}
    </div>
  );
}
