import { type FragmentType, getFragmentData, graphql, type OrganisationType } from '@mda/graphql';
import { Button, Checkbox, Fieldset, FieldsetLegend, FormLabel, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/i18n/labels';
import { FieldValue } from '../../../ui/FieldValue';
import { fieldState } from '../../../ui/fieldState';
import { formatDateTime } from '../../../ui/formatDate';
import { type Feedback, FeedbackRegions } from '../../../ui/FeedbackRegions';
import { useAddPlanNoteMutation } from '../hooks/useAddPlanNoteMutation';
import { ORGANISATION_TYPES } from '../../cases/entries';
import { problemFor, TextAreaField } from './PlanFields';

export const PlanNotes_noteFragment = graphql(`
  fragment PlanNotes_note on PlanNote {
    id
    elementId
    body
    audience
    category
    createdAt
    authorName
    authorOrganisation {
      id
      name
    }
    redactedFields
  }
`);

export interface PlanNotesProps {
  elementId: string;
  notes: readonly FragmentType<typeof PlanNotes_noteFragment>[];
  mayWrite: boolean;
  onAdded(): void;
}

/** Discussion on one element; a note with an audience is read only by those organisation types and yours. */
export function PlanNotes({ elementId, notes: noteRefs, mayWrite, onAdded }: PlanNotesProps) {
  const { t, i18n } = useTranslation();
  const labels = useEnumLabels();
  const notes = noteRefs
    .map((ref) => getFragmentData(PlanNotes_noteFragment, ref))
    .filter((note) => note.elementId === elementId);
  const { run, loading } = useAddPlanNoteMutation();
  const [body, setBody] = useState('');
  const [audience, setAudience] = useState<OrganisationType[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const id = `note-${elementId}`;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const outcome = await run({ elementId, body: body.trim(), audience: audience.length > 0 ? audience : null });
    if (outcome.ok) {
      setBody('');
      setAudience([]);
      setError(undefined);
      setFeedback({ kind: 'ok', text: t('plan.notes.added') });
      onAdded();
    } else {
      setError(problemFor(outcome.problems, 'body') ?? outcome.message ?? t('plan.form.failed'));
      setFeedback(null);
    }
  };

  return (
    <details className="mda-plan-notes" data-testid={`${id}s`}>
      <summary>{t('plan.notes.title', { count: notes.length })}</summary>
      <ul>
        {notes.map((note) => (
          <li key={note.id} data-testid="plan-note">
            <FieldValue state={fieldState('body', note.body, note.redactedFields)} />{' '}
            <span className="mda-plan-meta">
              {[note.authorName, note.authorOrganisation?.name, formatDateTime(note.createdAt, i18n.language)]
                .filter(Boolean)
                .join(', ')}
              {note.audience.length > 0
                ? ` · ${t('plan.notes.for', { audience: note.audience.map((a) => labels.organisationType(a)).join(', ') })}`
                : ` · ${t('plan.notes.team')}`}
            </span>
          </li>
        ))}
      </ul>
      {mayWrite ? (
        <form
          className="mda-form"
          noValidate
          aria-label={t('plan.notes.add')}
          onSubmit={(event) => void onSubmit(event)}
        >
          <TextAreaField id={`${id}-body`} label={t('plan.notes.body')} value={body} onChange={setBody} error={error} />
          <Fieldset>
            <FieldsetLegend>{t('plan.notes.audience')}</FieldsetLegend>
            <Paragraph className="mda-hint">{t('plan.notes.audienceHint')}</Paragraph>
            {ORGANISATION_TYPES.map((type) => (
              <div key={type} className="mda-form__checkbox">
                <Checkbox
                  id={`${id}-audience-${type}`}
                  checked={audience.includes(type)}
                  onChange={(event) =>
                    setAudience(event.target.checked ? [...audience, type] : audience.filter((a) => a !== type))
                  }
                />
                <FormLabel htmlFor={`${id}-audience-${type}`} type="checkbox">
                  {labels.organisationType(type)}
                </FormLabel>
              </div>
            ))}
          </Fieldset>
          <Button
            type="submit"
            appearance="secondary-action-button"
            busy={loading}
            disabled={loading}
            data-testid={`${id}-submit`}
          >
            {t('plan.notes.add')}
          </Button>
          <FeedbackRegions feedback={feedback} testId={id} />
        </form>
      ) : null}
    </details>
  );
}
