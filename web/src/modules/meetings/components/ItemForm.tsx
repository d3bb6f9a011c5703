import type { DataCategory } from '@mda/graphql';
import { Button, Heading4 } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../../../app/errors';
import { FeedbackRegions, type Feedback } from '../../../ui/FeedbackRegions';
import { problemFor, TextAreaField, TextField } from '../../plans/components/PlanFields';
import { useSaveItemFormMutation } from '../hooks/useSaveItemFormMutation';
import { CategoryField, categoryOptions } from './CategoryField';

export interface ItemFormProps {
  itemId: string;
  /** The item as it is now (live: another attendee's save changes it while this form is open). */
  version: number;
  question: string;
  questionCategory: DataCategory;
  considerations: string;
  considerationsCategory: DataCategory;
  safetyScore: number | null;
  /**
   * The categories offered per text, given its writers and its category now
   * (meetingTextCategoryChoices: another organisation's text is only kept or narrowed).
   */
  choices(field: 'question' | 'considerations', current: DataCategory): CategoryChoices;
}

/** The categories offered for one text, and whether some were left out because it may only be narrowed. */
export interface CategoryChoices {
  options: DataCategory[];
  narrowOnly: boolean;
}

/**
 * What this user changed, and the item version they started from (sent as `expectedVersion`);
 * null after a conflict: the next save is against the version then shown.
 */
interface Edits {
  version: number | null;
  question?: string;
  questionCategory?: DataCategory;
  considerations?: string;
  considerationsCategory?: DataCategory;
  score?: string;
}

/**
 * The MDO form of one item (preparation and record): the question, the considerations (afwegingen)
 * and the safety score, each text with its data category. Fields the user has not touched follow
 * the item live; touched ones keep what the user typed. A save names the version the user began
 * from, so a change by someone else meanwhile answers CONFLICT, and the user's text stays.
 */
export function ItemForm({
  itemId,
  version,
  question: currentQuestion,
  questionCategory: currentQuestionCategory,
  considerations: currentConsiderations,
  considerationsCategory: currentConsiderationsCategory,
  safetyScore: currentScore,
  choices,
}: ItemFormProps) {
  const { t } = useTranslation();
  const { save, loading } = useSaveItemFormMutation();
  const [edits, setEdits] = useState<Edits | null>(null);
  const [problems, setProblems] = useState<readonly FieldProblem[]>([]);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const edit = (patch: Omit<Edits, 'version'>) => setEdits((e) => ({ version: e?.version ?? version, ...e, ...patch }));
  const question = edits?.question ?? currentQuestion;
  const questionCategory = edits?.questionCategory ?? currentQuestionCategory;
  const considerations = edits?.considerations ?? currentConsiderations;
  const considerationsCategory = edits?.considerationsCategory ?? currentConsiderationsCategory;
  const score = edits?.score ?? (currentScore === null ? '' : String(currentScore));
  const id = (field: string) => `item-${itemId}-${field}`;
  // The choice depends on the stored text's category (the rule speaks of the category it has now).
  const questionChoices = choices('question', currentQuestionCategory);
  const considerationsChoices = choices('considerations', currentConsiderationsCategory);
  const narrowHint = (c: CategoryChoices) => (c.narrowOnly ? t('meetings.categoryNarrowOnly') : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (score.trim() !== '' && !/^\d{1,2}$/.test(score.trim())) {
      setProblems([{ field: 'safetyScore', message: t('meetings.scoreInvalid') }]);
      setFeedback({ kind: 'error', text: t('meetings.fixFields') });
      return;
    }
    const touched = (...fields: (keyof Edits)[]) => fields.some((f) => edits?.[f] !== undefined);
    const outcome = await save({
      itemId,
      expectedVersion: edits?.version ?? version,
      // Only what this user changed, each text with the category shown beside it: a text withheld
      // from this organisation is never overwritten with an empty one.
      ...(touched('question', 'questionCategory') ? { question, questionCategory } : {}),
      ...(touched('considerations', 'considerationsCategory') ? { considerations, considerationsCategory } : {}),
      ...(touched('score') ? { safetyScore: score.trim() === '' ? null : Number(score) } : {}),
    });
    if (outcome.ok) {
      setEdits(null);
      setProblems([]);
      setFeedback({ kind: 'ok', text: t('meetings.formSaved') });
      return;
    }
    if (outcome.code === 'CONFLICT') {
      // Someone else saved meanwhile: the page shows their version; this user's text stays, and
      // saving again (after a look) is against the version now shown.
      setEdits((e) => (e ? { ...e, version: null } : e));
      setFeedback({ kind: 'error', text: t('meetings.formConflict') });
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
        onChange={(v) => edit({ question: v })}
        error={problemFor(problems, 'question')}
      />
      <CategoryField
        id={id('questionCategory')}
        label={t('meetings.questionCategory')}
        value={questionCategory}
        onChange={(v) => edit({ questionCategory: v })}
        options={categoryOptions(questionChoices.options, questionCategory)}
        hint={narrowHint(questionChoices)}
        error={problemFor(problems, 'questionCategory')}
      />
      <TextAreaField
        id={id('considerations')}
        testId="item-form-considerations"
        label={t('meetings.considerations')}
        value={considerations}
        onChange={(v) => edit({ considerations: v })}
        error={problemFor(problems, 'considerations')}
      />
      <CategoryField
        id={id('considerationsCategory')}
        label={t('meetings.considerationsCategory')}
        value={considerationsCategory}
        onChange={(v) => edit({ considerationsCategory: v })}
        options={categoryOptions(considerationsChoices.options, considerationsCategory)}
        hint={narrowHint(considerationsChoices)}
        error={problemFor(problems, 'considerationsCategory')}
      />
      <TextField
        id={id('safetyScore')}
        label={t('meetings.safetyScore')}
        value={score}
        onChange={(v) => edit({ score: v })}
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
