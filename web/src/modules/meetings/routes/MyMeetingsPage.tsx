import { graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../app/PageTitle';
import { QueryError } from '../../../app/QueryError';
import { LoadingState } from '../../../ui/LoadingState';
import { MeetingTable } from '../components/MeetingTable';

const MyMeetingsQuery = graphql(`
  query MyMeetings {
    myMeetings {
      id
      ...MeetingTable_meeting
    }
  }
`);

/** "Mijn overleggen": the MDOs of the tables I chair or my organisation sits at. */
export function MyMeetingsPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyMeetingsQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <div className="mda-my-meetings">
      <PageTitle title={t('meetings.mineTitle')} />
      <Paragraph>{t('meetings.mineIntro')}</Paragraph>
      {error && !data ? <QueryError error={error} retry={() => refetch()} /> : null}
      {!data && loading ? <LoadingState label={t('app.loading')} /> : null}
      {data && data.myMeetings.length === 0 ? (
        <Paragraph data-testid="my-meetings-empty">{t('meetings.mineEmpty')}</Paragraph>
      ) : null}
      {data && data.myMeetings.length > 0 ? (
        <MeetingTable meetings={data.myMeetings} caption={t('meetings.mineTitle')} data-testid="my-meetings" />
      ) : null}
    </div>
  );
}
