import { Migration } from '@mikro-orm/migrations';

/**
 * Mail delivered at least once (docs/notifications.md, "Sender"): the sender claims a row for a
 * short lease before it talks to the SMTP server, and marks it sent only after the server
 * accepted it. `claimed_until` is that lease: while it runs no other run takes the row; when it
 * has passed without `sent_at`, the attempt was interrupted (the process died, the database was
 * unreachable after sending) and the row is due again.
 */
export class Migration20261208130000MailClaim extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "notification_outbox" add column "claimed_until" timestamptz null;`);
    this.addSql(`create index "notification_outbox_failed" on "notification_outbox" ("failed_at" desc) where "failed_at" is not null and "sent_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "notification_outbox_failed";`);
    this.addSql(`alter table "notification_outbox" drop column "claimed_until";`);
  }
}
