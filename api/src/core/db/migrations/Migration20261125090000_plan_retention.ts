import { Migration } from '@mikro-orm/migrations';

/** The free-text fields of plan content (see CONTENT_FIELDS in plan-record.ts); `justification` is an object with a `text`. */
const TEXT_FIELDS = `'text', 'description', 'measurableEnd', 'cancellationReason', 'note'`;

const TABLES = ['plan_element', 'plan_element_change', 'plan_note', 'plan_version', 'plan_sign_off'] as const;

const GUARD_CHECKS = `
        if old.status <> 'PROPOSED' then
          raise exception 'plan version % is % and cannot be changed', old.number, old.status using errcode = 'P0001';
        end if;
        if new.snapshot is distinct from old.snapshot or new.number <> old.number or new.plan_id <> old.plan_id
           or new.case_id <> old.case_id or new.proposed_by_id <> old.proposed_by_id
           or new.proposed_by_organisation_id <> old.proposed_by_organisation_id or new.proposed_at <> old.proposed_at then
          raise exception 'plan version % is frozen: only its decision can be recorded', old.number using errcode = 'P0001';
        end if;
        if new.status not in ('AGREED', 'OBJECTED') then
          raise exception 'plan version % can only become AGREED or OBJECTED', old.number using errcode = 'P0001';
        end if;
        return new;`;

/**
 * Retention reaches the joint plan: once an organisation's retention date for a closed case has
 * passed, the free text it wrote in the plan (elements, their history, notes, and its elements
 * inside frozen versions) is pseudonymised like its case entries. Frozen versions stay
 * immutable for everyone else: the guard lets a row change only its snapshot text and
 * `pseudonymised_at`, and only inside the retention sweep's transaction (`mda.retention_sweep`).
 */
export class Migration20261125090000PlanRetention extends Migration {
  override async up(): Promise<void> {
    for (const table of TABLES) {
      this.addSql(`alter table "${table}" add column "pseudonymised_at" timestamptz null;`);
    }
    this.addSql(`create function mda_pseudonymise_plan_content(content jsonb, marker text) returns jsonb language sql immutable as $$
      select coalesce(jsonb_object_agg(k, case
               when k in (${TEXT_FIELDS}) and jsonb_typeof(v) = 'string' then to_jsonb(marker)
               when k = 'justification' and jsonb_typeof(v) = 'object' then jsonb_set(v, '{text}', to_jsonb(marker))
               else v end), '{}'::jsonb)
        from jsonb_each(content) as t(k, v) $$;`);
    this.addSql(`create function mda_pseudonymise_plan_changes(fields jsonb, marker text) returns jsonb language sql immutable as $$
      select coalesce(jsonb_agg(case
               when f ->> 'field' in (${TEXT_FIELDS}, 'justification') then
                 jsonb_set(jsonb_set(f, '{from}', case when jsonb_typeof(f -> 'from') in ('string', 'object') then to_jsonb(marker) else coalesce(f -> 'from', 'null') end),
                           '{to}', case when jsonb_typeof(f -> 'to') in ('string', 'object') then to_jsonb(marker) else coalesce(f -> 'to', 'null') end)
               else f end order by ord), '[]'::jsonb)
        from jsonb_array_elements(fields) with ordinality as t(f, ord) $$;`);
    this.addSql(`create or replace function plan_version_guard() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          raise exception 'plan version % is frozen and cannot be deleted', old.number using errcode = 'P0001';
        end if;
        -- The retention sweep, and only it, may replace expired text in the snapshot.
        if coalesce(current_setting('mda.retention_sweep', true), '') = 'on' and new.pseudonymised_at is not null
           and new.number = old.number and new.plan_id = old.plan_id and new.case_id = old.case_id and new.status = old.status
           and new.proposed_by_id = old.proposed_by_id and new.proposed_by_organisation_id = old.proposed_by_organisation_id
           and new.proposed_at = old.proposed_at and new.decided_at is not distinct from old.decided_at
           and jsonb_array_length(new.snapshot -> 'elements') = jsonb_array_length(old.snapshot -> 'elements') then
          return new;
        end if;${GUARD_CHECKS}
      end $$;`);
    // A sign-off stays final; the sweep may only replace an objection's expired reason.
    this.addSql(`create function plan_sign_off_row_guard() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and coalesce(current_setting('mda.retention_sweep', true), '') = 'on' and new.pseudonymised_at is not null
           and new.id = old.id and new.case_id = old.case_id and new.version_id = old.version_id and new.organisation_id = old.organisation_id
           and new.user_id = old.user_id and new.decision = old.decision and new.signed_at = old.signed_at then
          return new;
        end if;
        raise exception 'a sign-off is final and cannot be changed or deleted' using errcode = 'P0001';
      end $$;`);
    this.addSql(`drop trigger plan_sign_off_final on "plan_sign_off";`);
    this.addSql(`create trigger plan_sign_off_final before update or delete on "plan_sign_off" for each row execute function plan_sign_off_row_guard();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger plan_sign_off_final on "plan_sign_off";`);
    this.addSql(`create trigger plan_sign_off_final before update or delete on "plan_sign_off" for each row execute function plan_sign_off_guard();`);
    this.addSql('drop function if exists plan_sign_off_row_guard();');
    this.addSql(`create or replace function plan_version_guard() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          raise exception 'plan version % is frozen and cannot be deleted', old.number using errcode = 'P0001';
        end if;${GUARD_CHECKS}
      end $$;`);
    this.addSql('drop function if exists mda_pseudonymise_plan_changes(jsonb, text);');
    this.addSql('drop function if exists mda_pseudonymise_plan_content(jsonb, text);');
    for (const table of TABLES) {
      this.addSql(`alter table "${table}" drop column if exists "pseudonymised_at";`);
    }
  }
}
