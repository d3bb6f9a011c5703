import { getFragmentData, graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import { Heading2, Link, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../app/PageTitle';
import { QueryError } from '../../../app/QueryError';
import { LoadingState } from '../../../ui/LoadingState';
import { AgendaItem, AgendaItem_itemFragment } from '../components/AgendaItem';
import { AttendanceSection } from '../components/AttendanceSection';
import { ChairControls } from '../components/ChairControls';
import { mayRunMeeting, type MeetingTable } from '../../auth/meetingPermissions';
import { useAppAbility } from '../../auth/hooks/useAppAbility';
import { useMeetingLive } from '../hooks/useMeetingLive';

export const MeetingPage_meetingFragment = graphql(`
  fragment MeetingPage_meeting on Meeting {
    id
    startsAt
    endsAt
    place
    videoLink
    status
    currentItemId
    version
    series {
      id
      name
      rhythm
      chairId
      chairName
      members {
        id
        name
      }
    }
    attendeeCandidates {
      id
      name
      organisationId
    }
    items {
      id
      kind
      label
      visible
      participants {
        organisation {
          id
        }
      }
      ...AgendaItem_item
    }
    attendance {
      id
      itemId
      status
      userName
      organisation {
        id
        name
      }
    }
  }
`);

const MeetingQuery = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      id
      ...MeetingPage_meeting
    }
  }
`);

/** A meeting: preparation (agenda, form) and, for the chair, running it; every screen follows the chair live. */
export function MeetingPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(MeetingQuery, { variables: { id } });
  const { live } = useMeetingLive(data ? id : '');
  const ability = useAppAbility();
  const m = data ? getFragmentData(MeetingPage_meetingFragment, data.meeting) : null;
  const memberIds = m?.series.members.map((o) => o.id).join(',') ?? '';
  const table = useMemo<MeetingTable>(
    () => ({ id: m?.id ?? '', chairId: m?.series.chairId ?? '', memberOrganisationIds: memberIds.split(',') }),
    [m?.id, m?.series.chairId, memberIds],
  );
  if (error && !data) return <QueryError error={error} retry={() => refetch()} />;
  if (!m) return loading ? <LoadingState label={t('app.loading')} /> : null;
  const locale = i18n.language === 'en' ? 'en-GB' : 'nl-NL';
  const until = new Date(String(m.endsAt)).toLocaleTimeString(locale, {
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  });
  const when = `${new Date(String(m.startsAt)).toLocaleString(locale, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  })}-${until}`;
  const frozen = m.status === 'MINUTES_AGREED';
  return (
    <div
      className="mda-meeting"
      data-testid="meeting-page"
      data-status={m.status}
      data-current-item={m.currentItemId ?? ''}
    >
      <PageTitle title={`${m.series.name} - ${when}`} />
      <Paragraph>
        {t(`enums.MeetingStatus.${m.status}`)}; {m.place ?? ''}{' '}
        {m.videoLink ? <Link href={m.videoLink}>{t('meetings.videoLink')}</Link> : null}
      </Paragraph>
      <Paragraph>
        {t('meetings.chair')}: {m.series.chairName ?? '-'}; {m.series.rhythm}
      </Paragraph>
      {live ? (
        <Paragraph className="mda-live-status">
          <span className="mda-live-badge" data-testid="meeting-live">
            {t('meetings.live')}
          </span>
        </Paragraph>
      ) : null}
      {mayRunMeeting(ability, table) && !frozen ? <ChairControls meetingId={m.id} status={m.status} /> : null}
      <section aria-labelledby="agenda-heading" className="mda-section">
        <Heading2 id="agenda-heading">{t('meetings.agenda')}</Heading2>
        <ol className="mda-agenda" data-testid="agenda">
          {m.items.map((item) => (
            <AgendaItem
              key={getFragmentData(AgendaItem_itemFragment, item).id}
              item={item}
              current={getFragmentData(AgendaItem_itemFragment, item).id === m.currentItemId}
              frozen={frozen}
              held={m.status === 'HELD'}
              meeting={table}
            />
          ))}
        </ol>
      </section>
      <AttendanceSection
        meeting={table}
        members={m.series.members}
        candidates={m.attendeeCandidates}
        attendance={m.attendance}
        items={m.items
          .filter((item) => item.visible)
          .map((item) => ({
            id: item.id,
            kind: item.kind,
            label: item.label,
            participantIds: item.participants.map((p) => p.organisation.id),
          }))}
        frozen={frozen}
      />
      <Paragraph>
        <Link href={`/api/meetings/${m.id}/minutes.pdf`} data-testid="minutes-pdf">
          {t('meetings.minutesPdf')}
        </Link>
        {' | '}
        <Link href={`/api/meetings/${m.id}/calendar.ics`} data-testid="meeting-ics" download>
          {t('meetings.icsFile')}
        </Link>
      </Paragraph>
    </div>
  );
}
