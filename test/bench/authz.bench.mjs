// pnpm bench:authz - what field-level masking and the audit trail cost.
// The same case read (household, team, shared entries) by an all-seeing persona (Veilig Thuis
// with a purpose: nothing masked) and a restricted one (police without purpose: secret
// location, health and more masked), each with the audit on and off, in one run, against the
// same database and server process. Reports throughput and p95 as ratios to the baseline
// (all-seeing, audit off). Not a test: it asserts nothing.
import { startBenchPlatform, login, gql, load, table } from './support.mjs';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const QUERY = `query ($id: ID!) { case(id: $id) {
  id reference status
  household { members { roles person { firstName lastName dateOfBirth hasBsn address phone shelterAddress safeContact redactedFields } } }
  team { organisation { name type } legalBasis { kind article statute consentDate } purpose validFrom validUntil active }
  entries { category authorOrganisation { name } title body occurredOn concerns redactedFields }
} }`;

const platform = await startBenchPlatform();
try {
  const [row] = await platform.orm.em
    .fork()
    .getConnection()
    .execute(
      `select c.id from case_file c
      where exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = c.id and o.type = 'SAFE_HOME' and m.valid_until is null)
        and exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = c.id and o.type = 'POLICE' and m.valid_until is null)
        and exists (select 1 from household_member hm join person p on p.id = hm.person_id where hm.household_id = c.household_id and p.shelter_address is not null)
      order by (select count(*) from case_entry e where e.case_id = c.id) desc limit 1`,
    );
  const caseId = row.id;
  const auditOn = await platform.server();
  const auditOff = await platform.server({ auditEnabled: false });
  const personas = {
    'all-seeing (Veilig Thuis, purpose)': { email: 'veiligthuis@demo.mda.test', purpose: true },
    'restricted (Politie, no purpose)': { email: 'politie@demo.mda.test', purpose: false },
  };
  // Two rounds in opposite order, so warm-up and drift do not favour one cell.
  const cells = [];
  for (const [label, p] of Object.entries(personas)) {
    for (const [audit, server] of [
      ['off', auditOff],
      ['on', auditOn],
    ]) {
      const token = await login(server.url, p.email);
      if (p.purpose) await gql(server.url, token, 'mutation { setPurpose(purpose: PLAN_EXECUTION) { id } }');
      const sample = await gql(server.url, token, QUERY, { id: caseId });
      const redacted =
        sample.case.household.members.reduce((n, m) => n + m.person.redactedFields.length, 0) +
        sample.case.entries.reduce((n, e) => n + e.redactedFields.length, 0);
      const send = () => gql(server.url, token, QUERY, { id: caseId });
      await load({ requests: 200, concurrency: CONCURRENCY, send }); // warm-up
      cells.push({ persona: label, audit, redactedFields: redacted, send, runs: [] });
    }
  }
  for (const order of [cells, [...cells].reverse()]) {
    for (const cell of order)
      cell.runs.push(await load({ requests: REQUESTS, concurrency: CONCURRENCY, send: cell.send }));
  }
  const results = cells.map((c) => ({
    persona: c.persona,
    audit: c.audit,
    redactedFields: c.redactedFields,
    throughput: c.runs.reduce((n, r) => n + r.throughput, 0) / c.runs.length,
    p50: c.runs.reduce((n, r) => n + r.p50, 0) / c.runs.length,
    p95: c.runs.reduce((n, r) => n + r.p95, 0) / c.runs.length,
  }));
  const base = results[0];
  console.log(
    `\nbench:authz - 2 rounds x ${REQUESTS} reads of one case per cell (mean of the rounds), ${CONCURRENCY} concurrent clients, node ${process.version}\n`,
  );
  table(
    results.map((r) => ({
      persona: r.persona,
      audit: r.audit,
      'redacted fields': r.redactedFields,
      'req/s': r.throughput,
      'p50 ms': r.p50,
      'p95 ms': r.p95,
      'throughput vs baseline': r.throughput / base.throughput,
      'p95 vs baseline': r.p95 / base.p95,
    })),
  );
  const worst = results.find((r) => r.persona.startsWith('restricted') && r.audit === 'on');
  const auditCost =
    1 - worst.throughput / results.find((r) => r.persona.startsWith('restricted') && r.audit === 'off').throughput;
  const allSeeingOn = results.find((r) => r.persona.startsWith('all-seeing') && r.audit === 'on');
  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  console.log(
    `\nThroughput cost vs baseline (negative = faster): masking + audit (restricted, audit on) ${pct(1 - worst.throughput / base.throughput)}; audit alone, all-seeing ${pct(1 - allSeeingOn.throughput / base.throughput)}; audit alone, restricted ${pct(auditCost)}. Target: at most 15%.`,
  );
  const written = await platform.orm.em.fork().getConnection().execute('select count(*)::int as n from audit.event');
  console.log(`Audit records written during the run: ${written[0].n}.`);
} finally {
  await platform.stop();
}
