// pnpm bench:meeting - opening the MDO meeting page (docs/meetings.md): a meeting of 12 items at a
// table of every organisation, read by 10 organisations' users in turn (items masked per
// organisation, every item read audited), against two raw-SQL floors in the same run: the
// meeting's items with their texts in one statement sent in-process, and the same statement
// behind a bare HTTP handler with the session lookup (as bench:peer's floor), so the page and the
// floor both pay HTTP, JSON and the session. Sequential rounds; prints p50/p95 and the ratios.
// Not a test: it asserts nothing. Statements per request: api/test/meeting-query-count.int.test.ts.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { startBenchPlatform, login, gql } from './support.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);
const CHAIR = 'procesregisseur.veiligthuis@demo.mda.test';
const READERS = [
  CHAIR,
  'politie@demo.mda.test',
  'om@demo.mda.test',
  'reclassering@demo.mda.test',
  'rvdk@demo.mda.test',
  'jeugdbescherming@demo.mda.test',
  'wijkteam.zuid@demo.mda.test',
  'centrumhg@demo.mda.test',
  'zvh@demo.mda.test',
  'gemeente@demo.mda.test',
];
const PAGE = `query ($id: ID!) { meeting(id: $id) { id status currentItemId series { name chairName members { name } }
  items { id label visible caseReference question participants { organisation { name } legalBasis } contributions { body organisation { name } } decisions { text ownerOrganisation { name } dueOn } }
  attendance { organisation { name } userName status } } }`;

async function timed(rounds, fn) {
  const latencies = [];
  for (let i = 0; i < rounds; i += 1) {
    const t = performance.now();
    await fn(i);
    latencies.push(performance.now() - t);
  }
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  return { p50: pct(50), p95: pct(95) };
}

const platform = await startBenchPlatform();
try {
  const conn = () => platform.orm.em.fork().getConnection();
  const server = await platform.server();
  // Everyone prepares the MDO: the purpose the meeting's reads are declared under.
  const prepared = async (email) => {
    const token = await login(server.url, email);
    await gql(server.url, token, 'mutation { setPurpose(purpose: MDO_PREPARATION) { id } }');
    return token;
  };
  const chair = await prepared(CHAIR);
  const members = (await conn().execute('select id from organisation')).map((o) => o.id);
  // The chair may only put active cases of its own organisation's teams on the agenda.
  const cases = await conn().execute(
    `select c.id from case_file c where c.status = 'ACTIVE' and exists (select 1 from case_team_membership m
       join app_user u on u.organisation_id = m.organisation_id where m.case_id = c.id and u.email = ? and m.ended_at is null
         and m.valid_from <= (now() at time zone 'Europe/Amsterdam')::date
         and (m.valid_until is null or m.valid_until >= (now() at time zone 'Europe/Amsterdam')::date))
     order by c.reference limit 12`,
    [CHAIR],
  );
  const series = (
    await gql(server.url, chair, 'mutation ($i: CreateMeetingSeriesInput!) { createMeetingSeries(input: $i) { id } }', {
      i: { name: 'Bench MDO', rhythm: 'wekelijks', memberOrganisationIds: members },
    })
  ).createMeetingSeries.id;
  const meetingId = (
    await gql(server.url, chair, 'mutation ($i: PlanMeetingInput!) { planMeeting(input: $i) { id } }', {
      i: { seriesId: series, startsAt: new Date(Date.now() + 86_400_000).toISOString(), place: 'ZVH' },
    })
  ).planMeeting.id;
  for (const c of cases)
    await gql(server.url, chair, 'mutation ($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { id } }', {
      i: { meetingId, caseId: c.id },
    });
  const tokens = [];
  for (const email of READERS) tokens.push(await prepared(email));
  const visible = [];
  for (const token of tokens)
    visible.push((await gql(server.url, token, PAGE, { id: meetingId })).meeting.items.filter((i) => i.visible).length);

  const ITEMS = `select i.id, i.position, i.case_id, i.question, i.considerations, i.safety_score, c.reference from meeting_item i left join case_file c on c.id = i.case_id where i.meeting_id = ? order by i.position`;
  const floor = await timed(ROUNDS, () => conn().execute(ITEMS, [meetingId]));
  // The HTTP floor: session lookup, the statement, JSON out; nothing masked, nothing audited.
  const floorServer = createServer(async (req, res) => {
    const hash = createHash('sha256')
      .update((req.headers.authorization ?? '').slice(7))
      .digest('hex');
    const c = conn();
    const session = await c.execute(
      'select s.user_id, u.organisation_id from user_session s join app_user u on u.id = s.user_id where s.token_hash = ? and s.revoked_at is null and s.expires_at > now()',
      [hash],
    );
    if (session.length === 0) {
      res.statusCode = 401;
      res.end();
      return;
    }
    const items = await c.execute(ITEMS, [new URL(req.url, 'http://x').searchParams.get('id')]);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: { meeting: { id: meetingId, items } } }));
  });
  await new Promise((r) => floorServer.listen(0, '127.0.0.1', r));
  const floorUrl = `http://127.0.0.1:${floorServer.address().port}/meeting?id=${meetingId}`;
  const httpFloor = await timed(ROUNDS, async (i) => {
    const r = await fetch(floorUrl, { headers: { authorization: `Bearer ${tokens[i % tokens.length]}` } });
    if (r.status !== 200) throw new Error(`floor answered ${r.status}`);
    await r.json();
  });
  floorServer.close();
  const page = await timed(ROUNDS, (i) => gql(server.url, tokens[i % tokens.length], PAGE, { id: meetingId }));
  const f = (n) => n.toFixed(2);
  console.log(
    `\nbench:meeting - the meeting page, ${cases.length} items, ${READERS.length} organisations in turn, ${ROUNDS} sequential rounds, node ${process.version}\n`,
  );
  console.log(`Items heard per organisation: ${visible.join(', ')} (of ${cases.length}).\n`);
  console.log('| what | p50 ms | p95 ms | p95 vs in-process floor | p95 vs HTTP floor |');
  console.log('|---|---|---|---|---|');
  console.log(
    `| floor: items of the meeting in one SQL statement, in-process | ${f(floor.p50)} | ${f(floor.p95)} | 1.00 | ${f(floor.p95 / httpFloor.p95)} |`,
  );
  console.log(
    `| floor: the same behind HTTP with the session lookup | ${f(httpFloor.p50)} | ${f(httpFloor.p95)} | ${f(httpFloor.p95 / floor.p95)} | 1.00 |`,
  );
  console.log(
    `| meeting page over GraphQL (session, rules, masking, audit) | ${f(page.p50)} | ${f(page.p95)} | ${f(page.p95 / floor.p95)} | ${f(page.p95 / httpFloor.p95)} |\n`,
  );
} finally {
  await platform.stop();
}
