import { appendFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateData, GENERATED_TABLES } from '../../scripts/data-generator.mjs';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient } from './support/graphql-client.js';
import { statementLog } from './support/statement-log.js';

/**
 * Flat curves (docs/scaling.md): every hot read, issued through the real API by the persona
 * who uses it, over a generated data set, is EXPLAINed statement by statement with the
 * planner's defaults (sequential scans allowed) after ANALYZE. None may read a large table
 * sequentially. The statements are captured from the requests themselves, so the test follows
 * the queries when they change.
 *
 * Large: a table the generator fills that holds at least LARGE_ROWS rows here (or an audit
 * partition that does). Smaller tables (organisations, users, a few hundred escalations) are
 * rightly read whole by the planner at this size.
 */
const HOUSEHOLDS = 2_000;
const AUDIT_ROWS = 40_000;
const LARGE_ROWS = 2_000;

const log = statementLog();
// With 'query-params' the logged statements carry their values (runnable as they were sent).
const ormLogging = { ...log.orm, debug: ['query', 'query-params'] as ('query' | 'query-params')[] };
let platform: Platform;
let explainer: pg.Client;
let large: Map<string, number>;
/**
 * The tables checked: the large ones, and every other table that grows with the cases
 * (escalations, notifications: a few hundred here, hundreds of thousands nationally). A Seq
 * Scan of one of those that stays with sequential scans switched off means no index serves
 * the statement, whatever its size here. Organisations stay out (a few hundred nationally).
 */
let checked: Map<string, number>;
/** Seq Scans the planner chose at this size although an index serves the statement. */
const preferred = new Set<string>();

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Schema?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

function seqScans(node: PlanNode, found: string[] = []): string[] {
  if (node['Node Type'] === 'Seq Scan' && node['Relation Name'])
    found.push(`${node.Schema ?? 'public'}.${node['Relation Name']}`);
  for (const child of node.Plans ?? []) seqScans(child, found);
  return found;
}

/**
 * Whole-table reads: Seq Scans, and index scans without an index condition (with sequential
 * scans switched off the planner walks a whole index instead, filtering every row: that is no
 * index serving the statement, even under a Limit when few rows pass the filter).
 */
function wholeTableReads(node: PlanNode, found: string[] = []): string[] {
  const type = node['Node Type'];
  const table = node['Relation Name'] ? `${node.Schema ?? 'public'}.${node['Relation Name']}` : null;
  if (table && type === 'Seq Scan') found.push(table);
  if (table && (type === 'Index Scan' || type === 'Index Only Scan') && !node['Index Cond']) found.push(table);
  for (const child of node.Plans ?? []) wholeTableReads(child, found);
  return found;
}

/** The SQL text of a logged statement: `[query] <sql> [took 3 ms, 1 result]`. */
function sqlOf(line: string): string {
  return line
    .replace(/^\[query\] /, '')
    .replace(/ \[took \d+ ms[^\]]*\]( \(via [^)]*\))?$/, '')
    .trim();
}

