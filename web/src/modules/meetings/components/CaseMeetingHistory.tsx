import { graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { MeetingTable } from './MeetingTable';

const CaseMeetingHistoryQuery = graphql(`
  query CaseMeetingHistory($id: ID!) {
    case(id: $id) {
      id
      meetingHistory {
        id
        ...MeetingTable_meeting
      }
    }
  }
`);

/** On the case page: the MDOs at which this case was on the agenda. */
export function CaseMeetingHistory({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(CaseMeetingHistoryQuery, { variables: { id: caseId } });
  const rows = data?.case.meetingHistory ?? [];
  return (
    <section aria-labelledby="case-meetings-heading" className="mda-section" data-testid="case-meetings">
      <Heading2 id="case-meetings-heading">{t('meetings.historyTitle')}</Heading2>
      {rows.length === 0 ? (
        <Paragraph>{t('meetings.historyEmpty')}</Paragraph>
      ) : (
        <MeetingTable meetings={rows} caption={t('meetings.historyTitle')} />
      )}
    </section>
  );
}
