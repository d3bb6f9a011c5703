import { Migration } from '@mikro-orm/migrations';

/**
 * The privacy officer's mandate: the covenant's coordinating privacy officer (a designation held
 * next to PRIVACY_OFFICER), and erasure requests that wait for a second privacy officer when they
 * affect another organisation's data (four eyes; withdrawable until approved).
 */
export class Migration20261207030000PrivacyMandate extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" drop constraint "app_user_roles_known";`);
    this.addSql(`alter table "app_user" add constraint "app_user_roles_known" check ("roles" <@ array['PROFESSIONAL','CASE_DIRECTOR','PROCESS_DIRECTOR','PRIVACY_OFFICER','COORDINATING_PRIVACY_OFFICER','ADMIN','TEAM_LEAD']::text[] and cardinality("roles") > 0);`);
    this.addSql(`alter table "app_user" add constraint "app_user_coordinating_is_privacy_officer" check (not ('COORDINATING_PRIVACY_OFFICER' = any("roles")) or 'PRIVACY_OFFICER' = any("roles"));`);

    this.addSql(`alter table "erasure_request" alter column "outcome" drop not null;`);
    this.addSql(`alter table "erasure_request"
      add column "status" text not null default 'APPLIED' check ("status" in ('PENDING_APPROVAL', 'APPLIED', 'WITHDRAWN')),
      add column "note" text null,
      add column "case_ids" uuid[] not null default '{}',
      add column "affected_organisation_ids" uuid[] not null default '{}',
      add column "decided_by_id" uuid null references "app_user" ("id") on update cascade,
      add column "decided_at" timestamptz null;`);
    this.addSql(`alter table "erasure_request" add constraint "erasure_request_outcome_when_applied" check (("status" = 'APPLIED') = ("outcome" is not null));`);
    this.addSql(`alter table "erasure_request" add constraint "erasure_request_four_eyes" check ("decided_by_id" is null or "status" = 'WITHDRAWN' or "decided_by_id" <> "requested_by_id");`);
    this.addSql(`create index "erasure_request_pending_index" on "erasure_request" ("requested_at") where "status" = 'PENDING_APPROVAL';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "erasure_request_pending_index";`);
    this.addSql(`alter table "erasure_request" drop constraint "erasure_request_four_eyes", drop constraint "erasure_request_outcome_when_applied";`);
    this.addSql(`delete from "erasure_request" where "status" <> 'APPLIED';`);
    this.addSql(`alter table "erasure_request" drop column "status", drop column "note", drop column "case_ids", drop column "affected_organisation_ids", drop column "decided_by_id", drop column "decided_at";`);
    this.addSql(`alter table "erasure_request" alter column "outcome" set not null;`);
    this.addSql(`alter table "app_user" drop constraint "app_user_coordinating_is_privacy_officer";`);
    this.addSql(`alter table "app_user" drop constraint "app_user_roles_known";`);
    this.addSql(`alter table "app_user" add constraint "app_user_roles_known" check ("roles" <@ array['PROFESSIONAL','CASE_DIRECTOR','PROCESS_DIRECTOR','PRIVACY_OFFICER','ADMIN','TEAM_LEAD']::text[] and cardinality("roles") > 0);`);
  }
}
