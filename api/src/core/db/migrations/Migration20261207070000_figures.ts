import { Migration } from '@mikro-orm/migrations';
import { MUNICIPALITY_CODES } from '@mda/domain';

/**
 * Figures at a glance (docs/figures.md): the policy officer role (beleidsmedewerker), the
 * municipalities an organisation serves (for its figures), and the indexes the aggregates
 * group over (period first, then municipality, with the counted columns included so the
 * counts come from the index).
 */
export class Migration20261207070000Figures extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" drop constraint "app_user_roles_known";`);
    this.addSql(`alter table "app_user" add constraint "app_user_roles_known" check ("roles" <@ array['PROFESSIONAL','CASE_DIRECTOR','PROCESS_DIRECTOR','PRIVACY_OFFICER','COORDINATING_PRIVACY_OFFICER','ADMIN','TEAM_LEAD','POLICY_OFFICER']::text[] and cardinality("roles") > 0);`);
    this.addSql(`alter table "organisation" add column "municipalities" text[] not null default '{}';`);
    this.addSql(`alter table "organisation" add constraint "organisation_municipalities_known" check ("municipalities" <@ array[${MUNICIPALITY_CODES.map((c) => `'${c}'`).join(',')}]::text[]);`);

    this.addSql(`create index "intake_report_figures_received" on "intake_report" ("received_at", "municipality") include ("kind", "reporter_kind", "crisis");`);
    this.addSql(`create index "intake_report_figures_assessed" on "intake_report" ("assessed_at", "municipality") include ("assessment_due_on") where "assessed_at" is not null;`);
    this.addSql(`create index "intake_report_figures_decided" on "intake_report" ("decided_at", "municipality") include ("decision") where "decision" like 'HANDOVER%';`);
    this.addSql(`create index "case_file_figures_opened" on "case_file" ("opened_at", "municipality") include ("closed_at");`);
    this.addSql(`create index "case_file_figures_closed" on "case_file" ("closed_at", "municipality") where "closed_at" is not null;`);
    this.addSql(`create index "escalation_figures_created" on "escalation" ("created_at") include ("case_id", "level");`);
  }

  override async down(): Promise<void> {
    for (const index of ['intake_report_figures_received', 'intake_report_figures_assessed', 'intake_report_figures_decided', 'case_file_figures_opened', 'case_file_figures_closed', 'escalation_figures_created']) {
      this.addSql(`drop index if exists "${index}";`);
    }
    this.addSql(`alter table "organisation" drop column "municipalities";`);
    this.addSql(`alter table "app_user" drop constraint "app_user_roles_known";`);
    this.addSql(`alter table "app_user" add constraint "app_user_roles_known" check ("roles" <@ array['PROFESSIONAL','CASE_DIRECTOR','PROCESS_DIRECTOR','PRIVACY_OFFICER','COORDINATING_PRIVACY_OFFICER','ADMIN','TEAM_LEAD']::text[] and cardinality("roles") > 0);`);
  }
}
