import { Migration } from '@mikro-orm/migrations';

/**
 * Notifications by mail (docs/notifications.md): per-user delivery preferences for non-urgent
 * kinds, and what the outbox sender needs: the delivery (at once or in the daily digest), the
 * next attempt after a failure (exponential backoff), the moment it gave up (dead, visible),
 * and the digest a row went out in. A digest is an outbox row of its own, without a notification.
 */
export class Migration20261207090100MailPreferences extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "notification_preference" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "user_id" uuid not null references "app_user" ("id") on update cascade on delete cascade,
      "kind" text not null,
      "delivery" text not null check ("delivery" in ('IMMEDIATE', 'DIGEST', 'OFF')),
      constraint "notification_preference_pkey" primary key ("id"),
      constraint "notification_preference_user_kind" unique ("user_id", "kind"));`);
    this.addSql(`alter table "notification_outbox" alter column "notification_id" drop not null;`);
    this.addSql(`alter table "notification_outbox"
      add column "delivery" text not null default 'IMMEDIATE' check ("delivery" in ('IMMEDIATE', 'DIGEST')),
      add column "next_attempt_at" timestamptz null,
      add column "failed_at" timestamptz null,
      add column "digest_id" uuid null references "notification_outbox" ("id") on update cascade on delete set null;`);
    // Rows written before a sender existed are not mailed days late: they are marked as never sent, visibly.
    this.addSql(`update "notification_outbox" set "failed_at" = now(), "last_error" = 'BEFORE_MAIL_SENDER' where "sent_at" is null;`);
    this.addSql(`create index "notification_outbox_due" on "notification_outbox" ("next_attempt_at", "created_at") where "sent_at" is null and "failed_at" is null and "delivery" = 'IMMEDIATE';`);
    this.addSql(`create index "notification_outbox_digest_pending" on "notification_outbox" ("recipient_id", "created_at") where "delivery" = 'DIGEST' and "digest_id" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "notification_outbox_digest_pending";`);
    this.addSql(`drop index if exists "notification_outbox_due";`);
    this.addSql(`delete from "notification_outbox" where "notification_id" is null;`);
    this.addSql(`alter table "notification_outbox" drop column "digest_id", drop column "failed_at", drop column "next_attempt_at", drop column "delivery";`);
    this.addSql(`alter table "notification_outbox" alter column "notification_id" set not null;`);
    this.addSql(`drop table if exists "notification_preference" cascade;`);
  }
}
