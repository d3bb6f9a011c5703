import type { DirectorKind } from '@mda/graphql';
import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/i18n/labels';
import { ErrorSummary, type ErrorSummaryItem, summaryItems } from '../../../ui/ErrorSummary';
import { FormButtons } from '../../../ui/FormButtons';
import { TextAreaField } from '../../../ui/TextAreaField';
import { textProblem } from '../../../ui/textRules';
import { ANSWER_REASON } from '../direction';
import { useEndDirectorAssignmentMutation } from '../hooks/useEndDirectorAssignmentMutation';

export interface EndDirectorAssignmentFormProps {
  assignment: { id: string; version: number; kind: DirectorKind; displayName: string };
  /** Ending it leaves the case without a case director: it goes back on the waiting list. */
  leavesNoCaseDirector: boolean;
  /** A proposal not yet accepted: it is withdrawn (the responsible director stays responsible). */
  proposal?: boolean;
  /** After the end (or a stale version): reload the direction and say what happened. */
  onEnded(text: string): Promise<unknown>;
  onCancel(): void;
}

/** Ends a running assignment without a successor, or withdraws a proposal: a required reason, then a confirmation. */
export function EndDirectorAssignmentForm({
  assignment,
  leavesNoCaseDirector,
  proposal = false,
  onEnded,
  onCancel,
}: EndDirectorAssignmentFormProps) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const { end, loading } = useEndDirectorAssignmentMutation();
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const groupRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const reasonId = `end-${assignment.id}-reason`;
  const names = { kind: labels.directorKind(assignment.kind), name: assignment.displayName };
  // The wording of what happens: ending a running direction, or withdrawing a proposal.
  const say = (key: 'title' | 'confirmQuestion' | 'confirm' | 'errorTitle') =>
    t(`direction.${proposal ? 'withdraw' : 'end'}.${key}`, names);

  useEffect(() => groupRef.current?.focus(), []);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    const problem = textProblem(reason, ANSWER_REASON);
    setProblems(problem ? [{ fieldId: reasonId, message: t(`direction.end.reason_${problem}`, ANSWER_REASON) }] : []);
    if (!problem) setConfirming(true);
  };

  const onConfirm = async () => {
    setMessage(null);
    const outcome = await end({
      assignmentId: assignment.id,
      expectedVersion: assignment.version,
      reason: reason.trim(),
    });
    if (outcome.ok) {
      await onEnded(
        proposal
          ? t('direction.withdraw.withdrawn', names)
          : leavesNoCaseDirector
            ? t('direction.end.endedWaiting', names)
            : t('direction.end.ended', names),
      );
      return;
    }
    setConfirming(false);
    if (outcome.code === 'CONFLICT') {
      await onEnded(t('direction.conflict'));
      return;
    }
    const atField = summaryItems(outcome.problems, { reason: reasonId });
    setProblems(atField);
    if (atField.length === 0) setMessage(outcome.message ?? t('direction.failed'));
  };

  return (
    <div
      ref={groupRef}
      tabIndex={-1}
      role="group"
      aria-labelledby={`${reasonId}-title`}
      className="mda-confirm"
      data-testid="end-assignment"
    >
      <Heading3 id={`${reasonId}-title`}>{say('title')}</Heading3>
      <ErrorSummary title={say('errorTitle')} items={problems} message={message} data-testid="end-assignment-error" />
      {confirming ? (
        <div ref={confirmRef} tabIndex={-1} data-testid="end-assignment-confirm">
          <Paragraph>
            <strong>{say('confirmQuestion')}</strong>
          </Paragraph>
          <Paragraph data-testid="end-assignment-consequence">
            {proposal
              ? t('direction.withdraw.consequence', names)
              : leavesNoCaseDirector
                ? t('direction.end.consequenceWaiting')
                : t('direction.end.consequence')}
          </Paragraph>
          <Paragraph>
            {t('direction.end.reason')}: {reason.trim()}
          </Paragraph>
          <ButtonGroup>
            <Button
              type="button"
              appearance="primary-action-button"
              busy={loading}
              disabled={loading}
              onClick={() => void onConfirm()}
              data-testid="end-assignment-confirm-submit"
            >
              {say('confirm')}
            </Button>
            <Button
              type="button"
              appearance="secondary-action-button"
              disabled={loading}
              onClick={() => setConfirming(false)}
            >
              {t('direction.end.back')}
            </Button>
          </ButtonGroup>
        </div>
      ) : (
        <form className="mda-form" noValidate onSubmit={onSubmit}>
          <TextAreaField
            id={reasonId}
            label={t('direction.end.reason')}
            description={t('direction.end.reasonHint')}
            value={reason}
            onChange={setReason}
            error={problems.find((p) => p.fieldId === reasonId)?.message ?? null}
            data-testid="end-assignment-reason"
          />
          <FormButtons
            submitLabel={t('direction.end.next')}
            cancelLabel={t('case.cancel')}
            busy={loading}
            onCancel={onCancel}
            submitTestId="end-assignment-submit"
          />
        </form>
      )}
    </div>
  );
}
