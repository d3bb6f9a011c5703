import { Migration } from '@mikro-orm/migrations';

const DAY = (column: string) => `(${column} at time zone 'Europe/Amsterdam')::date`;

/** Days of every safety score of the cases in `cases` (a subquery of case ids). */
const SCORE_DAYS = (cases: string) => `select s.scored_on from safety_score s where s.case_id in (${cases})`;
/** Days of every agreed plan version of the cases in `cases`. */
const AGREED_DAYS = (cases: string) =>
  `select ${DAY('v.decided_at')} from plan_version v where v.status = 'AGREED' and v.decided_at is not null and v.case_id in (${cases})`;

/** Restraining orders among plan measures (the index's and the trigger's condition). */
const RESTRAINING = (e: string) => {
  const q = e === '' ? '' : `${e}.`;
  return `${q}kind = 'MEASURE' and ${q}content ->> 'measureKind' = 'RESTRAINING_ORDER'`;
};
/**
 * The start day of a restraining order; null (not marked, not counted) for anything but an ISO date,
 * so that no plan write can fail on the cast (the API only stores ISO dates).
 */
const STARTS_ON = (e: string) => {
  const q = e === '' ? '' : `${e}.`;
  return `case when ${q}content ->> 'startsOn' ~ '^\\d{4}-\\d{2}-\\d{2}$' then (${q}content ->> 'startsOn')::date end`;
};
/** Start days of the restraining orders of the cases in `cases`. */
const ORDER_DAYS = (cases: string) =>
  `select ${STARTS_ON('e')} from plan_element e where ${RESTRAINING('e')} and e.case_id in (${cases})`;

/**
 * Figures summary, the outcome indicators (docs/figures.md): SAFETY_SCORES, PLANS_AGREED (and
 * INTERVENTIONS and RE_REPORTS, whose intake_report moments are marked already). Writes mark the
 * days they change in `figures_dirty`:
 * - safety_score: a score can change which score of its case is "the first after 3 / 12 months",
 *   so every score day of the written cases (old and new rows);
 * - plan_version: the decision day of an agreed version;
 * - plan: a changed date of the first MDO re-judges the days of its agreed versions;
 * - plan_element: the start day of a restraining order (old and new rows; other elements nothing);
 * - case_file: as before (Migration20261207110100), plus, when a case moves municipality or its
 *   opening changes, the days of its scores, agreed plan versions and restraining orders.
 * Existing scores and agreements are marked, so the next refresh counts them.
 */
