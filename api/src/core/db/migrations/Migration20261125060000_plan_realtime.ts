import { Migration } from '@mikro-orm/migrations';

/**
 * Live collaboration on the joint plan: the plan tables publish their changes on the realtime
 * channel like case entries do (ids only; see docs/realtime.md). Subscribers of
 * `caseActivity(caseId)` learn that the plan changed and re-read it with their own
 * permissions; the history table is left out, its element already publishes.
 */
const PLAN_TABLES = ['plan', 'plan_element', 'plan_note', 'plan_version', 'plan_sign_off'] as const;

export class Migration20261125060000PlanRealtime extends Migration {
  override async up(): Promise<void> {
    for (const table of PLAN_TABLES) {
      this.addSql(`create trigger ${table}_publish after insert or update or delete on "${table}" for each row execute function mda_publish_event();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of PLAN_TABLES) this.addSql(`drop trigger if exists ${table}_publish on "${table}";`);
  }
}
