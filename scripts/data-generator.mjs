// The national-size data generator (docs/scaling.md, "Generated data"): synthetic households,
// persons, cases over ten years in every status, case teams, director assignments, plans with
// goals and actions, case entries, reports, safety scores, escalations, notifications and a
// proportionate audit trail, written with COPY (never row by row) into an already-migrated
// database that holds the demo region (organisations and logins). Deterministic: the same
// seed, size and starting database give the same rows.
//
// Library half: `pnpm data:generate` (scripts/data-generate.mjs) is the command line, and
// api/test/explain-plans.int.test.ts generates a small set into its test database with it.
import pg from 'pg';
import { NAME_BACKGROUNDS } from '../api/dist/modules/demo/dutch-names.js';
import { DAY, YEARS, DEFAULT_AUDIT_ROWS_PER_HOUSEHOLD, REGIONS, ORG_NAMES } from './data-generator/constants.mjs';
import { prng, arr, CopySink, TABLE_COLUMNS } from './data-generator/copy.mjs';
import { writeHousehold } from './data-generator/household.mjs';
import { generateAudit } from './data-generator/audit.mjs';

export { DEFAULT_AUDIT_ROWS_PER_HOUSEHOLD, GENERATED_TABLES } from './data-generator/constants.mjs';

/**
 * Fills the database at `databaseUrl` (migrated, with the demo region seeded) with `households`
 * generated households and `auditRows` audit records chained onto the current head, spread
 * evenly in time from `auditFrom` (default: ten years before `now`) to `now`.
 * Connects as a superuser (or the owner) and sets `session_replication_role = replica` on its
 * own connections: no per-row realtime notifications, no per-row foreign-key triggers (the
 * generator writes parents and children consistently itself).
 */
