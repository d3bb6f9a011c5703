import { type CoerciveMeasureKind, type DataCategory, type FragmentType, getFragmentData, graphql } from '@mda/graphql';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/i18n/labels';
import { FieldValue } from '../../../ui/FieldValue';
import { fieldState } from '../../../ui/fieldState';
import { formatLocalDate } from '../../../ui/formatDate';
import { useAddCoerciveMeasureMutation } from '../hooks/useAddCoerciveMeasureMutation';
import { usePlanElementForm } from '../hooks/usePlanElementForm';
import { useUpdateCoerciveMeasureMutation } from '../hooks/useUpdateCoerciveMeasureMutation';
import { listOf, MEASURE_KINDS, measureCategory, orNull } from '../planOptions';
import type { TeamOrganisation } from './ActionForm';
import { AddToggle } from './AddToggle';
import { ElementMeta } from './ElementMeta';
import { PlanElementFormShell } from './PlanElementFormShell';
import { ConcernsField, type PlanMember, problemFor, SelectField, TextAreaField, TextField } from './PlanFields';

export const MeasuresSection_measureFragment = graphql(`
  fragment MeasuresSection_measure on CoerciveMeasure {
    id
    version
    kind
    startsOn
    endsOn
    note
    category
    redactedFields
    responsibleOrganisation {
      id
      name
    }
    clock {
      daysLeft
      endingSoon
      expired
      extendableUntil
    }
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

export interface MeasuresSectionProps {
  caseId: string;
  measures: readonly FragmentType<typeof MeasuresSection_measureFragment>[];
  organisations: readonly TeamOrganisation[];
  members: readonly PlanMember[];
  categories: readonly DataCategory[];
  onSaved(): void;
}

const ADD_FIELDS = ['kind', 'responsibleOrganisationId', 'startsOn', 'endsOn', 'note', 'concerns'] as const;

function AddMeasureForm({
  caseId,
  kinds,
  organisations,
  members,
  onDone,
}: {
  caseId: string;
  kinds: readonly CoerciveMeasureKind[];
  organisations: readonly TeamOrganisation[];
  members: readonly PlanMember[];
  onDone(saved: boolean): void;
}) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const { run } = useAddCoerciveMeasureMutation();
  const form = usePlanElementForm({
    initial: { kind: kinds[0] ?? '', responsibleOrganisationId: '', startsOn: '', endsOn: '', note: '', concerns: '' },
    version: null,
    fields: ADD_FIELDS,
    textFields: ['note'],
    save: (values) =>
      run({
        caseId,
        kind: orNull(values['kind']) as CoerciveMeasureKind | null,
        responsibleOrganisationId: orNull(values['responsibleOrganisationId']),
        startsOn: orNull(values['startsOn']),
        endsOn: orNull(values['endsOn']),
        note: orNull(values['note']?.trim()),
        concerns: listOf(values['concerns']),
      }),
    onSaved: () => onDone(true),
  });
  const label = (field: string) => t(`plan.measure.${field as (typeof ADD_FIELDS)[number]}`);
  const field = (name: string) => ({
    id: `measure-new-${name}`,
    label: label(name),
    value: form.values[name] ?? '',
    onChange: (v: string) => form.set(name, v),
    error: problemFor(form.problems, name),
  });
  return (
    <PlanElementFormShell
      form={form}
      idPrefix="measure-new"
      title={t('plan.measure.add')}
      fields={ADD_FIELDS}
      label={label}
      staleSince={false}
      submitLabel={t('plan.form.save')}
      onCancel={() => onDone(false)}
    >
      <SelectField
        {...field('kind')}
        options={kinds.map((value) => ({ value, label: labels.coerciveMeasureKind(value) }))}
      />
      <SelectField
        {...field('responsibleOrganisationId')}
        emptyLabel={t('plan.form.choose')}
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
      />
      <TextField {...field('startsOn')} type="date" />
      <TextField {...field('endsOn')} type="date" />
      <Paragraph className="mda-hint">{t('plan.measure.restrainingOrderHint')}</Paragraph>
      <TextAreaField {...field('note')} />
      <ConcernsField
        idPrefix="measure-new"
        members={members}
        value={form.values['concerns'] ?? ''}
        onChange={(v) => form.set('concerns', v)}
        error={problemFor(form.problems, 'concerns')}
      />
    </PlanElementFormShell>
  );
}

function ExtendMeasureForm({
  measure,
  onDone,
}: {
  measure: { id: string; version: number; currentVersion: number; endsOn: string };
  onDone(saved: boolean): void;
}) {
  const { t } = useTranslation();
  const { run } = useUpdateCoerciveMeasureMutation();
  const form = usePlanElementForm({
    initial: { endsOn: measure.endsOn },
    version: measure.version,
    fields: ['endsOn'],
    textFields: [],
    save: (values, expectedVersion) =>
      run({ id: measure.id, expectedVersion: expectedVersion ?? measure.version, endsOn: orNull(values['endsOn']) }),
    onSaved: () => onDone(true),
  });
  const idPrefix = `measure-${measure.id}`;
  return (
    <PlanElementFormShell
      form={form}
      idPrefix={idPrefix}
      title={t('plan.measure.extend')}
      fields={['endsOn']}
      label={() => t('plan.measure.endsOn')}
      staleSince={measure.currentVersion !== form.baseVersion}
      submitLabel={t('plan.form.save')}
      onCancel={() => onDone(false)}
    >
      <TextField
        id={`${idPrefix}-endsOn`}
        type="date"
        label={t('plan.measure.endsOn')}
        value={form.values['endsOn'] ?? ''}
        onChange={(v) => form.set('endsOn', v)}
        error={problemFor(form.problems, 'endsOn')}
      />
    </PlanElementFormShell>
  );
}

/** Coercive measures with their clocks: a restraining order's days left and how far it can be extended. */
export function MeasuresSection({
  caseId,
  measures: refs,
  organisations,
  members,
  categories,
  onSaved,
}: MeasuresSectionProps) {
  const { t, i18n } = useTranslation();
  const labels = useEnumLabels();
  const measures = refs.map((ref) => getFragmentData(MeasuresSection_measureFragment, ref));
  const kinds = MEASURE_KINDS.filter((kind) => categories.includes(measureCategory(kind)));
  const [extending, setExtending] = useState<{ id: string; version: number } | null>(null);
  return (
    <section aria-labelledby="plan-measures-heading" className="mda-section" data-testid="plan-measures">
      <Heading2 id="plan-measures-heading">{t('plan.measure.title')}</Heading2>
      {measures.length === 0 ? <Paragraph>{t('plan.measure.none')}</Paragraph> : null}
      <ul>
        {measures.map((measure) => (
          <li key={measure.id} data-testid="plan-measure">
            <strong>{measure.kind ? labels.coerciveMeasureKind(measure.kind) : t('fields.notShared')}</strong>
            {measure.redactedFields.length === 0 ? (
              <>
                {' · '}
                {t('plan.measure.period', {
                  from: measure.startsOn ? formatLocalDate(measure.startsOn, i18n.language) : '–',
                  to: measure.endsOn ? formatLocalDate(measure.endsOn, i18n.language) : t('plan.measure.open'),
                })}
                {' · '}
                {t('plan.measure.responsible', {
                  organisation: measure.responsibleOrganisation?.name ?? t('plan.meta.unknown'),
                })}
                {measure.clock ? (
                  <span
                    className={measure.clock.endingSoon || measure.clock.expired ? 'mda-overdue-badge' : undefined}
                    data-testid="plan-measure-clock"
                  >
                    {' · '}
                    {measure.clock.expired
                      ? t('plan.measure.expired')
                      : measure.clock.daysLeft !== null && measure.clock.daysLeft !== undefined
                        ? t('plan.measure.daysLeft', { count: measure.clock.daysLeft })
                        : null}
                    {measure.clock.extendableUntil
                      ? ` · ${t('plan.measure.extendableUntil', { date: formatLocalDate(measure.clock.extendableUntil, i18n.language) })}`
                      : null}
                  </span>
                ) : null}
              </>
            ) : null}
            <Paragraph>
              <FieldValue state={fieldState('note', measure.note, measure.redactedFields)} />
            </Paragraph>
            <ElementMeta {...measure} testId="plan-measure-meta" />
            {extending?.id === measure.id ? (
              <ExtendMeasureForm
                measure={{
                  id: measure.id,
                  version: extending.version,
                  currentVersion: measure.version,
                  endsOn: measure.endsOn ?? '',
                }}
                onDone={(saved) => {
                  setExtending(null);
                  if (saved) onSaved();
                }}
              />
            ) : measure.kind &&
              categories.includes(measureCategory(measure.kind)) &&
              measure.redactedFields.length === 0 ? (
              <Button
                type="button"
                appearance="subtle-button"
                onClick={() => setExtending({ id: measure.id, version: measure.version })}
                data-testid="plan-measure-extend"
              >
                {t('plan.measure.extend')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      <AddToggle
        allowed={kinds.length > 0}
        label={t('plan.measure.add')}
        testId="plan-measure-add"
        form={(done) => (
          <AddMeasureForm caseId={caseId} kinds={kinds} organisations={organisations} members={members} onDone={done} />
        )}
        onSaved={onSaved}
      />
    </section>
  );
}
