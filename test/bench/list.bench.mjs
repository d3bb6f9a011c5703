// pnpm bench:list - the case list a professional opens first: the first 50 cases with their
// household members, read by 50 concurrent users through GraphQL (scope in SQL, masking and
// audit on), against a raw-SQL floor in the same run: one hand-written `pg` statement behind a
// bare HTTP handler (session lookup, the same team scope, the same members; no masking, no
// audit). Two rounds in opposite order. Reports p50/p95, ratios to the floor, SQL statements
// and audit rows per GraphQL request. Not a test: it asserts nothing.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { startBenchPlatform, login, gql, load, table, freePort } from './support.mjs';

const requireFromApi = createRequire(new URL('../../api/package.json', import.meta.url));
const pg = createRequire(requireFromApi.resolve('@mikro-orm/postgresql'))('pg');
const { MikroORM } = requireFromApi('@mikro-orm/postgresql');
const { ormConfig } = await import('../../api/dist/config/orm.config.js');
const { startServer } = await import('../../api/dist/server.js');

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 600);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const PAGE = Number(process.env.BENCH_PAGE ?? 50);
const LIST = `query ($first: Int!) { cases(first: $first) { edges { cursor node { id reference status municipality { name } household { members { roles person { id firstName lastName } } } } } pageInfo { hasNextPage endCursor } } }`;
const EMAIL = process.env.BENCH_EMAIL ?? 'casusregisseur.veiligthuis@demo.mda.test';

const platform = await startBenchPlatform();
try {
  const server = await platform.server();
  const pool = new pg.Pool({ connectionString: platform.orm.config.get('clientUrl'), max: 20 });
  pool.on('error', () => undefined);
  const FLOOR_SQL = `
    select c.id, c.reference, c.status, c.municipality, c.opened_at,
      (select coalesce(json_agg(json_build_object('roles', hm.roles, 'id', p.id, 'first_name', p.first_name, 'last_name', p.last_name) order by p.date_of_birth, hm.id), '[]')
         from household_member hm join person p on p.id = hm.person_id where hm.household_id = c.household_id) as members
      from case_file c
     where exists (select 1 from case_team_membership m where m.case_id = c.id and m.organisation_id = $1 and m.ended_at is null
                     and m.valid_from <= (now() at time zone 'Europe/Amsterdam')::date
                     and (m.valid_until is null or m.valid_until >= (now() at time zone 'Europe/Amsterdam')::date))
     order by c.opened_at desc, c.id desc limit $2`;
  const floorPort = await freePort();
  const floor = createServer(async (req, res) => {
    const token = (req.headers.authorization ?? '').slice(7);
    const hash = createHash('sha256').update(token).digest('hex');
    const client = await pool.connect();
    try {
      const s = await client.query(
        'select u.organisation_id from user_session s join app_user u on u.id = s.user_id where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now()',
        [hash],
      );
      if (s.rowCount === 0) {
        res.statusCode = 401;
        res.end();
        return;
      }
      const rows = await client.query(FLOOR_SQL, [s.rows[0].organisation_id, PAGE + 1]);
      const edges = rows.rows.slice(0, PAGE).map((c) => ({
        cursor: Buffer.from(JSON.stringify({ at: c.opened_at, id: c.id })).toString('base64url'),
        node: {
          id: c.id,
          reference: c.reference,
          status: c.status,
          municipality: { name: c.municipality },
          household: {
            members: c.members.map((m) => ({
              roles: m.roles,
              person: { id: m.id, firstName: m.first_name, lastName: m.last_name },
            })),
          },
        },
      }));
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          data: {
            cases: {
              edges,
              pageInfo: { hasNextPage: rows.rows.length > PAGE, endCursor: edges.at(-1)?.cursor ?? null },
            },
          },
        }),
      );
    } finally {
      client.release();
    }
  });
  await new Promise((r) => floor.listen(floorPort, '127.0.0.1', r));
  const floorUrl = `http://127.0.0.1:${floorPort}`;

  const tokens = [];
  for (let i = 0; i < CONCURRENCY; i++) tokens.push(await login(server.url, EMAIL));
  const sample = await gql(server.url, tokens[0], LIST, { first: PAGE });
  const shown = sample.cases.edges.length;
  const persons = sample.cases.edges.reduce((n, e) => n + e.node.household.members.length, 0);
  let turn = 0;
  const viaGraphql = () => gql(server.url, tokens[turn++ % tokens.length], LIST, { first: PAGE });
  let fturn = 0;
  const viaFloor = async () => {
    const r = await fetch(floorUrl, { headers: { authorization: `Bearer ${tokens[fturn++ % tokens.length]}` } });
    if (r.status !== 200) throw new Error(`floor ${r.status}`);
    await r.json();
  };
  await load({ requests: 100, concurrency: CONCURRENCY, send: viaFloor });
  await load({ requests: 100, concurrency: CONCURRENCY, send: viaGraphql });
  const cells = [
    { label: 'raw SQL floor (pg, no masking, no audit)', send: viaFloor, runs: [] },
    { label: 'GraphQL (scope in SQL, masked, audited)', send: viaGraphql, runs: [] },
  ];
  for (const order of [cells, [...cells].reverse()])
    for (const c of order) c.runs.push(await load({ requests: REQUESTS, concurrency: CONCURRENCY, send: c.send }));
  const mean = (c, k) => c.runs.reduce((n, r) => n + r[k], 0) / c.runs.length;
  const [f, g] = cells;

  // Statements and audit rows per GraphQL request: the same read once through an instrumented ORM.
  const seen = [];
  const counting = await MikroORM.init(
    ormConfig(platform.orm.config.get('clientUrl'), {
      debug: ['query'],
      colors: false,
      logger: (m) => {
        if (m.replace(/\x1b\[[0-9;]*m/g, '').startsWith('[query]')) seen.push(m);
      },
    }),
  );
  const counted = await startServer(counting, platform.config, { port: 0 });
  const countToken = await login(counted.url, EMAIL);
  await gql(counted.url, countToken, LIST, { first: PAGE });
  const [{ n: before }] = await platform.orm.em
    .fork()
    .getConnection()
    .execute('select count(*)::int as n from audit.event');
  seen.length = 0;
  await gql(counted.url, countToken, LIST, { first: PAGE });
  const [{ n: after }] = await platform.orm.em
    .fork()
    .getConnection()
    .execute('select count(*)::int as n from audit.event');
  const sqlBytes = seen.reduce((n, s) => n + s.length, 0);
  await counted.stop();
  await counting.close(true);

  console.log(
    `\nbench:list - ${EMAIL}: first ${shown} cases with ${persons} household members; 2 rounds x ${REQUESTS} reads per cell, ${CONCURRENCY} concurrent users, node ${process.version}\n`,
  );
  table(
    [f, g].map((c) => ({
      path: c.label,
      'req/s': mean(c, 'throughput'),
      'p50 ms': mean(c, 'p50'),
      'p95 ms': mean(c, 'p95'),
      'p95 vs floor': mean(c, 'p95') / mean(f, 'p95'),
      'throughput vs floor': mean(c, 'throughput') / mean(f, 'throughput'),
    })),
  );
  console.log(
    `\nPer GraphQL list request: ${seen.length} SQL statements (${Math.round(sqlBytes / 1024)} KB of logged SQL text), ${after - before} audit rows.`,
  );
  floor.close();
  await pool.end();
} catch (error) {
  console.error('bench:list failed:', error);
  process.exitCode = 1;
} finally {
  await platform.stop();
}
