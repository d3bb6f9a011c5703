// pnpm bench:intake - matching a new report's persons against 1,000,000 known persons.
// The matching the report page does for every report (docs/intake.md): the BSN-hash lookup of
// each person with a BSN, the name candidates on normalised name + date of birth
// (person_name_key_dob_index), the CBS classification and the known cases. Measured on the
// demo region first (peer), then after 1,000,000 synthetic persons are loaded with COPY; both
// against a floor in the same run (one primary-key lookup of a person). Prints p50/p95 and the
// EXPLAIN plans of the two lookups on person. Not a test: it asserts nothing.
import { chmodSync, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { randomUUID, randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBenchPlatform, login, gql } from './support.mjs';
import { personNameKey } from '../../packages/domain/dist/index.js';
import { NAME_BACKGROUNDS } from '../../api/dist/modules/demo/dutch-names.js';
import { bsnHash } from '../../api/dist/modules/cases/case.service.js';
import {
  candidatesOf,
  classifyReportIn,
  knownCasesOf,
  personIdByBsnHash,
} from '../../api/dist/modules/intake/intake-match.service.js';

const KNOWN = Number(process.env.BENCH_PERSONS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 400);

/** A valid BSN (eleven-test) from a number. */
function bsn(n) {
  for (let k = n; ; k += 1) {
    const d = String(k).padStart(8, '0').slice(-8).split('').map(Number);
    const check = d.reduce((s, x, i) => s + x * (9 - i), 0) % 11;
    if (check < 10 && d[0] !== 0) return `${d.join('')}${check}`;
  }
}

const pick = (list) => list[Math.floor(Math.random() * list.length)];
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const FROM = Date.UTC(1935, 0, 1);
const SPAN = Date.UTC(2024, 0, 1) - FROM;

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
const dir = mkdtempSync(join(tmpdir(), 'mda-bench-intake-'));
// The database server reads the file (COPY FROM a file), possibly as another OS user.
chmodSync(dir, 0o755);
try {
  const conn = () => platform.orm.em.fork().getConnection();
  const server = await platform.server();
  const token = await login(server.url, 'veiligthuis@demo.mda.test');
  // Someone known by BSN and someone known by name and date of birth, before the report.
  const knownBsn = bsn(71_717_171);
  const nameTwinId = randomUUID();
  await conn().execute(
    `insert into person (id, first_name, last_name, date_of_birth, bsn_hash, name_key) values (?, 'Fleur', 'van der Linden', '1990-05-05', ?, ?), (?, 'Zoë', 'van der Heijden', '1993-09-30', null, ?)`,
    [
      randomUUID(),
      bsnHash(platform.config.bsnKey, knownBsn),
      personNameKey('Fleur', 'van der Linden'),
      nameTwinId,
      personNameKey('Zoë', 'van der Heijden'),
    ],
  );
  const recorded = await gql(
    server.url,
    token,
    `mutation ($i: RecordIntakeReportInput!) { recordIntakeReport(input: $i) { id persons { id personId } } }`,
    {
      i: {
        kind: 'REPORT',
        receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
        municipality: 'ROTTERDAM',
        reporterKind: 'POLICE',
        reporterName: 'Bench',
        violenceNatures: ['PHYSICAL'],
        injury: false,
        persons: [
          {
            firstName: 'Fleur',
            lastName: 'van der Linden',
            dateOfBirth: '1990-05-05',
            bsn: knownBsn,
            roles: ['VICTIM'],
          },
          { firstName: 'Heijden', lastName: 'Zoe', dateOfBirth: '1993-09-30', roles: ['VICTIM'] },
          { firstName: 'Onbekend', lastName: 'Nieuwpersoon', dateOfBirth: '1984-01-01', roles: ['PERPETRATOR'] },
        ],
      },
    },
  );
  const report = recorded.recordIntakeReport;
  const reportPersonIds = report.persons.map((p) => p.id);
  const personIds = report.persons.map((p) => p.personId);
  const [vt] = await conn().execute(
    `select u.id as user_id, u.organisation_id from app_user u where u.email = 'veiligthuis@demo.mda.test'`,
  );
  const actor = { userId: vt.user_id, organisationId: vt.organisation_id };
  const today = new Date().toISOString().slice(0, 10);
  const hashes = [bsnHash(platform.config.bsnKey, knownBsn)];

  /** What the report page runs to match the report's persons. */
  const match = async () => {
    const em = platform.orm.em.fork();
    for (const h of hashes) await personIdByBsnHash(em, h);
    const candidates = await candidatesOf(em, reportPersonIds);
    await Promise.all([
      knownCasesOf(em, actor, today, [...personIds, ...candidates.map((c) => c.personId)]),
      classifyReportIn(em, report.id, personIds),
    ]);
    return candidates;
  };
  const floor = async (i) =>
    conn().execute('select id, first_name from person where id = ?', [personIds[i % personIds.length]]);

  const check = await match();
  const demoPersons = (await conn().execute('select count(*)::int as n from person'))[0].n;
  await timed(50, match); // warm-up
  const peerFloor = await timed(ROUNDS, floor);
  const peer = await timed(ROUNDS, match);

  // 1,000,000 synthetic persons with COPY: random names of the demo lists, dates of birth
  // 1935-2023, 70 % with a BSN hash, their name key as the application writes it.
  const file = join(dir, 'persons.csv');
  const out = createWriteStream(file);
  const t0 = performance.now();
  for (let i = 0; i < KNOWN; i += 1) {
    const bg = pick(NAME_BACKGROUNDS);
    const first = pick(Math.random() < 0.5 ? bg.female : bg.male);
    const last = pick(bg.family);
    const hash = Math.random() < 0.7 ? randomBytes(32).toString('hex') : '';
    const line = `${randomUUID()},"${first}","${last}",${isoDay(FROM + Math.random() * SPAN)},${hash},"${personNameKey(first, last) ?? ''}"\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  chmodSync(file, 0o644);
  await conn().execute(
    `copy person (id, first_name, last_name, date_of_birth, bsn_hash, name_key) from '${file}' with (format csv, null '')`,
  );
  await conn().execute('analyze person');
  const loadSeconds = (performance.now() - t0) / 1000;
  const total = (await conn().execute('select count(*)::int as n from person'))[0].n;

  await timed(50, match); // warm-up
  const bigFloor = await timed(ROUNDS, floor);
  const big = await timed(ROUNDS, match);
  const after = await match();

  const explain = async (sql, params) =>
    (await conn().execute(`explain (analyze, costs off, timing off, summary off) ${sql}`, params))
      .map((r) => r['QUERY PLAN'])
      .join('\n');
  const bsnPlan = await explain(
    'select id from person where bsn_hash = ? and pseudonymised_at is null order by created_at, id limit 1',
    [hashes[0]],
  );
  const namePlan = await explain(
    `select p.id from person p where p.name_key = ? and p.date_of_birth = ?::date and p.id <> ? and p.pseudonymised_at is null order by p.created_at, p.id limit 10`,
    [personNameKey('Zoë', 'van der Heijden'), '1993-09-30', personIds[1]],
  );
  const candidatePlan = await explain(
    `select rp.id, p.id from intake_report_person rp join person me on me.id = rp.person_id
       join lateral (select p.* from person p where p.name_key = me.name_key and p.date_of_birth = me.date_of_birth and p.id <> me.id and p.pseudonymised_at is null
                      and not (p.id = any(rp.rejected_person_ids)) and (p.bsn_hash is null or me.bsn_hash is null) order by p.created_at, p.id limit 10) p on true
      where rp.id = any(?::uuid[]) and rp.match_basis = 'NEW' and me.name_key is not null and me.date_of_birth is not null`,
    [`{${reportPersonIds.join(',')}}`],
  );
  const seqScans = [bsnPlan, namePlan, candidatePlan].filter((p) => /Seq Scan on person/.test(p)).length;

  const f = (n) => n.toFixed(2);
  console.log(
    `\nbench:intake - matching one report (3 persons: one by BSN, one name candidate, one new), ${ROUNDS} sequential rounds per row, node ${process.version}\n`,
  );
  console.log('| known persons | floor p95 ms (pk lookup) | matching p50 ms | matching p95 ms | p95 vs floor |');
  console.log('|---|---|---|---|---|');
  console.log(
    `| ${demoPersons} (demo region) | ${f(peerFloor.p95)} | ${f(peer.p50)} | ${f(peer.p95)} | ${f(peer.p95 / peerFloor.p95)} |`,
  );
  console.log(`| ${total} | ${f(bigFloor.p95)} | ${f(big.p50)} | ${f(big.p95)} | ${f(big.p95 / bigFloor.p95)} |`);
  console.log(
    `\nLoaded ${KNOWN} persons with COPY in ${loadSeconds.toFixed(1)} s. Candidates found: ${check.length} before, ${after.length} after (the name twin${after.length > 1 ? ' and synthetic namesakes born the same day' : ''}).`,
  );
  console.log(
    `p95 at ${total} persons: ${f(big.p95)} ms (target: under 50 ms); growth vs the demo region: ${f(big.p95 / peer.p95)}x.`,
  );
  console.log(`Sequential scans on person in the plans: ${seqScans}.\n`);
  console.log('EXPLAIN, BSN-hash lookup:\n' + bsnPlan + '\n');
  console.log('EXPLAIN, name key + date of birth:\n' + namePlan + '\n');
  console.log('EXPLAIN, candidates of the report persons (candidatesOf):\n' + candidatePlan + '\n');
} finally {
  rmSync(dir, { recursive: true, force: true });
  await platform.stop();
}
