// pnpm bench:peer - the project's API against PostGraphile 4 (a generic GraphQL server over the
// same tables: no masking, no audit, no permission scope) and a raw-SQL floor (hand-written pg
// queries behind a bare HTTP handler, session lookup included), each server in a process of
// its own, with autocannon as the load generator in yet another process. Two reads: the case
// dossier and the first 50 cases with their household members and team. Interleaved rounds
// (API, PostGraphile, floor, then floor, PostGraphile, API), means over the rounds.
//
//   pnpm bench:peer                                  demo region (fresh embedded database)
//   BENCH_HOUSEHOLDS=10000 pnpm bench:peer           demo region plus generated households
//   BENCH_DATABASE_URL=postgres://... pnpm bench:peer   an existing migrated and seeded database
//   BENCH_SECONDS (10 per cell), BENCH_CONNECTIONS (50), BENCH_ROUNDS (2)
//   BENCH_NODE_ARGS (the deployment's '--max-semi-space-size=64'): Node flags of all three servers alike
//
// Not a test: prints figures; compare ratios within one run, never absolute times.
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { demoDatabase, serveApi } from './api-process.mjs';

const SELF = fileURLToPath(import.meta.url);
const requireHere = createRequire(import.meta.url);
const PASSWORD = 'Demo-Wachtwoord-2026!';

// The list as the issue measured it: 50 cases with their household members (the API's cost
// limit refuses 50 cases with members and team in one request).
const API_LIST = `query { cases(first: 50) { edges { node { id reference status
  household { members { roles person { id firstName lastName } } } } } } }`;
const API_DOSSIER = `query ($id: ID!) {
  case(id: $id) { id reference status household { members { roles person { id firstName lastName } } } team { organisation { id name type } active } }
  plan(caseId: $id) { id status version firstMeetingOn
    workingCopy {
      picture { id lifeDomain category text authorOrganisation { name } }
      goals { id phase lifeDomain description measurableEnd version
        actions { id description ownerOrganisation { name } dueOn status overdue version history { change changedAt changedBy { name } } } }
      safetyPlan { id kind text } measures { id kind startsOn endsOn } }
    notes { id elementId body audience }
    versions { number status signOffs { organisation { name } decision reason } } } }`;
const PG_LIST = `query { allCaseFiles(first: 50, orderBy: [OPENED_AT_DESC, ID_DESC]) { nodes { id reference status
  householdByHouseholdId { householdMembersByHouseholdId { nodes { roles personByPersonId { id firstName lastName } } } } } } }`;
const PG_DOSSIER = `query ($id: UUID!) { caseFileById(id: $id) { id reference status
  householdByHouseholdId { householdMembersByHouseholdId { nodes { roles personByPersonId { id firstName lastName } } } }
  caseTeamMembershipsByCaseId { nodes { validUntil organisationByOrganisationId { id name type } } }
  planByCaseId { id status version firstMeetingOn
    planElementsByPlanId(orderBy: CREATED_AT_ASC) { nodes { id kind category parentId content dueOn status version
      organisationByOwnerOrganisationId { name } organisationByAuthorOrganisationId { name } } }
    planElementChangesByPlanId(orderBy: CHANGED_AT_ASC) { nodes { elementId change changedAt appUserByUserId { displayName } } }
    planNotesByPlanId { nodes { id elementId body audience } }
    planVersionsByPlanId(orderBy: NUMBER_DESC) { nodes { number status planSignOffsByVersionId { nodes { decision reason organisationByOrganisationId { name } } } } } } } }`;

