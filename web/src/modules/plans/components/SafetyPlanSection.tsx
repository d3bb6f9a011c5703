import { type DataCategory, type FragmentType, getFragmentData, graphql, type SafetyItemKind } from '@mda/graphql';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/i18n/labels';
import { FieldValue } from '../../../ui/FieldValue';
import { fieldState } from '../../../ui/fieldState';
import type { FormValues } from '../conflict';
import { useAddSafetyPlanItemMutation } from '../hooks/useAddSafetyPlanItemMutation';
import { useUpdateSafetyPlanItemMutation } from '../hooks/useUpdateSafetyPlanItemMutation';
import { usePlanElementForm } from '../hooks/usePlanElementForm';
import { listOf, orNull, SAFETY_ITEM_CATEGORY, SAFETY_ITEM_KINDS } from '../planOptions';
import { AddToggle } from './AddToggle';
import { ElementMeta } from './ElementMeta';
import { PlanElementFormShell } from './PlanElementFormShell';
import { ConcernsField, type PlanMember, problemFor, SelectField, TextAreaField } from './PlanFields';
import { RemoveElementButton } from './RemoveElementButton';

export const SafetyPlanSection_itemFragment = graphql(`
  fragment SafetyPlanSection_item on SafetyPlanItem {
    id
    version
    kind
    text
    concerns
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

export interface SafetyPlanSectionProps {
  caseId: string;
  items: readonly FragmentType<typeof SafetyPlanSection_itemFragment>[];
  members: readonly PlanMember[];
  /** The categories this user may write plan elements in. */
  categories: readonly DataCategory[];
  /** Whether this user may change or remove an item of this category. */
  mayChange(category: DataCategory): boolean;
  onSaved(): void;
}

const FIELDS = ['kind', 'text', 'concerns'] as const;

function AddSafetyItemForm({
  caseId,
  kinds,
  members,
  onDone,
}: {
  caseId: string;
  kinds: readonly SafetyItemKind[];
  members: readonly PlanMember[];
  onDone(saved: boolean): void;
}) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const { run } = useAddSafetyPlanItemMutation();
  const form = usePlanElementForm({
    initial: { kind: kinds[0] ?? '', text: '', concerns: '' },
    version: null,
    fields: FIELDS,
    textFields: ['text'],
    save: (values) =>
      run({
        caseId,
        kind: orNull(values['kind']) as SafetyItemKind | null,
        text: values['text']?.trim() ?? '',
        concerns: listOf(values['concerns']),
      }),
    onSaved: () => onDone(true),
  });
  const label = (field: string) => t(`plan.safety.${field as (typeof FIELDS)[number]}`);
  const field = (name: string) => ({
    id: `safety-new-${name}`,
    label: label(name),
    value: form.values[name] ?? '',
    onChange: (v: string) => form.set(name, v),
    error: problemFor(form.problems, name),
  });
  return (
    <PlanElementFormShell
      form={form}
      idPrefix="safety-new"
      title={t('plan.safety.add')}
      fields={FIELDS}
      label={label}
      staleSince={false}
      submitLabel={t('plan.form.save')}
      onCancel={() => onDone(false)}
    >
      <SelectField
        {...field('kind')}
        options={kinds.map((value) => ({ value, label: labels.safetyItemKind(value) }))}
      />
      <TextAreaField {...field('text')} />
      <ConcernsField
        idPrefix="safety-new"
        members={members}
        value={form.values['concerns'] ?? ''}
        onChange={(v) => form.set('concerns', v)}
        error={problemFor(form.problems, 'concerns')}
      />
    </PlanElementFormShell>
  );
}

const EDIT_FIELDS = ['text', 'concerns'] as const;

interface EditedItem {
  id: string;
  /** The version at which editing began, and the one the plan shows now. */
  version: number;
  currentVersion: number;
  values: FormValues;
}

/** Changes the text or the members concerned of an item (its kind, and so its category, stays). */
function EditSafetyItemForm({
  item,
  members,
  onDone,
}: {
  item: EditedItem;
  members: readonly PlanMember[];
  onDone(saved: boolean): void;
}) {
  const { t } = useTranslation();
  const { run } = useUpdateSafetyPlanItemMutation();
  const idPrefix = `safety-${item.id}`;
  const form = usePlanElementForm({
    initial: item.values,
    version: item.version,
    fields: EDIT_FIELDS,
    textFields: ['text'],
    save: (values, expectedVersion) =>
      run({
        id: item.id,
        expectedVersion: expectedVersion ?? item.version,
        text: values['text']?.trim() ?? '',
        concerns: listOf(values['concerns']),
      }),
    onSaved: () => onDone(true),
  });
  const label = (field: string) => t(`plan.safety.${field as (typeof FIELDS)[number]}`);
  return (
    <PlanElementFormShell
      form={form}
      idPrefix={idPrefix}
      title={t('plan.safety.editTitle')}
      fields={EDIT_FIELDS}
      label={label}
      staleSince={item.currentVersion !== form.baseVersion}
      submitLabel={t('plan.form.save')}
      onCancel={() => onDone(false)}
    >
      <TextAreaField
        id={`${idPrefix}-text`}
        label={label('text')}
        value={form.values['text'] ?? ''}
        onChange={(v) => form.set('text', v)}
        error={problemFor(form.problems, 'text')}
      />
      <ConcernsField
        idPrefix={idPrefix}
        members={members}
        value={form.values['concerns'] ?? ''}
        onChange={(v) => form.set('concerns', v)}
        error={problemFor(form.problems, 'concerns')}
      />
    </PlanElementFormShell>
  );
}

/**
 * Veiligheidsplan: warning signals and agreements for every partner; who to call (contact
 * data) and the safe place (a secret location) only for those the rules allow.
 */
export function SafetyPlanSection({
  caseId,
  items: refs,
  members,
  categories,
  mayChange,
  onSaved,
}: SafetyPlanSectionProps) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const items = refs.map((ref) => getFragmentData(SafetyPlanSection_itemFragment, ref));
  const kinds = SAFETY_ITEM_KINDS.filter((kind) => categories.includes(SAFETY_ITEM_CATEGORY[kind]));
  // Which item is being edited, with the version at which editing began (live refetches never reset the form).
  const [editing, setEditing] = useState<{ id: string; version: number } | null>(null);
  return (
    <section aria-labelledby="plan-safety-heading" className="mda-section" data-testid="plan-safety">
      <Heading2 id="plan-safety-heading">{t('plan.safety.title')}</Heading2>
      {items.length === 0 ? <Paragraph>{t('plan.safety.none')}</Paragraph> : null}
      <ul>
        {items.map((item) => (
          <li key={item.id} data-testid="plan-safety-item" data-item-id={item.id}>
            <strong>{labels.safetyItemKind(item.kind)}</strong>:{' '}
            <FieldValue state={fieldState('text', item.text, item.redactedFields)} data-testid="plan-safety-text" />
            <ElementMeta {...item} testId="plan-safety-meta" />
            {editing?.id === item.id ? (
              <EditSafetyItemForm
                item={{
                  id: item.id,
                  version: editing.version,
                  currentVersion: item.version,
                  values: { text: item.text ?? '', concerns: (item.concerns ?? []).join(',') },
                }}
                members={members}
                onDone={(saved) => {
                  setEditing(null);
                  if (saved) onSaved();
                }}
              />
            ) : item.redactedFields.length === 0 && mayChange(item.category) ? (
              <ButtonGroup>
                <Button
                  type="button"
                  appearance="subtle-button"
                  onClick={() => setEditing({ id: item.id, version: item.version })}
                  data-testid="plan-safety-edit"
                >
                  {t('plan.safety.edit')}
                </Button>
                <RemoveElementButton
                  id={item.id}
                  version={item.version}
                  what={t('plan.remove.safety')}
                  testId="plan-safety-remove"
                  onRemoved={onSaved}
                />
              </ButtonGroup>
            ) : null}
          </li>
        ))}
      </ul>
      <AddToggle
        allowed={kinds.length > 0}
        label={t('plan.safety.add')}
        testId="plan-safety-add"
        form={(done) => <AddSafetyItemForm caseId={caseId} kinds={kinds} members={members} onDone={done} />}
        onSaved={onSaved}
      />
    </section>
  );
}
