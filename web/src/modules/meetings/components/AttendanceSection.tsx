import type { AttendanceStatus } from '@mda/graphql';
import { Button, Heading2, Heading3 } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../../../app/errors';
import { FeedbackRegions, type Feedback } from '../../../ui/FeedbackRegions';
import { mayRecordAttendance, type MeetingTable } from '../../auth/meetingPermissions';
import { useAppAbility } from '../../auth/hooks/useAppAbility';
import { problemFor, SelectField } from '../../plans/components/PlanFields';
import { useRecordAttendanceMutation } from '../hooks/useRecordAttendanceMutation';

const STATUSES: readonly AttendanceStatus[] = ['PRESENT', 'EXCUSED', 'ABSENT'];

export interface AttendanceSectionProps {
  meeting: MeetingTable;
  members: readonly { id: string; name: string }[];
  /** Professionals of the member organisations (sent to the chair only). */
  candidates: readonly { id: string; name: string; organisationId: string }[];
  attendance: readonly {
    id: string;
    itemId?: string | null;
    status: AttendanceStatus;
    userName?: string | null;
    organisation: { id: string; name: string };
  }[];
  frozen: boolean;
}

/**
 * Who is at the meeting: the list, and the form to record presence per organisation (and
 * optionally per person). The chair records it for any member organisation, an organisation
 * for itself; the form lists only the organisations the rules allow.
 */
export function AttendanceSection({ meeting, members, candidates, attendance, frozen }: AttendanceSectionProps) {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const { record, loading } = useRecordAttendanceMutation();
  const recordable = members.filter((o) => mayRecordAttendance(ability, meeting, o.id));
  const [organisationId, setOrganisationId] = useState('');
  const [userId, setUserId] = useState('');
  const [status, setStatus] = useState<string>('PRESENT');
  const [problems, setProblems] = useState<readonly FieldProblem[]>([]);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const chosen = organisationId || (recordable.length === 1 ? recordable[0]!.id : '');
  const people = candidates.filter((p) => p.organisationId === chosen);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await record({
      meetingId: meeting.id,
      organisationId: chosen,
      userId: userId || null,
      status: status as AttendanceStatus,
    });
    if (outcome.ok) {
      setProblems([]);
      setUserId('');
      setFeedback({ kind: 'ok', text: t('meetings.attendanceSaved') });
      return;
    }
    setProblems(outcome.problems ?? []);
    setFeedback({ kind: 'error', text: outcome.message ?? t('meetings.failed') });
  };

  return (
    <section aria-labelledby="attendance-heading" className="mda-section">
      <Heading2 id="attendance-heading">{t('meetings.attendance')}</Heading2>
      <ul data-testid="attendance">
        {attendance
          .filter((a) => !a.itemId)
          .map((a) => (
            <li key={a.id} data-testid="attendance-row" data-organisation-id={a.organisation.id}>
              {a.organisation.name}
              {a.userName ? ` (${a.userName})` : ''}: {t(`enums.AttendanceStatus.${a.status}`)}
            </li>
          ))}
      </ul>
      {!frozen && recordable.length > 0 ? (
        <form
          onSubmit={(e) => void submit(e)}
          data-testid="attendance-form"
          className="mda-item-form"
          aria-labelledby="attendance-form-heading"
          noValidate
        >
          <Heading3 id="attendance-form-heading">{t('meetings.attendanceRecord')}</Heading3>
          <SelectField
            id="attendance-organisationId"
            label={t('meetings.organisation')}
            value={chosen}
            onChange={(v) => {
              setOrganisationId(v);
              setUserId('');
            }}
            error={problemFor(problems, 'organisationId')}
            emptyLabel={recordable.length === 1 ? undefined : t('meetings.choose')}
            options={recordable.map((o) => ({ value: o.id, label: o.name }))}
          />
          {people.length > 0 ? (
            <SelectField
              id="attendance-userId"
              label={t('meetings.person')}
              value={userId}
              onChange={setUserId}
              error={problemFor(problems, 'userId')}
              emptyLabel={t('meetings.wholeOrganisation')}
              options={people.map((p) => ({ value: p.id, label: p.name }))}
            />
          ) : null}
          <SelectField
            id="attendance-status"
            label={t('meetings.attendanceStatus')}
            value={status}
            onChange={setStatus}
            error={problemFor(problems, 'status')}
            options={STATUSES.map((s) => ({ value: s, label: t(`enums.AttendanceStatus.${s}`) }))}
          />
          <Button
            type="submit"
            appearance="secondary-action-button"
            busy={loading}
            disabled={loading}
            data-testid="attendance-save"
          >
            {t('meetings.attendanceSave')}
          </Button>
          <FeedbackRegions feedback={feedback} testId="attendance" />
        </form>
      ) : null}
    </section>
  );
}
