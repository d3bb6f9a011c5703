import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type ErrorSummaryItem, summaryItems } from '../../../ui/ErrorSummary';
import { FormButtons } from '../../../ui/FormButtons';
import { TextAreaField } from '../../../ui/TextAreaField';
import { textProblem } from '../../../ui/textRules';
import { DECISION_ASKED, RAISE_REASON } from '../deadline';
import { useRaiseEscalationMutation } from '../hooks/useRaiseEscalationMutation';

export interface RaiseEscalationFormProps {
  caseId: string;
  onDone(escalationId: string | null): void;
}

/** Escalate a question on the case: why, and which decision is asked. */
export function RaiseEscalationForm({ caseId, onDone }: RaiseEscalationFormProps) {
  const { t } = useTranslation();
  const { raise, loading } = useRaiseEscalationMutation();
  const [reason, setReason] = useState('');
  const [decisionAsked, setDecisionAsked] = useState('');
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const ids = { reason: `raise-${caseId}-reason`, decisionAsked: `raise-${caseId}-decision` };

  useEffect(() => reasonRef.current?.focus(), []);

  const problemAt = (fieldId: string) => problems.find((p) => p.fieldId === fieldId)?.message ?? null;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    const found: ErrorSummaryItem[] = [];
    const reasonProblem = textProblem(reason, RAISE_REASON);
    if (reasonProblem)
      found.push({ fieldId: ids.reason, message: t(`escalations.raise.reason_${reasonProblem}`, RAISE_REASON) });
    const askedProblem = textProblem(decisionAsked, DECISION_ASKED);
    if (askedProblem)
      found.push({
        fieldId: ids.decisionAsked,
        message: t(`escalations.raise.decisionAsked_${askedProblem}`, DECISION_ASKED),
      });
    setProblems(found);
    if (found.length > 0) return;
    const outcome = await raise({ caseId, reason: reason.trim(), decisionAsked: decisionAsked.trim() });
    if (outcome.ok) return onDone(outcome.data.id);
    const atFields = summaryItems(outcome.problems, { reason: ids.reason, decisionAsked: ids.decisionAsked });
    setProblems(atFields);
    if (atFields.length === 0) setMessage(outcome.message ?? t('escalations.failed'));
  };

  return (
    <div className="mda-confirm" role="group" aria-labelledby={`${ids.reason}-title`} data-testid="raise-escalation">
      <Heading3 id={`${ids.reason}-title`}>{t('escalations.raise.title')}</Heading3>
      <Paragraph>{t('escalations.raise.intro')}</Paragraph>
      <ErrorSummary title={t('escalations.errorTitle')} items={problems} message={message} data-testid="raise-error" />
      <form className="mda-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextAreaField
          id={ids.reason}
          inputRef={reasonRef}
          label={t('escalations.reason')}
          description={t('escalations.noPersonalData')}
          value={reason}
          onChange={setReason}
          error={problemAt(ids.reason)}
          rows={4}
          data-testid="raise-reason"
        />
        <TextAreaField
          id={ids.decisionAsked}
          label={t('escalations.decisionAsked')}
          value={decisionAsked}
          onChange={setDecisionAsked}
          error={problemAt(ids.decisionAsked)}
          data-testid="raise-decision-asked"
        />
        <FormButtons
          submitLabel={t('escalations.raise.submit')}
          cancelLabel={t('case.cancel')}
          busy={loading}
          onCancel={() => onDone(null)}
          submitTestId="raise-submit"
        />
      </form>
    </div>
  );
}