// ---------------------------------------------------------------- child: one server per process
async function serve(kind, databaseUrl) {
  process.env.NODE_ENV = 'production';
  process.env.MDA_LOG = 'silent';
  let url;
  if (kind === 'api') {
    url = await serveApi(databaseUrl, 'mda-peer');
  } else if (kind === 'postgraphile') {
    const { postgraphile } = requireHere('postgraphile');
    const pg = requireHere('pg');
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 20 });
    const middleware = postgraphile(pool, 'public', {
      graphqlRoute: '/graphql',
      disableDefaultMutations: true,
      dynamicJson: true,
      disableQueryLog: true,
      retryOnInitFail: false,
    });
    const server = createServer(middleware);
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${server.address().port}`;
  } else {
    url = await floorServer(databaseUrl);
  }
  process.send({ url });
}

/** The raw-SQL floor: session lookup, then hand-written statements, JSON out. */
async function floorServer(databaseUrl) {
  const pg = requireHere('pg');
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 20 });
  pool.on('error', () => undefined);
  const server = createServer(async (req, res) => {
    const token = (req.headers.authorization ?? '').slice(7);
    const hash = createHash('sha256').update(token).digest('hex');
    const client = await pool.connect();
    try {
      const s = await client.query(
        'select s.user_id, u.organisation_id from user_session s join app_user u on u.id = s.user_id where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now()',
        [hash],
      );
      if (s.rowCount === 0) {
        res.statusCode = 401;
        res.end();
        return;
      }
      const url = new URL(req.url, 'http://x');
      let body;
      if (url.pathname === '/list') {
        // First 50 cases of the user's teams, newest first, with their members, in one statement.
        const r = await client.query(
          `select c.id, c.reference, c.status,
            (select json_agg(json_build_object('roles', hm.roles, 'person', json_build_object('id', p.id, 'firstName', p.first_name, 'lastName', p.last_name))) from household_member hm join person p on p.id = hm.person_id where hm.household_id = c.household_id) as members
          from case_file c where exists (select 1 from case_team_membership t where t.case_id = c.id and t.organisation_id = $1 and t.ended_at is null)
          order by c.opened_at desc, c.id desc limit 50`,
          [s.rows[0].organisation_id],
        );
        body = {
          data: {
            cases: {
              edges: r.rows.map((c) => ({
                node: { id: c.id, reference: c.reference, status: c.status, household: { members: c.members ?? [] } },
              })),
            },
          },
        };
      } else {
        const caseId = url.searchParams.get('id');
        const [c, members, teamRows, plan, elements, changes, notes, versions, signOffs] = await Promise.all([
          client.query('select id, reference, status, household_id from case_file where id = $1', [caseId]),
          client.query(
            'select hm.roles, p.id, p.first_name, p.last_name from household_member hm join person p on p.id = hm.person_id join case_file c on c.household_id = hm.household_id where c.id = $1',
            [caseId],
          ),
          client.query(
            'select o.id, o.name, o.type, m.valid_until from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = $1',
            [caseId],
          ),
          client.query('select id, status, version, first_meeting_on from plan where case_id = $1', [caseId]),
          client.query(
            'select e.*, o.name as owner_name, a.name as author_name from plan_element e left join organisation o on o.id = e.owner_organisation_id join organisation a on a.id = e.author_organisation_id where e.case_id = $1 order by e.created_at',
            [caseId],
          ),
          client.query(
            'select ch.element_id, ch.change, ch.changed_at, u.display_name from plan_element_change ch join app_user u on u.id = ch.user_id where ch.case_id = $1 order by ch.changed_at',
            [caseId],
          ),
          client.query('select id, element_id, body, audience from plan_note where case_id = $1', [caseId]),
          client.query('select id, number, status from plan_version where case_id = $1 order by number desc', [caseId]),
          client.query(
            'select s.version_id, s.decision, s.reason, o.name from plan_sign_off s join organisation o on o.id = s.organisation_id where s.case_id = $1',
            [caseId],
          ),
        ]);
        const byElement = new Map();
        for (const ch of changes.rows)
          byElement.set(ch.element_id, [
            ...(byElement.get(ch.element_id) ?? []),
            { change: ch.change, changedAt: ch.changed_at, changedBy: { name: ch.display_name } },
          ]);
        const els = elements.rows;
        body = {
          data: {
            case: {
              ...c.rows[0],
              household: {
                members: members.rows.map((m) => ({
                  roles: m.roles,
                  person: { id: m.id, firstName: m.first_name, lastName: m.last_name },
                })),
              },
              team: teamRows.rows.map((t) => ({
                organisation: { id: t.id, name: t.name, type: t.type },
                active: t.valid_until === null,
              })),
            },
            plan: plan.rows[0]
              ? {
                  ...plan.rows[0],
                  workingCopy: {
                    picture: els
                      .filter((e) => e.kind === 'PICTURE')
                      .map((e) => ({
                        id: e.id,
                        lifeDomain: e.content.lifeDomain,
                        category: e.category,
                        text: e.content.text,
                        authorOrganisation: { name: e.author_name },
                      })),
                    goals: els
                      .filter((e) => e.kind === 'GOAL')
                      .map((g) => ({
                        id: g.id,
                        phase: g.content.phase,
                        lifeDomain: g.content.lifeDomain,
                        description: g.content.description,
                        measurableEnd: g.content.measurableEnd,
                        version: g.version,
                        actions: els
                          .filter((a) => a.parent_id === g.id)
                          .map((a) => ({
                            id: a.id,
                            description: a.content.description,
                            ownerOrganisation: { name: a.owner_name },
                            dueOn: a.due_on,
                            status: a.status,
                            overdue: false,
                            version: a.version,
                            history: byElement.get(a.id) ?? [],
                          })),
                      })),
                    safetyPlan: els
                      .filter((e) => e.kind === 'SAFETY_ITEM')
                      .map((e) => ({ id: e.id, kind: e.content.itemKind, text: e.content.text })),
                    measures: els
                      .filter((e) => e.kind === 'MEASURE')
                      .map((e) => ({
                        id: e.id,
                        kind: e.content.measureKind,
                        startsOn: e.content.startsOn,
                        endsOn: e.content.endsOn,
                      })),
                  },
                  notes: notes.rows.map((n) => ({
                    id: n.id,
                    elementId: n.element_id,
                    body: n.body,
                    audience: n.audience,
                  })),
                  versions: versions.rows.map((v) => ({
                    number: v.number,
                    status: v.status,
                    signOffs: signOffs.rows
                      .filter((x) => x.version_id === v.id)
                      .map((x) => ({ organisation: { name: x.name }, decision: x.decision, reason: x.reason })),
                  })),
                }
              : null,
          },
        };
      }
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(body));
    } catch (error) {
      res.statusCode = 500;
      res.end(String(error));
    } finally {
      client.release();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${server.address().port}`;
}

