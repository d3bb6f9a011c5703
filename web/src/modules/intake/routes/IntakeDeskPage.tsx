import { graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import { Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../app/PageTitle';
import { QueryError } from '../../../app/QueryError';
import { DataTable } from '../../../ui/DataTable';
import { formatDateTime, formatLocalDate } from '../../../ui/formatDate';
import { LoadingState } from '../../../ui/LoadingState';
import { RouterLink } from '../../../ui/RouterLink';
import { clockOf } from '../clock';

const IntakeDeskQuery = graphql(`
  query IntakeDesk {
    intakeDesk {
      id
      kind
      receivedAt
      status
      crisis
      cbsCategory
      assessmentDueOn
      assessmentOverdue
      workingDaysLeft
      screeningOverdue
      persons {
        id
        firstName
        lastName
      }
    }
  }
`);

/** The intake desk of Veilig Thuis: open reports and today's, crisis at the top, then overdue. */
export function IntakeDeskPage() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(IntakeDeskQuery, { fetchPolicy: 'cache-and-network' });
  const rows = data?.intakeDesk ?? [];
  return (
    <div className="mda-intake-desk">
      <PageTitle title={t('intake.desk.title')} />
      <Paragraph>{t('intake.desk.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/intake/nieuw" data-testid="intake-new">
          {t('intake.desk.new')}
        </RouterLink>
      </Paragraph>
      {error && !data ? <QueryError error={error} retry={() => refetch()} /> : null}
      {!data && loading ? <LoadingState label={t('app.loading')} /> : null}
      {data && rows.length === 0 ? (
        <Paragraph data-testid="intake-desk-empty">{t('intake.desk.empty')}</Paragraph>
      ) : null}
      {rows.length > 0 ? (
        <DataTable
          caption={t('intake.desk.caption')}
          columns={[
            t('intake.desk.col.received'),
            t('intake.desk.col.kind'),
            t('intake.desk.col.persons'),
            t('intake.desk.col.status'),
            t('intake.desk.col.clock'),
            t('intake.desk.col.category'),
          ]}
          data-testid="intake-desk"
        >
          {rows.map((r) => {
            const clock = clockOf(r);
            const received = formatDateTime(r.receivedAt, i18n.language);
            return (
              <TableRow
                key={r.id}
                data-testid="intake-row"
                data-report-id={r.id}
                data-crisis={r.crisis === true}
                data-overdue={r.assessmentOverdue}
                className={r.crisis ? 'mda-intake-crisis' : undefined}
              >
                <TableCell>
                  <RouterLink to={`/intake/${r.id}`} aria-label={t('intake.desk.open', { received })}>
                    {received}
                  </RouterLink>
                  {r.crisis ? <strong className="mda-intake-flag"> {t('intake.desk.crisis')}</strong> : null}
                </TableCell>
                <TableCell>{t(`enums.IntakeKind.${r.kind}`)}</TableCell>
                <TableCell>{r.persons.map((p) => `${p.firstName} ${p.lastName}`).join(', ')}</TableCell>
                <TableCell>
                  {t(`intake.status.${r.status as 'RECEIVED'}`)}
                  {r.screeningOverdue ? <strong> {t('intake.desk.screeningOverdue')}</strong> : null}
                </TableCell>
                <TableCell
                  data-testid="intake-clock"
                  className={clock.kind === 'overdue' ? 'mda-over-norm' : undefined}
                >
                  {clock.kind === 'overdue' ? (
                    <strong>
                      {t('intake.desk.overdue')}:{' '}
                      {t('intake.desk.overdueSince', { date: formatLocalDate(clock.dueOn, i18n.language) })}
                    </strong>
                  ) : clock.kind === 'today' ? (
                    t('intake.desk.dueToday')
                  ) : clock.kind === 'running' ? (
                    t('intake.desk.dueIn', { date: formatLocalDate(clock.dueOn, i18n.language), count: clock.daysLeft })
                  ) : (
                    '–'
                  )}
                </TableCell>
                <TableCell>{t(`intake.cbs.${r.cbsCategory as 'FIRST_REPORT'}`)}</TableCell>
              </TableRow>
            );
          })}
        </DataTable>
      ) : null}
    </div>
  );
}
