import { type FragmentType, getFragmentData, graphql } from '@mda/graphql';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/formatDate';

export const EscalationGrounds_escalationFragment = graphql(`
  fragment EscalationGrounds_escalation on Escalation {
    id
    grounds {
      at
      reason
    }
  }
`);

export interface EscalationGroundsProps {
  escalation: FragmentType<typeof EscalationGrounds_escalationFragment>;
}

/**
 * Every signal behind the escalation, oldest first: one escalation per case and kind of
 * signal collects them (another overdue action joins as a ground), so the decider answers
 * one question knowing all of it.
 */
export function EscalationGrounds({ escalation }: EscalationGroundsProps) {
  const { t, i18n } = useTranslation();
  const { grounds } = getFragmentData(EscalationGrounds_escalationFragment, escalation);
  return (
    <section aria-labelledby="escalation-grounds-heading" data-testid="escalation-grounds" data-count={grounds.length}>
      <Heading2 id="escalation-grounds-heading">{t('escalations.grounds.title', { count: grounds.length })}</Heading2>
      {grounds.length === 0 ? (
        <Paragraph>{t('escalations.grounds.empty')}</Paragraph>
      ) : (
        <ol className="mda-grounds">
          {grounds.map((g, index) => (
            <li key={`${g.at}-${index}`} data-testid="escalation-ground">
              <time dateTime={g.at}>{formatDateTime(g.at, i18n.language)}</time>: {g.reason}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
