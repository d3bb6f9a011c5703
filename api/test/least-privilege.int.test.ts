import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { ormConfig } from '../src/config/orm.config.js';
import { RETENTION_QUEUE, seedDemoData } from '../src/capabilities.js';
import { verifyAuditChain } from '../src/core/audit/audit-verifier.js';
import { ApiClient, personaWith } from './support/graphql-client.js';
import { freePort } from './support/free-port.js';
import { TEST_BSN_KEY } from './support/keys.js';
import { runCli, startApiProcess, type ApiProcess } from './support/api-process.js';
import { ADD_PICTURE, PLAN, planCase, SET_PURPOSE, type PlanView } from './support/plan-fixtures.js';
import type { Platform } from './support/platform.js';

/**
 * Production as the README describes it: an owner role runs the migrations and pg-boss's
 * set-up; the API connects as a login role that is only a member of `mda_app` and owns
 * nothing. The journeys of a working day must pass on that role, and the role must be unable
 * to change the schema or the audit trail.
 */
const suffix = randomBytes(4).toString('hex');
const OWNER = `mda_owner_${suffix}`;
const API = `mda_api_${suffix}`;
const DATABASE = `lp_${suffix}`;
const PASSWORD = `pw-${randomBytes(12).toString('hex')}`;

let base: string;
let superuser: MikroORM;
let ownerOrm: MikroORM;
let apiOrm: MikroORM;
let api: ApiProcess | null = null;
const urlOf = (role: string): string => base.replace(/\/\/[^@]+@/, `//${role}:${PASSWORD}@`) + `/${DATABASE}`;

beforeAll(async () => {
  base = inject('pgBase');
  superuser = await MikroORM.init(
    ormConfig(`${base}/postgres`, { entities: [], discovery: { warnWhenNoEntities: false } }),
  );
  const sql = (text: string) => superuser.em.getConnection().execute(text);
  // What the README's production steps do as the cluster administrator (mda_app exists in this cluster already).
  await sql(`create role ${OWNER} login password '${PASSWORD}'`);
  await sql(`create database ${DATABASE} owner ${OWNER}`);
  await sql(
    `do $$ begin if not exists (select 1 from pg_roles where rolname = 'mda_app') then create role mda_app nologin; end if; end $$`,
  );
  await sql(`create role ${API} login password '${PASSWORD}' in role mda_app`);
  await sql(`revoke all on database ${DATABASE} from public`);
  await sql(`grant connect, temporary on database ${DATABASE} to mda_app`);

  const migrated = await runCli('migrate', { DATABASE_URL: urlOf(OWNER) });
  if (migrated.code !== 0) throw new Error(`migrate as the owner failed: ${migrated.output}`);
  ownerOrm = await MikroORM.init(ormConfig(urlOf(OWNER)));
  await seedDemoData(ownerOrm.em.fork(), TEST_BSN_KEY);
  apiOrm = await MikroORM.init(ormConfig(urlOf(API), { entities: [], discovery: { warnWhenNoEntities: false } }));
}, 300_000);

afterAll(async () => {
  await api?.stop();
  await apiOrm?.close(true);
  await ownerOrm?.close(true);
  if (superuser) {
    const sql = (text: string) => superuser.em.getConnection().execute(text);
    await sql(`drop database if exists ${DATABASE} with (force)`);
    await sql(`drop role if exists ${API}`);
    await sql(`drop role if exists ${OWNER}`);
    await superuser.close(true);
  }
});

const asApi = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> =>
  apiOrm.em.fork().getConnection().execute<T[]>(text, params);

