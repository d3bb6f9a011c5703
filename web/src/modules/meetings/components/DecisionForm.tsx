import { type DataCategory, getFragmentData, graphql, type GoalPhase, type LifeDomain } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import { Button, Checkbox, FormLabel, Heading4, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../../../app/errors';
import { FeedbackRegions, type Feedback } from '../../../ui/FeedbackRegions';
import { useEnumLabels } from '../../../app/i18n/labels';
import { personName } from '../../cases/personName';
import { ConcernsField, problemFor, SelectField, TextAreaField, TextField } from '../../plans/components/PlanFields';
import { GOAL_PHASES, LIFE_DOMAINS, listOf, orNull } from '../../plans/planOptions';
import { useRecordDecisionMutation } from '../hooks/useRecordDecisionMutation';
import { CategoryField, categoryOptions } from './CategoryField';

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

/** The household members a new goal can concern: asked (and audited) only when the chair makes a goal. */
const MeetingItemMembersQuery = graphql(`
  query MeetingItemMembers($caseId: ID!) {
    case(id: $caseId) {
      id
      household {
        id
        members {
          id
          person {
            id
            firstName
            lastName
            redactedFields
          }
        }
      }
    }
  }
`);

const NO_GOAL = { description: '', measurableEnd: '', phase: '', lifeDomain: '', concerns: '' };

export interface DecisionFormProps {
  itemId: string;
  caseId: string | null;
  /** Organisations that may own the action: on the case team today. */
  participants: readonly { id: string; name: string }[];
  /** The categories this organisation may give the decision (meetingTextCategories). */
  categories: readonly DataCategory[];
}

/**
 * Besluitvorming in the room: a decision on the item and, in the same step, optionally a new goal
 * and/or an action in the case's plan with its owner organisation and due date (the plan's own
 * rules decide). An action with a new goal goes under that goal.
 */
export function DecisionForm({ itemId, caseId, participants, categories }: DecisionFormProps) {
  const { t } = useTranslation();
  const { decide, loading } = useRecordDecisionMutation();
  const [text, setText] = useState('');
  const [category, setCategory] = useState<DataCategory>('PLAN');
  // Plan goals and actions are read by the whole team: only a PLAN decision becomes plan work.
  const planWork = Boolean(caseId) && category === 'PLAN';
  const [withActionChosen, setWithAction] = useState(false);
  const [withGoalChosen, setWithGoal] = useState(false);
  const withAction = planWork && withActionChosen;
  const withGoal = planWork && withGoalChosen;
  const [goal, setGoal] = useState({ ...NO_GOAL });
  const labels = useEnumLabels();
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
  const household = useQuery(MeetingItemMembersQuery, {
    variables: { caseId: caseId ?? '' },
    skip: !withGoal || !caseId,
  });
  const members = (household.data?.case?.household.members ?? []).map((member) => {
    const name = personName(member.person);
    return { id: member.person.id, name: name.kind === 'shared' ? name.value : t('fields.notShared') };
  });
  const id = (field: string) => `decision-${itemId}-${field}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await decide({
      itemId,
      text,
      category,
      goal: withGoal
        ? {
            description: orNull(goal.description),
            measurableEnd: orNull(goal.measurableEnd),
            phase: orNull(goal.phase) as GoalPhase | null,
            lifeDomain: orNull(goal.lifeDomain) as LifeDomain | null,
            concerns: listOf(goal.concerns),
          }
        : null,
      action: withAction
        ? { goalId: (!withGoal && goalId) || null, ownerOrganisationId: owner || null, dueOn: dueOn || null }
        : null,
    });
    if (outcome.ok) {
      setProblems([]);
      setText('');
      setCategory('PLAN');
      setGoalId('');
      setOwner('');
      setDueOn('');
      setGoal({ ...NO_GOAL });
      const saved = withGoal
        ? t('meetings.decisionAsGoal')
        : withAction
          ? t('meetings.decisionInPlan')
          : t('meetings.decisionSaved');
      setFeedback({ kind: 'ok', text: saved });
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
      <CategoryField
        id={id('category')}
        label={t('meetings.decisionCategory')}
        value={category}
        onChange={setCategory}
        options={categoryOptions(categories, category)}
        error={problemFor(problems, 'category')}
      />
      {caseId && !planWork ? (
        <Paragraph data-testid="decision-category-no-plan">{t('meetings.decisionCategoryNoPlan')}</Paragraph>
      ) : null}
      {planWork ? (
        <div className="mda-form__checkbox">
          <Checkbox
            id={id('withGoal')}
            data-testid="decision-with-goal"
            checked={withGoalChosen}
            onChange={(e) => setWithGoal(e.target.checked)}
          />
          <FormLabel htmlFor={id('withGoal')} type="checkbox">
            {t('meetings.decisionWithGoal')}
          </FormLabel>
        </div>
      ) : null}
      {withGoal ? (
        <>
          <TextAreaField
            id={id('goal.description')}
            testId="decision-goal-description"
            label={t('meetings.goalDescription')}
            value={goal.description}
            onChange={(v) => setGoal({ ...goal, description: v })}
            error={problemFor(problems, 'goal.description')}
          />
          <TextAreaField
            id={id('goal.measurableEnd')}
            testId="decision-goal-measurable-end"
            label={t('meetings.goalMeasurableEnd')}
            value={goal.measurableEnd}
            onChange={(v) => setGoal({ ...goal, measurableEnd: v })}
            error={problemFor(problems, 'goal.measurableEnd')}
          />
          <SelectField
            id={id('goal.phase')}
            testId="decision-goal-phase"
            label={t('meetings.goalPhase')}
            value={goal.phase}
            onChange={(v) => setGoal({ ...goal, phase: v })}
            error={problemFor(problems, 'goal.phase')}
            emptyLabel={t('meetings.choose')}
            options={GOAL_PHASES.map((value) => ({ value, label: labels.goalPhase(value) }))}
          />
          <SelectField
            id={id('goal.lifeDomain')}
            testId="decision-goal-life-domain"
            label={t('meetings.goalLifeDomain')}
            value={goal.lifeDomain}
            onChange={(v) => setGoal({ ...goal, lifeDomain: v })}
            error={problemFor(problems, 'goal.lifeDomain')}
            emptyLabel={t('meetings.choose')}
            options={LIFE_DOMAINS.map((value) => ({ value, label: labels.lifeDomain(value) }))}
          />
          <ConcernsField
            idPrefix={id('goal')}
            members={members}
            value={goal.concerns}
            onChange={(v) => setGoal({ ...goal, concerns: v })}
            error={problemFor(problems, 'goal.concerns')}
          />
        </>
      ) : null}
      {planWork ? (
        <div className="mda-form__checkbox">
          <Checkbox
            id={id('withAction')}
            data-testid="decision-with-action"
            checked={withActionChosen}
            onChange={(e) => setWithAction(e.target.checked)}
          />
          <FormLabel htmlFor={id('withAction')} type="checkbox">
            {t('meetings.decisionWithAction')}
          </FormLabel>
        </div>
      ) : null}
      {withAction ? (
        <>
          {plan.data && !planData && !withGoal ? (
            <Paragraph data-testid="decision-no-plan">{t('meetings.noPlanYet')}</Paragraph>
          ) : null}
          {withGoal ? (
            <Paragraph data-testid="decision-action-under-new-goal">{t('meetings.actionUnderNewGoal')}</Paragraph>
          ) : (
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
          )}
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
