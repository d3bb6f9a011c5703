import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient } from './support/graphql-client.js';

/** Every SQL statement the API sends, counted through MikroORM's query logger. */
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

const PAGE = `query ($first: Int!) { cases(first: $first) { totalCount edges { node {
  id reference municipality { name } allowedTransitions
  household { members { roles person { firstName lastName } } }
  team { organisation { name type } legalBasis { kind } active }
} } } }`;

async function statementsFor(client: ApiClient, first: number): Promise<{ count: number; edges: number }> {
  statements = [];
  const data = await client.ok<{ cases: { edges: unknown[] } }>(PAGE, { first });
  return { count: statements.length, edges: data.cases.edges.length };
}

describe('the case list has no N+1', () => {
  it('reads 5 or 40 cases with households and teams in the same number of statements', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs('politie@demo.mda.test');
    const small = await statementsFor(client, 5);
    const large = await statementsFor(client, 40);
    expect(small.edges).toBe(5);
    expect(large.edges).toBe(40);
    expect(large.count).toBe(small.count);
    // session + actor + page + count + members + team
    expect(large.count).toBeLessThanOrEqual(6);
  });
});
