import { Migration } from '@mikro-orm/migrations';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const CATEGORIES = ['IDENTITY', 'CONTACT', 'SECRET_LOCATION', 'CRIMINAL', 'HEALTH', 'CHILD_PROTECTION', 'PLAN', 'RESTRICTED_NOTE'];

/**
 * The joint plan (docs/plan.md): one plan per case, its working copy as elements, frozen
 * versions with sign-offs, notes and a change history. Every table carries `case_id`
 * directly (the realtime layer attaches its notify trigger on it). Frozen versions and
 * sign-offs are protected by triggers: a sign-off is never changed or removed; a version's
 * content never changes and only its status moves, once, from PROPOSED to AGREED or OBJECTED.
 */
export class Migration20261125040000Plans extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "plan" (
      "id" uuid not null primary key,
      "case_id" uuid not null unique references "case_file" ("id") on update cascade,
      "status" text not null default 'DRAFT' check ("status" in ('DRAFT', 'PROPOSED', 'AGREED')),
      "first_meeting_on" date null,
      "version_count" integer not null default 0 check ("version_count" >= 0),
      "agreed_version_number" integer null,
      "created_by_id" uuid null references "app_user" ("id") on update cascade,
      "version" integer not null default 1,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      check ("agreed_version_number" is null or "agreed_version_number" between 1 and "version_count"),
      check ("status" <> 'AGREED' or "agreed_version_number" = "version_count"));`);

    this.addSql(`create table "plan_element" (
      "id" uuid not null primary key,
      "case_id" uuid not null references "case_file" ("id") on update cascade,
      "plan_id" uuid not null references "plan" ("id") on update cascade,
      "kind" text not null check ("kind" in ('PICTURE', 'GOAL', 'ACTION', 'SAFETY_ITEM', 'MEASURE')),
      "category" text not null check ("category" in (${list(CATEGORIES)})),
      "parent_id" uuid null references "plan_element" ("id") on update cascade on delete cascade,
      "owner_organisation_id" uuid null references "organisation" ("id") on update cascade,
      "due_on" date null,
      "status" text null check ("status" is null or "status" in ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
      "content" jsonb not null,
      "author_organisation_id" uuid not null references "organisation" ("id") on update cascade,
      "author_user_id" uuid not null references "app_user" ("id") on update cascade,
      "updated_by_user_id" uuid not null references "app_user" ("id") on update cascade,
      "updated_by_organisation_id" uuid not null references "organisation" ("id") on update cascade,
      "version" integer not null default 1,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      check (jsonb_typeof("content") = 'object'),
      check ("kind" <> 'GOAL' or ("content" ->> 'phase' is not null and "content" ->> 'lifeDomain' is not null and "content" ->> 'measurableEnd' is not null)),
      check ("kind" <> 'ACTION' or ("parent_id" is not null and "owner_organisation_id" is not null and "due_on" is not null and "status" is not null)),
      check ("status" is distinct from 'CANCELLED' or coalesce("content" ->> 'cancellationReason', '') <> ''),
      check ("kind" <> 'MEASURE' or ("owner_organisation_id" is not null and "content" ->> 'startsOn' is not null)));`);
    this.addSql(`create index "plan_element_case_id_index" on "plan_element" ("case_id");`);
    this.addSql(`create index "plan_element_plan_id_kind_index" on "plan_element" ("plan_id", "kind");`);
    this.addSql(`create index "plan_element_parent_id_index" on "plan_element" ("parent_id");`);
    this.addSql(`create index "plan_element_open_actions_index" on "plan_element" ("due_on") where "kind" = 'ACTION' and "status" in ('OPEN', 'IN_PROGRESS');`);

    this.addSql(`create table "plan_element_change" (
      "id" uuid not null primary key,
      "case_id" uuid not null references "case_file" ("id") on update cascade,
      "plan_id" uuid not null references "plan" ("id") on update cascade,
      "element_id" uuid not null,
      "kind" text not null,
      "category" text not null check ("category" in (${list(CATEGORIES)})),
      "change" text not null check ("change" in ('CREATE', 'UPDATE', 'REMOVE')),
      "fields" jsonb not null,
      "user_id" uuid not null references "app_user" ("id") on update cascade,
      "organisation_id" uuid not null references "organisation" ("id") on update cascade,
      "changed_at" timestamptz not null default now(),
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now());`);
    this.addSql(`create index "plan_element_change_element_index" on "plan_element_change" ("element_id", "changed_at");`);
    this.addSql(`create index "plan_element_change_case_id_index" on "plan_element_change" ("case_id");`);

    this.addSql(`create table "plan_version" (
      "id" uuid not null primary key,
      "case_id" uuid not null references "case_file" ("id") on update cascade,
      "plan_id" uuid not null references "plan" ("id") on update cascade,
      "number" integer not null check ("number" >= 1),
      "status" text not null default 'PROPOSED' check ("status" in ('PROPOSED', 'AGREED', 'OBJECTED')),
      "snapshot" jsonb not null,
      "proposed_by_id" uuid not null references "app_user" ("id") on update cascade,
      "proposed_by_organisation_id" uuid not null references "organisation" ("id") on update cascade,
      "proposed_at" timestamptz not null default now(),
      "decided_at" timestamptz null,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      unique ("plan_id", "number"));`);
    this.addSql(`create index "plan_version_case_id_index" on "plan_version" ("case_id");`);

    this.addSql(`create table "plan_sign_off" (
      "id" uuid not null primary key,
      "case_id" uuid not null references "case_file" ("id") on update cascade,
      "version_id" uuid not null references "plan_version" ("id") on update cascade,
      "organisation_id" uuid not null references "organisation" ("id") on update cascade,
      "user_id" uuid not null references "app_user" ("id") on update cascade,
      "decision" text not null check ("decision" in ('AGREE', 'OBJECT')),
      "reason" text null,
      "signed_at" timestamptz not null default now(),
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      check ("decision" <> 'OBJECT' or length(btrim(coalesce("reason", ''))) >= 10),
      unique ("version_id", "organisation_id"));`);
    this.addSql(`create index "plan_sign_off_case_id_index" on "plan_sign_off" ("case_id", "signed_at");`);

    this.addSql(`create table "plan_note" (
      "id" uuid not null primary key,
      "case_id" uuid not null references "case_file" ("id") on update cascade,
      "plan_id" uuid not null references "plan" ("id") on update cascade,
      "element_id" uuid not null references "plan_element" ("id") on update cascade on delete cascade,
      "category" text not null check ("category" in ('PLAN', 'RESTRICTED_NOTE')),
      "audience" text[] not null default '{}',
      "body" text not null,
      "author_organisation_id" uuid not null references "organisation" ("id") on update cascade,
      "author_user_id" uuid not null references "app_user" ("id") on update cascade,
      "version" integer not null default 1,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      check (("category" = 'RESTRICTED_NOTE') = (cardinality("audience") > 0)));`);
    this.addSql(`create index "plan_note_case_id_index" on "plan_note" ("case_id");`);
    this.addSql(`create index "plan_note_element_id_index" on "plan_note" ("element_id");`);

    // Frozen versions: content immutable; status moves once from PROPOSED; never deleted.
    this.addSql(`create function plan_version_guard() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          raise exception 'plan version % is frozen and cannot be deleted', old.number using errcode = 'P0001';
        end if;
        if old.status <> 'PROPOSED' then
          raise exception 'plan version % is % and cannot be changed', old.number, old.status using errcode = 'P0001';
        end if;
        if new.snapshot is distinct from old.snapshot or new.number <> old.number or new.plan_id <> old.plan_id
           or new.case_id <> old.case_id or new.proposed_by_id <> old.proposed_by_id
           or new.proposed_by_organisation_id <> old.proposed_by_organisation_id or new.proposed_at <> old.proposed_at then
          raise exception 'plan version % is frozen: only its decision can be recorded', old.number using errcode = 'P0001';
        end if;
        if new.status not in ('AGREED', 'OBJECTED') then
          raise exception 'plan version % can only become AGREED or OBJECTED', old.number using errcode = 'P0001';
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger plan_version_frozen before update or delete on "plan_version" for each row execute function plan_version_guard();`);
    this.addSql(`create function plan_sign_off_guard() returns trigger language plpgsql as $$
      begin
        raise exception 'a sign-off is final and cannot be changed or deleted' using errcode = 'P0001';
      end $$;`);
    this.addSql(`create trigger plan_sign_off_final before update or delete on "plan_sign_off" for each row execute function plan_sign_off_guard();`);
    this.addSql(`create trigger plan_version_no_truncate before truncate on "plan_version" for each statement execute function plan_sign_off_guard();`);
    this.addSql(`create trigger plan_sign_off_no_truncate before truncate on "plan_sign_off" for each statement execute function plan_sign_off_guard();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "plan_note" cascade;');
    this.addSql('drop table if exists "plan_sign_off" cascade;');
    this.addSql('drop table if exists "plan_version" cascade;');
    this.addSql('drop table if exists "plan_element_change" cascade;');
    this.addSql('drop table if exists "plan_element" cascade;');
    this.addSql('drop table if exists "plan" cascade;');
    this.addSql('drop function if exists plan_version_guard();');
    this.addSql('drop function if exists plan_sign_off_guard();');
  }
}