export class Migration20261208100000FiguresOutcomes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "safety_score_scored_on_index" on "safety_score" ("scored_on");`);
    this.addSql(
      `create index "plan_version_agreed_index" on "plan_version" ("decided_at") where "status" = 'AGREED';`,
    );
    this.addSql(`create index "plan_version_plan_agreed_index" on "plan_version" ("plan_id", "decided_at") where "status" = 'AGREED';`);

    const scoreMark = (rows: string) =>
      `insert into figures_dirty (day) select distinct d from (${SCORE_DAYS(`select case_id from ${rows}`)} union select scored_on from ${rows}) v(d);`;
    this.addSql(`create function figures_mark_safety_score() returns trigger language plpgsql as $$
      begin
        if tg_op in ('INSERT', 'UPDATE') then ${scoreMark('new_rows')} end if;
        if tg_op in ('UPDATE', 'DELETE') then ${scoreMark('old_rows')} end if;
        return null;
      end $$;`);
    const versionMark = (rows: string) =>
      `insert into figures_dirty (day) select distinct ${DAY('t.decided_at')} from ${rows} t where t.status = 'AGREED' and t.decided_at is not null;`;
    this.addSql(`create function figures_mark_plan_version() returns trigger language plpgsql as $$
      begin
        if tg_op in ('INSERT', 'UPDATE') then ${versionMark('new_rows')} end if;
        if tg_op in ('UPDATE', 'DELETE') then ${versionMark('old_rows')} end if;
        return null;
      end $$;`);
    // Every plan write raises plan.version; only a changed first MDO matters to the figures.
    this.addSql(`create function figures_mark_plan() returns trigger language plpgsql as $$
      begin
        insert into figures_dirty (day) select distinct d from (${AGREED_DAYS(
          `select n.case_id from new_rows n join old_rows o on o.id = n.id where o.first_meeting_on is distinct from n.first_meeting_on`,
        )}) v(d);
        return null;
      end $$;`);
    this.addSql(
      `create index "plan_element_restraining_order_index" on "plan_element" ((content ->> 'startsOn')) where ${RESTRAINING('')};`,
    );
    const orderMark = (rows: string) =>
      `insert into figures_dirty (day) select distinct d from (select ${STARTS_ON('t')} from ${rows} t where ${RESTRAINING('t')}) v(d) where d is not null;`;
    this.addSql(`create function figures_mark_plan_element() returns trigger language plpgsql as $$
      begin
        if tg_op in ('INSERT', 'UPDATE') then ${orderMark('new_rows')} end if;
        if tg_op in ('UPDATE', 'DELETE') then ${orderMark('old_rows')} end if;
        return null;
      end $$;`);
    for (const table of ['safety_score', 'plan_version', 'plan_element']) {
      this.addSql(`create trigger "figures_${table}_insert" after insert on "${table}" referencing new table as new_rows for each statement execute function figures_mark_${table}();`);
      this.addSql(`create trigger "figures_${table}_update" after update on "${table}" referencing old table as old_rows new table as new_rows for each statement execute function figures_mark_${table}();`);
      this.addSql(`create trigger "figures_${table}_delete" after delete on "${table}" referencing old table as old_rows for each statement execute function figures_mark_${table}();`);
    }
    this.addSql(`create trigger "figures_plan_update" after update on "plan" referencing old table as old_rows new table as new_rows for each statement execute function figures_mark_plan();`);

    this.addSql(caseFileFunction(true));
    this.addSql(`insert into figures_dirty (day)
      select distinct d from (select scored_on from safety_score
        union select ${DAY('decided_at')} from plan_version where status = 'AGREED' and decided_at is not null
        union select ${STARTS_ON('')} from plan_element where ${RESTRAINING('')}) s(d) where d is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(caseFileFunction(false));
    for (const table of ['safety_score', 'plan_version', 'plan_element']) {
      for (const op of ['insert', 'update', 'delete']) this.addSql(`drop trigger if exists "figures_${table}_${op}" on "${table}";`);
      this.addSql(`drop function if exists figures_mark_${table}();`);
    }
    this.addSql(`drop trigger if exists "figures_plan_update" on "plan";`);
    this.addSql(`drop function if exists figures_mark_plan();`);
    this.addSql(`drop index if exists "plan_element_restraining_order_index";`);
    this.addSql(`drop index if exists "plan_version_plan_agreed_index";`);
    this.addSql(`drop index if exists "plan_version_agreed_index";`);
    this.addSql(`drop index if exists "safety_score_scored_on_index";`);
  }
}

/** The case_file marking of Migration20261207110100, with (`outcomes`) or without the outcome days. */
function caseFileFunction(outcomes: boolean): string {
  const caseDays = (rows: string) =>
    `insert into figures_dirty (day) select distinct d from ${rows} t, lateral (values (${DAY('t.opened_at')}), (${DAY('t.closed_at')})) v(d) where d is not null;`;
  const moved = `select n.id from new_rows n join old_rows o on o.id = n.id
    where o.municipality is distinct from n.municipality or o.opened_at is distinct from n.opened_at`;
  const outcomeDays = outcomes
    ? `insert into figures_dirty (day) select distinct d from (${SCORE_DAYS(moved)} union ${AGREED_DAYS(moved)} union ${ORDER_DAYS(moved)}) v(d) where d is not null;`
    : '';
  return `create or replace function figures_mark_case_file() returns trigger language plpgsql as $$
      begin
        if tg_op in ('INSERT', 'UPDATE') then ${caseDays('new_rows')} end if;
        if tg_op in ('UPDATE', 'DELETE') then ${caseDays('old_rows')} end if;
        if tg_op = 'UPDATE' then
          insert into figures_dirty (day) select distinct d from escalation e
            join new_rows n on n.id = e.case_id join old_rows o on o.id = n.id,
            lateral (values (${DAY('e.created_at')}), (${DAY('e.closed_at')})) v(d)
            where o.municipality is distinct from n.municipality and d is not null;
          ${outcomeDays}
        end if;
        return null;
      end $$;`;
}