export async function generateData({
  databaseUrl,
  households,
  auditRows = households * DEFAULT_AUDIT_ROWS_PER_HOUSEHOLD,
  seed = 20261207,
  now = Date.UTC(2026, 11, 1),
  auditFrom = null,
  log = () => undefined,
}) {
  if (!Number.isInteger(households) || households < 1) throw new Error('households must be a positive whole number');
  if (!Number.isInteger(auditRows) || auditRows < 0)
    throw new Error('audit rows must be zero or a positive whole number');
  const rnd = prng(seed);
  const started = Date.now();
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    const orgs = (await admin.query('select id, type, name from organisation order by name')).rows;
    const users = (
      await admin.query('select id, email, organisation_id, roles, password_hash from app_user order by email')
    ).rows;
    if (orgs.length === 0 || users.length === 0)
      throw new Error(
        'the database holds no organisations or users: migrate and seed the demo region first (node api/dist/cli.js migrate && node api/dist/cli.js seed)',
      );
    const passwordHash = users[0].password_hash;
    const startMs = now - YEARS * 365 * DAY;

    // Regions: region 0 is the demo region; the others get one organisation of each type.
    const regionCount = Math.min(1 + REGIONS.length, Math.max(1, Math.ceil(households / 2000)));
    const region = [{ orgs, users }];
    const newOrgs = [];
    const newUsers = [];
    const existingNames = new Set(orgs.map((o) => o.name));
    for (let r = 1; r < regionCount; r++) {
      const name = REGIONS[r - 1];
      const rOrgs = Object.entries(ORG_NAMES)
        .filter(([, f]) => !existingNames.has(f(name)))
        .map(([type, f]) => ({ id: rnd.uuid(), type, name: f(name) }));
      newOrgs.push(...rOrgs);
      region.push({ orgs: rOrgs, users: [] });
    }
    // Users: per region a professional per organisation, and case directors / process
    // directors in proportion to the region's households (about 60 open cases each).
    const perRegion = Math.ceil(households / regionCount);
    for (let r = 0; r < regionCount; r++) {
      const slug = r === 0 ? 'rijnmond' : REGIONS[r - 1].toLowerCase().replace(/[^a-z]+/g, '-');
      const add = (org, role, n) => {
        const u = {
          id: rnd.uuid(),
          email: `${role.toLowerCase().replace(/_/g, '-')}.${n}.${org.type.toLowerCase().replace(/_/g, '-')}.${slug}@gen.mda.test`,
          organisation_id: org.id,
          roles: [role],
        };
        newUsers.push(u);
        region[r].users.push(u);
      };
      for (const org of region[r].orgs) if (r > 0) add(org, 'PROFESSIONAL', 1);
      const directorOrgs = region[r].orgs.filter((o) => o.type === 'LOCAL_TEAM' || o.type === 'SAFE_HOME');
      const directors = Math.max(1, Math.ceil(perRegion / 100));
      for (let d = 0; d < directors; d++) add(directorOrgs[d % directorOrgs.length], 'CASE_DIRECTOR', d + 1);
      const processOrg = region[r].orgs.find((o) => o.type === 'SAFETY_HOUSE') ?? region[r].orgs[0];
      for (let d = 0; d < Math.max(1, Math.ceil(perRegion / 1000)); d++) add(processOrg, 'PROCESS_DIRECTOR', d + 1);
    }
    for (const r of region) {
      r.byType = new Map();
      for (const o of r.orgs) r.byType.set(o.type, [...(r.byType.get(o.type) ?? []), o]);
      r.orgTypes = [...r.byType.keys()];
      r.caseDirectors = r.users.filter((u) => u.roles.includes('CASE_DIRECTOR'));
      r.processDirectors = r.users.filter((u) => u.roles.includes('PROCESS_DIRECTOR'));
      r.userOf = new Map();
      for (const u of r.users) if (!r.userOf.has(u.organisation_id)) r.userOf.set(u.organisation_id, u);
    }

    // Case references continue each year's counter (new cases by the API never collide).
    const counters = new Map(
      (await admin.query('select year, last_value from case_reference_counter')).rows.map((c) => [
        c.year,
        c.last_value,
      ]),
    );
    const nextReference = (ms) => {
      const year = new Date(ms).getUTCFullYear();
      const n = (counters.get(year) ?? 0) + 1;
      counters.set(year, n);
      return `MDA-${year}-${String(n).padStart(6, '0')}`;
    };

    const clients = [];
    const sinks = {};
    for (const [table, columns] of Object.entries(TABLE_COLUMNS)) {
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      await c.query(`set session_replication_role = replica`);
      await c.query('begin');
      clients.push(c);
      sinks[table] = new CopySink(c, table, columns);
    }
    for (const o of newOrgs) await sinks.organisation.add([o.id, o.name, o.type]);
    for (const u of newUsers)
      await sinks.app_user.add([
        u.id,
        u.email,
        u.email.split('@')[0].replace(/[.-]/g, ' '),
        passwordHash,
        u.organisation_id,
        arr(u.roles),
      ]);

    // For the audit trail: per case its opening time, region, team and data subjects.
    const caseOpened = [];
    const caseIds = [];
    const caseRegion = [];
    const caseTeams = [];
    const caseSubjects = [];

    const backgrounds = NAME_BACKGROUNDS.flatMap((b) => Array.from({ length: b.weight }, () => b));
    for (let h = 0; h < households; h++) {
      await writeHousehold(h, {
        rnd,
        now,
        startMs,
        regionCount,
        region,
        sinks,
        nextReference,
        backgrounds,
        caseOpened,
        caseIds,
        caseRegion,
        caseTeams,
        caseSubjects,
      });
      if (h % 10_000 === 9_999) log(`households ${h + 1}/${households}`);
    }
    const counts = {};
    for (const [table, sink] of Object.entries(sinks)) {
      await sink.end();
      counts[table] = sink.rows;
    }
    for (const c of clients) await c.query('commit');
    for (const c of clients) await c.end();
    for (const [year, value] of counters) {
      await admin.query(
        'insert into case_reference_counter (year, last_value) values ($1, $2) on conflict (year) do update set last_value = greatest(case_reference_counter.last_value, excluded.last_value)',
        [year, value],
      );
    }
    const domainMs = Date.now() - started;
    log(`domain rows written in ${(domainMs / 1000).toFixed(1)} s`);

    // The audit trail, chained onto the current head, in time order over the ten years.
    const auditStarted = Date.now();
    counts['audit.event'] =
      auditRows > 0
        ? await generateAudit(databaseUrl, rnd, {
            auditRows,
            startMs: auditFrom ?? startMs,
            now,
            caseOpened,
            caseIds,
            caseRegion,
            caseTeams,
            caseSubjects,
            region,
            log,
          })
        : 0;
    const auditMs = Date.now() - auditStarted;
    await admin.query('analyze');
    return { counts, domainMs, auditMs, totalMs: Date.now() - started, regions: regionCount };
  } finally {
    await admin.end();
  }
}
