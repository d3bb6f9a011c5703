import { Migration } from '@mikro-orm/migrations';

/**
 * Sign-in (docs/identity.md): single sign-on per organisation (OIDC), TOTP second factors,
 * and per session how it was opened and whether (and how) a second factor was confirmed.
 */
export class Migration20261207040200SignIn extends Migration {
  override async up(): Promise<void> {
    // One identity provider per organisation. The client secret stays in the database with the
    // rest of the configuration; only the owner role and mda_app read this table.
    this.addSql(`create table organisation_identity_provider (
      organisation_id uuid not null references organisation (id) on delete cascade,
      issuer text not null constraint organisation_identity_provider_issuer_format check (issuer ~ '^https?://'),
      client_id text not null,
      client_secret text not null,
      allowed_domain text not null constraint organisation_identity_provider_domain_format check (allowed_domain ~ '^[a-z0-9.-]+\\.[a-z]{2,}$'),
      second_factor_acr text[] not null default '{}',
      enabled boolean not null default true,
      created_at timestamptz not null default now(),
      constraint organisation_identity_provider_pkey primary key (organisation_id)
    );`);
    // The pending authorization requests (state, PKCE verifier, nonce), ten minutes at most.
    this.addSql(`create table oidc_login_state (
      state text not null,
      organisation_id uuid not null references organisation (id) on delete cascade,
      code_verifier text not null,
      nonce text not null,
      expires_at timestamptz not null,
      constraint oidc_login_state_pkey primary key (state)
    );`);

    this.addSql(`alter table app_user add column oidc_issuer text null, add column oidc_subject text null,
      add column totp_secret text null, add column totp_pending_secret text null, add column totp_enrolled_at timestamptz null,
      add column totp_last_step bigint null;`);
    this.addSql(`alter table app_user add constraint app_user_oidc_identity_unique unique (oidc_issuer, oidc_subject);`);
    this.addSql(`alter table app_user add constraint app_user_oidc_both check ((oidc_issuer is null) = (oidc_subject is null));`);

    this.addSql(`alter table user_session add column auth_method text not null default 'PASSWORD' constraint user_session_auth_method_known check (auth_method in ('PASSWORD', 'OIDC')),
      add column second_factor_required boolean not null default false,
      add column second_factor_at timestamptz null,
      add column second_factor_method text null constraint user_session_second_factor_method_known check (second_factor_method in ('TOTP', 'IDENTITY_PROVIDER'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table user_session drop column auth_method, drop column second_factor_required, drop column second_factor_at, drop column second_factor_method;`);
    this.addSql(`alter table app_user drop constraint app_user_oidc_both, drop constraint app_user_oidc_identity_unique;`);
    this.addSql(`alter table app_user drop column oidc_issuer, drop column oidc_subject, drop column totp_secret, drop column totp_pending_secret, drop column totp_enrolled_at, drop column totp_last_step;`);
    this.addSql(`drop table if exists oidc_login_state;`);
    this.addSql(`drop table if exists organisation_identity_provider;`);
  }
}
