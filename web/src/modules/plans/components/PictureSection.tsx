import { type DataCategory, type FragmentType, getFragmentData, graphql, type LifeDomain } from '@mda/graphql';
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/i18n/labels';
import { FieldValue } from '../../../ui/FieldValue';
import { fieldState } from '../../../ui/fieldState';
import type { FormValues } from '../conflict';
import { useAddPictureEntryMutation } from '../hooks/useAddPictureEntryMutation';
import { useUpdatePictureEntryMutation } from '../hooks/useUpdatePictureEntryMutation';
import { usePlanElementForm } from '../hooks/usePlanElementForm';
import { LIFE_DOMAINS, orNull } from '../planOptions';
import { AddToggle } from './AddToggle';
import { ElementMeta } from './ElementMeta';
import { PlanElementFormShell } from './PlanElementFormShell';
import { problemFor, SelectField, TextAreaField } from './PlanFields';
import { PlanNotes, type PlanNotes_noteFragment } from './PlanNotes';
import { RemoveElementButton } from './RemoveElementButton';

export const PictureSection_entryFragment = graphql(`
  fragment PictureSection_entry on PlanPictureEntry {
    id
    version
    lifeDomain
    text
    category
    redactedFields
    authorOrganisation {
      id
      name
    }
    lastChangedAt
    lastChangedBy {
      name
    }
  }
`);

export interface PictureSectionProps {
  caseId: string;
  entries: readonly FragmentType<typeof PictureSection_entryFragment>[];
  notes: readonly FragmentType<typeof PlanNotes_noteFragment>[];
  /** The categories this user may write a picture entry in (empty: no form). */
  categories: readonly DataCategory[];
  /** Whether this user may change or remove an entry (its author organisation, in a writable category). */
  mayChange(entry: { category: DataCategory; authorOrganisationId: string }): boolean;
  onSaved(): void;
}

const FIELDS = ['lifeDomain', 'category', 'text'] as const;
const EDIT_FIELDS = ['lifeDomain', 'text'] as const;

function AddPictureEntryForm({
  caseId,
  categories,
  onDone,
}: {
  caseId: string;
  categories: readonly DataCategory[];
  onDone(saved: boolean): void;
}) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const { run } = useAddPictureEntryMutation();
  const form = usePlanElementForm({
    initial: { lifeDomain: '', category: categories[0] ?? 'PLAN', text: '' },
    version: null,
    fields: FIELDS,
    textFields: ['text'],
    save: (values) =>
      run({
        caseId,
        lifeDomain: orNull(values['lifeDomain']) as LifeDomain | null,
        category: orNull(values['category']) as DataCategory | null,
        text: values['text']?.trim() ?? '',
      }),
    onSaved: () => onDone(true),
  });
  const label = (field: string) => t(`plan.picture.${field as (typeof FIELDS)[number]}`);
  const field = (name: string) => ({
    id: `picture-new-${name}`,
    label: label(name),
    value: form.values[name] ?? '',
    onChange: (v: string) => form.set(name, v),
    error: problemFor(form.problems, name),
  });
  return (
    <PlanElementFormShell
      form={form}
      idPrefix="picture-new"
      title={t('plan.picture.add')}
      fields={FIELDS}
      label={label}
      staleSince={false}
      submitLabel={t('plan.form.save')}
      onCancel={() => onDone(false)}
    >
      <SelectField
        {...field('lifeDomain')}
        emptyLabel={t('plan.form.choose')}
        options={LIFE_DOMAINS.map((value) => ({ value, label: labels.lifeDomain(value) }))}
      />
      <SelectField
        {...field('category')}
        options={categories.map((value) => ({ value, label: labels.dataCategory(value) }))}
      />
      <TextAreaField {...field('text')} />
    </PlanElementFormShell>
  );
}

interface EditedEntry {
  id: string;
  /** The version at which editing began, and the one the plan shows now. */
  version: number;
  currentVersion: number;
  values: FormValues;
}

