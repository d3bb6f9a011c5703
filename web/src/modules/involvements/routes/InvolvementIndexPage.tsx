import { amsterdamDateOf } from '@mda/domain';
import { graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import { Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../app/PageTitle';
import { QueryError } from '../../../app/QueryError';
import { DataTable } from '../../../ui/DataTable';
import { formatLocalDate } from '../../../ui/formatDate';
import { EndInvolvementButton } from '../components/EndInvolvementButton';
import { InvolvementForm } from '../components/InvolvementForm';

const MyInvolvementsQuery = graphql(`
  query MyInvolvements {
    myInvolvements {
      id
      ownReference
      contactPoint
      validFrom
      validUntil
      alsoInvolved {
        organisationName
        contactPoint
      }
    }
  }
`);

const today = () => amsterdamDateOf(new Date());

/** The involvement index (verwijsindex): register THAT your organisation is involved with a person; see who else is. */
export function InvolvementIndexPage() {
  const { t, i18n } = useTranslation();
  const { data, error, refetch } = useQuery(MyInvolvementsQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <div className="mda-involvement-index">
      <PageTitle title={t('involvement.title')} />
      <Paragraph>{t('involvement.intro')}</Paragraph>
      <InvolvementForm subject={{ kind: 'bsn' }} />
      {error && !data ? <QueryError error={error} retry={() => refetch()} /> : null}
      {data && data.myInvolvements.length > 0 ? (
        <DataTable
          caption={t('involvement.mine')}
          columns={[
            t('involvement.form.ownReference'),
            t('involvement.col.period'),
            t('involvement.col.alsoInvolved'),
            t('involvement.col.action'),
          ]}
          data-testid="involvement-mine"
        >
          {data.myInvolvements.map((m) => (
            <TableRow key={m.id} data-testid="involvement-row" data-involvement-id={m.id}>
              <TableCell>{m.ownReference ?? '–'}</TableCell>
              <TableCell>
                {formatLocalDate(m.validFrom, i18n.language)} –{' '}
                {m.validUntil ? formatLocalDate(m.validUntil, i18n.language) : t('involvement.open')}
              </TableCell>
              <TableCell>
                {m.alsoInvolved.length === 0
                  ? t('involvement.nobodyElse')
                  : m.alsoInvolved.map((a) => `${a.organisationName} (${a.contactPoint})`).join('; ')}
              </TableCell>
              <TableCell>
                {m.validFrom > today() ? (
                  t('involvement.end.startsLater')
                ) : m.validUntil && m.validUntil <= today() ? (
                  t('involvement.end.endsToday')
                ) : (
                  <EndInvolvementButton
                    id={m.id}
                    reference={m.ownReference ?? formatLocalDate(m.validFrom, i18n.language)}
                  />
                )}
              </TableCell>
            </TableRow>
          ))}
        </DataTable>
      ) : null}
    </div>
  );
}
