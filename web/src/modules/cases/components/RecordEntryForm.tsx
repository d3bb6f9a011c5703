import { type DataCategory, type FragmentType, getFragmentData, graphql, type OrganisationType } from '@mda/graphql';
import {
  Button,
  Checkbox,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/i18n/labels';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LiveRegion } from '../../../ui/LiveRegion';
import { useAppAbility } from '../../auth/hooks/useAppAbility';
import { recordableCategories } from '../../auth/permissions';
import { useCurrentPurpose } from '../../privacy/hooks/useCurrentPurpose';
import {
  ENTRY_CATEGORIES,
  entryProblems,
  type EntryProblems,
  ORGANISATION_TYPES,
  PURPOSE_BOUND_CATEGORIES,
} from '../entries';
import { useRecordCaseEntryMutation } from '../hooks/useRecordCaseEntryMutation';
import { personName } from '../personName';

export const RecordEntryForm_caseFragment = graphql(`
  fragment RecordEntryForm_case on Case {
    id
    household {
      id
      members {
        id
        roles
        person {
          id
          firstName
          lastName
          redactedFields
        }
      }
    }
  }
`);

export interface RecordEntryFormProps {
  case: FragmentType<typeof RecordEntryForm_caseFragment>;
  /** Reload the case so the new entry shows, as the API discloses it to this viewer. */
  onRecorded(): Promise<unknown>;
}

function isEntryCategory(value: string): value is DataCategory {
  return (ENTRY_CATEGORIES as readonly string[]).includes(value);
}

type Feedback = { kind: 'ok' } | { kind: 'error'; text: string } | null;

/**
 * Share an item of information with the case team, in a data category. Only the
 * categories the session's rules let this organisation record on this case are offered
 * (health and criminal data need a purpose); without any, the form is not shown.
 */
export function RecordEntryForm({ case: caseRef, onRecorded }: RecordEntryFormProps) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const data = getFragmentData(RecordEntryForm_caseFragment, caseRef);
  const ability = useAppAbility();
  const { purpose } = useCurrentPurpose();
  const allowed = recordableCategories(ability, data.id, ENTRY_CATEGORIES);
  const { record, loading } = useRecordCaseEntryMutation();
  const [chosen, setCategory] = useState<DataCategory>('PLAN');
  // A category taken away (a purpose cleared) falls back to the first one still allowed.
  const category: DataCategory = allowed.includes(chosen) ? chosen : (allowed[0] ?? chosen);
  const purposeWouldHelp = purpose === null && PURPOSE_BOUND_CATEGORIES.some((c) => !allowed.includes(c));
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [occurredOn, setOccurredOn] = useState('');
  const [concerns, setConcerns] = useState<string[]>([]);
  const [audience, setAudience] = useState<OrganisationType[]>([]);
  const [problems, setProblems] = useState<EntryProblems>({});
  const [feedback, setFeedback] = useState<Feedback>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const concernsRef = useRef<HTMLFieldSetElement>(null);
  const audienceRef = useRef<HTMLFieldSetElement>(null);
  const isNote = category === 'RESTRICTED_NOTE';

  const toggle = <T,>(list: readonly T[], value: T, on: boolean): T[] =>
    on ? [...list, value] : list.filter((item) => item !== value);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFeedback(null);
    const found = entryProblems({ category, title, body, concerns, audience });
    setProblems(found);
    if (found.title) return titleRef.current?.focus();
    if (found.body) return bodyRef.current?.focus();
    if (found.concerns) return concernsRef.current?.querySelector('input')?.focus();
    if (found.audience) return audienceRef.current?.querySelector('input')?.focus();
    const outcome = await record({
      caseId: data.id,
      category,
      title: title.trim(),
      body: body.trim(),
      occurredOn: occurredOn || null,
      concerns,
      audience: isNote ? audience : null,
    });
    if (outcome.ok) {
      setTitle('');
      setBody('');
      setOccurredOn('');
      setConcerns([]);
      setAudience([]);
      setFeedback({ kind: 'ok' });
      await onRecorded();
    } else {
      // BAD_USER_INPUT and FORBIDDEN carry a message the API wrote for professionals,
      // e.g. that health data needs a declared purpose.
      setFeedback({ kind: 'error', text: outcome.message ?? t('record.failed') });
    }
  };

  if (allowed.length === 0) return null;

  return (
    <section aria-labelledby="record-entry-heading" className="mda-section" data-testid="record-entry">
      <Heading2 id="record-entry-heading">{t('record.title')}</Heading2>
      <Paragraph>{t('record.intro')}</Paragraph>
      {purposeWouldHelp ? <Paragraph data-testid="record-purpose-hint">{t('record.purposeHint')}</Paragraph> : null}

      <LiveRegion politeness="assertive">
        {feedback?.kind === 'error' ? (
          <ErrorAlert title={t('record.errorTitle')} data-testid="record-error">
            <Paragraph>{feedback.text}</Paragraph>
          </ErrorAlert>
        ) : null}
      </LiveRegion>
      <LiveRegion politeness="polite">
        {feedback?.kind === 'ok' ? (
          <Paragraph className="mda-ok-text" data-testid="record-ok">
            {t('record.recorded')}
          </Paragraph>
        ) : null}
      </LiveRegion>

      <form
        className="mda-form"
        onSubmit={(event) => void onSubmit(event)}
        noValidate
        aria-labelledby="record-entry-heading"
      >
        <div className="mda-form__field">
          <FormLabel htmlFor="record-category">{t('record.category')}</FormLabel>
          <Select
            id="record-category"
            name="category"
            value={category}
            onChange={(event) => {
              if (isEntryCategory(event.target.value)) setCategory(event.target.value);
            }}
            data-testid="record-category"
          >
            {allowed.map((value) => (
              <SelectOption key={value} value={value}>
                {labels.dataCategory(value)}
              </SelectOption>
            ))}
          </Select>
        </div>

        <div className="mda-form__field">
          <FormLabel htmlFor="record-title">{t('record.entryTitle')}</FormLabel>
          <Textbox
            ref={titleRef}
            id="record-title"
            name="title"
            required
            invalid={Boolean(problems.title)}
            aria-invalid={Boolean(problems.title)}
            aria-describedby={problems.title ? 'record-title-error' : undefined}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            data-testid="record-title"
          />
          {problems.title ? (
            <Paragraph id="record-title-error" className="mda-error-text">
              {t('record.titleRequired')}
            </Paragraph>
          ) : null}
        </div>

        <div className="mda-form__field">
          <FormLabel htmlFor="record-body">{t('record.body')}</FormLabel>
          <Textarea
            ref={bodyRef}
            id="record-body"
            name="body"
            rows={4}
            required
            invalid={Boolean(problems.body)}
            aria-invalid={Boolean(problems.body)}
            aria-describedby={problems.body ? 'record-body-error' : undefined}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            data-testid="record-body"
          />
          {problems.body ? (
            <Paragraph id="record-body-error" className="mda-error-text">
              {t('record.bodyRequired')}
            </Paragraph>
          ) : null}
        </div>

        <div className="mda-form__field">
          <FormLabel htmlFor="record-occurred-on">{t('record.occurredOn')}</FormLabel>
          <Textbox
            id="record-occurred-on"
            name="occurredOn"
            type="date"
            value={occurredOn}
            onChange={(event) => setOccurredOn(event.target.value)}
            data-testid="record-occurred-on"
          />
        </div>

        {data.household.members.length > 0 ? (
          <fieldset
            ref={concernsRef}
            className="mda-fieldset"
            aria-describedby={problems.concerns ? 'record-concerns-error' : undefined}
          >
            <legend>{t('record.concerns')}</legend>
            <ul className="mda-checkbox-list">
              {data.household.members.map(({ id, roles, person }) => {
                const name = personName(person);
                const inputId = `record-concerns-${person.id}`;
                return (
                  <li key={id}>
                    <Checkbox
                      id={inputId}
                      name="concerns"
                      value={person.id}
                      invalid={Boolean(problems.concerns)}
                      checked={concerns.includes(person.id)}
                      onChange={(event) => setConcerns(toggle(concerns, person.id, event.target.checked))}
                      data-testid="record-concerns"
                    />
                    <FormLabel htmlFor={inputId} type="checkbox">
                      {name.kind === 'shared' ? name.value : t('entries.unnamedPerson')} (
                      {roles.map(labels.memberRole).join(', ')})
                    </FormLabel>
                  </li>
                );
              })}
            </ul>
            {problems.concerns ? (
              <Paragraph id="record-concerns-error" className="mda-error-text">
                {t('record.concernsRequired')}
              </Paragraph>
            ) : null}
          </fieldset>
        ) : null}

        {isNote ? (
          <fieldset
            ref={audienceRef}
            className="mda-fieldset"
            aria-describedby={problems.audience ? 'record-audience-hint record-audience-error' : 'record-audience-hint'}
            data-testid="record-audience"
          >
            <legend>{t('record.audience')}</legend>
            <FormFieldDescription id="record-audience-hint" className="mda-form__hint">
              {t('record.audienceHint')}
            </FormFieldDescription>
            <ul className="mda-checkbox-list">
              {ORGANISATION_TYPES.map((type) => {
                const inputId = `record-audience-${type}`;
                return (
                  <li key={type}>
                    <Checkbox
                      id={inputId}
                      name="audience"
                      value={type}
                      invalid={Boolean(problems.audience)}
                      checked={audience.includes(type)}
                      onChange={(event) => setAudience(toggle(audience, type, event.target.checked))}
                    />
                    <FormLabel htmlFor={inputId} type="checkbox">
                      {labels.organisationType(type)}
                    </FormLabel>
                  </li>
                );
              })}
            </ul>
            {problems.audience ? (
              <Paragraph id="record-audience-error" className="mda-error-text">
                {t('record.audienceRequired')}
              </Paragraph>
            ) : null}
          </fieldset>
        ) : null}

        <Button
          type="submit"
          appearance="primary-action-button"
          busy={loading}
          disabled={loading}
          data-testid="record-submit"
        >
          {loading ? t('record.submitting') : t('record.submit')}
        </Button>
      </form>
    </section>
  );
}
