import { Migration } from '@mikro-orm/migrations';

/**
 * Idempotency keys (docs/identity.md, "Idempotency"): per user, the key of a mutation, a hash
 * of the request it was first used with, and the response sent, kept 24 hours. A row is
 * written in the same transaction as the mutation's own writes, so both exist or neither.
 * No personal data beyond what the user was already shown; removed after expiry.
 */
export class Migration20261207040100Idempotency extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table idempotency_key (
      user_id uuid not null references app_user (id) on delete cascade,
      key text not null constraint idempotency_key_format check (key ~ '^[A-Za-z0-9_.:-]{8,128}$'),
      request_hash text not null constraint idempotency_key_hash_format check (request_hash ~ '^[0-9a-f]{64}$'),
      response jsonb not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      constraint idempotency_key_pkey primary key (user_id, key)
    );`);
    this.addSql(`create index idempotency_key_expires_at_index on idempotency_key (expires_at);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists idempotency_key;`);
  }
}
