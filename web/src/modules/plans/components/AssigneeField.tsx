import { skipToken, useQuery } from '@apollo/client/react';
import { graphql } from '@mda/graphql';
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { SelectField } from './PlanFields';

export const PlanAssigneesQuery = graphql(`
  query PlanAssignees($caseId: ID!, $organisationId: ID!) {
    planAssignees(caseId: $caseId, organisationId: $organisationId) {
      id
      displayName
    }
  }
`);

export interface AssigneeFieldProps {
  id: string;
  caseId: string;
  /** The owning organisation chosen in the form; the list follows it. */
  organisationId: string;
  value: string;
  /** The stored assignee's name, kept as an option when they are no longer listed. */
  currentName: string | null;
  onChange(value: string): void;
  error: string | undefined;
}

/** Optional: who of the owning organisation carries out the action (its active casework users). */
export function AssigneeField({ id, caseId, organisationId, value, currentName, onChange, error }: AssigneeFieldProps) {
  const { t } = useTranslation();
  const {
    data,
    loading,
    error: failed,
  } = useQuery(PlanAssigneesQuery, organisationId ? { variables: { caseId, organisationId } } : skipToken);
  if (!organisationId) {
    return (
      <Paragraph className="mda-hint" data-testid={`${id}-hint`}>
        {t('plan.action.assigneeUserId')}: {t('plan.action.assigneeChooseOwner')}
      </Paragraph>
    );
  }
  const options = (data?.planAssignees ?? []).map((a) => ({ value: a.id, label: a.displayName }));
  if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: currentName ?? value });
  return (
    <>
      <SelectField
        id={id}
        label={t('plan.action.assigneeUserId')}
        value={value}
        onChange={onChange}
        error={error}
        emptyLabel={t('plan.action.assigneeNone')}
        options={options}
      />
      {loading ? <Paragraph className="mda-hint">{t('plan.action.assigneesLoading')}</Paragraph> : null}
      {failed ? (
        <Paragraph className="mda-error-text" data-testid={`${id}-failed`}>
          {t('plan.action.assigneesFailed')}
        </Paragraph>
      ) : null}
    </>
  );
}
