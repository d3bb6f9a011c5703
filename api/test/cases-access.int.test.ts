import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient, codeOf, PERSONAS, personaWith } from './support/graphql-client.js';
import { activeMembershipSql } from './support/nl-today.js';

const CASES = `query ($first: Int!, $after: String, $filter: CaseFilter) {
  cases(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id reference status } }
  }
}`;
const CASE = `query ($id: ID!) {
  case(id: $id) {
    id reference status profile version allowedTransitions
    municipality { code name }
    household { members { roles person { firstName lastName dateOfBirth hasBsn } } }
    team { organisation { name type } legalBasis { kind article consentDate statute } purpose validFrom validUntil active }
  }
}`;

interface CaseList {
  cases: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; reference: string; status: string } }[];
  };
}

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(async () => {
  await platform?.stop();
});

/** Case ids on whose team this persona's organisation is active today, straight from SQL. */
async function teamCaseIdsOf(email: string): Promise<Set<string>> {
  const rows = await platform.orm.em
    .fork()
    .getConnection()
    .execute<{ case_id: string }[]>(
      `select distinct m.case_id from case_team_membership m join app_user u on u.organisation_id = m.organisation_id
      where u.email = ? and ${activeMembershipSql()}`,
      [email],
    );
  return new Set(rows.map((r) => r.case_id));
}

async function allPages(
  client: ApiClient,
  pageSize: number,
  filter?: Record<string, unknown>,
): Promise<{ ids: string[]; totalCount: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let guard = 0; guard < 100; guard += 1) {
    const page: CaseList = await client.ok<CaseList>(CASES, { first: pageSize, after, filter });
    totalCount = page.cases.totalCount;
    ids.push(...page.cases.edges.map((e) => e.node.id));
    expect(page.cases.pageInfo.hasPreviousPage).toBe(after !== null);
    if (!page.cases.pageInfo.hasNextPage) return { ids, totalCount };
    after = page.cases.pageInfo.endCursor;
  }
  throw new Error('pagination did not end');
}

describe('my cases: only cases whose team includes my organisation', () => {
  it.each(['wijkteam.zuid@demo.mda.test', 'wijkteam.schiedam@demo.mda.test'])(
    '%s pages through exactly its team cases',
    async (email) => {
      const client = await new ApiClient(platform.baseUrl).loginAs(email);
      const expected = await teamCaseIdsOf(email);
      expect(expected.size).toBeGreaterThan(0);
      const { ids, totalCount } = await allPages(client, 7);
      expect(new Set(ids).size).toBe(ids.length); // no duplicates across pages
      expect(new Set(ids)).toEqual(expected);
      expect(totalCount).toBe(expected.size);
    },
  );

  it('the two local teams have disjoint caseloads in the demo region', async () => {
    const zuid = await teamCaseIdsOf('wijkteam.zuid@demo.mda.test');
    const schiedam = await teamCaseIdsOf('wijkteam.schiedam@demo.mda.test');
    expect([...zuid].filter((id) => schiedam.has(id))).toEqual([]);
  });

  it('filters by status in SQL, so counts stay right', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs('wijkteam.zuid@demo.mda.test');
    const all = await allPages(client, 50);
    const active = await allPages(client, 50, { status: ['ACTIVE'] });
    expect(active.totalCount).toBeGreaterThan(0);
    expect(active.totalCount).toBeLessThan(all.totalCount);
    const statuses = await platform.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>("select id from case_file where status = 'ACTIVE' and id in (?)", [all.ids]);
    expect(new Set(active.ids)).toEqual(new Set(statuses.map((r) => r.id)));
  });

  it.each(['PRIVACY_OFFICER', 'ADMIN'])('a %s without casework roles sees no cases at all', async (role) => {
    const p = PERSONAS.find(
      (x) => x.roles.includes(role) && x.roles.every((r) => r === 'PRIVACY_OFFICER' || r === 'ADMIN'),
    );
    expect(p).toBeDefined();
    const client = await new ApiClient(platform.baseUrl).loginAs(p!.email);
    const page = await client.ok<CaseList>(CASES, { first: 20 });
    expect(page.cases.totalCount).toBe(0);
    expect(page.cases.edges).toEqual([]);
  });

  it('refuses page sizes and cursors that make no sense, with a specific message', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs('wijkteam.zuid@demo.mda.test');
    const big = await client.request(CASES, { first: 1000 });
    expect(codeOf(big.errors)).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0]?.message).toMatch(/first/);
    const cursor = await client.request(CASES, { first: 5, after: 'bm9wZQ' });
    expect(codeOf(cursor.errors)).toBe('BAD_USER_INPUT');
    expect(cursor.errors?.[0]?.message).toMatch(/after/);
  });
});

