import { Migration } from '@mikro-orm/migrations';

/**
 * The tamper-evident audit trail (NEN 7513 content) in its own schema `audit`: one table
 * partitioned by month, append-only by trigger on every partition, a hash chain whose head is
 * a single locked row, and the application role `mda_app` without UPDATE/DELETE/TRUNCATE.
 * How it works and how to verify it: `docs/audit.md`.
 *
 * `seq` is not drawn from a sequence: sequences are not transactional, so a rolled-back
 * write would leave a gap the verifier must report. The writer numbers records from the chain
 * head under its row lock instead: gapless and in commit order.
 */
export class Migration20261125010000Audit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists audit;`);

    this.addSql(`create table audit.event (
      seq bigint not null,
      occurred_at timestamptz not null,
      request_id text not null,
      actor_user_id uuid not null,
      on_behalf_of_user_id uuid null,
      organisation_id uuid not null,
      organisation_type text not null,
      roles text[] not null,
      action text not null constraint event_action_known check (action in ('READ', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT', 'SEARCH', 'DENIED', 'BREAK_GLASS')),
      subject_type text not null,
      subject_id text null,
      case_id uuid null,
      data_subject_ids uuid[] not null,
      fields text[] not null,
      categories text[] not null,
      purpose text null,
      break_glass_grant_id uuid null,
      outcome text not null constraint event_outcome_known check (outcome in ('SUCCESS', 'DENIED', 'ERROR')),
      reason text null,
      prev_hash text not null constraint event_prev_hash_format check (prev_hash ~ '^[0-9a-f]{64}$'),
      hash text not null constraint event_hash_format check (hash ~ '^[0-9a-f]{64}$'),
      constraint event_pkey primary key (occurred_at, seq)
    ) partition by range (occurred_at);`);
    // The primary key (occurred_at, seq) serves time-range queries: no separate occurred_at index.
    this.addSql(`create index event_seq_index on audit.event (seq, occurred_at);`);
    this.addSql(`create index event_case_id_index on audit.event (case_id, occurred_at);`);
    this.addSql(`create index event_actor_user_id_index on audit.event (actor_user_id, occurred_at);`);
    this.addSql(`create index event_data_subject_ids_index on audit.event using gin (data_subject_ids);`);

    this.addSql(`create table audit.chain_head (
      id int not null constraint chain_head_single check (id = 1),
      seq bigint not null,
      hash text not null constraint chain_head_hash_format check (hash ~ '^[0-9a-f]{64}$'),
      constraint chain_head_pkey primary key (id)
    );`);
    this.addSql(`insert into audit.chain_head (id, seq, hash) values (1, 0, repeat('0', 64));`);

    // Append-only: no UPDATE, DELETE or TRUNCATE, for any role (owner and superuser included;
    // only a superuser's session_replication_role = replica bypasses it, which the chain reveals).
    this.addSql(`create function audit.refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception 'the audit trail is append-only: % on %.% is refused', tg_op, tg_table_schema, tg_table_name
          using errcode = 'insufficient_privilege', hint = 'audit records are never changed or removed';
      end;
    $$;`);
    this.addSql(`create trigger event_append_only before update or delete on audit.event for each row execute function audit.refuse_change();`);
    this.addSql(`create trigger event_no_truncate before truncate on audit.event for each statement execute function audit.refuse_change();`);

    // The head only moves forward and cannot be removed.
    this.addSql(`create function audit.chain_head_forward_only() returns trigger language plpgsql as $$
      begin
        if new.id <> old.id or new.seq <= old.seq then
          raise exception 'audit.chain_head only moves forward (from % to %)', old.seq, new.seq using errcode = 'insufficient_privilege';
        end if;
        return new;
      end;
    $$;`);
    this.addSql(`create trigger chain_head_forward_only before update on audit.chain_head for each row execute function audit.chain_head_forward_only();`);
    this.addSql(`create trigger chain_head_no_delete before delete on audit.chain_head for each row execute function audit.refuse_change();`);
    this.addSql(`create trigger chain_head_no_truncate before truncate on audit.chain_head for each statement execute function audit.refuse_change();`);

    // Rows outside every month partition land here (and stay protected and chained).
    this.addSql(`create table audit.event_default partition of audit.event default;`);
    // Statement-level (TRUNCATE) triggers are not inherited by partitions: each gets its own.
    this.addSql(`create trigger event_no_truncate before truncate on audit.event_default for each statement execute function audit.refuse_change();`);

    // Creates a month's partition when missing. Returns true when it created one; false when
    // it exists, or when rows of that month already sit in the default partition (they cannot
    // be moved: the trail is append-only), or when another session created it first.
    this.addSql(`create function audit.ensure_partition(month date) returns boolean
      language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
      declare
        lower_bound date := date_trunc('month', month::timestamp)::date;
        upper_bound date := (date_trunc('month', month::timestamp) + interval '1 month')::date;
        part_name text := 'event_' || to_char(lower_bound, 'YYYY_MM');
      begin
        if to_regclass('audit.' || part_name) is not null then
          return false;
        end if;
        if exists (select 1 from audit.event_default
                   where occurred_at >= lower_bound::timestamp at time zone 'UTC'
                     and occurred_at < upper_bound::timestamp at time zone 'UTC') then
          raise notice 'audit.ensure_partition: rows of % are in the default partition; not creating %', lower_bound, part_name;
          return false;
        end if;
        begin
          execute format('create table audit.%I partition of audit.event for values from (%L) to (%L)',
            part_name, to_char(lower_bound, 'YYYY-MM-DD') || ' 00:00:00+00', to_char(upper_bound, 'YYYY-MM-DD') || ' 00:00:00+00');
        exception when duplicate_table or check_violation then
          return false;
        end;
        execute format('create trigger event_no_truncate before truncate on audit.%I for each statement execute function audit.refuse_change()', part_name);
        return true;
      end;
    $$;`);
    this.addSql(`select audit.ensure_partition(m::date) from generate_series(timestamp '2025-01-01', timestamp '2027-12-01', interval '1 month') as m;`);

    // The application role. Roles are cluster-wide: create it only when missing (a DBA may
    // have created it already; the migration user then needs no CREATEROLE).
    this.addSql(`do $$
      begin
        if not exists (select 1 from pg_roles where rolname = 'mda_app') then
          create role mda_app nologin;
        end if;
      exception when duplicate_object then
        null;
      end;
    $$;`);
    this.addSql(`revoke all on schema audit from public;`);
    this.addSql(`grant usage on schema audit to mda_app;`);
    this.addSql(`revoke all on all tables in schema audit from mda_app;`);
    this.addSql(`grant select, insert on audit.event to mda_app;`);
    this.addSql(`revoke update, delete, truncate on audit.event from mda_app;`);
    this.addSql(`grant select, update on audit.chain_head to mda_app;`);
    this.addSql(`revoke all on function audit.ensure_partition(date) from public;`);
    this.addSql(`grant execute on function audit.ensure_partition(date) to mda_app;`);
    this.addSql(`revoke all on function audit.refuse_change() from public;`);
    this.addSql(`revoke all on function audit.chain_head_forward_only() from public;`);
  }

  override async down(): Promise<void> {
    // Never throws away a trail that holds records. The role stays: it is cluster-wide.
    this.addSql(`do $$
      begin
        if exists (select 1 from audit.event limit 1) then
          raise exception 'refusing to drop the audit trail: audit.event holds records';
        end if;
      end;
    $$;`);
    this.addSql(`drop schema audit cascade;`);
  }
}
