import { graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../app/QueryError';
import { LoadingState } from '../../../ui/LoadingState';
import { EscalationTable } from './EscalationTable';

const MyEscalationsQuery = graphql(`
  query MyEscalations {
    myEscalations {
      id
      ...EscalationTable_escalation
    }
  }
`);

export interface MyEscalationsProps {
  /** On its own page: say so when there are none; on "Mijn casussen" the section is left out. */
  showEmpty?: boolean;
}

/** My open escalations with level, deadline in working days and an overdue mark. */
export function MyEscalations({ showEmpty = false }: MyEscalationsProps) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyEscalationsQuery, { fetchPolicy: 'cache-and-network' });
  if (error && !data) return showEmpty ? <QueryError error={error} retry={() => refetch()} /> : null;
  if (!data) return showEmpty && loading ? <LoadingState label={t('app.loading')} /> : null;
  const rows = data.myEscalations;
  if (rows.length === 0)
    return showEmpty ? <Paragraph data-testid="my-escalations-empty">{t('escalations.mineEmpty')}</Paragraph> : null;
  const table = (
    <EscalationTable escalations={rows} caption={t('escalations.mineTitle')} data-testid="my-escalations" />
  );
  if (showEmpty) return table;
  return (
    <section aria-labelledby="my-escalations-heading" className="mda-section">
      <Heading2 id="my-escalations-heading">{t('escalations.mineTitle')}</Heading2>
      {table}
    </section>
  );
}
