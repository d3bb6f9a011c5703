import { Migration } from '@mikro-orm/migrations';

/**
 * Least privilege: the API connects as a login role that is a member of `mda_app` and owns
 * nothing. The role that runs the migrations (the owner) keeps all DDL; `mda_app` gets only
 * row rights on the application tables, here and through default privileges for every table
 * the owner creates later (in `public` and in pg-boss's schema `pgboss`). The audit schema
 * keeps its own narrower grants (Migration20261125010000_audit: insert and select, never
 * update, delete or truncate). How to create the roles: README "Production", docs/identity.md.
 *
 * Default privileges belong to the role that runs this migration: every later migration and
 * the pg-boss set-up (`cli.js migrate`) must run as that same owner role.
 */
export class Migration20261207040000LeastPrivilege extends Migration {
  override async up(): Promise<void> {
    // The role may exist already (created by a DBA, or by the audit migration).
    this.addSql(`do $$
      begin
        if not exists (select 1 from pg_roles where rolname = 'mda_app') then
          create role mda_app nologin;
        end if;
      exception when duplicate_object then
        null;
      end;
    $$;`);

    // Application tables: rows only. No TRUNCATE, REFERENCES or TRIGGER, and no CREATE on the schema.
    this.addSql(`revoke create on schema public from public;`);
    this.addSql(`grant usage on schema public to mda_app;`);
    this.addSql(`grant select, insert, update, delete on all tables in schema public to mda_app;`);
    this.addSql(`grant usage, select on all sequences in schema public to mda_app;`);
    this.addSql(`alter default privileges in schema public grant select, insert, update, delete on tables to mda_app;`);
    this.addSql(`alter default privileges in schema public grant usage, select on sequences to mda_app;`);
    // The migration ledger: the API checks for pending migrations at start, and changes nothing.
    this.addSql(`revoke insert, update, delete on table mikro_orm_migrations from mda_app;`);

    // pg-boss (schema `pgboss`): the owner installs and upgrades it (`cli.js migrate`); the API
    // only moves jobs. create_queue() on an existing queue is a plain insert ... on conflict do nothing.
    this.addSql(`create schema if not exists pgboss;`);
    this.addSql(`revoke create on schema pgboss from public;`);
    this.addSql(`grant usage on schema pgboss to mda_app;`);
    this.addSql(`grant select, insert, update, delete on all tables in schema pgboss to mda_app;`);
    this.addSql(`grant usage, select on all sequences in schema pgboss to mda_app;`);
    this.addSql(`alter default privileges in schema pgboss grant select, insert, update, delete on tables to mda_app;`);
    this.addSql(`alter default privileges in schema pgboss grant usage, select on sequences to mda_app;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter default privileges in schema pgboss revoke all on tables from mda_app;`);
    this.addSql(`alter default privileges in schema pgboss revoke all on sequences from mda_app;`);
    this.addSql(`revoke all on all tables in schema pgboss from mda_app;`);
    this.addSql(`revoke usage on schema pgboss from mda_app;`);
    this.addSql(`alter default privileges in schema public revoke all on tables from mda_app;`);
    this.addSql(`alter default privileges in schema public revoke all on sequences from mda_app;`);
    this.addSql(`revoke all on all tables in schema public from mda_app;`);
    this.addSql(`revoke all on all sequences in schema public from mda_app;`);
  }
}
