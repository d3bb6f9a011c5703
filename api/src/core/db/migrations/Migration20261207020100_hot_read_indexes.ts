import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for hot reads that grow with the cases (docs/scaling.md, "Flat curves";
 * api/test/explain-plans.int.test.ts). "My escalations" asks for escalations I raised, may
 * decide, on my cases, or at the top levels: an OR the planner can only answer with a
 * BitmapOr when every branch has an index; without these it reads the whole table.
 */
export class Migration20261207020100HotReadIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "escalation_raised_by_id_index" on "escalation" ("raised_by_id");`);
    this.addSql(`create index "escalation_decider_user_id_index" on "escalation" ("decider_user_id");`);
    this.addSql(`create index "escalation_level_index" on "escalation" ("level");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "escalation_level_index";`);
    this.addSql(`drop index "escalation_decider_user_id_index";`);
    this.addSql(`drop index "escalation_raised_by_id_index";`);
  }
}
