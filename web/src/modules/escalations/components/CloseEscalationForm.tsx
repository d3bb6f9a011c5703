import { Heading3 } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MutationOutcome } from '../../../app/errors';
import { ErrorSummary, type ErrorSummaryItem, summaryItems } from '../../../ui/ErrorSummary';
import { FormButtons } from '../../../ui/FormButtons';
import { TextAreaField } from '../../../ui/TextAreaField';
import { textProblem } from '../../../ui/textRules';
import { CLOSING_TEXT } from '../deadline';

/** decide: the decision; withdraw and deEscalate: the reason. */
export type CloseAction = 'decide' | 'withdraw' | 'deEscalate';

export interface CloseEscalationFormProps {
  action: CloseAction;
  escalationId: string;
  busy: boolean;
  run(text: string): Promise<MutationOutcome<{ id: string }>>;
  onDone(done: boolean): void;
}

/** One text (decision or reason) and a confirm button, for deciding, withdrawing or de-escalating. */
export function CloseEscalationForm({ action, escalationId, busy, run, onDone }: CloseEscalationFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const fieldId = `escalation-${escalationId}-${action}`;

  useEffect(() => fieldRef.current?.focus(), []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    const problem = textProblem(text, CLOSING_TEXT);
    setProblems(problem ? [{ fieldId, message: t(`escalations.${action}.text_${problem}`, CLOSING_TEXT) }] : []);
    if (problem) return;
    const outcome = await run(text.trim());
    if (outcome.ok) return onDone(true);
    const atField = summaryItems(outcome.problems, { text: fieldId });
    setProblems(atField);
    if (atField.length === 0)
      setMessage(
        outcome.code === 'CONFLICT' ? t('escalations.conflict') : (outcome.message ?? t('escalations.failed')),
      );
  };

  return (
    <div
      className="mda-confirm"
      role="group"
      aria-labelledby={`${fieldId}-title`}
      data-testid={`escalation-${action}-form`}
    >
      <Heading3 id={`${fieldId}-title`}>{t(`escalations.${action}.title`)}</Heading3>
      <ErrorSummary
        title={t('escalations.errorTitle')}
        items={problems}
        message={message}
        data-testid="escalation-close-error"
      />
      <form className="mda-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextAreaField
          id={fieldId}
          inputRef={fieldRef}
          label={t(`escalations.${action}.text`)}
          description={t('escalations.noPersonalData')}
          value={text}
          onChange={setText}
          error={problems[0]?.message ?? null}
          rows={4}
          data-testid="escalation-close-text"
        />
        <FormButtons
          submitLabel={t(`escalations.${action}.submit`)}
          cancelLabel={t('case.cancel')}
          busy={busy}
          onCancel={() => onDone(false)}
          submitTestId="escalation-close-submit"
        />
      </form>
    </div>
  );
}
