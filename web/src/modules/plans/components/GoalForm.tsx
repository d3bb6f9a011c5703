import { Paragraph } from '@utrecht/component-library-react';
import type { GoalPhase, InterventionKind, LifeDomain } from '@mda/graphql';
import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/i18n/labels';
import type { FormValues } from '../conflict';
import { useAddGoalMutation } from '../hooks/useAddGoalMutation';
import { usePlanElementForm } from '../hooks/usePlanElementForm';
import { useUpdateGoalMutation } from '../hooks/useUpdateGoalMutation';
import { GOAL_PHASES, INTERVENTION_KINDS, LIFE_DOMAINS, listOf, orNull } from '../planOptions';

export type { PlanMember } from './PlanFields';
import { PlanElementFormShell } from './PlanElementFormShell';
import { ConcernsField, type PlanMember, problemFor, SelectField, TextAreaField } from './PlanFields';

export interface GoalFormProps {
  caseId: string;
  /** Editing an existing goal: its id and version when editing began, and its values. */
  goal: { id: string; version: number; currentVersion: number; values: FormValues } | null;
  members: readonly PlanMember[];
  /** The case director may record a contra-indicated intervention with a justification. */
  mayJustify: boolean;
  onDone(saved: boolean): void;
}

const FIELDS = ['description', 'measurableEnd', 'phase', 'lifeDomain', 'interventionKind'] as const;
const TEXT_FIELDS = ['description', 'measurableEnd'] as const;
const EMPTY: FormValues = {
  description: '',
  measurableEnd: '',
  phase: '',
  lifeDomain: '',
  interventionKind: '',
  concerns: '',
  contraIndicationJustification: '',
};

/** Oordeelsvorming: a goal with its phase, life domain, members concerned and measurable end. */
export function GoalForm({ caseId, goal, members, mayJustify, onDone }: GoalFormProps) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const add = useAddGoalMutation();
  const update = useUpdateGoalMutation();
  const idPrefix = goal ? `goal-${goal.id}` : 'goal-new';
  const form = usePlanElementForm({
    initial: { ...EMPTY, ...(goal?.values ?? {}) },
    version: goal?.version ?? null,
    fields: FIELDS,
    textFields: TEXT_FIELDS,
    save: (values, expectedVersion) => {
      const common = {
        description: values['description']?.trim() ?? '',
        measurableEnd: values['measurableEnd']?.trim() ?? '',
        phase: orNull(values['phase']) as GoalPhase | null,
        lifeDomain: orNull(values['lifeDomain']) as LifeDomain | null,
        interventionKind: orNull(values['interventionKind']) as InterventionKind | null,
        concerns: listOf(values['concerns']),
        contraIndicationJustification: orNull(values['contraIndicationJustification']?.trim()),
      };
      return goal
        ? update.run({ id: goal.id, expectedVersion: expectedVersion ?? goal.version, ...common })
        : add.run({ caseId, ...common });
    },
    onSaved: () => onDone(true),
  });
  const label = (field: string) => t(`plan.goal.${field as (typeof FIELDS)[number]}`);
  const interventionProblem = problemFor(form.problems, 'interventionKind');
  const showJustification =
    mayJustify && (Boolean(interventionProblem) || (form.values['contraIndicationJustification'] ?? '') !== '');

  return (
    <PlanElementFormShell
      form={form}
      idPrefix={idPrefix}
      title={goal ? t('plan.goal.editTitle') : t('plan.goal.addTitle')}
      fields={FIELDS}
      label={label}
      staleSince={goal !== null && goal.currentVersion !== form.baseVersion}
      submitLabel={t('plan.form.save')}
      onCancel={() => onDone(false)}
    >
      <TextAreaField
        id={`${idPrefix}-description`}
        label={label('description')}
        value={form.values['description'] ?? ''}
        onChange={(v) => form.set('description', v)}
        error={problemFor(form.problems, 'description')}
      />
      <TextAreaField
        id={`${idPrefix}-measurableEnd`}
        label={label('measurableEnd')}
        value={form.values['measurableEnd'] ?? ''}
        onChange={(v) => form.set('measurableEnd', v)}
        error={problemFor(form.problems, 'measurableEnd')}
      />
      <SelectField
        id={`${idPrefix}-phase`}
        label={label('phase')}
        value={form.values['phase'] ?? ''}
        onChange={(v) => form.set('phase', v)}
        error={problemFor(form.problems, 'phase')}
        emptyLabel={t('plan.form.choose')}
        options={GOAL_PHASES.map((value) => ({ value, label: labels.goalPhase(value) }))}
      />
      <SelectField
        id={`${idPrefix}-lifeDomain`}
        label={label('lifeDomain')}
        value={form.values['lifeDomain'] ?? ''}
        onChange={(v) => form.set('lifeDomain', v)}
        error={problemFor(form.problems, 'lifeDomain')}
        emptyLabel={t('plan.form.choose')}
        options={LIFE_DOMAINS.map((value) => ({ value, label: labels.lifeDomain(value) }))}
      />
      <SelectField
        id={`${idPrefix}-interventionKind`}
        label={label('interventionKind')}
        value={form.values['interventionKind'] ?? ''}
        onChange={(v) => form.set('interventionKind', v)}
        error={interventionProblem}
        emptyLabel={t('plan.form.none')}
        options={INTERVENTION_KINDS.map((value) => ({ value, label: labels.interventionKind(value) }))}
      />
      {showJustification ? (
        <TextAreaField
          id={`${idPrefix}-contraIndicationJustification`}
          label={t('plan.guard.justification')}
          value={form.values['contraIndicationJustification'] ?? ''}
          onChange={(v) => form.set('contraIndicationJustification', v)}
          error={problemFor(form.problems, 'contraIndicationJustification')}
        />
      ) : null}
      {interventionProblem && !mayJustify ? (
        <Paragraph className="mda-hint" data-testid={`${idPrefix}-guard-hint`}>
          {t('plan.guard.directorOnly')}
        </Paragraph>
      ) : null}
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
