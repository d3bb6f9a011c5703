// pnpm bench:live - "one edits, the other sees it": a partner edits a goal through API instance
// B while another organisation's professional is subscribed to the case on instance A (two
// instances on one PostgreSQL, as behind a load balancer). Per edit: the save round trip, the
// arrival of the live event on A (trigger -> NOTIFY -> LISTEN -> graphql-ws), and the re-read of
// the plan the editor then does; in total, from pressing save to the new text in the other
// user's hands. Sequential edits on an otherwise idle platform; the
// baseline is a plain GraphQL read of the same plan in the same run. Not a test.
import { createRequire } from 'node:module';
import { startBenchPlatform, login, gql, table } from './support.mjs';

const requireFromApi = createRequire(new URL('../../api/package.json', import.meta.url));
const { createClient } = await import(requireFromApi.resolve('graphql-ws'));
const WebSocket = requireFromApi('ws');

const EDITS = Number(process.env.BENCH_EDITS ?? 200);
const PLAN = `query ($id: ID!) { plan(caseId: $id) { id version workingCopy { goals { id description version actions { id description status } } } } }`;
const ACTIVITY = 'subscription ($id: ID!) { caseActivity(caseId: $id) { subjectType subjectId op } }';

const platform = await startBenchPlatform();
try {
  const [row] = await platform.orm.em
    .fork()
    .getConnection()
    .execute(
      `select c.id from case_file c where c.status = 'ACTIVE'
       and exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = c.id and o.type = 'SAFE_HOME' and m.valid_until is null)
       and exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = c.id and o.type = 'POLICE' and m.valid_until is null)
     order by c.reference limit 1`,
    );
  const caseId = row.id;
  const a = await platform.server();
  const b = await platform.server();
  const editor = await login(b.url, 'veiligthuis@demo.mda.test');
  const watcher = await login(a.url, 'politie@demo.mda.test');
  const persons = (
    await platform.orm.em
      .fork()
      .getConnection()
      .execute(
        'select hm.person_id from household_member hm join case_file c on c.household_id = hm.household_id where c.id = ?',
        [caseId],
      )
  ).map((r) => r.person_id);
  const added = await gql(b.url, editor, 'mutation ($i: AddGoalInput!) { addGoal(input: $i) { id version } }', {
    i: {
      caseId,
      phase: 'DIRECT_SAFETY',
      lifeDomain: 'SAFETY',
      concerns: [persons[0]],
      description: 'Het gezin is veilig',
      measurableEnd: 'Geen incidenten in drie maanden',
    },
  });
  const goalId = added.addGoal.id;
  let version = added.addGoal.version;

  // The watcher's live connection on instance A.
  const waiters = [];
  const client = createClient({
    url: `${a.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${watcher}` },
    retryAttempts: 0,
  });
  const subscribed = a.realtime.hub.subscriberCount;
  client.subscribe(
    { query: ACTIVITY, variables: { id: caseId } },
    {
      next: (r) => {
        const at = performance.now();
        const e = r.data?.caseActivity;
        for (const w of waiters.splice(0))
          if (e && w.match(e)) w.resolve(at);
          else waiters.push(w);
      },
      error: (e) => console.error('subscription error', e),
      complete: () => undefined,
    },
  );
  while (a.realtime.hub.subscriberCount === subscribed) await new Promise((r) => setTimeout(r, 10));
  const eventFor = (id) => new Promise((resolve) => waiters.push({ match: (e) => e.subjectId === id, resolve }));

  const rows = { save: [], delivery: [], reread: [], total: [], plainRead: [] };
  for (let i = 0; i < EDITS; i++) {
    const text = `Het gezin is veilig; afspraak ${i}`;
    const arrived = eventFor(goalId);
    const t0 = performance.now();
    const saved = await gql(b.url, editor, 'mutation ($i: UpdateGoalInput!) { updateGoal(input: $i) { id version } }', {
      i: { id: goalId, expectedVersion: version, description: text },
    });
    const t1 = performance.now();
    version = saved.updateGoal.version;
    const t2 = await arrived;
    const seen = await gql(a.url, watcher, PLAN, { id: caseId });
    const t3 = performance.now();
    if (!seen.plan.workingCopy.goals.some((g) => g.id === goalId && g.description === text))
      throw new Error('the re-read did not show the edit');
    rows.save.push(t1 - t0);
    rows.delivery.push(t2 - t0);
    rows.reread.push(t3 - Math.max(t1, t2));
    rows.total.push(t3 - t0);
    const r0 = performance.now();
    await gql(a.url, watcher, PLAN, { id: caseId });
    rows.plainRead.push(performance.now() - r0);
  }
  client.dispose();
  const pct = (list, p) =>
    [...list].sort((x, y) => x - y)[Math.min(list.length - 1, Math.floor((p / 100) * list.length))];
  const base = pct(rows.plainRead, 50);
  console.log(
    `\nbench:live - ${EDITS} sequential goal edits on instance B, watched on instance A (two instances, one database), node ${process.version}\n`,
  );
  table(
    [
      ['save on B (mutation round trip)', rows.save],
      ['live event on A, from pressing save', rows.delivery],
      ["watcher's re-read of the plan on A (after event and save)", rows.reread],
      ['from save to the new text on A', rows.total],
      ['baseline: a plain plan read on A', rows.plainRead],
    ].map(([path, list]) => ({
      path,
      'p50 ms': pct(list, 50),
      'p95 ms': pct(list, 95),
      'max ms': pct(list, 100),
      'p50 vs plain read': pct(list, 50) / base,
    })),
  );
  console.log(
    '\n"Done means" asks for the other user to see an edit within a second: compare the p95 of "from save to the new text on A".',
  );
} catch (error) {
  console.error('bench:live failed:', error);
  process.exitCode = 1;
} finally {
  await platform.stop();
}