// ------------------------------------------------------------ child: the load generator
async function runLoad(spec) {
  const autocannon = requireHere('autocannon');
  const latencies = [];
  const instance = autocannon({
    url: spec.url,
    method: spec.method,
    headers: spec.headers,
    body: spec.body,
    connections: spec.connections,
    duration: spec.seconds,
  });
  instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  process.send({
    requests: result.requests.total,
    throughput: result.requests.total / spec.seconds,
    p50: pct(50),
    p95: pct(95),
    non2xx: result.non2xx,
    errors: result.errors,
  });
}

const SERVER_NODE_ARGS = (process.env.BENCH_NODE_ARGS ?? '--max-semi-space-size=64').split(' ').filter(Boolean);

function child(args) {
  return new Promise((resolve, reject) => {
    const execArgv = args[0] === '--serve' ? [...process.execArgv, ...SERVER_NODE_ARGS] : process.execArgv;
    const p = fork(SELF, args, { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], execArgv });
    p.once('message', (m) => resolve({ process: p, message: m }));
    p.once('error', reject);
    p.once('exit', (code) => reject(new Error(`child ${args[0]} ${args[1] ?? ''} exited with ${code}`)));
  });
}

async function load(spec) {
  const { process: p, message } = await child(['--load', JSON.stringify(spec)]);
  p.removeAllListeners('exit');
  p.kill();
  return message;
}

// ------------------------------------------------------------ the orchestrator
async function prepareDatabase() {
  if (process.env.BENCH_DATABASE_URL)
    return { url: process.env.BENCH_DATABASE_URL, stop: async () => undefined, label: 'given database' };
  const { url, stop } = await demoDatabase('mda-peer');
  let label = 'demo region';
  const households = Number(process.env.BENCH_HOUSEHOLDS ?? 0);
  if (households > 0) {
    const { generateData } = await import('../../scripts/data-generator.mjs');
    const r = await generateData({ databaseUrl: url, households, auditRows: households * 10 });
    label = `demo region + ${households} generated households (${r.counts.case_file} cases)`;
  }
  return { url, label, stop };
}

async function post(url, token, query, variables = {}) {
  const r = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await r.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
  return body.data;
}

