import { Migration } from '@mikro-orm/migrations';

/**
 * Retention: a retention date per source organisation per closed case, pseudonymisation
 * marks, and erasure requests (erased, or restricted while a legal retention duty runs).
 */
export class Migration20261125030000Retention extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "case_retention" ("case_id" uuid not null references "case_file" ("id") on update cascade, "organisation_id" uuid not null references "organisation" ("id") on update cascade, "retain_until" date not null, "basis" text not null, "created_at" timestamptz not null default now(), constraint "case_retention_pkey" primary key ("case_id", "organisation_id"));`);
    this.addSql(`create index "case_retention_retain_until_index" on "case_retention" ("retain_until");`);
    this.addSql(`alter table "case_entry" add column "pseudonymised_at" timestamptz null;`);
    this.addSql(`alter table "person" add column "pseudonymised_at" timestamptz null, add column "restricted_at" timestamptz null, add column "restriction_basis" text null;`);
    this.addSql(`create table "erasure_request" ("id" uuid not null, "person_id" uuid not null references "person" ("id") on update cascade, "requested_by_id" uuid not null references "app_user" ("id") on update cascade, "requested_at" timestamptz not null default now(), "outcome" text not null check ("outcome" in ('ERASED', 'RESTRICTED')), "basis" text not null, "restricted_until" date null, constraint "erasure_request_pkey" primary key ("id"));`);
    this.addSql(`create index "erasure_request_person_id_index" on "erasure_request" ("person_id");`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "erasure_request" cascade;');
    this.addSql('drop table if exists "case_retention" cascade;');
    this.addSql('alter table "case_entry" drop column "pseudonymised_at";');
    this.addSql('alter table "person" drop column "pseudonymised_at", drop column "restricted_at", drop column "restriction_basis";');
  }
}