describe("one case: another team's case answers exactly like a missing one", () => {
  it('opens its own team case with household and team', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs('wijkteam.zuid@demo.mda.test');
    const [id] = [...(await teamCaseIdsOf('wijkteam.zuid@demo.mda.test'))];
    const data = await client.ok<{
      case: {
        id: string;
        household: { members: { roles: string[] }[] };
        team: { organisation: { type: string }; active: boolean }[];
      };
    }>(CASE, { id });
    expect(data.case.id).toBe(id);
    expect(data.case.household.members.length).toBeGreaterThan(0);
    expect(data.case.household.members.some((m) => m.roles.includes('VICTIM'))).toBe(true);
    expect(data.case.team.some((m) => m.organisation.type === 'LOCAL_TEAM' && m.active)).toBe(true);
  });

  it("NOT_FOUND for another team's case, a random id and a malformed id, with identical errors", async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs('wijkteam.zuid@demo.mda.test');
    const [foreign] = [...(await teamCaseIdsOf('wijkteam.schiedam@demo.mda.test'))];
    const answers = await Promise.all([foreign, randomUUID(), 'not-a-uuid'].map((id) => client.request(CASE, { id })));
    for (const a of answers) {
      expect(a.data).toBeNull();
      expect(codeOf(a.errors)).toBe('NOT_FOUND');
    }
    const shapes = answers.map((a) =>
      JSON.stringify({ message: a.errors?.[0]?.message, extensions: a.errors?.[0]?.extensions }),
    );
    expect(new Set(shapes).size).toBe(1);
  });

  it('never discloses a BSN, only whether one is on record', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs('wijkteam.zuid@demo.mda.test');
    const ids = [...(await teamCaseIdsOf('wijkteam.zuid@demo.mda.test'))].slice(0, 10);
    let withBsn = 0;
    for (const id of ids) {
      const data = await client.ok<{ case: { household: { members: { person: Record<string, unknown> }[] } } }>(CASE, {
        id,
      });
      for (const m of data.case.household.members) {
        expect(Object.keys(m.person).sort()).toEqual(['dateOfBirth', 'firstName', 'hasBsn', 'lastName']);
        if (m.person.hasBsn) withBsn += 1;
      }
    }
    expect(withBsn).toBeGreaterThan(0);
    const bad = await client.request(
      'query ($id: ID!) { case(id: $id) { household { members { person { bsn } } } } }',
      { id: ids[0] },
    );
    expect(codeOf(bad.errors)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a professional sees no status transitions it may not perform; a case director does', async () => {
    const professional = await new ApiClient(platform.baseUrl).loginAs('wijkteam.zuid@demo.mda.test');
    const director = await new ApiClient(platform.baseUrl).loginAs(
      personaWith('LOCAL_TEAM', 'CASE_DIRECTOR', 'zuid').email,
    );
    const directorIds = await teamCaseIdsOf(personaWith('LOCAL_TEAM', 'CASE_DIRECTOR', 'zuid').email);
    const rows = await platform.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>("select id from case_file where status = 'ACTIVE' and id in (?) limit 1", [
        [...directorIds],
      ]);
    const id = rows[0]!.id;
    const asDirector = await director.ok<{ case: { allowedTransitions: string[] } }>(CASE, { id });
    expect([...asDirector.case.allowedTransitions].sort()).toEqual(['CLOSED', 'MONITORING']);
    const professionalIds = await teamCaseIdsOf('wijkteam.zuid@demo.mda.test');
    expect(professionalIds.has(id)).toBe(true); // same organisation, same team
    const asProfessional = await professional.ok<{ case: { allowedTransitions: string[] } }>(CASE, { id });
    expect(asProfessional.case.allowedTransitions).toEqual([]);
  });
});
