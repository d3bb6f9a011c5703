import { Migration } from '@mikro-orm/migrations';

/**
 * A notification about an escalation names it, so the web links to the escalation itself
 * (its page checks the reader's rights like any other read; the id discloses nothing).
 */
export class Migration20261125080000NotificationEscalation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "notification" add column "escalation_id" uuid null references "escalation" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notification" drop column if exists "escalation_id";`);
  }
}
