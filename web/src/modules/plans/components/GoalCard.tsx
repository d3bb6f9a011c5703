import { type FragmentType, getFragmentData, graphql } from '@mda/graphql';
import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ActionFilter, matchesActionFilter, type Viewer } from '../actionFilter';
import { goalProgress } from '../progress';
import { GoalProgressBar } from './GoalProgressBar';
import { useEnumLabels } from '../../../app/i18n/labels';
import { FieldValue } from '../../../ui/FieldValue';
import { fieldState } from '../../../ui/fieldState';
import { ActionForm, type TeamOrganisation } from './ActionForm';
import { ActionRow } from './ActionRow';
import { AddToggle } from './AddToggle';
import { ElementMeta } from './ElementMeta';
import { GoalForm, type PlanMember } from './GoalForm';
import { PlanNotes, type PlanNotes_noteFragment } from './PlanNotes';
import { RemoveElementButton } from './RemoveElementButton';

export const GoalCard_goalFragment = graphql(`
  fragment GoalCard_goal on PlanGoal {
    id
    version
    description
    measurableEnd
    phase
    lifeDomain
    concerns
    interventionKind
    category
    redactedFields
    authorOrganisation {
      id
      name
    }
    lastChangedAt
    lastChangedBy {
      name
      organisation {
        name
      }
    }
    contraIndicationJustification {
      text
      recordedBy {
        name
      }
    }
    actions {
      id
      status
      overdue
      assigneeUserId
      ownerOrganisation {
        id
      }
      ...ActionRow_action
    }
  }
`);

export interface GoalCardProps {
  caseId: string;
  goal: FragmentType<typeof GoalCard_goalFragment>;
  index: number;
  members: readonly PlanMember[];
  organisations: readonly TeamOrganisation[];
  notes: readonly FragmentType<typeof PlanNotes_noteFragment>[];
  mayEdit: boolean;
  mayJustify: boolean;
  onSaved(): void;
  /** Which actions to show; with a filter on, a goal without a matching action is not shown. */
  filter?: ActionFilter;
  viewer?: Viewer | null;
}

/** Oordeelsvorming and besluitvorming for one goal: the goal, its actions, its notes. */
export function GoalCard({
  caseId,
  goal: ref,
  index,
  members,
  organisations,
  notes,
  mayEdit,
  mayJustify,
  onSaved,
  filter = 'ALL',
  viewer = null,
}: GoalCardProps) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const goal = getFragmentData(GoalCard_goalFragment, ref);
  // The version at which editing began: live refetches change `goal`, never the form.
  const [editing, setEditing] = useState<{ version: number } | null>(null);
  const redacted = goal.redactedFields;
  const concerned = (goal.concerns ?? []).map(
    (id) => members.find((m) => m.id === id)?.name ?? t('plan.goal.unknownMember'),
  );
  const headingId = `goal-${goal.id}-heading`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shown = goal.actions.filter((action) => matchesActionFilter(action, filter, viewer));
  if (filter !== 'ALL' && shown.length === 0 && editing === null) return null;

  return (
    <article className="mda-plan-goal" aria-labelledby={headingId} data-testid="plan-goal" data-goal-id={goal.id}>
      <Heading3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('plan.goal.heading', { n: index + 1 })}: {goal.phase ? labels.goalPhase(goal.phase) : t('fields.notShared')}{' '}
        · {goal.lifeDomain ? labels.lifeDomain(goal.lifeDomain) : t('fields.notShared')}
      </Heading3>
      <Paragraph data-testid="plan-goal-description">
        <FieldValue state={fieldState('description', goal.description, redacted)} />
      </Paragraph>
      <dl className="mda-plan-fields">
        <dt>{t('plan.goal.measurableEnd')}</dt>
        <dd>
          <FieldValue state={fieldState('measurableEnd', goal.measurableEnd, redacted)} />
        </dd>
        <dt>{t('plan.goal.concerns')}</dt>
        <dd>
          {redacted.includes('concerns') ? t('fields.notShared') : concerned.join(', ') || t('fields.notRecorded')}
        </dd>
        <dt>{t('plan.goal.interventionKind')}</dt>
        <dd>{goal.interventionKind ? labels.interventionKind(goal.interventionKind) : t('fields.notRecorded')}</dd>
        {goal.contraIndicationJustification ? (
          <>
            <dt>{t('plan.guard.justification')}</dt>
            <dd data-testid="plan-goal-justification">
              {goal.contraIndicationJustification.text} ({goal.contraIndicationJustification.recordedBy.name})
            </dd>
          </>
        ) : null}
      </dl>
      <ElementMeta {...goal} testId="plan-goal-meta" />

      {editing ? (
        <GoalForm
          caseId={caseId}
          goal={{
            id: goal.id,
            version: editing.version,
            currentVersion: goal.version,
            values: {
              description: goal.description ?? '',
              measurableEnd: goal.measurableEnd ?? '',
              phase: goal.phase ?? '',
              lifeDomain: goal.lifeDomain ?? '',
              interventionKind: goal.interventionKind ?? '',
              concerns: (goal.concerns ?? []).join(','),
            },
          }}
          members={members}
          mayJustify={mayJustify}
          onDone={(saved) => {
            setEditing(null);
            if (saved) onSaved();
            requestAnimationFrame(() => headingRef.current?.focus());
          }}
        />
      ) : mayEdit && redacted.length === 0 ? (
        <ButtonGroup>
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => setEditing({ version: goal.version })}
            data-testid="plan-goal-edit"
          >
            {t('plan.goal.edit')}
          </Button>
          <RemoveElementButton
            id={goal.id}
            version={goal.version}
            what={t('plan.remove.goal')}
            testId="plan-goal-remove"
            onRemoved={onSaved}
          />
        </ButtonGroup>
      ) : null}

      <section aria-label={t('plan.action.listTitle')}>
        <GoalProgressBar progress={goalProgress(goal.actions)} />
        {goal.actions.length === 0 ? <Paragraph>{t('plan.action.none')}</Paragraph> : null}
        <ul className="mda-plan-actions">
          {shown.map((action) => (
            <ActionRow
              key={action.id}
              caseId={caseId}
              goalId={goal.id}
              action={action}
              organisations={organisations}
              mayEdit={mayEdit}
              mayJustify={mayJustify}
              onSaved={onSaved}
            />
          ))}
        </ul>
        <AddToggle
          allowed={mayEdit}
          label={t('plan.action.add')}
          testId="plan-action-add"
          appearance="subtle-button"
          form={(done) => (
            <ActionForm
              caseId={caseId}
              goalId={goal.id}
              action={null}
              organisations={organisations}
              mayJustify={mayJustify}
              onDone={done}
            />
          )}
          onSaved={onSaved}
        />
      </section>
      <PlanNotes elementId={goal.id} notes={notes} mayWrite={mayEdit} onAdded={onSaved} />
    </article>
  );
}
