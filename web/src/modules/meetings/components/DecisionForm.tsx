import { getFragmentData, graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import { Button, Checkbox, FormLabel, Heading4, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../../../app/errors';
import { FeedbackRegions, type Feedback } from '../../../ui/FeedbackRegions';
import { problemFor, SelectField, TextAreaField, TextField } from '../../plans/components/PlanFields';
import { useRecordDecisionMutation } from '../hooks/useRecordDecisionMutation';

export const DecisionForm_planFragment = graphql(`
  fragment DecisionForm_plan on Plan {
    id
    status
    version
    workingCopy {
      goals {
        id
        description
        redactedFields
      }
    }
  }
`);

export const MeetingItemPlanQuery = graphql(`
  query MeetingItemPlan($caseId: ID!) {
    plan(caseId: $caseId) {
      id
      ...DecisionForm_plan
    }
  }
`);

export interface DecisionFormProps {
  itemId: string;
  caseId: string | null;
  /** Organisations that may own the action: on the case team today. */
  participants: readonly { id: string; name: string }[];
}

/**
 * Besluitvorming in the room: a decision on the item and, in the same step, optionally an action
 * in the case's plan with its owner organisation and due date (the plan's own rules decide).
 */
export function DecisionForm({ itemId, caseId, participants }: DecisionFormProps) {
  const { t } = useTranslation();
  const { decide, loading } = useRecordDecisionMutation();
  const [text, setText] = useState('');
  const [withAction, setWithAction] = useState(false);
  const [goalId, setGoalId] = useState('');
  const [owner, setOwner] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [problems, setProblems] = useState<readonly FieldProblem[]>([]);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const plan = useQuery(MeetingItemPlanQuery, {
    variables: { caseId: caseId ?? '' },
    skip: !withAction || !caseId,
  });
  const planData = plan.data?.plan ? getFragmentData(DecisionForm_planFragment, plan.data.plan) : null;
  const goals = planData?.workingCopy.goals ?? [];
  const id = (field: string) => `decision-${itemId}-${field}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await decide({
      itemId,
      text,
      action: withAction ? { goalId: goalId || null, ownerOrganisationId: owner || null, dueOn: dueOn || null } : null,
    });
    if (outcome.ok) {
      setProblems([]);
      setText('');
      setGoalId('');
      setOwner('');
      setDueOn('');
      setFeedback({ kind: 'ok', text: withAction ? t('meetings.decisionInPlan') : t('meetings.decisionSaved') });
      if (withAction) void plan.refetch();
      return;
    }
    setProblems(outcome.problems ?? []);
    setFeedback({ kind: 'error', text: outcome.message ?? t('meetings.failed') });
  };

  return (
    <form
      onSubmit={(e) => void submit(e)}
      data-testid="decision-form"
      className="mda-item-form"
      aria-labelledby={id('heading')}
      noValidate
    >
      <Heading4 id={id('heading')}>{t('meetings.decisionTitle')}</Heading4>
      <TextAreaField
        id={id('text')}
        testId="decision-text"
        label={t('meetings.decision')}
        value={text}
        onChange={setText}
        error={problemFor(problems, 'text')}
      />
      {caseId ? (
        <div className="mda-form__checkbox">
          <Checkbox
            id={id('withAction')}
            data-testid="decision-with-action"
            checked={withAction}
            onChange={(e) => setWithAction(e.target.checked)}
          />
          <FormLabel htmlFor={id('withAction')} type="checkbox">
            {t('meetings.decisionWithAction')}
          </FormLabel>
        </div>
      ) : null}
      {withAction ? (
        <>
          {plan.data && !planData ? (
            <Paragraph data-testid="decision-no-plan">{t('meetings.noPlanYet')}</Paragraph>
          ) : null}
          <SelectField
            id={id('action.goalId')}
            testId="decision-goal"
            label={t('meetings.actionGoal')}
            value={goalId}
            onChange={setGoalId}
            error={problemFor(problems, 'action.goalId')}
            emptyLabel={t('meetings.choose')}
            options={goals.map((g, n) => ({
              value: g.id,
              label: g.description ?? `${t('meetings.goal')} ${n + 1} ${t('meetings.withheld')}`,
            }))}
          />
          <SelectField
            id={id('action.ownerOrganisationId')}
            testId="decision-owner"
            label={t('meetings.actionOwner')}
            value={owner}
            onChange={setOwner}
            error={problemFor(problems, 'action.ownerOrganisationId')}
            emptyLabel={t('meetings.choose')}
            options={participants.map((o) => ({ value: o.id, label: o.name }))}
          />
          <TextField
            id={id('action.dueOn')}
            testId="decision-due"
            type="date"
            label={t('meetings.actionDueOn')}
            value={dueOn}
            onChange={setDueOn}
            error={problemFor(problems, 'action.dueOn') ?? problemFor(problems, 'action.assigneeUserId')}
          />
        </>
      ) : null}
      <Button
        type="submit"
        appearance="primary-action-button"
        busy={loading}
        disabled={loading}
        data-testid="decision-save"
      >
        {t('meetings.decisionSave')}
      </Button>
      <FeedbackRegions feedback={feedback} testId="decision" />
    </form>
  );
}
