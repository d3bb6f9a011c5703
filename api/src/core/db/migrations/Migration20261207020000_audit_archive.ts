import { Migration } from '@mikro-orm/migrations';

/**
 * Audit trail at scale (docs/audit.md, "Partitions ahead, archiving after retention"): the
 * register of archived months. Archiving (by the schema owner, `node api/dist/cli.js
 * audit-archive`) exports a month partition to a compressed file, verifies the file, records
 * the month here with the chain anchors around it, and then detaches and drops the partition.
 * The verifier starts the retained chain from the newest entry here. The register is
 * append-only like the trail itself; the application role may only read it.
 */
export class Migration20261207020000AuditArchive extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table audit.archived_segment (
      month date not null constraint archived_segment_pkey primary key,
      partition_name text not null,
      first_seq bigint not null,
      last_seq bigint not null,
      row_count bigint not null,
      first_prev_hash text not null constraint archived_segment_first_prev_hash_format check (first_prev_hash ~ '^[0-9a-f]{64}$'),
      last_hash text not null constraint archived_segment_last_hash_format check (last_hash ~ '^[0-9a-f]{64}$'),
      file_name text not null,
      file_sha256 text not null constraint archived_segment_file_sha256_format check (file_sha256 ~ '^[0-9a-f]{64}$'),
      archived_at timestamptz not null default now(),
      constraint archived_segment_range check (last_seq >= first_seq and row_count = last_seq - first_seq + 1)
    );`);
    this.addSql(`create trigger archived_segment_append_only before update or delete on audit.archived_segment for each row execute function audit.refuse_change();`);
    this.addSql(`create trigger archived_segment_no_truncate before truncate on audit.archived_segment for each statement execute function audit.refuse_change();`);
    this.addSql(`revoke all on audit.archived_segment from mda_app;`);
    this.addSql(`grant select on audit.archived_segment to mda_app;`);
  }

  override async down(): Promise<void> {
    this.addSql(`do $$
      begin
        if exists (select 1 from audit.archived_segment limit 1) then
          raise exception 'refusing to drop the register of archived audit months: it holds entries';
        end if;
      end;
    $$;`);
    this.addSql('drop table audit.archived_segment;');
  }
}
