import { graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Feedback, FeedbackRegions } from '../../../ui/FeedbackRegions';
import { RouterLink } from '../../../ui/RouterLink';
import { useAppAbility } from '../../auth/hooks/useAppAbility';
import { mayRaiseEscalation, mayReadEscalations } from '../../auth/permissions';
import { EscalationTable } from './EscalationTable';
import { RaiseEscalationForm } from './RaiseEscalationForm';
import type { CaseActivityEvent } from '../../cases/hooks/useCaseActivity';
import { useRefetchOnActivity } from '../../cases/hooks/useRefetchOnActivity';

const CaseEscalationsQuery = graphql(`
  query CaseEscalations($id: ID!) {
    case(id: $id) {
      id
      reference
      viewerAccess
      escalations {
        id
        ...EscalationTable_escalation
      }
    }
  }
`);

export interface CaseEscalationsSectionProps {
  caseId: string;
  /** The latest change in the case from the page's live subscription; an escalation change re-reads the section. */
  activity?: CaseActivityEvent | null;
}

/** The case's escalations (newest first) and, for team members, "opschalen". */
export function CaseEscalationsSection({ caseId, activity }: CaseEscalationsSectionProps) {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const { data, refetch } = useQuery(CaseEscalationsQuery, {
    variables: { id: caseId },
    skip: !mayReadEscalations(ability),
  });
  useRefetchOnActivity(activity, ['escalation'], refetch);
  const [raising, setRaising] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [raised, setRaised] = useState<string | null>(null);
  if (!data) return null;
  const escalations = data.case.escalations;
  return (
    <section aria-labelledby="case-escalations-heading" className="mda-section" data-testid="case-escalations">
      <Heading2 id="case-escalations-heading">{t('escalations.caseTitle')}</Heading2>
      <FeedbackRegions feedback={feedback} testId="raise" />
      {raised ? (
        <Paragraph>
          <RouterLink to={`/escalaties/${raised}`} data-testid="raised-link">
            {t('escalations.openRaised')}
          </RouterLink>
        </Paragraph>
      ) : null}
      {escalations.length === 0 ? (
        <Paragraph>{t('escalations.caseEmpty')}</Paragraph>
      ) : (
        <EscalationTable
          escalations={escalations}
          caption={t('escalations.caseTitle')}
          data-testid="case-escalation-table"
        />
      )}
      {raising ? (
        <RaiseEscalationForm
          caseId={caseId}
          onDone={(id) => {
            setRaising(false);
            if (id) {
              setRaised(id);
              setFeedback({ kind: 'ok', text: t('escalations.raise.done') });
              void refetch();
            }
          }}
        />
      ) : mayRaiseEscalation(ability, caseId) ? (
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => {
            setFeedback(null);
            setRaising(true);
          }}
          data-testid="raise-open"
        >
          {t('escalations.raise.title')}
        </Button>
      ) : null}
    </section>
  );
}
