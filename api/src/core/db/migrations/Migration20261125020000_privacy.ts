import { Migration } from '@mikro-orm/migrations';

/**
 * Field-level privacy: contact and secret-location fields on persons, shared case entries
 * with a data category, the purpose of a session, director assignments, and emergency
 * (break-the-glass) grants.
 */
export class Migration20261125020000Privacy extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "director_assignment" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "case_id" uuid not null, "user_id" uuid not null, "kind" text check ("kind" in ('CASE_DIRECTOR', 'PROCESS_DIRECTOR')) not null, "status" text check ("status" in ('PROPOSED', 'ACCEPTED', 'DECLINED', 'ENDED')) not null, "proposed_by_id" uuid null, "accepted_at" timestamptz null, "ended_at" timestamptz null, "handover_note" text null, constraint "director_assignment_pkey" primary key ("id"));`);
    this.addSql(`create index "director_assignment_case_id_index" on "director_assignment" ("case_id");`);
    this.addSql(`create index "director_assignment_user_id_status_index" on "director_assignment" ("user_id", "status");`);
    this.addSql(`create table "case_entry" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "case_id" uuid not null, "category" text check ("category" in ('IDENTITY', 'CONTACT', 'SECRET_LOCATION', 'CRIMINAL', 'HEALTH', 'CHILD_PROTECTION', 'PLAN', 'RESTRICTED_NOTE')) not null, "author_organisation_id" uuid not null, "author_user_id" uuid not null, "title" text not null, "body" text not null, "occurred_on" date null, "concerns" text[] not null, "audience" text[] not null, "version" int not null default 1, constraint "case_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "case_entry_case_id_index" on "case_entry" ("case_id");`);
    this.addSql(`create table "break_glass_grant" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "case_id" uuid not null, "user_id" uuid not null, "organisation_id" uuid not null, "reason" text not null, "granted_at" timestamptz not null, "expires_at" timestamptz not null, "review_status" text check ("review_status" in ('PENDING', 'APPROVED', 'FLAGGED')) not null, "reviewed_by_id" uuid null, "reviewed_at" timestamptz null, "review_comment" text null, constraint "break_glass_grant_pkey" primary key ("id"));`);
    this.addSql(`create index "break_glass_grant_case_id_index" on "break_glass_grant" ("case_id");`);
    this.addSql(`create index "break_glass_grant_review_status_index" on "break_glass_grant" ("review_status");`);
    this.addSql(`create index "break_glass_grant_user_id_expires_at_index" on "break_glass_grant" ("user_id", "expires_at");`);
    this.addSql(`alter table "director_assignment" add constraint "director_assignment_case_id_foreign" foreign key ("case_id") references "case_file" ("id") on update cascade;`);
    this.addSql(`alter table "director_assignment" add constraint "director_assignment_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "director_assignment" add constraint "director_assignment_proposed_by_id_foreign" foreign key ("proposed_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "case_entry" add constraint "case_entry_case_id_foreign" foreign key ("case_id") references "case_file" ("id") on update cascade;`);
    this.addSql(`alter table "case_entry" add constraint "case_entry_author_organisation_id_foreign" foreign key ("author_organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "case_entry" add constraint "case_entry_author_user_id_foreign" foreign key ("author_user_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "break_glass_grant" add constraint "break_glass_grant_case_id_foreign" foreign key ("case_id") references "case_file" ("id") on update cascade;`);
    this.addSql(`alter table "break_glass_grant" add constraint "break_glass_grant_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "break_glass_grant" add constraint "break_glass_grant_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "break_glass_grant" add constraint "break_glass_grant_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "person" add column "address" text null, add column "phone" text null, add column "shelter_address" text null, add column "safe_contact" text null;`);
    this.addSql(`alter table "user_session" add column "purpose" text check ("purpose" in ('MDO_PREPARATION', 'PLAN_EXECUTION', 'SAFETY_ASSESSMENT', 'CRISIS')) null;`);
    this.addSql(`alter table "case_entry" add constraint "case_entry_audience" check (("category" = 'RESTRICTED_NOTE') = (cardinality("audience") > 0));`);
    this.addSql(`alter table "case_entry" add constraint "case_entry_audience_known" check ("audience" <@ array['POLICE','PROSECUTION','PROBATION','CHILD_PROTECTION_BOARD','YOUTH_PROTECTION','LOCAL_TEAM','SAFE_HOME','CENTRE','SAFETY_HOUSE','CARE','MUNICIPALITY']::text[]);`);
    this.addSql(`alter table "break_glass_grant" add constraint "break_glass_grant_period" check ("expires_at" > "granted_at");`);
    this.addSql(`alter table "break_glass_grant" add constraint "break_glass_grant_reason" check (length(trim("reason")) >= 10);`);
    this.addSql(`create index "director_assignment_case_kind_status_index" on "director_assignment" ("case_id", "kind", "status");`);
    this.addSql(`create table "notification" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "recipient_id" uuid not null, "kind" text not null, "case_id" uuid null, "message" text not null, "read_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_recipient_id_read_at_index" on "notification" ("recipient_id", "read_at");`);
    this.addSql(`alter table "notification" add constraint "notification_recipient_id_foreign" foreign key ("recipient_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_case_id_foreign" foreign key ("case_id") references "case_file" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "notification" cascade;');
    this.addSql('drop table if exists "case_entry" cascade;');
    this.addSql('drop table if exists "director_assignment" cascade;');
    this.addSql('drop table if exists "break_glass_grant" cascade;');
    this.addSql('alter table "person" drop column "address", drop column "phone", drop column "shelter_address", drop column "safe_contact";');
    this.addSql('alter table "user_session" drop column "purpose";');
  }
}
