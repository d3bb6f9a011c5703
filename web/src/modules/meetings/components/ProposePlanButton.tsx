import { getFragmentData } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FeedbackRegions, type Feedback } from '../../../ui/FeedbackRegions';
import { useProposePlanFromMeetingMutation } from '../hooks/useProposePlanFromMeetingMutation';
import { DecisionForm_planFragment, MeetingItemPlanQuery } from './DecisionForm';

/**
 * "Plan ter instemming voorleggen" from a held meeting: the chair proposes the case plan through
 * the plan's own sign-off flow; the plan's problems (no goal, a goal without an action, a
 * proposal already open, changed in the meantime) come back as the plan service names them.
 */
export function ProposePlanButton({ itemId, caseId }: { itemId: string; caseId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(MeetingItemPlanQuery, { variables: { caseId }, fetchPolicy: 'cache-and-network' });
  const { propose, loading } = useProposePlanFromMeetingMutation(caseId);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const plan = data?.plan ? getFragmentData(DecisionForm_planFragment, data.plan) : null;
  if (!data) return null;
  if (!plan) return <Paragraph>{t('meetings.noPlanYet')}</Paragraph>;
  const click = async () => {
    const outcome = await propose({ itemId, expectedPlanVersion: plan.version });
    setFeedback(
      outcome.ok
        ? { kind: 'ok', text: t('meetings.planProposed') }
        : {
            kind: 'error',
            text:
              [outcome.message, ...(outcome.problems ?? []).map((p) => p.message)].filter(Boolean).join(' ') ||
              t('meetings.failed'),
          },
    );
  };
  return (
    <div className="mda-item-form" data-testid="propose-plan" data-plan-status={plan.status}>
      <Paragraph>
        {t('meetings.planStatus')}: {t(`enums.PlanStatus.${plan.status}`)}
      </Paragraph>
      {plan.status !== 'PROPOSED' ? (
        <Button
          appearance="secondary-action-button"
          busy={loading}
          disabled={loading}
          onClick={() => void click()}
          data-testid="propose-plan-button"
        >
          {t('meetings.proposePlan')}
        </Button>
      ) : null}
      <FeedbackRegions feedback={feedback} testId="propose-plan" />
    </div>
  );
}
