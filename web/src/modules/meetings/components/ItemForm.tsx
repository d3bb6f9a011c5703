import { Button, FormField, FormLabel, Textbox } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FeedbackRegions, type Feedback } from '../../../ui/FeedbackRegions';
import { TextAreaField } from '../../../ui/TextAreaField';
import { useSaveItemFormMutation } from '../hooks/useSaveItemFormMutation';

export interface ItemFormProps {
  itemId: string;
  version: number;
  question: string;
  safetyScore: number | null;
}

/** The MDO form of one item (preparation and record): the question for the meeting and the safety score. */
export function ItemForm({ itemId, version, question: initialQuestion, safetyScore: initialScore }: ItemFormProps) {
  const { t } = useTranslation();
  const { save, loading } = useSaveItemFormMutation();
  const [question, setQuestion] = useState(initialQuestion);
  const [score, setScore] = useState(initialScore === null ? '' : String(initialScore));
  const [feedback, setFeedback] = useState<Feedback>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await save({
      itemId,
      expectedVersion: version,
      question,
      safetyScore: score.trim() === '' ? null : Number(score),
    });
    setFeedback(
      outcome.ok
        ? { kind: 'ok', text: t('meetings.formSaved') }
        : {
            kind: 'error',
            text:
              outcome.problems?.map((p) => `${p.field}: ${p.message}`).join('; ') ||
              outcome.message ||
              t('meetings.failed'),
          },
    );
  };
  return (
    <form onSubmit={(e) => void submit(e)} data-testid="item-form" className="mda-item-form">
      <TextAreaField id={`q-${itemId}`} label={t('meetings.question')} value={question} onChange={setQuestion} />
      <FormField>
        <FormLabel htmlFor={`s-${itemId}`}>{t('meetings.safetyScore')}</FormLabel>
        <Textbox id={`s-${itemId}`} inputMode="numeric" value={score} onChange={(e) => setScore(e.target.value)} />
      </FormField>
      <Button
        type="submit"
        appearance="secondary-action-button"
        busy={loading}
        disabled={loading}
        data-testid="item-form-save"
      >
        {t('meetings.saveForm')}
      </Button>
      <FeedbackRegions feedback={feedback} testId="item-form" />
    </form>
  );
}
