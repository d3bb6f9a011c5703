import { useApolloClient } from '@apollo/client/react';
import type { ActionStatus, InterventionKind } from '@mda/graphql';
import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/i18n/labels';
import type { FormValues } from '../conflict';
import { useAddActionMutation } from '../hooks/useAddActionMutation';
import { usePlanElementForm } from '../hooks/usePlanElementForm';
import { useUpdateActionMutation } from '../hooks/useUpdateActionMutation';
import { ACTION_STATUSES, INTERVENTION_KINDS, orNull } from '../planOptions';
import { PlanElementFormShell } from './PlanElementFormShell';
import { AssigneeField, PlanAssigneesQuery } from './AssigneeField';
import { problemFor, SelectField, TextAreaField, TextField } from './PlanFields';

export interface TeamOrganisation {
  id: string;
  name: string;
}

export interface ActionFormProps {
  caseId: string;
  goalId: string;
  action: {
    id: string;
    version: number;
    currentVersion: number;
    values: FormValues;
    assigneeName: string | null;
  } | null;
  organisations: readonly TeamOrganisation[];
  mayJustify: boolean;
  onDone(saved: boolean): void;
}

const FIELDS = [
  'description',
  'ownerOrganisationId',
  'assigneeUserId',
  'dueOn',
  'status',
  'cancellationReason',
  'interventionKind',
] as const;
const TEXT_FIELDS = ['description', 'cancellationReason'] as const;
const EMPTY: FormValues = {
  description: '',
  ownerOrganisationId: '',
  assigneeUserId: '',
  dueOn: '',
  status: 'OPEN',
  cancellationReason: '',
  interventionKind: '',
  contraIndicationJustification: '',
};

/** Besluitvorming: an action with its owning organisation, optional assignee, due date and status. */
export function ActionForm({ caseId, goalId, action, organisations, mayJustify, onDone }: ActionFormProps) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const add = useAddActionMutation();
  const update = useUpdateActionMutation();
  const idPrefix = action ? `action-${action.id}` : `action-new-${goalId}`;
  const form = usePlanElementForm({
    initial: { ...EMPTY, ...(action?.values ?? {}) },
    version: action?.version ?? null,
    fields: FIELDS,
    textFields: TEXT_FIELDS,
    save: (values, expectedVersion) => {
      const common = {
        description: values['description']?.trim() ?? '',
        ownerOrganisationId: orNull(values['ownerOrganisationId']),
        assigneeUserId: orNull(values['assigneeUserId']),
        dueOn: orNull(values['dueOn']),
        interventionKind: orNull(values['interventionKind']) as InterventionKind | null,
        contraIndicationJustification: orNull(values['contraIndicationJustification']?.trim()),
      };
      if (!action) return add.run({ goalId, ...common });
      return update.run({
        id: action.id,
        expectedVersion: expectedVersion ?? action.version,
        ...common,
        status: orNull(values['status']) as ActionStatus | null,
        cancellationReason: values['status'] === 'CANCELLED' ? orNull(values['cancellationReason']?.trim()) : null,
      });
    },
    onSaved: () => onDone(true),
  });
  const label = (field: string) => t(`plan.action.${field as (typeof FIELDS)[number]}`);
  const client = useApolloClient();
  // The conflict table speaks in names: organisations from the team, people from the assignee lists already loaded.
  const display = (name: string, value: string): string => {
    if (name === 'ownerOrganisationId')
      return organisations.find((o) => o.id === value)?.name ?? t('plan.conflict.otherOrganisation');
    if (name === 'status') return labels.actionStatus(value as ActionStatus);
    if (name === 'interventionKind') return labels.interventionKind(value as InterventionKind);
    if (name === 'assigneeUserId') {
      if (action && value === action.values['assigneeUserId'] && action.assigneeName) return action.assigneeName;
      for (const o of organisations) {
        const listed = client
          .readQuery({ query: PlanAssigneesQuery, variables: { caseId, organisationId: o.id } })
          ?.planAssignees.find((a) => a.id === value);
        if (listed) return listed.displayName;
      }
      return t('plan.conflict.otherPerson');
    }
    return value;
  };
  const field = (name: string) => ({
    id: `${idPrefix}-${name}`,
    label: label(name),
    value: form.values[name] ?? '',
    onChange: (v: string) => form.set(name, v),
    error: problemFor(form.problems, name),
  });
  const interventionProblem = problemFor(form.problems, 'interventionKind');

  return (
    <PlanElementFormShell
      form={form}
      idPrefix={idPrefix}
      title={action ? t('plan.action.editTitle') : t('plan.action.addTitle')}
      fields={FIELDS}
      label={label}
      display={display}
      staleSince={action !== null && action.currentVersion !== form.baseVersion}
      submitLabel={t('plan.form.save')}
      onCancel={() => onDone(false)}
    >
      <TextAreaField {...field('description')} />
      <SelectField
        {...field('ownerOrganisationId')}
        onChange={(v) => {
          // The assignee works for the owner: another owner means choosing again.
          if (v !== form.values['ownerOrganisationId']) form.set('assigneeUserId', '');
          form.set('ownerOrganisationId', v);
        }}
        emptyLabel={t('plan.form.choose')}
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
      />
      <AssigneeField
        {...field('assigneeUserId')}
        caseId={caseId}
        organisationId={form.values['ownerOrganisationId'] ?? ''}
        currentName={
          action && action.values['assigneeUserId'] === form.values['assigneeUserId'] ? action.assigneeName : null
        }
      />
      <TextField {...field('dueOn')} type="date" />
      {action ? (
        <SelectField
          {...field('status')}
          options={ACTION_STATUSES.map((value) => ({ value, label: labels.actionStatus(value) }))}
        />
      ) : null}
      {action && form.values['status'] === 'CANCELLED' ? <TextAreaField {...field('cancellationReason')} /> : null}
      <SelectField
        {...field('interventionKind')}
        emptyLabel={t('plan.form.none')}
        options={INTERVENTION_KINDS.map((value) => ({ value, label: labels.interventionKind(value) }))}
      />
      {mayJustify && (interventionProblem || form.values['contraIndicationJustification']) ? (
        <TextAreaField {...field('contraIndicationJustification')} label={t('plan.guard.justification')} />
      ) : null}
    </PlanElementFormShell>
  );
}
