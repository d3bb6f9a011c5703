import { Migration } from '@mikro-orm/migrations';

const DAY = (column: string) => `(${column} at time zone 'Europe/Amsterdam')::date`;

/**
 * Figures summary, time to decision of escalations (ESCALATION_DECISION_TIME, docs/figures.md):
 * an escalation's decision day (closed_at) now marks its day dirty too, and so does a case's
 * move to another municipality for its escalations' decision days. Existing decisions are marked
 * so the next refresh counts them.
 */
export class Migration20261207110100FiguresDecisionTime extends Migration {
  override async up(): Promise<void> {
    const mark = (rows: string) =>
      `insert into figures_dirty (day) select distinct d from ${rows} t, lateral (values (${DAY('t.created_at')}), (${DAY('t.closed_at')})) v(d) where d is not null;`;
    this.addSql(`create or replace function figures_mark_escalation() returns trigger language plpgsql as $$
      begin
        if tg_op in ('INSERT', 'UPDATE') then ${mark('new_rows')} end if;
        if tg_op in ('UPDATE', 'DELETE') then ${mark('old_rows')} end if;
        return null;
      end $$;`);
    const caseDays = (rows: string) =>
      `insert into figures_dirty (day) select distinct d from ${rows} t, lateral (values (${DAY('t.opened_at')}), (${DAY('t.closed_at')})) v(d) where d is not null;`;
    this.addSql(`create or replace function figures_mark_case_file() returns trigger language plpgsql as $$
      begin
        if tg_op in ('INSERT', 'UPDATE') then ${caseDays('new_rows')} end if;
        if tg_op in ('UPDATE', 'DELETE') then ${caseDays('old_rows')} end if;
        if tg_op = 'UPDATE' then
          insert into figures_dirty (day) select distinct d from escalation e
            join new_rows n on n.id = e.case_id join old_rows o on o.id = n.id,
            lateral (values (${DAY('e.created_at')}), (${DAY('e.closed_at')})) v(d)
            where o.municipality is distinct from n.municipality and d is not null;
        end if;
        return null;
      end $$;`);
    this.addSql(`insert into figures_dirty (day) select distinct ${DAY('closed_at')} from escalation where closed_at is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create or replace function figures_mark_escalation() returns trigger language plpgsql as $$
      begin
        if tg_op in ('INSERT', 'UPDATE') then
          insert into figures_dirty (day) select distinct ${DAY('t.created_at')} from new_rows t;
        end if;
        if tg_op in ('UPDATE', 'DELETE') then
          insert into figures_dirty (day) select distinct ${DAY('t.created_at')} from old_rows t;
        end if;
        return null;
      end $$;`);
  }
}
