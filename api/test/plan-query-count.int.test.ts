import { parse, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient } from './support/graphql-client.js';
import { statementLog } from './support/statement-log.js';

/** Every SQL statement the API sends while reading a plan, counted through MikroORM's query logger. */
const log = statementLog();
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform({ orm: log.orm });
});
afterAll(async () => {
  await platform?.stop();
});

const DOSSIER = `query ($id: ID!) {
  case(id: $id) { id reference household { members { roles person { firstName lastName } } } team { organisation { name } active } }
  plan(caseId: $id) { id status version viewerCan { edit propose signOff }
    workingCopy { picture { text authorOrganisation { name } } goals { description phase actions { description ownerOrganisation { name } assigneeName status overdue history { change changedBy { name } } } }
      safetyPlan { kind text } measures { kind endsOn clock { daysLeft } } }
    notes { body authorName }
    versions { number status signOffs { organisation { name } decision } pendingOrganisations { name } content { goals { description actions { description } } } } } }`;

/** Nested field levels of an operation (plan > workingCopy > goals > actions > history > changedBy > name = 7). */
function depthOf(node: { selectionSet?: SelectionSetNode }): number {
  const set = node.selectionSet;
  return set ? Math.max(...set.selections.map((s) => 1 + depthOf(s as { selectionSet?: SelectionSetNode }))) : 0;
}

describe('the plan dossier has no N+1', () => {
  it('reads a small and a large plan (with versions, history and notes) in the same number of statements', async () => {
    const rows = await platform.sql<{ case_id: string; n: string }>(
      `select p.case_id, count(e.id) as n from plan p join plan_element e on e.plan_id = p.id
        where p.version_count > 0 and exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = p.case_id and o.type = 'SAFE_HOME' and m.ended_at is null and m.valid_until is null)
        group by p.case_id order by count(e.id), p.case_id`,
    );
    const small = rows[0]!;
    const large = rows[rows.length - 1]!;
    expect(Number(large.n)).toBeGreaterThan(Number(small.n));
    const client = await new ApiClient(platform.baseUrl).loginAs('veiligthuis@demo.mda.test');
    const count = async (id: string) => {
      log.reset();
      await client.ok(DOSSIER, { id });
      return log.reads();
    };
    const smallPlan = await count(small.case_id);
    const largePlan = await count(large.case_id);
    const a = smallPlan.length;
    const b = largePlan.length;
    expect(a).toBeGreaterThanOrEqual(3); // the logger really counts: at least session, case and plan
    expect(b, `${smallPlan.join('\n')}\n---\n${largePlan.join('\n')}`).toBe(a);
    // The session with the access scope; the case with household and team; the plan bundle (plan, working
    // copy, notes, versions, sign-offs, and the histories as history is asked for); organisation and user
    // names; the version snapshots. The bound: at most 1 + the depth of the query.
    expect(largePlan.filter((s) => /from "?plan_element_change/.test(s))).toHaveLength(0); // histories came with the bundle
    expect(b).toBeLessThanOrEqual(1 + depthOf(parse(DOSSIER).definitions[0] as OperationDefinitionNode));
  });

  it("reads no household or team of a case outside the viewer's teams (NOT_FOUND, nothing fetched for it)", async () => {
    const [outside] = await platform.sql<{ id: string }>(
      `select c.id from case_file c where not exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id
         where m.case_id = c.id and o.type = 'POLICE') order by c.reference limit 1`,
    );
    expect(outside).toBeDefined();
    const police = await new ApiClient(platform.baseUrl).loginAs('politie@demo.mda.test');
    log.reset();
    const result = await police.request(DOSSIER, { id: outside!.id });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const all = log.all();
    expect(all.some((q) => /from "?case_file/.test(q))).toBe(true); // the logger saw the lookup
    // The case lookup carries the household and team in its own statement, each behind the viewer's
    // access facts (`case when <reached> then ... end`): for a case outside the teams they come back null.
    const lookup = all.filter((q) => /from case_file c where c\.id in/.test(q));
    for (const q of lookup) {
      expect(q).toMatch(
        /case when [^]*(case_team_membership am)[^]*then \(select coalesce\(json_agg\(to_json\(r\)\), '\[\]'\) from \(select hm\.id/,
      );
      expect(q).toMatch(/end as _members, case when [^]*case_team_membership am[^]*end as _team/);
    }
    // And no other statement reads them.
    expect(
      all.filter((q) => !lookup.includes(q) && /household_member|person p|case_team_membership m join/.test(q)),
    ).toEqual([]);
  });
});
