import type { DataCategory } from '@mda/graphql';
import { Button, Heading4 } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../../../app/errors';
import { FeedbackRegions, type Feedback } from '../../../ui/FeedbackRegions';
import { problemFor, TextAreaField, TextField } from '../../plans/components/PlanFields';
import { CategoryField, categoryOptions } from './CategoryField';
import { useSaveItemFormMutation } from '../hooks/useSaveItemFormMutation';

export interface ItemFormProps {
  itemId: string;
  version: number;
  question: string;
  questionCategory: DataCategory;
  considerations: string;
  considerationsCategory: DataCategory;
  safetyScore: number | null;
  /** The categories this organisation may give these texts (meetingTextCategories). */
  categories: readonly DataCategory[];
  /**
   * The form's last outcome, held by the agenda item: the form is re-created for every new
   * version of the item (its own save included), and "opgeslagen" must outlive that.
   */
  feedback: Feedback;
  onFeedback(feedback: Feedback): void;
}

/** The MDO form of one item (preparation and record): the question, the considerations (afwegingen) and the safety score. */
export function ItemForm({
  itemId,
  version,
  question: initialQuestion,
  questionCategory: initialQuestionCategory,
  considerations: initialConsiderations,
  considerationsCategory: initialConsiderationsCategory,
  safetyScore: initialScore,
  categories,
  feedback,
  onFeedback: setFeedback,
}: ItemFormProps) {
  const { t } = useTranslation();
  const { save, loading } = useSaveItemFormMutation();
  const [question, setQuestion] = useState(initialQuestion);
  const [questionCategory, setQuestionCategory] = useState<DataCategory>(initialQuestionCategory);
  const [considerations, setConsiderations] = useState(initialConsiderations);
  const [considerationsCategory, setConsiderationsCategory] = useState<DataCategory>(initialConsiderationsCategory);
  const questionChanged = question !== initialQuestion || questionCategory !== initialQuestionCategory;
  const considerationsChanged =
    considerations !== initialConsiderations || considerationsCategory !== initialConsiderationsCategory;
  const [score, setScore] = useState(initialScore === null ? '' : String(initialScore));
  const [problems, setProblems] = useState<readonly FieldProblem[]>([]);
  const id = (field: string) => `item-${itemId}-${field}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (score.trim() !== '' && !/^\d{1,2}$/.test(score.trim())) {
      setProblems([{ field: 'safetyScore', message: t('meetings.scoreInvalid') }]);
      setFeedback({ kind: 'error', text: t('meetings.fixFields') });
      return;
    }
    const outcome = await save({
      itemId,
      expectedVersion: version,
      // Only what changed, each text with its category: a text withheld from this organisation is
      // never overwritten with an empty one, and a text keeps the category shown with it.
      ...(questionChanged ? { question, questionCategory } : {}),
      ...(considerationsChanged ? { considerations, considerationsCategory } : {}),
      safetyScore: score.trim() === '' ? null : Number(score),
    });
    if (outcome.ok) {
      setProblems([]);
      setFeedback({ kind: 'ok', text: t('meetings.formSaved') });
      return;
    }
    setProblems(outcome.problems ?? []);
    setFeedback({ kind: 'error', text: outcome.message ?? t('meetings.failed') });
  };
  return (
    <form
      onSubmit={(e) => void submit(e)}
      data-testid="item-form"
      className="mda-item-form"
      aria-labelledby={id('heading')}
      noValidate
    >
      <Heading4 id={id('heading')}>{t('meetings.formTitle')}</Heading4>
      <TextAreaField
        id={id('question')}
        label={t('meetings.question')}
        value={question}
        onChange={setQuestion}
        error={problemFor(problems, 'question')}
      />
      <CategoryField
        id={id('questionCategory')}
        label={t('meetings.questionCategory')}
        value={questionCategory}
        onChange={setQuestionCategory}
        options={categoryOptions(categories, initialQuestionCategory)}
        error={problemFor(problems, 'questionCategory')}
      />
      <TextAreaField
        id={id('considerations')}
        testId="item-form-considerations"
        label={t('meetings.considerations')}
        value={considerations}
        onChange={setConsiderations}
        error={problemFor(problems, 'considerations')}
      />
      <CategoryField
        id={id('considerationsCategory')}
        label={t('meetings.considerationsCategory')}
        value={considerationsCategory}
        onChange={setConsiderationsCategory}
        options={categoryOptions(categories, initialConsiderationsCategory)}
        error={problemFor(problems, 'considerationsCategory')}
      />
      <TextField
        id={id('safetyScore')}
        label={t('meetings.safetyScore')}
        value={score}
        onChange={setScore}
        error={problemFor(problems, 'safetyScore')}
      />
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
