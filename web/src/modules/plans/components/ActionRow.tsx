import { type FragmentType, getFragmentData, graphql } from '@mda/graphql';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/i18n/labels';
import { FieldValue } from '../../../ui/FieldValue';
import { fieldState } from '../../../ui/fieldState';
import { formatLocalDate } from '../../../ui/formatDate';
import { ActionForm, type TeamOrganisation } from './ActionForm';
import { ActionHistory } from './ActionHistory';
import { ElementMeta } from './ElementMeta';
import { RemoveElementButton } from './RemoveElementButton';

export const ActionRow_actionFragment = graphql(`
  fragment ActionRow_action on PlanAction {
    id
    version
    description
    dueOn
    status
    overdue
    cancellationReason
    interventionKind
    assigneeUserId
    assigneeName
    ownerOrganisation {
      id
      name
    }
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
    contraIndicationJustification {
      text
    }
  }
`);

export interface ActionRowProps {
  caseId: string;
  goalId: string;
  action: FragmentType<typeof ActionRow_actionFragment>;
  organisations: readonly TeamOrganisation[];
  mayEdit: boolean;
  mayJustify: boolean;
  onSaved(): void;
}

/** One action: what, by which organisation, by when, its status and how it got there. */
export function ActionRow({
  caseId,
  goalId,
  action: ref,
  organisations,
  mayEdit,
  mayJustify,
  onSaved,
}: ActionRowProps) {
  const { t, i18n } = useTranslation();
  const labels = useEnumLabels();
  const action = getFragmentData(ActionRow_actionFragment, ref);
  const [editing, setEditing] = useState<{ version: number } | null>(null);
  const redacted = action.redactedFields;

  return (
    <li className="mda-plan-action" data-testid="plan-action" data-action-id={action.id}>
      <Paragraph>
        <strong>
          <FieldValue
            state={fieldState('description', action.description, redacted)}
            data-testid="plan-action-description"
          />
        </strong>
      </Paragraph>
      <dl className="mda-plan-fields">
        <dt>{t('plan.action.ownerOrganisationId')}</dt>
        <dd data-testid="plan-action-owner">{action.ownerOrganisation?.name ?? t('fields.notRecorded')}</dd>
        <dt>{t('plan.action.assignee')}</dt>
        <dd data-testid="plan-action-assignee">{action.assigneeName ?? t('fields.notRecorded')}</dd>
        <dt>{t('plan.action.dueOn')}</dt>
        <dd>
          <FieldValue
            state={fieldState('dueOn', action.dueOn, redacted)}
            render={(value) => formatLocalDate(value, i18n.language)}
          />
          {action.overdue ? (
            <span className="mda-overdue-badge" data-testid="plan-action-overdue">
              {' '}
              {t('plan.action.overdue')}
            </span>
          ) : null}
        </dd>
        <dt>{t('plan.action.status')}</dt>
        <dd data-testid="plan-action-status">
          {action.status ? labels.actionStatus(action.status) : t('fields.notShared')}
        </dd>
        {action.status === 'CANCELLED' ? (
          <>
            <dt>{t('plan.action.cancellationReason')}</dt>
            <dd>
              <FieldValue state={fieldState('cancellationReason', action.cancellationReason, redacted)} />
            </dd>
          </>
        ) : null}
        {action.contraIndicationJustification ? (
          <>
            <dt>{t('plan.guard.justification')}</dt>
            <dd>{action.contraIndicationJustification.text}</dd>
          </>
        ) : null}
      </dl>
      <ElementMeta {...action} testId="plan-action-meta" />
      <ActionHistory caseId={caseId} actionId={action.id} version={action.version} />
      {editing ? (
        <ActionForm
          caseId={caseId}
          goalId={goalId}
          action={{
            id: action.id,
            version: editing.version,
            currentVersion: action.version,
            assigneeName: action.assigneeName ?? null,
            values: {
              description: action.description ?? '',
              ownerOrganisationId: action.ownerOrganisation?.id ?? '',
              assigneeUserId: action.assigneeUserId ?? '',
              dueOn: action.dueOn ?? '',
              status: action.status ?? 'OPEN',
              cancellationReason: action.cancellationReason ?? '',
              interventionKind: action.interventionKind ?? '',
            },
          }}
          organisations={organisations}
          mayJustify={mayJustify}
          onDone={(saved) => {
            setEditing(null);
            if (saved) onSaved();
          }}
        />
      ) : mayEdit && redacted.length === 0 ? (
        <ButtonGroup>
          <Button
            type="button"
            appearance="subtle-button"
            onClick={() => setEditing({ version: action.version })}
            data-testid="plan-action-edit"
          >
            {t('plan.action.edit')}
          </Button>
          <RemoveElementButton
            id={action.id}
            version={action.version}
            what={t('plan.remove.action')}
            testId="plan-action-remove"
            onRemoved={onSaved}
          />
        </ButtonGroup>
      ) : null}
    </li>
  );
}
