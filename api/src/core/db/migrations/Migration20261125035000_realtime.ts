import { Migration } from '@mikro-orm/migrations';

/**
 * Realtime: one generic trigger function that publishes an event on the `mda_events`
 * channel with `pg_notify`, inside the writing transaction (delivered on commit only, lost on
 * rollback). The payload carries ids only, never personal data:
 *   {"topic", "caseId", "subjectType": TG_TABLE_NAME, "subjectId", "op": TG_OP, "recipientId", "at"}
 * Trigger arguments: TG_ARGV[0] = topic (default 'case'), TG_ARGV[1] = the column holding the
 * case id (default 'case_id'). Hooking in another table is one statement (docs/realtime.md):
 *   create trigger plan_goal_publish after insert or update or delete on "plan_goal"
 *     for each row execute function mda_publish_event();
 */
export class Migration20261125035000Realtime extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function mda_publish_event() returns trigger language plpgsql as $$
declare
  row_json jsonb;
  topic text := coalesce(nullif(TG_ARGV[0], ''), 'case');
  case_column text := coalesce(nullif(TG_ARGV[1], ''), 'case_id');
begin
  if TG_OP = 'DELETE' then row_json := to_jsonb(OLD); else row_json := to_jsonb(NEW); end if;
  perform pg_notify('mda_events', json_build_object(
    'topic', topic,
    'caseId', row_json ->> case_column,
    'subjectType', TG_TABLE_NAME,
    'subjectId', row_json ->> 'id',
    'op', TG_OP,
    'recipientId', row_json ->> 'recipient_id',
    'at', to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
  )::text);
  return null;
end;
$$;`);
    this.addSql(`create trigger case_entry_publish after insert or update or delete on "case_entry" for each row execute function mda_publish_event();`);
    this.addSql(`create trigger case_team_membership_publish after insert or update or delete on "case_team_membership" for each row execute function mda_publish_event();`);
    this.addSql(`create trigger case_file_publish after update of "status" on "case_file" for each row when (old."status" is distinct from new."status") execute function mda_publish_event('case', 'id');`);
    this.addSql(`create trigger notification_publish after insert on "notification" for each row execute function mda_publish_event('notification');`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists notification_publish on "notification";');
    this.addSql('drop trigger if exists case_file_publish on "case_file";');
    this.addSql('drop trigger if exists case_team_membership_publish on "case_team_membership";');
    this.addSql('drop trigger if exists case_entry_publish on "case_entry";');
    this.addSql('drop function if exists mda_publish_event();');
  }
}