async function main() {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
  const db = await prepareDatabase();
  const servers = [];
  try {
    for (const kind of ['api', 'postgraphile', 'floor']) {
      const s = await child(['--serve', kind, db.url]);
      s.process.removeAllListeners('exit');
      servers.push(s.process);
      servers[kind] = s.message.url;
    }
    const pg = requireHere('pg');
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const counts = (
      await client.query(
        `select (select count(*) from household) as households, (select count(*) from case_file) as cases, (select count(*) from audit.event) as audit`,
      )
    ).rows[0];
    const api = servers.api;
    const police = (
      await post(api, null, 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
        e: 'politie@demo.mda.test',
        p: PASSWORD,
      })
    ).login.token;
    const safeHome = (
      await post(api, null, 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
        e: 'veiligthuis@demo.mda.test',
        p: PASSWORD,
      })
    ).login.token;
    for (const t of [police, safeHome]) await post(api, t, 'mutation { setPurpose(purpose: PLAN_EXECUTION) { id } }');
    // The dossier: the case of Veilig Thuis's teams with the largest plan.
    const {
      rows: [pick],
    } =
      await client.query(`select p.case_id, count(e.id) as elements from plan p join plan_element e on e.plan_id = p.id
        where exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = p.case_id and o.name = 'Veilig Thuis Rotterdam Rijnmond' and m.ended_at is null)
        group by p.case_id order by count(e.id) desc, p.case_id limit 1`);
    await client.end();
    const caseId = pick.case_id;
    // Each path answers before it is measured.
    const sizes = {
      apiList: (await post(api, police, API_LIST)).cases.edges.length,
      pgList: (await post(servers.postgraphile, null, PG_LIST)).allCaseFiles.nodes.length,
      apiDossier: (await post(api, safeHome, API_DOSSIER, { id: caseId })).plan?.workingCopy.goals.length ?? 0,
      pgDossier:
        (await post(servers.postgraphile, null, PG_DOSSIER, { id: caseId })).caseFileById.planByCaseId
          ?.planElementsByPlanId.nodes.length ?? 0,
    };
    const floorList = await (
      await fetch(`${servers.floor}/list`, { headers: { authorization: `Bearer ${police}` } })
    ).json();
    sizes.floorList = floorList.data.cases.edges.length;

    const gqlSpec = (url, token, query, variables) => ({
      url: `${url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const reads = [
      {
        read: 'first 50 cases with household members',
        cells: [
          { path: 'project API (masked, audited)', spec: gqlSpec(api, police, API_LIST, {}) },
          { path: 'PostGraphile 4', spec: gqlSpec(servers.postgraphile, null, PG_LIST, {}) },
          {
            path: 'raw SQL floor',
            spec: { url: `${servers.floor}/list`, method: 'GET', headers: { authorization: `Bearer ${police}` } },
          },
        ],
      },
      {
        read: `case dossier (plan of ${pick.elements} elements)`,
        cells: [
          { path: 'project API (masked, audited)', spec: gqlSpec(api, safeHome, API_DOSSIER, { id: caseId }) },
          { path: 'PostGraphile 4', spec: gqlSpec(servers.postgraphile, null, PG_DOSSIER, { id: caseId }) },
          {
            path: 'raw SQL floor',
            spec: {
              url: `${servers.floor}/dossier?id=${caseId}`,
              method: 'GET',
              headers: { authorization: `Bearer ${safeHome}` },
            },
          },
        ],
      },
    ];
    const rows = [];
    for (const r of reads) {
      for (const c of r.cells) {
        c.runs = [];
        await load({ ...c.spec, connections, seconds: 2 });
      } // warm-up
      for (let round = 0; round < rounds; round++) {
        const order = round % 2 === 0 ? r.cells : [...r.cells].reverse();
        for (const c of order) c.runs.push(await load({ ...c.spec, connections, seconds }));
      }
      const mean = (c, k) => c.runs.reduce((n, x) => n + x[k], 0) / c.runs.length;
      const [, g, f] = r.cells;
      for (const c of r.cells) {
        const bad = c.runs.reduce((n, x) => n + x.non2xx + x.errors, 0);
        rows.push({
          read: r.read,
          path: c.path,
          'req/s': mean(c, 'throughput').toFixed(1),
          'p50 ms': mean(c, 'p50').toFixed(0),
          'p95 ms': mean(c, 'p95').toFixed(0),
          'req/s vs PostGraphile': (mean(c, 'throughput') / mean(g, 'throughput')).toFixed(2),
          'p95 vs floor': (mean(c, 'p95') / mean(f, 'p95')).toFixed(2),
          errors: bad,
        });
      }
    }
    console.log(
      `\nbench:peer - ${db.label}: ${counts.households} households, ${counts.cases} cases, ${counts.audit} audit rows; autocannon ${connections} connections, ${rounds} interleaved rounds x ${seconds} s per cell; node ${process.version} ${SERVER_NODE_ARGS.join(' ')}; load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
    );
    console.log(
      `answers checked: API list ${sizes.apiList}, PostGraphile list ${sizes.pgList}, floor list ${sizes.floorList}; API dossier goals ${sizes.apiDossier}, PostGraphile dossier elements ${sizes.pgDossier}\n`,
    );
    const keys = Object.keys(rows[0]);
    console.log(`| ${keys.join(' | ')} |`);
    console.log(`|${keys.map(() => '---').join('|')}|`);
    for (const row of rows) console.log(`| ${keys.map((k) => row[k]).join(' | ')} |`);
  } finally {
    for (const p of servers) p.kill();
    await db.stop();
  }
}

const [mode, arg1, arg2] = process.argv.slice(2);
if (mode === '--serve') await serve(arg1, arg2);
else if (mode === '--load') await runLoad(JSON.parse(arg1));
else
  await main().catch((error) => {
    console.error('bench:peer failed:', error);
    process.exitCode = 1;
  });
