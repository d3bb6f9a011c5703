import { Migration } from '@mikro-orm/migrations';

/**
 * The involvement index (verwijsindex, like SISA / SluiS; docs/intake.md): THAT an organisation
 * is involved with a person, keyed on the BSN hash, with basis, contact point and period; no
 * content. One active registration per organisation and person.
 */
export class Migration20261207050200InvolvementIndex extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "involvement" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "bsn_hash" text not null,
      "organisation_id" uuid not null references "organisation" ("id") on update cascade,
      "basis_kind" text not null check ("basis_kind" in ('COVENANT', 'CONSENT', 'LEGAL_DUTY')),
      "basis_detail" text not null,
      "contact_point" text not null,
      "own_reference" text null,
      "valid_from" date not null,
      "valid_until" date null,
      "registered_by_id" uuid not null references "app_user" ("id") on update cascade,
      constraint "involvement_pkey" primary key ("id"),
      constraint "involvement_period" check ("valid_until" is null or "valid_until" >= "valid_from"));`);
    this.addSql(`create index "involvement_bsn_hash_index" on "involvement" ("bsn_hash");`);
    this.addSql(`create index "involvement_organisation_id_index" on "involvement" ("organisation_id", "valid_from");`);
  }
}
