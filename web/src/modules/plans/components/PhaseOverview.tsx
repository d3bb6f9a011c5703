import { type FragmentType, getFragmentData, type GoalPhase, graphql } from '@mda/graphql';
import { GOAL_PHASES } from '@mda/domain';
import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/i18n/labels';
import { phaseProgress } from '../progress';
import { GoalProgressBar } from './GoalProgressBar';

export const PhaseOverview_goalFragment = graphql(`
  fragment PhaseOverview_goal on PlanGoal {
    id
    phase
    actions {
      id
      status
      overdue
    }
  }
`);

/**
 * The plan at a glance (issue 15, item 3): per phase of the plan (directe veiligheid, stabiele
 * veiligheid, duurzaam herstel) how many goals it has and how its actions stand, done / late /
 * open, as a bar with the same numbers in words. Read from the goals the viewer already sees, so
 * withheld fields stay withheld (a goal whose phase is withheld counts under "fase niet gedeeld").
 */
export function PhaseOverview({ goals: refs }: { goals: readonly FragmentType<typeof PhaseOverview_goalFragment>[] }) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const goals = refs.map((ref) => getFragmentData(PhaseOverview_goalFragment, ref));
  const rows = phaseProgress<GoalPhase>(GOAL_PHASES, goals);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="plan-phases-heading" data-testid="plan-phases">
      <Heading3 id="plan-phases-heading">{t('plan.phases.title')}</Heading3>
      <ul className="mda-plan-phases">
        {rows.map((row) => (
          <li key={row.phase ?? 'withheld'} data-testid="plan-phase" data-phase={row.phase ?? ''}>
            <Paragraph>
              <strong>{row.phase ? labels.goalPhase(row.phase) : t('plan.phases.withheld')}</strong>
              {' · '}
              {t('plan.phases.goals', { count: row.goals })}
              {row.progress.total === 0 ? ` · ${t('plan.phases.noActions')}` : ''}
            </Paragraph>
            <GoalProgressBar progress={row.progress} testId="plan-phase-progress" />
          </li>
        ))}
      </ul>
    </section>
  );
}