/** Changes the life domain or text of an entry (the category it was shared in stays). */
function EditPictureEntryForm({ entry, onDone }: { entry: EditedEntry; onDone(saved: boolean): void }) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const { run } = useUpdatePictureEntryMutation();
  const idPrefix = `picture-${entry.id}`;
  const form = usePlanElementForm({
    initial: entry.values,
    version: entry.version,
    fields: EDIT_FIELDS,
    textFields: ['text'],
    save: (values, expectedVersion) =>
      run({
        id: entry.id,
        expectedVersion: expectedVersion ?? entry.version,
        lifeDomain: orNull(values['lifeDomain']) as LifeDomain | null,
        text: values['text']?.trim() ?? '',
      }),
    onSaved: () => onDone(true),
  });
  const label = (field: string) => t(`plan.picture.${field as (typeof FIELDS)[number]}`);
  const field = (name: string) => ({
    id: `${idPrefix}-${name}`,
    label: label(name),
    value: form.values[name] ?? '',
    onChange: (v: string) => form.set(name, v),
    error: problemFor(form.problems, name),
  });
  return (
    <PlanElementFormShell
      form={form}
      idPrefix={idPrefix}
      title={t('plan.picture.editTitle')}
      fields={EDIT_FIELDS}
      label={label}
      staleSince={entry.currentVersion !== form.baseVersion}
      submitLabel={t('plan.form.save')}
      onCancel={() => onDone(false)}
    >
      <SelectField
        {...field('lifeDomain')}
        options={LIFE_DOMAINS.map((value) => ({ value, label: labels.lifeDomain(value) }))}
      />
      <TextAreaField {...field('text')} />
    </PlanElementFormShell>
  );
}

/** Beeldvorming: the shared picture per life domain, each entry shared in the category its author chose. */
export function PictureSection({ caseId, entries: refs, notes, categories, mayChange, onSaved }: PictureSectionProps) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const entries = refs.map((ref) => getFragmentData(PictureSection_entryFragment, ref));
  const domains = LIFE_DOMAINS.filter((domain) => entries.some((entry) => entry.lifeDomain === domain));
  // Which entry is being edited, with the version at which editing began (live refetches never reset the form).
  const [editing, setEditing] = useState<{ id: string; version: number } | null>(null);
  return (
    <section aria-labelledby="plan-picture-heading" className="mda-section" data-testid="plan-picture">
      <Heading2 id="plan-picture-heading">{t('plan.picture.title')}</Heading2>
      {entries.length === 0 ? <Paragraph>{t('plan.picture.none')}</Paragraph> : null}
      {domains.map((domain) => (
        <div key={domain}>
          <Heading3>{labels.lifeDomain(domain)}</Heading3>
          <ul>
            {entries
              .filter((entry) => entry.lifeDomain === domain)
              .map((entry) => (
                <li key={entry.id} data-testid="plan-picture-entry" data-entry-id={entry.id}>
                  <FieldValue
                    state={fieldState('text', entry.text, entry.redactedFields)}
                    data-testid="plan-picture-text"
                  />
                  <ElementMeta {...entry} testId="plan-picture-meta" />
                  {editing?.id === entry.id ? (
                    <EditPictureEntryForm
                      entry={{
                        id: entry.id,
                        version: editing.version,
                        currentVersion: entry.version,
                        values: { lifeDomain: entry.lifeDomain, text: entry.text ?? '' },
                      }}
                      onDone={(saved) => {
                        setEditing(null);
                        if (saved) onSaved();
                      }}
                    />
                  ) : entry.redactedFields.length === 0 &&
                    mayChange({
                      category: entry.category,
                      authorOrganisationId: entry.authorOrganisation?.id ?? '',
                    }) ? (
                    <ButtonGroup>
                      <Button
                        type="button"
                        appearance="subtle-button"
                        onClick={() => setEditing({ id: entry.id, version: entry.version })}
                        data-testid="plan-picture-edit"
                      >
                        {t('plan.picture.edit')}
                      </Button>
                      <RemoveElementButton
                        id={entry.id}
                        version={entry.version}
                        what={t('plan.remove.picture')}
                        testId="plan-picture-remove"
                        onRemoved={onSaved}
                      />
                    </ButtonGroup>
                  ) : null}
                  <PlanNotes elementId={entry.id} notes={notes} mayWrite={categories.length > 0} onAdded={onSaved} />
                </li>
              ))}
          </ul>
        </div>
      ))}
      <AddToggle
        allowed={categories.length > 0}
        label={t('plan.picture.add')}
        testId="plan-picture-add"
        form={(done) => <AddPictureEntryForm caseId={caseId} categories={categories} onDone={done} />}
        onSaved={onSaved}
      />
    </section>
  );
}
