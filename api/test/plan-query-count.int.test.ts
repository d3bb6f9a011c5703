import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient } from './support/graphql-client.js';

/** Every SQL statement the API sends while reading a plan, counted through MikroORM's query logger. */
let statements: string[] = [];
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform({
    orm: {
      debug: ['query'],
      logger: (message: string) => {
        if (message.startsWith('[query]')) statements.push(message);
      },
    },
  });
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
      statements = [];
      await client.ok(DOSSIER, { id });
      return statements.filter((s) => !/audit\./.test(s) && !/^\[query\] (begin|commit|select pg_advisory)/i.test(s.replace(/\x1b\[[0-9;]*m/g, ''))).length;
    };
    const a = await count(small.case_id);
    const b = await count(large.case_id);
    expect(b).toBe(a);
    // session + actor (4) + case + members + team + plan + elements + history + notes + versions + sign-offs + snapshots + organisations + users
    expect(b).toBeLessThanOrEqual(18);
  });
});
