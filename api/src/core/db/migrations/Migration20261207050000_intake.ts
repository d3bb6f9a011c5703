import { Migration } from '@mikro-orm/migrations';
import {
  CBS_REPORT_CATEGORIES,
  INTAKE_DECISIONS,
  INTAKE_KINDS,
  INTIMATE_TERROR_CONCLUSIONS,
  REPORTER_KINDS,
  UNSAFETY_LEVELS,
} from '@mda/domain';

const list = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

/**
 * The front door (docs/intake.md): advice requests and reports with their persons, screening,
 * the safety assessment and the decision; the red-flag checklist per region (data, not code);
 * the person name key for matching (normalised name, see personNameKey) with its index next to
 * the existing BSN-hash index.
 */
export class Migration20261207050000Intake extends Migration {
  override async up(): Promise<void> {
    // Matching key: normalised significant name parts, sorted (packages/domain personNameKey).
    this.addSql(`alter table "person" add column "name_key" text null;`);
    this.addSql(`create index "person_name_key_dob_index" on "person" ("name_key", "date_of_birth") where "name_key" is not null;`);
    // A name changed outside the ORM (the retention sweep pseudonymises in SQL) must not keep
    // its old matching key: the key is cleared unless the same statement set a new one.
    this.addSql(`create or replace function mda_person_name_key_guard() returns trigger language plpgsql as $$
      begin
        if (new.first_name is distinct from old.first_name or new.last_name is distinct from old.last_name)
           and new.name_key is not distinct from old.name_key then
          new.name_key := null;
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger "person_name_key_guard" before update on "person" for each row execute function mda_person_name_key_guard();`);

    this.addSql(`create table "intake_report" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "kind" text not null check ("kind" in (${list(INTAKE_KINDS)})),
      "received_at" timestamptz not null,
      "municipality" text not null,
      "reporter_kind" text not null check ("reporter_kind" in (${list(REPORTER_KINDS)})),
      "reporter_name" text null, "reporter_contact" text null,
      "reporter_account" text null,
      "violence_natures" text[] not null default '{}',
      "injury" boolean not null default false,
      "advice_topic" text null, "advice_given" text null,
      "became_report_id" uuid null references "intake_report" ("id") on update cascade,
      "status" text not null default 'RECEIVED' check ("status" in ('RECEIVED', 'SCREENED', 'ASSESSED', 'DECIDED', 'ADVICE_GIVEN')),
      "screened_at" timestamptz null, "screened_by_id" uuid null references "app_user" ("id") on update cascade,
      "crisis" boolean null, "screening_note" text null,
      "assessment_due_on" date not null,
      "unsafety" text null check ("unsafety" in (${list(UNSAFETY_LEVELS)})),
      "structural_unsafety" boolean null, "help_refused" boolean null, "help_stagnating" boolean null, "multi_problem" boolean null,
      "problem_areas" text[] not null default '{}',
      "it_perpetrator_items" text[] not null default '{}', "it_victim_items" text[] not null default '{}',
      "it_conclusion" text null check ("it_conclusion" in (${list(INTIMATE_TERROR_CONCLUSIONS)})),
      "red_flags" text[] not null default '{}', "risk_score" int null, "risk_level" text null check ("risk_level" in ('LOW', 'ELEVATED', 'HIGH')),
      "assessment_note" text null,
      "assessed_at" timestamptz null, "assessed_by_id" uuid null references "app_user" ("id") on update cascade,
      "decision" text null check ("decision" in (${list(INTAKE_DECISIONS)})),
      "decision_reason" text null,
      "decided_at" timestamptz null, "decided_by_id" uuid null references "app_user" ("id") on update cascade,
      "case_id" uuid null references "case_file" ("id") on update cascade,
      "cbs_category" text not null check ("cbs_category" in (${list(CBS_REPORT_CATEGORIES)})),
      "recorded_by_id" uuid not null references "app_user" ("id") on update cascade,
      "organisation_id" uuid not null references "organisation" ("id") on update cascade,
      "version" int not null default 1,
      constraint "intake_report_pkey" primary key ("id"),
      constraint "intake_report_anonymous" check ("reporter_kind" <> 'ANONYMOUS' or ("reporter_name" is null and "reporter_contact" is null)),
      constraint "intake_report_screened" check (("screened_at" is null) = ("crisis" is null)),
      constraint "intake_report_decided" check (("status" = 'DECIDED') = ("decided_at" is not null and "decision" is not null and "decision_reason" is not null)),
      constraint "intake_report_case" check ("case_id" is null or "decision" = 'START_MDA_CASE'));`);
    this.addSql(`create index "intake_report_received_at_index" on "intake_report" ("received_at");`);
    this.addSql(`create index "intake_report_open_index" on "intake_report" ("assessment_due_on") where "status" in ('RECEIVED', 'SCREENED', 'ASSESSED');`);
    this.addSql(`create index "intake_report_case_id_index" on "intake_report" ("case_id") where "case_id" is not null;`);

    this.addSql(`create table "intake_report_person" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "report_id" uuid not null references "intake_report" ("id") on update cascade on delete cascade,
      "person_id" uuid not null references "person" ("id") on update cascade,
      "position" int not null,
      "roles" text[] not null check (cardinality("roles") > 0 and "roles" <@ array['VICTIM','PERPETRATOR','CHILD','OTHER']::text[]),
      "match_basis" text not null check ("match_basis" in ('NEW', 'BSN', 'CONFIRMED')),
      "rejected_person_ids" uuid[] not null default '{}',
      constraint "intake_report_person_pkey" primary key ("id"),
      constraint "intake_report_person_unique" unique ("report_id", "person_id"));`);
    this.addSql(`create index "intake_report_person_person_id_index" on "intake_report_person" ("person_id");`);

    // The red-flag checklist: items and thresholds per region ('*' = defaults), data not code.
    this.addSql(`create table "intake_risk_item" ("region" text not null, "code" text not null, "label" text not null, "weight" int not null check ("weight" between 1 and 10), "position" int not null,
      constraint "intake_risk_item_pkey" primary key ("region", "code"));`);
    this.addSql(`create table "intake_risk_threshold" ("region" text not null, "watch_from" int not null check ("watch_from" >= 1), "high_from" int not null,
      constraint "intake_risk_threshold_pkey" primary key ("region"), constraint "intake_risk_threshold_order" check ("high_from" >= "watch_from"));`);
    this.addSql(`insert into "intake_risk_item" ("region", "code", "label", "weight", "position") values
      ('*', 'THREAT_TO_KILL', 'Doodsbedreiging', 3, 1),
      ('*', 'STRANGULATION', 'Poging tot verwurging', 3, 2),
      ('*', 'WEAPON', 'Wapen (bezit of dreiging)', 3, 3),
      ('*', 'SEPARATION', 'Recente of dreigende scheiding', 2, 4),
      ('*', 'PREGNANCY', 'Zwangerschap', 2, 5),
      ('*', 'ESCALATION', 'Toename in frequentie of ernst', 2, 6),
      ('*', 'STALKING', 'Ernstige stalking', 2, 7),
      ('*', 'EXTREME_FEAR', 'Extreme angst voor de pleger', 1, 8),
      ('*', 'BREACH_OF_CONDITIONS', 'Schending van voorwaarden in het verleden', 1, 9);`);
    this.addSql(`insert into "intake_risk_threshold" ("region", "watch_from", "high_from") values ('*', 3, 6);`);
  }
}
