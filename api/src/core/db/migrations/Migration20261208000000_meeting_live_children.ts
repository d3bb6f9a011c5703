import { Migration } from '@mikro-orm/migrations';

const WITH_MEETING_ID = ['meeting_item', 'meeting_decision', 'meeting_attendance'] as const;

/**
 * Live in the room, for everything said in it: the item form, contributions, decisions and
 * attendance recorded by one attendee reach every other attendee's open meeting page, not only
 * the chair's moves (issue 14, item 6). Each of these rows publishes on topic 'meeting' with the
 * meeting id in the case-id slot, like `meeting_publish`: the three tables holding `meeting_id`
 * through the generic `mda_publish_event`; a contribution names only its item, so a small
 * trigger touches nothing but looks its meeting up and publishes the same payload. Ids only,
 * never text (docs/realtime.md).
 */
export class Migration20261208000000MeetingLiveChildren extends Migration {
  override async up(): Promise<void> {
    for (const table of WITH_MEETING_ID)
      this.addSql(
        `create trigger ${table}_publish after insert or update or delete on "${table}" for each row execute function mda_publish_event('meeting', 'meeting_id');`,
      );
    this.addSql(`create or replace function mda_publish_contribution_event() returns trigger language plpgsql as $$
declare
  row_json jsonb;
begin
  if TG_OP = 'DELETE' then row_json := to_jsonb(OLD); else row_json := to_jsonb(NEW); end if;
  perform pg_notify('mda_events', json_build_object(
    'topic', 'meeting',
    'caseId', (select i.meeting_id from meeting_item i where i.id = (row_json ->> 'item_id')::uuid),
    'subjectType', TG_TABLE_NAME,
    'subjectId', row_json ->> 'id',
    'op', TG_OP,
    'recipientId', null,
    'at', to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
  )::text);
  return null;
end;
$$;`);
    this.addSql(
      `create trigger meeting_contribution_publish after insert or update or delete on "meeting_contribution" for each row execute function mda_publish_contribution_event();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists meeting_contribution_publish on "meeting_contribution";');
    this.addSql('drop function if exists mda_publish_contribution_event();');
    for (const table of WITH_MEETING_ID) this.addSql(`drop trigger if exists ${table}_publish on "${table}";`);
  }
}
