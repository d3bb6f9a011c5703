import { Migration } from '@mikro-orm/migrations';

const TABLES = ['meeting_item', 'meeting_contribution', 'meeting_decision'] as const;

/**
 * MDO texts under the retention sweep (docs/privacy.md, docs/meetings.md): when the texts of a case
 * item (question, considerations, pictures, dissents, decisions) were replaced by the pseudonym text
 * after the writers' retention dates passed.
 */
export class Migration20261208110200MeetingRetention extends Migration {
  override async up(): Promise<void> {
    for (const table of TABLES) this.addSql(`alter table "${table}" add column "pseudonymised_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    for (const table of TABLES) this.addSql(`alter table "${table}" drop column if exists "pseudonymised_at";`);
  }
}
