// pnpm bench:plan - the full case dossier (household, team, a joint plan of ~20 goals and
// ~60 actions with history, notes, versions and sign-offs) read by 50 concurrent users through
// GraphQL, against a raw-SQL floor in the same run: hand-written `pg` queries behind a bare
// HTTP handler returning the same data as JSON (session lookup included, no masking, no audit).
// Reports p50/p95, throughput ratios and SQL statements per GraphQL request. Not a test.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { startBenchPlatform, login, gql, load, table, freePort } from './support.mjs';

const requireFromApi = createRequire(new URL('../../api/package.json', import.meta.url));
// pg is the driver MikroORM uses; resolved through it (the API does not depend on pg directly).
const pg = createRequire(requireFromApi.resolve('@mikro-orm/postgresql'))('pg');
const { MikroORM } = requireFromApi('@mikro-orm/postgresql');
const { ormConfig } = await import('../../api/dist/config/orm.config.js');
const { startServer } = await import('../../api/dist/server.js');

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const DOSSIER = `query ($id: ID!) {
  case(id: $id) { id reference status household { members { roles person { id firstName lastName } } } team { organisation { id name type } active } }
  plan(caseId: $id) { id status version firstMeetingOn
    workingCopy {
      picture { id lifeDomain category text authorOrganisation { name } }
      goals { id phase lifeDomain description measurableEnd version
        actions { id description ownerOrganisation { name } dueOn status overdue version history { change changedAt changedBy { name } } } }
      safetyPlan { id kind text } measures { id kind startsOn endsOn } }
    notes { id elementId body audience }
    versions { number status signOffs { organisation { name } decision reason } } } }`;

// Depth of DOSSIER in nested fields (plan > workingCopy > goals > actions > history > changedBy > name = 7).
const depthOf = (set) => (set ? Math.max(...set.selections.map((s) => 1 + depthOf(s.selectionSet))) : 0);
const DEPTH = depthOf(requireFromApi('graphql').parse(DOSSIER).definitions[0].selectionSet);

