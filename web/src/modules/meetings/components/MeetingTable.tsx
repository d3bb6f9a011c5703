import { type FragmentType, getFragmentData, graphql } from '@mda/graphql';
import { TableCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../ui/DataTable';
import { RouterLink } from '../../../ui/RouterLink';

export const MeetingTable_meetingFragment = graphql(`
  fragment MeetingTable_meeting on MeetingSummary {
    id
    seriesName
    startsAt
    place
    status
    itemCount
    viewerIsChair
  }
`);

export interface MeetingTableProps {
  meetings: readonly FragmentType<typeof MeetingTable_meetingFragment>[];
  caption: string;
  'data-testid'?: string;
}

/** Meetings with their table, date, place, status and number of items. */
export function MeetingTable({ meetings: refs, caption, 'data-testid': testId }: MeetingTableProps) {
  const { t, i18n } = useTranslation();
  const meetings = refs.map((ref) => getFragmentData(MeetingTable_meetingFragment, ref));
  const when = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Amsterdam',
    });
  return (
    <DataTable
      caption={caption}
      columns={[
        t('meetings.col.series'),
        t('meetings.col.when'),
        t('meetings.col.place'),
        t('meetings.col.status'),
        t('meetings.col.items'),
      ]}
      data-testid={testId}
    >
      {meetings.map((m) => (
        <TableRow key={m.id} data-testid="meeting-row" data-meeting-id={m.id}>
          <TableCell>
            <RouterLink to={`/overleggen/${m.id}`} data-testid="meeting-link">
              {m.seriesName}
            </RouterLink>
            {m.viewerIsChair ? <strong> {t('meetings.youChair')}</strong> : null}
          </TableCell>
          <TableCell>{when(String(m.startsAt))}</TableCell>
          <TableCell>{m.place ?? '-'}</TableCell>
          <TableCell>{t(`enums.MeetingStatus.${m.status}`)}</TableCell>
          <TableCell>{m.itemCount}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}
