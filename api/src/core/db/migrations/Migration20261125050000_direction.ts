import { Migration } from '@mikro-orm/migrations';

/**
 * Case direction and the escalation ladder (docs/direction.md): the handover workflow on
 * director assignments, the TEAM_LEAD role, the waiting-list contact, escalations with their
 * history, per-region level settings and trigger thresholds (with defaults), safety scores,
 * new reports (meldingen), and the notification outbox.
 */
export class Migration20261125050000Direction extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" drop constraint "app_user_roles_known";`);
    this.addSql(`alter table "app_user" add constraint "app_user_roles_known" check ("roles" <@ array['PROFESSIONAL','CASE_DIRECTOR','PROCESS_DIRECTOR','PRIVACY_OFFICER','ADMIN','TEAM_LEAD']::text[] and cardinality("roles") > 0);`);

    // Handover workflow: propose -> accept (the replaced director stays responsible until then) or decline with reason.
    this.addSql(`alter table "director_assignment"
      add column "version" int not null default 1,
      add column "replaces_id" uuid null references "director_assignment" ("id") on update cascade,
      add column "declined_at" timestamptz null,
      add column "decline_reason" text null,
      add column "ended_by_id" uuid null references "app_user" ("id") on update cascade,
      add column "end_reason" text null;`);
    this.addSql(`alter table "director_assignment" add constraint "director_assignment_declined" check (("status" = 'DECLINED') = ("declined_at" is not null and "decline_reason" is not null));`);
    this.addSql(`alter table "director_assignment" add constraint "director_assignment_accepted" check ("status" not in ('ACCEPTED') or "accepted_at" is not null);`);
    this.addSql(`alter table "director_assignment" add constraint "director_assignment_ended" check (("status" = 'ENDED') = ("ended_at" is not null));`);
    this.addSql(`create unique index "director_assignment_one_open" on "director_assignment" ("case_id", "user_id", "kind") where "status" in ('PROPOSED', 'ACCEPTED');`);

    this.addSql(`create table "direction_waiting_contact" ("case_id" uuid not null references "case_file" ("id") on update cascade, "contact_user_id" uuid not null references "app_user" ("id") on update cascade, "set_by_id" uuid not null references "app_user" ("id") on update cascade, "set_at" timestamptz not null default now(), constraint "direction_waiting_contact_pkey" primary key ("case_id"));`);

    // Ladder settings per region ('*' = defaults for every region without its own rows).
    this.addSql(`create table "escalation_level_setting" ("region" text not null, "level" int not null check ("level" between 1 and 4), "title" text not null, "decider_body" text not null, "deadline_working_days" int not null check ("deadline_working_days" between 1 and 60), constraint "escalation_level_setting_pkey" primary key ("region", "level"));`);
    this.addSql(`insert into "escalation_level_setting" ("region", "level", "title", "decider_body", "deadline_working_days") values
      ('*', 1, 'Casusregisseur', 'De casusregisseur van het huishouden', 3),
      ('*', 2, 'Procesregisseur / MDO', 'De procesregisseur, zo nodig in het MDO', 5),
      ('*', 3, 'Doorzettingsmacht', 'Management Zorg- en Veiligheidshuis', 5),
      ('*', 4, 'Bestuurlijk overleg', 'Bestuurlijk overleg (stuurgroep)', 10);`);

    this.addSql(`create table "escalation_trigger_setting" ("trigger" text not null, "parameter" text not null, "value" int not null check ("value" >= 0), "description" text not null, constraint "escalation_trigger_setting_pkey" primary key ("trigger", "parameter"));`);
    this.addSql(`insert into "escalation_trigger_setting" ("trigger", "parameter", "value", "description") values
      ('NO_DIRECTOR', 'norm_working_days', 10, 'Werkvoorraad: een actieve casus zonder casusregisseur langer dan dit aantal werkdagen is over de norm en wordt opgeschaald'),
      ('SAFETY_SCORE', 'drop', 2, 'Opschalen als een veiligheidsscore met minstens zoveel punten daalt t.o.v. de vorige score van dezelfde soort'),
      ('SAFETY_SCORE', 'below', 6, 'Opschalen als een veiligheidsscore lager is dan deze waarde'),
      ('NEW_REPORT', 'enabled', 1, 'Opschalen bij een nieuwe melding over het huishouden terwijl de casus loopt (1 = aan)'),
      ('PLAN_ACTION_OVERDUE', 'working_days', 5, 'Opschalen als een actie uit het plan zoveel werkdagen over de datum is'),
      ('PLAN_NOT_AGREED', 'working_days', 10, 'Opschalen als het plan niet AGREED is binnen zoveel werkdagen na het eerste MDO'),
      ('PLAN_OBJECTION', 'enabled', 1, 'Opschalen bij bezwaar van een organisatie tegen een planversie (1 = aan)');`);

    this.addSql(`create table "escalation" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "case_id" uuid not null references "case_file" ("id") on update cascade,
      "trigger" text not null check ("trigger" in ('MANUAL', 'NO_DIRECTOR', 'SAFETY_SCORE', 'NEW_REPORT', 'PLAN_ACTION_OVERDUE', 'PLAN_NOT_AGREED', 'PLAN_OBJECTION')),
      "source_key" text not null, "reason" text not null, "decision_asked" text not null,
      "raised_by_id" uuid null references "app_user" ("id") on update cascade,
      "raised_by_organisation_id" uuid null references "organisation" ("id") on update cascade,
      "level" int not null check ("level" between 1 and 4), "deadline_at" timestamptz not null,
      "decider_body" text not null, "decider_user_id" uuid null references "app_user" ("id") on update cascade,
      "status" text not null default 'OPEN' check ("status" in ('OPEN', 'DECIDED', 'WITHDRAWN', 'DE_ESCALATED')),
      "decision" text null, "closing_reason" text null,
      "closed_by_id" uuid null references "app_user" ("id") on update cascade, "closed_at" timestamptz null,
      "version" int not null default 1,
      constraint "escalation_pkey" primary key ("id"),
      constraint "escalation_closed" check (("status" = 'OPEN') = ("closed_at" is null)),
      constraint "escalation_decision" check (("status" = 'DECIDED') = ("decision" is not null)),
      constraint "escalation_closing_reason" check ("status" not in ('WITHDRAWN', 'DE_ESCALATED') or "closing_reason" is not null));`);
    // raiseFromTrigger is idempotent: one open escalation per (trigger, source key).
    this.addSql(`create unique index "escalation_open_source" on "escalation" ("trigger", "source_key") where "status" = 'OPEN';`);
    this.addSql(`create index "escalation_open_deadline" on "escalation" ("deadline_at") where "status" = 'OPEN';`);
    this.addSql(`create index "escalation_case_id_index" on "escalation" ("case_id");`);

    this.addSql(`create table "escalation_history" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "escalation_id" uuid not null references "escalation" ("id") on update cascade,
      "event" text not null check ("event" in ('RAISED', 'CLIMBED_AT_DEADLINE', 'DECIDED', 'WITHDRAWN', 'DE_ESCALATED')),
      "from_level" int null, "to_level" int not null, "deadline_at" timestamptz null,
      "actor_id" uuid null references "app_user" ("id") on update cascade, "note" text null,
      constraint "escalation_history_pkey" primary key ("id"));`);
    this.addSql(`create index "escalation_history_escalation_id_index" on "escalation_history" ("escalation_id");`);
    // A level is climbed at most once per escalation, however many job runners race.
    this.addSql(`create unique index "escalation_history_one_climb" on "escalation_history" ("escalation_id", "to_level") where "event" = 'CLIMBED_AT_DEADLINE';`);

    this.addSql(`create table "safety_score" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "case_id" uuid not null references "case_file" ("id") on update cascade,
      "score" int not null check ("score" between 0 and 10),
      "scored_by" text not null check ("scored_by" in ('FAMILY', 'PROFESSIONAL')), "scored_on" date not null,
      "recorded_by_id" uuid not null references "app_user" ("id") on update cascade,
      "recorded_by_organisation_id" uuid not null references "organisation" ("id") on update cascade,
      constraint "safety_score_pkey" primary key ("id"));`);
    this.addSql(`create index "safety_score_case_id_index" on "safety_score" ("case_id", "scored_by", "scored_on");`);

    this.addSql(`create table "household_report" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "case_id" uuid not null references "case_file" ("id") on update cascade,
      "received_on" date not null, "source" text not null check ("source" in ('POLICE', 'PROFESSIONAL', 'CITIZEN', 'HOUSEHOLD_MEMBER', 'ANONYMOUS')),
      "acute" boolean not null, "external_reference" text null,
      "recorded_by_id" uuid not null references "app_user" ("id") on update cascade,
      "recorded_by_organisation_id" uuid not null references "organisation" ("id") on update cascade,
      constraint "household_report_pkey" primary key ("id"));`);
    this.addSql(`create index "household_report_case_id_index" on "household_report" ("case_id");`);
    this.addSql(`create unique index "household_report_external_reference" on "household_report" ("case_id", "external_reference") where "external_reference" is not null;`);

    // Outbox: written with the in-app notification in one transaction; a later sender mails or posts it.
    this.addSql(`create table "notification_outbox" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "notification_id" uuid not null references "notification" ("id") on update cascade,
      "recipient_id" uuid not null references "app_user" ("id") on update cascade,
      "channel" text not null default 'EMAIL' check ("channel" in ('EMAIL', 'WEBHOOK')),
      "kind" text not null, "case_id" uuid null references "case_file" ("id") on update cascade on delete set null,
      "subject" text not null, "body" text not null,
      "attempts" int not null default 0, "last_attempt_at" timestamptz null, "last_error" text null, "sent_at" timestamptz null,
      constraint "notification_outbox_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_outbox_unsent" on "notification_outbox" ("created_at") where "sent_at" is null;`);
  }

  override async down(): Promise<void> {
    for (const table of ['notification_outbox', 'household_report', 'safety_score', 'escalation_history', 'escalation', 'escalation_trigger_setting', 'escalation_level_setting', 'direction_waiting_contact']) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
    this.addSql(`drop index if exists "director_assignment_one_open";`);
    this.addSql(`alter table "director_assignment" drop constraint if exists "director_assignment_declined", drop constraint if exists "director_assignment_accepted", drop constraint if exists "director_assignment_ended";`);
    this.addSql(`alter table "director_assignment" drop column "version", drop column "replaces_id", drop column "declined_at", drop column "decline_reason", drop column "ended_by_id", drop column "end_reason";`);
    this.addSql(`alter table "app_user" drop constraint "app_user_roles_known";`);
    this.addSql(`alter table "app_user" add constraint "app_user_roles_known" check ("roles" <@ array['PROFESSIONAL','CASE_DIRECTOR','PROCESS_DIRECTOR','PRIVACY_OFFICER','ADMIN']::text[] and cardinality("roles") > 0);`);
  }
}
