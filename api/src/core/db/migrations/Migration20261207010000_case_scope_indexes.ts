import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for the permission scope evaluated in SQL (docs/adr/0006-permission-scope-in-sql.md)
 * and the case list's keyset pages (docs/adr/0007-case-list-audit-per-case.md):
 * - the TEAM semi-join probes live memberships of one organisation on one case: covered by an
 *   index on (organisation_id, case_id) with the validity dates, of live rows only, so it is
 *   answered from the index;
 * - the DIRECTOR semi-join probes the accepted case directorship of one user on one case;
 * - the case list filtered by status walks its keyset (opened_at desc, id desc) within a status
 *   (the unfiltered list has `case_file_opened_at_id_index` since the first migration).
 */
export class Migration20261207010000CaseScopeIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "case_team_membership_live_scope_index" on "case_team_membership" ("organisation_id", "case_id") include ("valid_from", "valid_until") where "ended_at" is null;`);
    this.addSql(`create index "director_assignment_accepted_director_index" on "director_assignment" ("user_id", "case_id") where "kind" = 'CASE_DIRECTOR' and "status" = 'ACCEPTED';`);
    this.addSql(`create index "case_file_status_opened_at_id_index" on "case_file" ("status", "opened_at" desc, "id" desc);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "case_file_status_opened_at_id_index";`);
    this.addSql(`drop index if exists "director_assignment_accepted_director_index";`);
    this.addSql(`drop index if exists "case_team_membership_live_scope_index";`);
  }
}