const platform = await startBenchPlatform();
try {
  const em = platform.orm.em.fork();
  const conn = em.getConnection();
  const [row] = await conn.execute(
    `select c.id from case_file c where c.status = 'ACTIVE' and not exists (select 1 from plan p where p.case_id = c.id)
       and exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = c.id and o.type = 'SAFE_HOME' and m.valid_until is null)
       and exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = c.id and o.type = 'POLICE' and m.valid_until is null)
     order by c.reference limit 1`,
  );
  const caseId = row.id;
  const server = await platform.server();
  const editor = await login(server.url, 'veiligthuis@demo.mda.test');
  await gql(server.url, editor, 'mutation { setPurpose(purpose: PLAN_EXECUTION) { id } }');
  const team = await conn.execute(
    `select distinct o.id, o.type from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = ? and m.valid_until is null`,
    [caseId],
  );
  const persons = (
    await conn.execute(
      `select hm.person_id from household_member hm join case_file c on c.household_id = hm.household_id where c.id = ?`,
      [caseId],
    )
  ).map((r) => r.person_id);
  const phases = ['DIRECT_SAFETY', 'STABLE_SAFETY', 'RECOVERY'];
  const domains = [
    'SAFETY',
    'HOUSING',
    'INCOME_DEBT',
    'HEALTH_ADDICTION',
    'PARENTING_CHILDREN',
    'JUSTICE',
    'SOCIAL_NETWORK',
  ];
  const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  for (let g = 0; g < 20; g++) {
    const goal = await gql(server.url, editor, 'mutation ($i: AddGoalInput!) { addGoal(input: $i) { id } }', {
      i: {
        caseId,
        phase: phases[g % 3],
        lifeDomain: domains[g % 7],
        concerns: [persons[0]],
        description: `Doel ${g}: het gezin is veilig op dit leefgebied`,
        measurableEnd: `Meetbaar eindresultaat ${g}`,
      },
    });
    for (let a = 0; a < 3; a++) {
      const action = await gql(
        server.url,
        editor,
        'mutation ($i: AddActionInput!) { addAction(input: $i) { id version } }',
        {
          i: {
            goalId: goal.addGoal.id,
            description: `Actie ${g}.${a}: afspraak uitvoeren`,
            ownerOrganisationId: team[(g + a) % team.length].id,
            dueOn: due,
          },
        },
      );
      await gql(server.url, editor, 'mutation ($i: UpdateActionInput!) { updateAction(input: $i) { id } }', {
        i: { id: action.addAction.id, expectedVersion: action.addAction.version, status: 'IN_PROGRESS' },
      });
    }
    if (g % 4 === 0)
      await gql(server.url, editor, 'mutation ($i: AddPlanNoteInput!) { addPlanNote(input: $i) { id } }', {
        i: { elementId: goal.addGoal.id, body: `Notitie bij doel ${g}` },
      });
  }
  for (const d of domains)
    await gql(server.url, editor, 'mutation ($i: AddPictureEntryInput!) { addPictureEntry(input: $i) { id } }', {
      i: { caseId, lifeDomain: d, text: `Beeld van ${d}` },
    });

  // The raw-SQL floor: the same data with hand-written queries, behind a bare HTTP handler.
  const pool = new pg.Pool({ connectionString: connectionUrl(platform.orm), max: 20 });
  pool.on('error', () => undefined);
  const floorPort = await freePort();
  const floor = createServer(async (req, res) => {
    const token = (req.headers.authorization ?? '').slice(7);
    const hash = createHash('sha256').update(token).digest('hex');
    const client = await pool.connect();
    try {
      const s = await client.query(
        'select s.user_id from user_session s where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now()',
        [hash],
      );
      if (s.rowCount === 0) {
        res.statusCode = 401;
        res.end();
        return;
      }
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
      const body = {
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
          plan: {
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
            notes: notes.rows.map((n) => ({ id: n.id, elementId: n.element_id, body: n.body, audience: n.audience })),
            versions: versions.rows.map((v) => ({
              number: v.number,
              status: v.status,
              signOffs: signOffs.rows
                .filter((s) => s.version_id === v.id)
                .map((s) => ({ organisation: { name: s.name }, decision: s.decision, reason: s.reason })),
            })),
          },
        },
      };
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(body));
    } finally {
      client.release();
    }
  });
  await new Promise((r) => floor.listen(floorPort, '127.0.0.1', r));
  const floorUrl = `http://127.0.0.1:${floorPort}`;

  // 50 users: sessions of the team's personas (several sessions per persona).
  const emails = [
    'veiligthuis@demo.mda.test',
    'politie@demo.mda.test',
    'casusregisseur.veiligthuis@demo.mda.test',
    'procesregisseur.veiligthuis@demo.mda.test',
  ];
  const tokens = [];
  for (let i = 0; i < CONCURRENCY; i++) tokens.push(await login(server.url, emails[i % emails.length]));
  const sample = await gql(server.url, tokens[0], DOSSIER, { id: caseId });
  const goals = sample.plan.workingCopy.goals.length;
  const actions = sample.plan.workingCopy.goals.reduce((n, g) => n + g.actions.length, 0);
  let turn = 0;
  const viaGraphql = () => gql(server.url, tokens[turn++ % tokens.length], DOSSIER, { id: caseId });
  let fturn = 0;
  const viaFloor = async () => {
    const r = await fetch(floorUrl, { headers: { authorization: `Bearer ${tokens[fturn++ % tokens.length]}` } });
    if (r.status !== 200) throw new Error(`floor ${r.status}`);
    await r.json();
  };
  await load({ requests: 200, concurrency: CONCURRENCY, send: viaFloor });
  await load({ requests: 200, concurrency: CONCURRENCY, send: viaGraphql });
  const cells = [
    { label: 'raw SQL floor (pg, no masking, no audit)', send: viaFloor, runs: [] },
    { label: 'GraphQL (masked, audited)', send: viaGraphql, runs: [] },
  ];
  for (const order of [cells, [...cells].reverse()])
    for (const c of order) c.runs.push(await load({ requests: REQUESTS, concurrency: CONCURRENCY, send: c.send }));
  if (process.env.BENCH_PROFILE)
    await profile(process.env.BENCH_PROFILE, () =>
      load({ requests: REQUESTS, concurrency: CONCURRENCY, send: viaGraphql }),
    );
  if (process.env.BENCH_HEAP_PROFILE)
    await heapProfile(process.env.BENCH_HEAP_PROFILE, () =>
      load({ requests: REQUESTS, concurrency: CONCURRENCY, send: viaGraphql }),
    );
  const mean = (c, k) => c.runs.reduce((n, r) => n + r[k], 0) / c.runs.length;
  const [f, g] = cells;

  // Statements per GraphQL request: the same read once through an instrumented ORM.
  const seen = [];
  const counting = await MikroORM.init(
    ormConfig(connectionUrl(platform.orm), {
      debug: ['query'],
      colors: false,
      logger: (m) => {
        if (m.replace(/\x1b\[[0-9;]*m/g, '').startsWith('[query]')) seen.push(m);
      },
    }),
  );
  const counted = await startServer(counting, platform.config, { port: 0 });
  const countToken = await login(counted.url, 'politie@demo.mda.test');
  // The first read of a process appends its audit batch the locking way (it does not know the
  // chain head yet); every later one in one statement. Counted: the steady state.
  await gql(counted.url, countToken, DOSSIER, { id: caseId });
  seen.length = 0;
  await gql(counted.url, countToken, DOSSIER, { id: caseId });
  const auditStatements = seen.filter((s) => /audit\./.test(s)).length;
  if (process.env.BENCH_SHOW_SQL) for (const s of seen) console.log(s.replace(/\x1b\[[0-9;]*m/g, '').slice(0, 400));
  await counted.stop();
  await counting.close(true);

  console.log(
    `\nbench:plan - dossier with ${goals} goals, ${actions} actions (with history), notes; 2 rounds x ${REQUESTS} reads per cell, ${CONCURRENCY} concurrent users, node ${process.version}\n`,
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
    `\nSQL statements per GraphQL dossier request: ${seen.length} (of which ${auditStatements} audit write, group-committed with concurrent requests; the floor sends 10). Query depth ${DEPTH}: target at most ${1 + DEPTH} statements and p95 at most 2.5x the floor; no N+1 (statement count independent of plan size, see api/test/plan-query-count.int.test.ts).`,
  );
  floor.close();
  await pool.end();
} catch (error) {
  console.error('bench:plan failed:', error);
  process.exitCode = 1;
} finally {
  await platform.stop();
}

/** Writes a CPU profile of the GraphQL reads alone (BENCH_PROFILE=file.cpuprofile), for finding where time goes. */
async function profile(file, run) {
  const { Session } = await import('node:inspector/promises');
  const { writeFileSync } = await import('node:fs');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  await run();
  const { profile: result } = await session.post('Profiler.stop');
  writeFileSync(file, JSON.stringify(result));
  session.disconnect();
}

/** Writes a sampling heap profile (allocations) of the GraphQL reads alone (BENCH_HEAP_PROFILE=file.heapprofile). */
async function heapProfile(file, run) {
  const { Session } = await import('node:inspector/promises');
  const { writeFileSync } = await import('node:fs');
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 16384,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  await run();
  const { profile: result } = await session.post('HeapProfiler.stopSampling');
  writeFileSync(file, JSON.stringify(result));
  session.disconnect();
}

function connectionUrl(orm) {
  return orm.config.get('clientUrl');
}
