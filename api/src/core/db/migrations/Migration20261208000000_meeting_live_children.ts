import { Migration } from '@mikro-orm/migrations';

const TABLES = ['meeting_item', 'meeting_contribution', 'meeting_decision', 'meeting_attendance'] as const;

/**
 * Live in the room, for everything said in it: the item form, contributions, decisions and
 * attendance recorded by one attendee reach every other attendee's open meeting page, not only
 * the chair's moves (issue 14, item 6). Each of these rows publishes on topic 'meeting' with the
 * meeting id in the case-id slot, like `meeting_publish`; a contribution names only its item, so
 * its meeting is looked up. Ids only, never text (docs/realtime.md).
 */
export class Migration20261208000000MeetingLiveChildren extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function mda_publish_meeting_event() returns trigger language plpgsql as $$
declare
  row_json jsonb;
  meeting_id text;
begin
  if TG_OP = 'DELETE' then row_json := to_jsonb(OLD); else row_json := to_jsonb(NEW); end if;
  meeting_id := coalesce(row_json ->> 'meeting_id',
    (select i.meeting_id::text from meeting_item i where i.id = (row_json ->> 'item_id')::uuid));
  perform pg_notify('mda_events', json_build_object(
    'topic', 'meeting',
    'caseId', meeting_id,
    'subjectType', TG_TABLE_NAME,
    'subjectId', row_json ->> 'id',
    'op', TG_OP,
    'recipientId', null,
    'at', to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
  )::text);
  return null;
end;
$$;`);
    for (const table of TABLES)
      this.addSql(
        `create trigger ${table}_publish after insert or update or delete on "${table}" for each row execute function mda_publish_meeting_event();`,
      );
  }

  override async down(): Promise<void> {
    for (const table of TABLES) this.addSql(`drop trigger if exists ${table}_publish on "${table}";`);
    this.addSql('drop function if exists mda_publish_meeting_event();');
  }
}