/** Reads only: no writes (audit inserts, session touch), no transaction control. */
function isRead(sql: string): boolean {
  return (
    /^(select|with)\b/i.test(sql) &&
    !/\b(insert|update|delete)\b\s/i.test(sql.replace(/'[^']*'/g, "''")) &&
    !/pg_advisory|set_config|for update/i.test(sql)
  );
}

async function planOf(sql: string, seqscan: boolean): Promise<PlanNode> {
  // Statements sent with bind parameters ($1...) are explained as the generic plan
  // PostgreSQL would cache for them (PostgreSQL 16+), the stricter of the two.
  const generic = /\$\d/.test(sql.replace(/'[^']*'/g, "''")) ? 'generic_plan, ' : '';
  await explainer.query(`set enable_seqscan = ${seqscan ? 'on' : 'off'}`);
  const { rows } = await explainer.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
    `explain (${generic}format json) ${sql}`,
  );
  return rows[0]!['QUERY PLAN'][0].Plan;
}

/**
 * EXPLAINs every read statement of the last request with the planner's defaults. A Seq Scan of
 * a large table is then planned again with sequential scans discouraged: when an index serves
 * it there, the index exists and the planner only preferred the scan at this (CI) size, which
 * it will not at national size (noted, not failed); when the Seq Scan stays, no index fits the
 * statement: that fails.
 */
async function checkStatement(read: string, sql: string): Promise<string[]> {
  const scans = seqScans(await planOf(sql, true)).filter((t) => checked.has(t));
  if (scans.length === 0) return [];
  const stillScanned = wholeTableReads(await planOf(sql, false)).filter((t) => checked.has(t));
  if (stillScanned.length > 0 && process.env.EXPLAIN_DUMP)
    appendFileSync(process.env.EXPLAIN_DUMP, `-- ${read}\n${sql};\n\n`);
  const offenders: string[] = [];
  for (const t of scans) {
    if (stillScanned.includes(t))
      offenders.push(
        `${read}: Seq Scan on ${t} (${checked.get(t)} rows), no index serves it, in: ${sql.slice(0, 300)}`,
      );
    else preferred.add(`${read}: ${t}`);
  }
  return offenders;
}

async function explainAll(read: string): Promise<{ statements: number; offenders: string[] }> {
  const statements = log.all().map(sqlOf).filter(isRead);
  const offenders: string[] = [];
  for (const sql of statements) offenders.push(...(await checkStatement(read, sql)));
  return { statements: statements.length, offenders };
}

beforeAll(async () => {
  platform = await startPlatform({ orm: ormLogging });
  const now = Date.now();
  // The audit trail over the last three months, so its partitions are large too.
  await generateData({
    databaseUrl: platform.db.url,
    households: HOUSEHOLDS,
    auditRows: AUDIT_ROWS,
    now,
    auditFrom: now - 90 * 86_400_000,
  });
  await platform.sql('analyze');
  const sizes = await platform.sql<{ name: string; rows: string }>(
    `select n.nspname || '.' || c.relname as name, c.reltuples::bigint::text as rows from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind = 'r' and (n.nspname = 'public' and c.relname = any(string_to_array(?, ',')) or n.nspname = 'audit' and c.relname like 'event%')`,
    [GENERATED_TABLES.join(',')],
  );
  large = new Map(sizes.filter((s) => Number(s.rows) >= LARGE_ROWS).map((s) => [s.name, Number(s.rows)]));
  checked = new Map(
    sizes
      .filter(
        (s) =>
          large.has(s.name) ||
          (s.name.startsWith('public.') && s.name !== 'public.organisation' && Number(s.rows) >= 100),
      )
      .map((s) => [s.name, Number(s.rows)]),
  );
  explainer = new pg.Client({ connectionString: platform.db.url });
  await explainer.connect();
}, 600_000);

afterAll(async () => {
  process.stdout.write(
    `explain-plans: checked tables ${[...(checked ?? new Map<string, number>()).entries()].map(([t, n]) => `${t} ${n}`).join(', ')}\n`,
  );
  if (preferred.size > 0)
    process.stdout.write(
      `explain-plans: sequential scans preferred at this size although an index serves them: ${[...preferred].join('; ')}\n`,
    );
  await explainer?.end();
  await platform?.stop();
});

const LIST = `query ($first: Int!, $after: String) { cases(first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { node {
  id reference status municipality { name } household { members { roles person { firstName lastName } } }
  team { organisation { name type } active } } } } }`;
const DOSSIER = `query ($id: ID!) {
  case(id: $id) { id reference status household { members { roles person { id firstName lastName } } } team { organisation { id name type } active }
    entries { id title } directorHistory { kind status } escalations { id level status } safetyScores { score scoredOn } }
  plan(caseId: $id) { id status workingCopy { picture { id text } goals { id phase description actions { id description status dueOn history { change changedAt } } } } } }`;

async function as(email: string): Promise<ApiClient> {
  const client = await new ApiClient(platform.baseUrl).loginAs(email);
  await client.ok('mutation { setPurpose(purpose: PLAN_EXECUTION) { id } }');
  return client;
}

async function read(
  client: ApiClient,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  log.reset();
  return client.ok(query, variables);
}

describe('hot reads on generated data use indexes, not sequential scans of large tables', () => {
  it('the generated set is large where it matters', () => {
    for (const t of [
      'public.case_file',
      'public.person',
      'public.household_member',
      'public.case_team_membership',
      'public.plan_element',
      'public.case_entry',
    ]) {
      expect(large.get(t), t).toBeGreaterThanOrEqual(LARGE_ROWS);
    }
    expect([...large.keys()].some((t) => t.startsWith('audit.event_'))).toBe(true);
  });

  it('the check finds a statement that no index serves', async () => {
    const found = await checkStatement('probe', `select id from case_entry where title = 'Huisbezoek'`);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('Seq Scan on public.case_entry');
    expect(
      await checkStatement('probe', `select id from case_entry where case_id = '00000000-0000-4000-8000-000000000000'`),
    ).toEqual([]);
    // Walking a whole index instead (sequential scans switched off) is no index serving it either.
    const walked = await checkStatement('probe', `select count(*) from case_entry where title <> 'Huisbezoek'`);
    expect(walked).toHaveLength(1);
    expect(walked[0]).toContain('public.case_entry');
  });

  it('case list (first page and the next), dossier', async () => {
    const police = await as('politie@demo.mda.test');
    const offenders: string[] = [];
    const first = (await read(police, LIST, { first: 50 })) as {
      cases: { edges: { node: { id: string } }[]; pageInfo: { endCursor: string } };
    };
    expect(first.cases.edges).toHaveLength(50);
    const page1 = await explainAll('case list');
    expect(page1.statements).toBeGreaterThan(1);
    offenders.push(...page1.offenders);
    await read(police, LIST, { first: 50, after: first.cases.pageInfo.endCursor });
    offenders.push(...(await explainAll('case list, second page')).offenders);

    const caseId = first.cases.edges[0]!.node.id;
    const dossier = (await read(police, DOSSIER, { id: caseId })) as { case: { id: string } };
    expect(dossier.case.id).toBe(caseId);
    const d = await explainAll('dossier');
    expect(d.statements).toBeGreaterThan(2);
    offenders.push(...d.offenders);
    expect(offenders).toEqual([]);
  });

  it('waiting list, workload, my escalations, notifications', async () => {
    const offenders: string[] = [];
    const process = await as('procesregisseur.veiligthuis@demo.mda.test');
    const waiting = (await read(
      process,
      '{ waitingList { caseId reference waitingSince overNorm contact { displayName } pendingProposals { displayName } } }',
    )) as { waitingList: unknown[] };
    expect(waiting.waitingList.length).toBeGreaterThan(0);
    offenders.push(...(await explainAll('waiting list')).offenders);
    const workload = (await read(
      process,
      '{ workload { userId activeCases proposedCases openEscalations overdueActions } }',
    )) as { workload: unknown[] };
    expect(workload.workload.length).toBeGreaterThan(0);
    offenders.push(...(await explainAll('workload')).offenders);

    const director = await as('casusregisseur.veiligthuis@demo.mda.test');
    await read(director, '{ myEscalations(includeClosed: true) { id caseReference level status history { event } } }');
    offenders.push(...(await explainAll('my escalations')).offenders);
    await read(director, '{ notifications { id kind caseId readAt } }');
    offenders.push(...(await explainAll('notifications')).offenders);
    await read(director, '{ workload { userId activeCases } }');
    offenders.push(...(await explainAll('workload (case director)')).offenders);
    expect(offenders).toEqual([]);
  });

  it('access log by person, by case and by user', async () => {
    const [subject] = await platform.sql<{ person_id: string; reference: string; actor: string }>(
      `select e.data_subject_ids[1] as person_id, c.reference, e.actor_user_id as actor from audit.event e join case_file c on c.id = e.case_id
        where e.organisation_type = 'POLICE' order by e.seq desc limit 1`,
    );
    expect(subject).toBeDefined();
    // The region's coordinating privacy officer: its mandate covers the police's records too.
    const fg = await as('fg.zvh@demo.mda.test');
    const LOG =
      'query ($f: AuditLogFilter) { auditLog(filter: $f, first: 50) { records { action subjectType subjectId organisationName actorName caseReference categories } nextBefore } }';
    const offenders: string[] = [];
    for (const [name, filter] of [
      ['person', { personId: subject!.person_id }],
      ['case', { caseReference: subject!.reference }],
      ['user', { userId: subject!.actor }],
    ] as const) {
      const page = (await read(fg, LOG, { f: filter })) as { auditLog: { records: unknown[] } };
      expect(page.auditLog.records.length, name).toBeGreaterThan(0);
      const e = await explainAll(`access log by ${name}`);
      expect(e.statements).toBeGreaterThan(0);
      offenders.push(...e.offenders);
    }
    expect(offenders).toEqual([]);
  });
});