describe('the API login role (member of mda_app, owner of nothing)', () => {
  it('owns no table, schema or function, and may not change the schema', async () => {
    const [owned] = await asApi<{ relations: string; schemas: string; functions: string }>(
      `select (select count(*) from pg_class c join pg_roles r on r.oid = c.relowner where r.rolname = current_user) as relations,
              (select count(*) from pg_namespace n join pg_roles r on r.oid = n.nspowner where r.rolname = current_user) as schemas,
              (select count(*) from pg_proc p join pg_roles r on r.oid = p.proowner where r.rolname = current_user) as functions`,
    );
    expect(owned).toEqual({ relations: '0', schemas: '0', functions: '0' });
    await expect(asApi('create table intruder (id int)')).rejects.toThrow(/permission denied for schema public/);
    await expect(asApi('create table pgboss.intruder (id int)')).rejects.toThrow(/permission denied for schema pgboss/);
    await expect(asApi('alter table case_file add column intruder int')).rejects.toThrow(/must be owner/);
    await expect(asApi('drop table case_entry')).rejects.toThrow(/must be owner/);
    await expect(asApi('truncate case_entry')).rejects.toThrow(/permission denied for table case_entry/);
    await expect(asApi("insert into mikro_orm_migrations (name) values ('Migration_fake')")).rejects.toThrow(
      /permission denied for table mikro_orm_migrations/,
    );
  });

  it('may append to the audit trail but never update, delete or truncate it (refused by privilege, before any trigger)', async () => {
    await expect(asApi("update audit.event set reason = 'x'")).rejects.toThrow(/permission denied for table event/);
    await expect(asApi('delete from audit.event')).rejects.toThrow(/permission denied for table event/);
    await expect(asApi('truncate audit.event')).rejects.toThrow(/permission denied for table event/);
    await expect(asApi('delete from audit.chain_head')).rejects.toThrow(/permission denied for table chain_head/);
  });

  it('tables added by a later migration are granted by default privileges', async () => {
    const owner = ownerOrm.em.fork().getConnection();
    await owner.execute('create table later_feature (id int primary key)');
    try {
      await asApi('insert into later_feature (id) values (1)');
      expect(await asApi<{ id: number }>('select id from later_feature')).toEqual([{ id: 1 }]);
      await expect(asApi('truncate later_feature')).rejects.toThrow(/permission denied/);
    } finally {
      await owner.execute('drop table later_feature');
    }
  });

  it('runs the working day: login, case list, dossier, a plan write, the FG reads the access log, a scheduled job runs', async () => {
    const port = await freePort();
    api = await startApiProcess(port, { DATABASE_URL: urlOf(API), NODE_ENV: 'production' });
    const url = `http://127.0.0.1:${port}`;

    const safeHome = await new ApiClient(url).loginAs(personaWith('SAFE_HOME', 'PROFESSIONAL').email);
    await safeHome.ok(SET_PURPOSE, { p: 'PLAN_EXECUTION' });
    const list = await safeHome.ok<{ cases: { edges: { node: { id: string; reference: string } }[] } }>(
      '{ cases(first: 20) { edges { node { id reference } } } }',
    );
    expect(list.cases.edges.length).toBeGreaterThan(0);
    const caseId = list.cases.edges[0]!.node.id;
    const dossier = await safeHome.ok<{
      case: { reference: string; household: { members: { person: { id: string; lastName: string | null } }[] } };
    }>('query ($id: ID!) { case(id: $id) { reference household { members { person { id lastName } } } } }', {
      id: caseId,
    });
    expect(dossier.case.household.members.length).toBeGreaterThan(0);
    expect(dossier.case.household.members.some((m) => m.person.lastName !== null)).toBe(true);

    // A plan write by a member of a case team (through the same role).
    const sqlAsOwner = <T>(text: string, params: unknown[] = []) =>
      ownerOrm.em.fork().getConnection().execute<T[]>(text, params);
    const c = await planCase({ sql: sqlAsOwner } as unknown as Platform);
    const member = await new ApiClient(url).loginAs(c.team[0]!.email);
    await member.ok(SET_PURPOSE, { p: 'PLAN_EXECUTION' });
    await member.ok(ADD_PICTURE, {
      i: { caseId: c.caseId, lifeDomain: 'HOUSING', text: 'Gezin staat op de wachtlijst voor urgentie.' },
    });
    const plan = await member.ok<PlanView>(PLAN, { caseId: c.caseId });
    expect(plan.plan!.workingCopy.picture.map((p) => p.text)).toContain('Gezin staat op de wachtlijst voor urgentie.');

    // The privacy officer reads the access log (audit.event, through mda_app's select).
    const fg = await new ApiClient(url).loginAs(personaWith('SAFE_HOME', 'PRIVACY_OFFICER').email);
    const log = await fg.ok<{ auditLog: { records: { action: string; subjectType: string }[] } }>(
      '{ auditLog(first: 50) { records { action subjectType } } }',
    );
    expect(log.auditLog.records).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'READ', subjectType: 'Person' })]),
    );

    // A scheduled job, queued through pg-boss as the same role, is worked by the API process.
    const boss = new PgBoss({
      connectionString: urlOf(API),
      schema: 'pgboss',
      max: 1,
      supervise: false,
      schedule: false,
      migrate: false,
    });
    await boss.start();
    try {
      const jobId = await boss.send(RETENTION_QUEUE, {});
      expect(jobId).not.toBeNull();
      let state = '';
      for (let i = 0; i < 150 && state !== 'completed' && state !== 'failed'; i += 1) {
        await new Promise((r) => setTimeout(r, 200));
        state = (await boss.getJobById(RETENTION_QUEUE, jobId!))?.state ?? '';
      }
      expect(state).toBe('completed');
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
    expect(api.output()).not.toMatch(/permission denied/);
    await api.stop();
    api = null;

    // Everything the role wrote is chained: the trail verifies.
    const verifier = await MikroORM.init(ormConfig(urlOf(API)));
    try {
      expect(await verifyAuditChain(verifier.em.fork())).toMatchObject({ ok: true });
    } finally {
      await verifier.close(true);
    }
  });
});
