import { Migration } from '@mikro-orm/migrations';

/**
 * The multidisciplinary meeting (docs/meetings.md): series, meetings, agenda items with the MDO
 * form, contributions (picture per partner, dissent), decisions (linked to the plan action they
 * created) and attendance. Grants come from the default privileges (least-privilege migration).
 */
export class Migration20261207080000Meetings extends Migration {
  override async up(): Promise<void> {
    const categories = `('IDENTITY','CONTACT','SECRET_LOCATION','CRIMINAL','HEALTH','CHILD_PROTECTION','PLAN','RESTRICTED_NOTE')`;
    this.addSql(`create table "meeting_series" (
      "id" uuid not null primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "name" text not null check (length(btrim("name")) between 3 and 200),
      "chair_id" uuid not null references "app_user" ("id"),
      "member_organisation_ids" uuid[] not null check (cardinality("member_organisation_ids") between 1 and 50),
      "rhythm" text not null, "created_by_id" uuid not null references "app_user" ("id"));`);
    this.addSql(`create table "meeting" (
      "id" uuid not null primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "series_id" uuid not null references "meeting_series" ("id"),
      "starts_at" timestamptz not null, "place" text null, "video_link" text null,
      "status" text not null default 'PLANNED' constraint "meeting_status_known" check ("status" in ('PLANNED','IN_PROGRESS','HELD','MINUTES_AGREED')),
      "current_item_id" uuid null, "held_at" timestamptz null, "minutes_agreed_at" timestamptz null,
      "version" integer not null default 1,
      constraint "meeting_place_or_link" check ("place" is not null or "video_link" is not null),
      constraint "meeting_held_at" check (("status" in ('HELD','MINUTES_AGREED')) = ("held_at" is not null)),
      constraint "meeting_minutes_agreed_at" check (("status" = 'MINUTES_AGREED') = ("minutes_agreed_at" is not null)));`);
    this.addSql(`create index "meeting_series_id_starts_at_index" on "meeting" ("series_id", "starts_at");`);
    this.addSql(`create table "meeting_item" (
      "id" uuid not null primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "meeting_id" uuid not null references "meeting" ("id"), "position" integer not null,
      "kind" text not null constraint "meeting_item_kind_known" check ("kind" in ('CASE','GENERAL')),
      "case_id" uuid null references "case_file" ("id"), "title" text null,
      "question" text null, "question_category" text not null default 'PLAN' check ("question_category" in ${categories}),
      "considerations" text null, "considerations_category" text not null default 'PLAN' check ("considerations_category" in ${categories}),
      "safety_score" smallint null check ("safety_score" between 0 and 10),
      "added_by_id" uuid not null references "app_user" ("id"), "author_organisation_id" uuid not null references "organisation" ("id"),
      "version" integer not null default 1,
      constraint "meeting_item_case_or_title" check (("kind" = 'CASE') = ("case_id" is not null) and ("kind" = 'GENERAL') = ("title" is not null)),
      constraint "meeting_item_meeting_id_case_id_unique" unique ("meeting_id", "case_id"),
      constraint "meeting_item_meeting_id_position_unique" unique ("meeting_id", "position"));`);
    this.addSql(`create index "meeting_item_case_id_index" on "meeting_item" ("case_id");`);
    this.addSql(`alter table "meeting" add constraint "meeting_current_item_fk" foreign key ("current_item_id") references "meeting_item" ("id");`);
    this.addSql(`create table "meeting_contribution" (
      "id" uuid not null primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "item_id" uuid not null references "meeting_item" ("id"), "case_id" uuid null references "case_file" ("id"),
      "kind" text not null check ("kind" in ('PICTURE','DISSENT')),
      "category" text not null check ("category" in ${categories}), "body" text not null,
      "organisation_id" uuid not null references "organisation" ("id"), "author_id" uuid not null references "app_user" ("id"));`);
    this.addSql(`create index "meeting_contribution_item_id_index" on "meeting_contribution" ("item_id");`);
    this.addSql(`create table "meeting_decision" (
      "id" uuid not null primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "item_id" uuid not null references "meeting_item" ("id"), "meeting_id" uuid not null references "meeting" ("id"),
      "case_id" uuid null references "case_file" ("id"), "text" text not null,
      "category" text not null default 'PLAN' check ("category" in ${categories}),
      "plan_element_id" uuid null references "plan_element" ("id"), "owner_organisation_id" uuid null references "organisation" ("id"),
      "decided_by_id" uuid not null references "app_user" ("id"), "author_organisation_id" uuid not null references "organisation" ("id"),
      "notified_at" timestamptz null);`);
    this.addSql(`create index "meeting_decision_item_id_index" on "meeting_decision" ("item_id");`);
    this.addSql(`create index "meeting_decision_meeting_id_index" on "meeting_decision" ("meeting_id");`);
    this.addSql(`create table "meeting_attendance" (
      "id" uuid not null primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "meeting_id" uuid not null references "meeting" ("id"), "item_id" uuid null references "meeting_item" ("id"),
      "organisation_id" uuid not null references "organisation" ("id"), "user_id" uuid null references "app_user" ("id"),
      "status" text not null constraint "meeting_attendance_status_known" check ("status" in ('PRESENT','EXCUSED','ABSENT')),
      "recorded_by_id" uuid not null references "app_user" ("id"));`);
    this.addSql(`create unique index "meeting_attendance_once" on "meeting_attendance" ("meeting_id", coalesce("item_id", '00000000-0000-0000-0000-000000000000'::uuid), "organisation_id", coalesce("user_id", '00000000-0000-0000-0000-000000000000'::uuid));`);
    // Live in the room: the chair's moves (current item, status) reach every attendee's screen
    // through the LISTEN/NOTIFY fan-out (topic 'meeting', the meeting id in the case-id slot; ids only).
    this.addSql(`create trigger meeting_publish after update of "current_item_id", "status" on "meeting" for each row when (old."current_item_id" is distinct from new."current_item_id" or old."status" is distinct from new."status") execute function mda_publish_event('meeting', 'id');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists meeting_publish on "meeting";`);
    this.addSql(`alter table "meeting" drop constraint if exists "meeting_current_item_fk";`);
    for (const t of ['meeting_attendance', 'meeting_decision', 'meeting_contribution', 'meeting_item', 'meeting', 'meeting_series']) this.addSql(`drop table if exists "${t}";`);
  }
}
