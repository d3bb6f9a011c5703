import { Migration } from '@mikro-orm/migrations';

/**
 * One open escalation per case and trigger kind (issue 15, item 8): further signals of the
 * same kind (another overdue action, another objection, another report) join the open
 * escalation as grounds instead of opening a new one. Manual escalations stay one per raise.
 *
 * Existing data: every escalation gets its own source as its first ground; where a case has
 * several open escalations of one automatic trigger, the oldest keeps them all as grounds and
 * the others are withdrawn by the platform with a reason and a history entry.
 */
export class Migration20261207060000EscalationGrounds extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "escalation_ground" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "escalation_id" uuid not null references "escalation" ("id") on update cascade,
      "source_key" text not null, "reason" text not null,
      constraint "escalation_ground_pkey" primary key ("id"));`);
    this.addSql(`create unique index "escalation_ground_source" on "escalation_ground" ("escalation_id", "source_key");`);
    this.addSql(`create index "escalation_ground_source_key_index" on "escalation_ground" ("source_key");`);
    this.addSql(`insert into "escalation_ground" ("id", "created_at", "updated_at", "escalation_id", "source_key", "reason")
      select gen_random_uuid(), e.created_at, e.created_at, e.id, e.source_key, e.reason from "escalation" e;`);
    // Merge open duplicates of an automatic trigger into the oldest of their case.
    // Computed afresh in each statement (the statuses change only in the last one).
    const merge = `with "m" as (select * from (select e.id as "merged_id", first_value(e.id) over (partition by e.case_id, e.trigger order by e.created_at, e.id) as "kept_id"
        from "escalation" e where e.status = 'OPEN' and e.trigger <> 'MANUAL') x where x."merged_id" <> x."kept_id")`;
    this.addSql(`${merge} update "escalation_ground" g set "escalation_id" = m."kept_id", "updated_at" = now() from "m" where g.escalation_id = m."merged_id";`);
    this.addSql(`${merge} insert into "escalation_history" ("id", "created_at", "updated_at", "escalation_id", "event", "from_level", "to_level", "deadline_at", "actor_id", "note")
      select gen_random_uuid(), now(), now(), e.id, 'WITHDRAWN', e.level, e.level, null, null, 'Samengevoegd: dit signaal is een grond van de open opschaling van dezelfde soort in deze casus.'
        from "escalation" e join "m" on m."merged_id" = e.id;`);
    this.addSql(`${merge} update "escalation" e set "status" = 'WITHDRAWN', "closing_reason" = 'Samengevoegd met de open opschaling van dezelfde soort in deze casus (één opschaling per casus en soort signaal).',
      "closed_at" = now(), "updated_at" = now(), "version" = e.version + 1 from "m" where m."merged_id" = e.id;`);
    this.addSql(`create unique index "escalation_open_case_trigger" on "escalation" ("case_id", "trigger") where "status" = 'OPEN' and "trigger" <> 'MANUAL';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "escalation_open_case_trigger";`);
    this.addSql(`drop table if exists "escalation_ground";`);
  }
}
