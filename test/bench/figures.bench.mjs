// pnpm bench:figures - what a figures request costs on many events, against a floor.
// Generates BENCH_EVENTS synthetic intake reports (default 1,000,000; deterministic, spread over
// 24 months of 2025-2026 and the 15 municipalities, a fixed share assessed, decided, handed over)
// in one INSERT ... SELECT generate_series, refreshes the figures summary (figures_daily: the full
// build of every dirty day, then an incremental refresh after 1,000 more reports on one day; both
// timed), then measures in the same server process:
//   floor: `{ me { id } }` (session + actor, no aggregate),
//   figures: SAFETY_ASSESSMENTS and REPORTS per MONTH over 24 months, all municipalities, as a process director.
// Reports p50/p95 and the ratio to the floor. Not a test: it asserts nothing.
import { performance } from 'node:perf_hooks';
import { startBenchPlatform, login, gql, load, table } from './support.mjs';
import { refreshFigures } from '../../api/dist/modules/figures/figures-summary.service.js';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const FIGURES = `query ($i: FiguresInput!) { figures(input: $i) { periods { label total { share cells { display } } rows { municipality cells { display per100k } } } } }`;

const platform = await startBenchPlatform();
try {
  const conn = platform.orm.em.fork().getConnection();
  const [vt] = await conn.execute(
    `select u.id as user_id, u.organisation_id from app_user u where u.email = 'veiligthuis@demo.mda.test'`,
  );
  const started = performance.now();
  // received_at: every event on a deterministic instant in 2025-01-01 .. 2026-12-31; assessed 1-9 days later for 90 %.
  // One statement, plain arithmetic per row (no per-row subquery); the summary triggers mark the days touched.
  const insertReports = (count, firstDay, days) =>
    conn.execute(
      `insert into intake_report (id, kind, received_at, municipality, reporter_kind, status, screened_at, screened_by_id, crisis, assessment_due_on,
         assessed_at, assessed_by_id, cbs_category, recorded_by_id, organisation_id)
       select gen_random_uuid(), case when i % 5 = 0 then 'ADVICE_REQUEST' else 'REPORT' end, at,
         m[1 + ((i * 7919) % 15)::int],
         case when i % 7 = 0 then 'POLICE_YOUTH_CARE' else 'CITIZEN' end,
         case when i % 10 = 0 then 'RECEIVED' else 'ASSESSED' end,
         case when i % 10 = 0 then null else at end, case when i % 10 = 0 then null else ?::uuid end, case when i % 10 = 0 then null else i % 13 = 0 end,
         (at + interval '7 days')::date,
         case when i % 10 = 0 then null else at + (1 + i % 9) * interval '1 day' end, case when i % 10 = 0 then null else ?::uuid end,
         'FIRST_REPORT', ?::uuid, ?::uuid
       from (select i, ?::timestamptz + ((i * 104729) % ?) * interval '1 day' + (i % 600) * interval '1 minute' as at,
               array['MAASSLUIS','VLAARDINGEN','SCHIEDAM','LANSINGERLAND','ROTTERDAM','CAPELLE_AAN_DEN_IJSSEL','KRIMPEN_AAN_DEN_IJSSEL','RIDDERKERK','BARENDRECHT','ALBRANDSWAARD','NISSEWAARD','HELLEVOETSLUIS','BRIELLE','WESTVOORNE','GOEREE_OVERFLAKKEE'] as m
             from generate_series(1::bigint, ?::bigint) as i) g`,
      [vt.user_id, vt.user_id, vt.user_id, vt.organisation_id, firstDay, days, count],
    );
  await insertReports(EVENTS, '2025-01-01 08:00+01', 730);
  await conn.execute('vacuum analyze intake_report');
  const generated = (performance.now() - started) / 1000;
  const timed = async (step) => {
    const t = performance.now();
    const result = await step();
    return { ...result, seconds: (performance.now() - t) / 1000 };
  };
  const full = await timed(() => refreshFigures(platform.orm.em));
  await insertReports(1000, '2026-06-10 08:00+02', 1);
  const incremental = await timed(() => refreshFigures(platform.orm.em));
  const [summary] = await conn.execute(`select count(*)::int as n from figures_daily`);

  const server = await platform.server();
  const token = await login(server.url, 'procesregisseur.veiligthuis@demo.mda.test');
  const cells = [
    { label: 'floor: me', send: () => gql(server.url, token, '{ me { id } }') },
    ...['SAFETY_ASSESSMENTS', 'REPORTS'].map((indicator) => ({
      label: `figures ${indicator} MONTH x 24, 15 municipalities`,
      send: () =>
        gql(server.url, token, FIGURES, { i: { indicator, granularity: 'MONTH', from: '2025-01', to: '2026-12' } }),
    })),
  ];
  for (const c of cells) await load({ requests: 20, concurrency: CONCURRENCY, send: c.send }); // warm-up
  for (const c of cells) c.runs = [];
  for (const order of [cells, [...cells].reverse()])
    for (const c of order) c.runs.push(await load({ requests: REQUESTS, concurrency: CONCURRENCY, send: c.send }));
  const mean = (c, k) => c.runs.reduce((n, r) => n + r[k], 0) / c.runs.length;
  const floor = cells[0];
  console.log(
    `\nbench:figures - ${EVENTS} intake reports generated in ${generated.toFixed(1)} s; 2 rounds x ${REQUESTS} requests per cell, ${CONCURRENCY} concurrent clients, node ${process.version}`,
  );
  console.log(
    `summary figures_daily: full refresh of ${full.days} days in ${full.seconds.toFixed(2)} s (${summary.n} summary rows); ` +
      `incremental refresh after 1,000 reports on one day: ${incremental.days} days in ${incremental.seconds.toFixed(2)} s\n`,
  );
  table(
    cells.map((c) => ({
      request: c.label,
      'req/s': mean(c, 'throughput'),
      'p50 ms': mean(c, 'p50'),
      'p95 ms': mean(c, 'p95'),
      'p95 vs floor': mean(c, 'p95') / mean(floor, 'p95'),
    })),
  );
  console.log('\nTarget (issue 16): p95 under 300 ms per dashboard request on 10 million events.');
} finally {
  await platform.stop();
}
