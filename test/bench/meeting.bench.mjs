// pnpm bench:meeting - opening the MDO meeting page (docs/meetings.md): a meeting of 12 items at a
// table of every organisation, read by 10 organisations' users in turn (items masked per
// organisation, every item read audited), against a raw-SQL floor in the same run (the meeting's
// items with their texts in one statement). Sequential rounds; prints p50/p95 and the ratio.
// Not a test: it asserts nothing. Statements per request: api/test/meeting-query-count.int.test.ts.
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
  const chair = await login(server.url, CHAIR);
  const members = (await conn().execute('select id from organisation')).map((o) => o.id);
  const cases = await conn().execute(
    `select c.id from case_file c where c.status <> 'CLOSED' order by c.reference limit 12`,
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
  for (const email of READERS) tokens.push(await login(server.url, email));
  const visible = [];
  for (const token of tokens)
    visible.push((await gql(server.url, token, PAGE, { id: meetingId })).meeting.items.filter((i) => i.visible).length);

  const floor = await timed(ROUNDS, () =>
    conn().execute(
      `select i.id, i.position, i.case_id, i.question, i.considerations, i.safety_score, c.reference from meeting_item i left join case_file c on c.id = i.case_id where i.meeting_id = ? order by i.position`,
      [meetingId],
    ),
  );
  const page = await timed(ROUNDS, (i) => gql(server.url, tokens[i % tokens.length], PAGE, { id: meetingId }));
  const f = (n) => n.toFixed(2);
  console.log(
    `\nbench:meeting - the meeting page, ${cases.length} items, ${READERS.length} organisations in turn, ${ROUNDS} sequential rounds, node ${process.version}\n`,
  );
  console.log(`Items heard per organisation: ${visible.join(', ')} (of ${cases.length}).\n`);
  console.log('| what | p50 ms | p95 ms | p95 vs floor |');
  console.log('|---|---|---|---|');
  console.log(`| floor: items of the meeting in one SQL statement | ${f(floor.p50)} | ${f(floor.p95)} | 1.00 |`);
  console.log(
    `| meeting page over GraphQL (session, rules, masking, audit) | ${f(page.p50)} | ${f(page.p95)} | ${f(page.p95 / floor.p95)} |\n`,
  );
} finally {
  await platform.stop();
}
