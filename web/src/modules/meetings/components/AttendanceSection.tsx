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
  /** The agenda items this organisation may see, with the organisations that may take part in each. */
  items: readonly AttendanceItem[];
  frozen: boolean;
}

export interface AttendanceItem {
  id: string;
  /** CASE or GENERAL: a general item is open to every member of the table. */
  kind: string;
  label: string;
  participantIds: readonly string[];
}

/**
 * The organisations the form offers: those the viewer may record for, and at a case item only
 * the item's participants (the case team); the whole meeting and a general item are for every member.
 */
export function attendanceOrganisations<O extends { id: string }>(
  recordable: readonly O[],
  item: AttendanceItem | undefined,
): O[] {
  return item?.kind === 'CASE' ? recordable.filter((o) => item.participantIds.includes(o.id)) : [...recordable];
}

/**
 * Who is at the meeting: the list (the meeting as a whole, then per agenda item), and the form to
 * record presence per organisation (and optionally per person), for the whole meeting or one item.
 * The chair records it for any member organisation, an organisation for itself; the form lists
 * only the organisations the rules allow, and at an item only those that may take part in it (the
 * API refuses any other, with its reason shown at the field).
 */
export function AttendanceSection({ meeting, members, candidates, attendance, items, frozen }: AttendanceSectionProps) {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const { record, loading } = useRecordAttendanceMutation();
  const [itemId, setItemId] = useState('');
  const item = items.find((i) => i.id === itemId);
  const mayRecord = members.filter((o) => mayRecordAttendance(ability, meeting, o.id));
  const recordable = attendanceOrganisations(mayRecord, item);
  const [organisationId, setOrganisationId] = useState('');
  const [userId, setUserId] = useState('');
  const [status, setStatus] = useState<string>('PRESENT');
  const [problems, setProblems] = useState<readonly FieldProblem[]>([]);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const chosen = recordable.some((o) => o.id === organisationId)
    ? organisationId
    : recordable.length === 1
      ? recordable[0]!.id
      : '';
  const people = candidates.filter((p) => p.organisationId === chosen);
  // A person of another organisation (the item or the organisation changed) is never sent along.
  const person = people.some((p) => p.id === userId) ? userId : '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await record({
      meetingId: meeting.id,
      itemId: itemId || null,
      organisationId: chosen,
      userId: person || null,
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
            <AttendanceRow key={a.id} row={a} />
          ))}
      </ul>
      {items.map((i) => {
        const rows = attendance.filter((a) => a.itemId === i.id);
        if (rows.length === 0) return null;
        return (
          <div key={i.id} data-testid="attendance-item" data-item-id={i.id}>
            <Heading3>{t('meetings.attendanceAtItem', { item: i.label })}</Heading3>
            <ul>
              {rows.map((a) => (
                <AttendanceRow key={a.id} row={a} />
              ))}
            </ul>
          </div>
        );
      })}
      {!frozen && mayRecord.length > 0 ? (
        <form
          onSubmit={(e) => void submit(e)}
          data-testid="attendance-form"
          className="mda-item-form"
          aria-labelledby="attendance-form-heading"
          noValidate
        >
          <Heading3 id="attendance-form-heading">{t('meetings.attendanceRecord')}</Heading3>
          {items.length > 0 ? (
            <SelectField
              id="attendance-itemId"
              label={t('meetings.attendanceItem')}
              value={itemId}
              onChange={setItemId}
              error={problemFor(problems, 'itemId')}
              emptyLabel={t('meetings.attendanceWholeMeeting')}
              options={items.map((i) => ({ value: i.id, label: i.label }))}
            />
          ) : null}
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
              value={person}
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

function AttendanceRow({ row }: { row: AttendanceSectionProps['attendance'][number] }) {
  const { t } = useTranslation();
  return (
    <li data-testid="attendance-row" data-organisation-id={row.organisation.id} data-item-id={row.itemId ?? ''}>
      {row.organisation.name}
      {row.userName ? ` (${row.userName})` : ''}: {t(`enums.AttendanceStatus.${row.status}`)}
    </li>
  );
}
