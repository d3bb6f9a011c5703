import { Migration } from '@mikro-orm/migrations';

/**
 * A meeting's real end time (issue 14): the chair plans it (default two hours after the start) and
 * the calendar file uses it instead of a fixed two hours. Existing meetings get start + 2 hours,
 * what their calendar files said until now. A meeting ends after it starts, within 12 hours.
 */
export class Migration20261208110100MeetingEndsAt extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "meeting" add column "ends_at" timestamptz null;`);
    this.addSql(`update "meeting" set "ends_at" = "starts_at" + interval '2 hours';`);
    this.addSql(`alter table "meeting" alter column "ends_at" set not null,
      add constraint "meeting_ends_after_start" check ("ends_at" > "starts_at" and "ends_at" <= "starts_at" + interval '12 hours');`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "meeting" drop column "ends_at";`);
  }
}
