import type { DataCategory, MeetingContributionKind } from '@mda/graphql';
import { Button, Heading4 } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../../../app/errors';
import { FeedbackRegions, type Feedback } from '../../../ui/FeedbackRegions';
import { problemFor, SelectField, TextAreaField } from '../../plans/components/PlanFields';
import { useAddItemContributionMutation } from '../hooks/useAddItemContributionMutation';
import { CategoryField, categoryOptions } from './CategoryField';

const KINDS: readonly MeetingContributionKind[] = ['PICTURE', 'DISSENT'];

/** The own organisation's picture (beeld) of the household, or a dissent with its reason, on one item. */
export function ContributionForm({ itemId, categories }: { itemId: string; categories: readonly DataCategory[] }) {
  const { t } = useTranslation();
  const { contribute, loading } = useAddItemContributionMutation();
  const [kind, setKind] = useState<string>('PICTURE');
  const [body, setBody] = useState('');
  // The chosen category stays chosen even when it is no longer allowed (a purpose cleared): the API
  // then refuses it at the field. Falling back would widen who reads the text without a word.
  const [category, setCategory] = useState<DataCategory>('PLAN');
  const [problems, setProblems] = useState<readonly FieldProblem[]>([]);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const id = (field: string) => `contribution-${itemId}-${field}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await contribute({ itemId, kind: kind as MeetingContributionKind, body, category });
    if (outcome.ok) {
      setProblems([]);
      setBody('');
      setFeedback({ kind: 'ok', text: t('meetings.contributionSaved') });
      return;
    }
    setProblems(outcome.problems ?? []);
    setFeedback({ kind: 'error', text: outcome.message ?? t('meetings.failed') });
  };
  return (
    <form
      onSubmit={(e) => void submit(e)}
      data-testid="contribution-form"
      className="mda-item-form"
      aria-labelledby={id('heading')}
      noValidate
    >
      <Heading4 id={id('heading')}>{t('meetings.contributionTitle')}</Heading4>
      <SelectField
        id={id('kind')}
        testId="contribution-kind"
        label={t('meetings.contributionKind')}
        value={kind}
        onChange={setKind}
        error={problemFor(problems, 'kind')}
        options={KINDS.map((k) => ({ value: k, label: t(`enums.MeetingContributionKind.${k}`) }))}
      />
      <TextAreaField
        id={id('body')}
        testId="contribution-body"
        label={kind === 'DISSENT' ? t('meetings.dissentReason') : t('meetings.pictureText')}
        value={body}
        onChange={setBody}
        error={problemFor(problems, 'body')}
      />
      <CategoryField
        id={id('category')}
        label={t('meetings.contributionCategory')}
        value={category}
        onChange={setCategory}
        options={categoryOptions(categories, category)}
        error={problemFor(problems, 'category')}
      />
      <Button
        type="submit"
        appearance="secondary-action-button"
        busy={loading}
        disabled={loading}
        data-testid="contribution-save"
      >
        {t('meetings.contributionSave')}
      </Button>
      <FeedbackRegions feedback={feedback} testId="contribution" />
    </form>
  );
}
