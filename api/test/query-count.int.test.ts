import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient } from './support/graphql-client.js';
import { statementLog } from './support/statement-log.js';

/** Every SQL statement the API sends, counted through MikroORM's query logger. */
const log = statementLog();
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform({ orm: log.orm });
});
afterAll(async () => {
  await platform?.stop();
});

const PAGE = `query ($first: Int!) { cases(first: $first) { totalCount edges { node {
  id reference municipality { name } allowedTransitions
  household { members { roles person { firstName lastName } } }
  team { organisation { name type } legalBasis { kind } active }
} } } }`;

// The same list as a process director's overview: who directs each case, its escalations and safety scores.
const DIRECTION_PAGE = `query ($first: Int!) { cases(first: $first) { totalCount edges { node {
  id reference
  directorHistory { kind status responsible director { displayName organisation { name } } }
  escalations { id level status deadline }
  safetyScores { score scoredOn }
} } } }`;

// The web's case list (CaseListPage with CaseTable's fragment): rows are plain records, not
// entities, so nothing a column reads may fall back to a statement per case.
const WEB_LIST_PAGE = `query ($first: Int!) { cases(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
  id reference status profile openedAt nextDeadline caseDirectors { id displayName } municipality { code name }
} } } }`;

async function statementsFor(client: ApiClient, first: number, page = PAGE): Promise<{ count: number; edges: number }> {
  log.reset();
  const data = await client.ok<{ cases: { edges: unknown[] } }>(page, { first });
  return { count: log.reads().length, edges: data.cases.edges.length };
}

describe('the case list has no N+1', () => {
  it('reads 5 or 40 cases with households and teams in the same number of statements', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs('politie@demo.mda.test');
    const small = await statementsFor(client, 5);
    const large = await statementsFor(client, 40);
    expect(small.edges).toBe(5);
    expect(large.edges).toBe(40);
    expect(small.count).toBeGreaterThan(1); // the logger really counts
    expect(large.count).toBe(small.count);
    // session (with the actor) + page (with the access facts, members and team) + count (docs/adr/0007)
    expect(large.count).toBeLessThanOrEqual(3);
  });

  it('reads direction, escalations and safety scores of 5 or 40 cases in the same number of statements', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs('veiligthuis@demo.mda.test');
    const small = await statementsFor(client, 5, DIRECTION_PAGE);
    const large = await statementsFor(client, 40, DIRECTION_PAGE);
    expect(small.edges).toBe(5);
    expect(large.edges).toBe(40);
    expect(small.count).toBeGreaterThan(3);
    expect(large.count).toBe(small.count);
    // session + actor + page + count + assignments + escalations + safety scores
    expect(large.count).toBeLessThanOrEqual(7);
  });

  it("reads the web's case list page of 5 or 40 cases in the same number of statements", async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs('veiligthuis@demo.mda.test');
    const small = await statementsFor(client, 5, WEB_LIST_PAGE);
    const large = await statementsFor(client, 40, WEB_LIST_PAGE);
    expect(small.edges).toBe(5);
    expect(large.edges).toBe(40);
    expect(small.count).toBeGreaterThan(2);
    expect(large.count).toBe(small.count);
  });
});
