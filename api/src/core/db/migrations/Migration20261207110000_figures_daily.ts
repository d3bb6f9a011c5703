import { Migration } from '@mikro-orm/migrations';

const DAY = (column: string) => `(${column} at time zone 'Europe/Amsterdam')::date`;

/**
 * Figures summary (docs/figures.md, "Speed"): `figures_daily` holds the counts per Dutch calendar
 * day x municipality x indicator x column, and the figures service sums them instead of scanning
 * the events. Statement-level triggers on the counted tables append the days a write touched
 * (old and new values) to `figures_dirty`; the refresh (pg-boss job `figures-refresh`, and on
 * demand before a read while anything is dirty) recounts exactly those days. `figures_dirty` has
 * no key on purpose: a write appends its own rows, and a refresh deletes only the rows it can
 * see, so a write that commits during a refresh stays marked.
 */
export class Migration20261207110000FiguresDaily extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "figures_daily" (
      "indicator" text not null, "day" date not null, "municipality" text not null, "key" text not null, "n" int not null,
      constraint "figures_daily_pkey" primary key ("indicator", "day", "municipality", "key"));`);
    this.addSql(`create table "figures_dirty" ("day" date not null);`);

    const mark = (rows: string, columns: string[]) =>
      `insert into figures_dirty (day) select distinct d from ${rows} t, lateral (values ${columns.map((c) => `(${DAY(`t.${c}`)})`).join(', ')}) v(d) where d is not null;`;
    const fn = (name: string, columns: string[], extraOnUpdate = '') => `create function ${name}() returns trigger language plpgsql as $$
      begin
        if tg_op in ('INSERT', 'UPDATE') then ${mark('new_rows', columns)} end if;
        if tg_op in ('UPDATE', 'DELETE') then ${mark('old_rows', columns)} end if;
        ${extraOnUpdate}
        return null;
      end $$;`;
    this.addSql(fn('figures_mark_intake_report', ['received_at', 'assessed_at', 'decided_at']));
    // A case that moves to another municipality moves its escalations' counts too.
    this.addSql(
      fn(
        'figures_mark_case_file',
        ['opened_at', 'closed_at'],
        `if tg_op = 'UPDATE' then
          insert into figures_dirty (day) select distinct ${DAY('e.created_at')} from escalation e
            join new_rows n on n.id = e.case_id join old_rows o on o.id = n.id where o.municipality is distinct from n.municipality;
        end if;`,
      ),
    );
    this.addSql(fn('figures_mark_escalation', ['created_at']));
    for (const table of ['intake_report', 'case_file', 'escalation']) {
      this.addSql(`create trigger "figures_${table}_insert" after insert on "${table}" referencing new table as new_rows for each statement execute function figures_mark_${table}();`);
      this.addSql(`create trigger "figures_${table}_update" after update on "${table}" referencing old table as old_rows new table as new_rows for each statement execute function figures_mark_${table}();`);
      this.addSql(`create trigger "figures_${table}_delete" after delete on "${table}" referencing old table as old_rows for each statement execute function figures_mark_${table}();`);
    }
    // Everything counted so far is dirty: the first refresh fills the summary.
    this.addSql(`insert into figures_dirty (day)
      select distinct d from (
        select ${DAY('received_at')} as d from intake_report
        union select ${DAY('assessed_at')} from intake_report where assessed_at is not null
        union select ${DAY('decided_at')} from intake_report where decided_at is not null
        union select ${DAY('opened_at')} from case_file
        union select ${DAY('closed_at')} from case_file where closed_at is not null
        union select ${DAY('created_at')} from escalation) s;`);
  }

  override async down(): Promise<void> {
    for (const table of ['intake_report', 'case_file', 'escalation']) {
      for (const op of ['insert', 'update', 'delete']) this.addSql(`drop trigger if exists "figures_${table}_${op}" on "${table}";`);
      this.addSql(`drop function if exists figures_mark_${table}();`);
    }
    this.addSql(`drop table if exists "figures_dirty";`);
    this.addSql(`drop table if exists "figures_daily";`);
  }
}
