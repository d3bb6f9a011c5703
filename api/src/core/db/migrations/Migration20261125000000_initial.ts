import { Migration } from '@mikro-orm/migrations';

/** Identity (organisations, users, sessions, login throttling) and the first domain slice. */
export class Migration20261125000000Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "household" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "household_pkey" primary key ("id"));`);
    this.addSql(`create table "case_file" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "reference" text not null, "status" text check ("status" in ('INTAKE', 'ACTIVE', 'MONITORING', 'CLOSED')) not null default 'INTAKE', "municipality" text not null, "profile" text check ("profile" in ('INTIMATE_TERROR', 'FAMILY_UNDER_STRESS', 'LONG_TERM_CARE', 'CHILD_BEHAVIOUR_PARENTING_STRESS', 'COMPLEX_CONFLICT_DIVORCE', 'INTIMATE_TERROR_WITHOUT_CHILDREN', 'CHILD_TO_PARENT_ABUSE', 'CHILD_ABUSE', 'ELDER_ABUSE', 'YOUTH_PROSTITUTION_TRAFFICKING', 'HARMFUL_TRADITIONAL_PRACTICES', 'SEXUAL_VIOLENCE')) not null, "household_id" uuid not null, "opened_at" timestamptz not null default now(), "closed_at" timestamptz null, "version" int not null default 1, constraint "case_file_pkey" primary key ("id"));`);
    this.addSql(`alter table "case_file" add constraint "case_file_reference_unique" unique ("reference");`);
    this.addSql(`create index "case_file_status_index" on "case_file" ("status");`);
    this.addSql(`create index "case_file_municipality_index" on "case_file" ("municipality");`);
    this.addSql(`create index "case_file_household_id_index" on "case_file" ("household_id");`);
    this.addSql(`create table "login_throttle" ("key" text not null, "failures" int not null default 0, "window_started_at" timestamptz not null, "locked_until" timestamptz null, constraint "login_throttle_pkey" primary key ("key"));`);
    this.addSql(`create table "organisation" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" text not null, "type" text check ("type" in ('POLICE', 'PROSECUTION', 'PROBATION', 'CHILD_PROTECTION_BOARD', 'YOUTH_PROTECTION', 'LOCAL_TEAM', 'SAFE_HOME', 'CENTRE', 'SAFETY_HOUSE', 'CARE', 'MUNICIPALITY')) not null, constraint "organisation_pkey" primary key ("id"));`);
    this.addSql(`alter table "organisation" add constraint "organisation_name_unique" unique ("name");`);
    this.addSql(`create table "person" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "first_name" text not null, "last_name" text not null, "date_of_birth" date null, "bsn_hash" text null, constraint "person_pkey" primary key ("id"));`);
    this.addSql(`create index "person_bsn_hash_index" on "person" ("bsn_hash");`);
    this.addSql(`create table "household_member" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "household_id" uuid not null, "person_id" uuid not null, "roles" text[] not null, constraint "household_member_pkey" primary key ("id"));`);
    this.addSql(`alter table "household_member" add constraint "household_member_household_id_person_id_unique" unique ("household_id", "person_id");`);
    this.addSql(`create table "app_user" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "email" text not null, "display_name" text not null, "password_hash" text not null, "organisation_id" uuid not null, "roles" text[] not null, "active" boolean not null default true, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);
    this.addSql(`create index "app_user_organisation_id_index" on "app_user" ("organisation_id");`);
    this.addSql(`create table "user_session" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "token_hash" text not null, "user_id" uuid not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "last_seen_at" timestamptz not null default now(), constraint "user_session_pkey" primary key ("id"));`);
    this.addSql(`alter table "user_session" add constraint "user_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "user_session_user_id_index" on "user_session" ("user_id");`);
    this.addSql(`create table "case_team_membership" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "case_id" uuid not null, "organisation_id" uuid not null, "legal_basis_kind" text check ("legal_basis_kind" in ('COVENANT', 'CONSENT', 'LEGAL_DUTY')) not null, "legal_basis_article" text null, "consent_date" date null, "legal_basis_statute" text null, "purpose" text not null, "valid_from" date not null, "valid_until" date null, "ended_at" timestamptz null, "added_by_id" uuid null, "ended_by_id" uuid null, constraint "case_team_membership_pkey" primary key ("id"));`);
    this.addSql(`create index "case_team_membership_organisation_id_case_id_index" on "case_team_membership" ("organisation_id", "case_id");`);
    this.addSql(`alter table "case_file" add constraint "case_file_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade;`);
    this.addSql(`alter table "household_member" add constraint "household_member_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade;`);
    this.addSql(`alter table "household_member" add constraint "household_member_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`);
    this.addSql(`alter table "app_user" add constraint "app_user_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "case_team_membership" add constraint "case_team_membership_case_id_foreign" foreign key ("case_id") references "case_file" ("id") on update cascade;`);
    this.addSql(`alter table "case_team_membership" add constraint "case_team_membership_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "case_team_membership" add constraint "case_team_membership_added_by_id_foreign" foreign key ("added_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "case_team_membership" add constraint "case_team_membership_ended_by_id_foreign" foreign key ("ended_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`create table "case_reference_counter" ("year" int not null, "last_value" int not null, constraint "case_reference_counter_pkey" primary key ("year"), constraint "case_reference_counter_range" check ("last_value" between 1 and 999999));`);
    this.addSql(`alter table "app_user" add constraint "app_user_roles_known" check ("roles" <@ array['PROFESSIONAL','CASE_DIRECTOR','PROCESS_DIRECTOR','PRIVACY_OFFICER','ADMIN']::text[] and cardinality("roles") > 0);`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_lower" check ("email" = lower("email"));`);
    this.addSql(`alter table "household_member" add constraint "household_member_roles_known" check ("roles" <@ array['VICTIM','PERPETRATOR','CHILD','OTHER']::text[] and cardinality("roles") > 0);`);
    this.addSql(`alter table "case_team_membership" add constraint "case_team_membership_period" check ("valid_until" is null or "valid_until" >= "valid_from");`);
    this.addSql(`alter table "case_team_membership" add constraint "case_team_membership_legal_basis" check (("legal_basis_kind" = 'COVENANT' and "legal_basis_article" is not null) or ("legal_basis_kind" = 'CONSENT' and "consent_date" is not null) or ("legal_basis_kind" = 'LEGAL_DUTY' and "legal_basis_statute" is not null));`);
    this.addSql(`alter table "case_file" add constraint "case_file_reference_format" check ("reference" ~ '^MDA-[0-9]{4}-[0-9]{6}$');`);
    this.addSql(`alter table "case_file" add constraint "case_file_closed" check (("status" = 'CLOSED') = ("closed_at" is not null));`);
    this.addSql(`create index "case_file_opened_at_id_index" on "case_file" ("opened_at" desc, "id" desc);`);
    this.addSql(`create index "case_team_membership_case_id_index" on "case_team_membership" ("case_id");`);
    this.addSql(`create index "household_member_person_id_index" on "household_member" ("person_id");`);
  }

  override async down(): Promise<void> {
    for (const table of ['case_team_membership', 'case_file', 'household_member', 'household', 'person', 'user_session', 'app_user', 'organisation', 'login_throttle', 'case_reference_counter']) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
  }
}
