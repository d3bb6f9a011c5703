import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient, codeOf, personaWith } from './support/graphql-client.js';

const CREATE = `mutation ($input: CreateCaseInput!) {
  createCase(input: $input) { id reference status version municipality { code } team { organisation { type } legalBasis { kind article } active } household { members { roles person { firstName hasBsn } } } }
}`;
const TRANSITION =
  'mutation ($input: TransitionCaseInput!) { transitionCase(input: $input) { id status version closedAt } }';
const ADD =
  'mutation ($input: AddTeamMemberInput!) { addTeamMember(input: $input) { id organisation { id type } validFrom validUntil active legalBasis { kind statute } } }';
const END = 'mutation ($input: EndTeamMembershipInput!) { endTeamMembership(input: $input) { id active validUntil } }';
const CASE = 'query ($id: ID!) { case(id: $id) { id status version team { id organisation { id type } active } } }';
const ORGS = '{ organisations { id name type } }';

const covenant = { kind: 'COVENANT', article: 'Convenant Zorg- en Veiligheidshuis Rotterdam-Rijnmond, art. 7' };
const validInput = () => ({
  municipality: 'ROTTERDAM',
  profile: 'INTIMATE_TERROR',
  purpose: 'Gezamenlijk plan van aanpak MDA++',
  legalBasis: covenant,
  members: [
    { firstName: 'Testa', lastName: 'de Proef', dateOfBirth: '1990-04-02', bsn: '111222333', roles: ['VICTIM'] },
    { firstName: 'Tom', lastName: 'de Proef', dateOfBirth: '1988-01-15', roles: ['PERPETRATOR'] },
    { firstName: 'Tim', lastName: 'de Proef', dateOfBirth: '2019-06-30', roles: ['CHILD', 'VICTIM'] },
  ],
});

let platform: Platform;
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(async () => {
  await platform?.stop();
});

interface Counts {
  cases: number;
  households: number;
  persons: number;
  members: number;
  memberships: number;
  counter: number;
}

async function counts(): Promise<Counts> {
  const [row] = await platform.orm.em
    .fork()
    .getConnection()
    .execute<Record<string, string>[]>(
      `select (select count(*) from case_file) as cases, (select count(*) from household) as households,
            (select count(*) from person) as persons, (select count(*) from household_member) as members,
            (select count(*) from case_team_membership) as memberships,
            (select coalesce(sum(last_value), 0) from case_reference_counter) as counter`,
    );
  return Object.fromEntries(Object.entries(row!).map(([k, v]) => [k, Number(v)])) as unknown as Counts;
}

const safeHome = () => personaWith('SAFE_HOME', 'PROFESSIONAL');
const safeHomeDirector = () => personaWith('SAFE_HOME', 'CASE_DIRECTOR');

describe('createCase', () => {
  it('opens a case in INTAKE with a reference, the household, and the creating organisation on the team', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs(safeHome().email);
    const before = await counts();
    const data = await client.ok<{
      createCase: {
        reference: string;
        status: string;
        version: number;
        team: { organisation: { type: string }; active: boolean }[];
        household: { members: { person: { hasBsn: boolean } }[] };
      };
    }>(CREATE, { input: validInput() });
    expect(data.createCase.reference).toMatch(new RegExp(`^MDA-${today().slice(0, 4)}-\\d{6}$`));
    expect(data.createCase.status).toBe('INTAKE');
    expect(data.createCase.team).toEqual([{ organisation: { type: 'SAFE_HOME' }, active: true, legalBasis: covenant }]);
    expect(data.createCase.household.members.map((m) => m.person.hasBsn)).toEqual(
      expect.arrayContaining([true, false]),
    );
    const after = await counts();
    expect(after.cases - before.cases).toBe(1);
    expect(after.persons - before.persons).toBe(3);
    // The BSN is stored only as a keyed hash.
    const stored = await platform.orm.em
      .fork()
      .getConnection()
      .execute<{ n: string }[]>(
        "select count(*) as n from person where bsn_hash = '111222333' or first_name = '111222333'",
      );
    expect(Number(stored[0]!.n)).toBe(0);
  });

  it('two cases opened at once get different references', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs(safeHome().email);
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => client.ok<{ createCase: { reference: string } }>(CREATE, { input: validInput() })),
    );
    expect(new Set(results.map((r) => r.createCase.reference)).size).toBe(4);
  });

  it.each([
    [
      'an invalid BSN',
      (i: ReturnType<typeof validInput>) => ({ ...i, members: [{ ...i.members[0]!, bsn: '123456789' }] }),
      /bsn/i,
    ],
    [
      'a date of birth in the future',
      (i: ReturnType<typeof validInput>) => ({ ...i, members: [{ ...i.members[0]!, dateOfBirth: '2999-01-01' }] }),
      /dateOfBirth/,
    ],
    [
      'an impossible date',
      (i: ReturnType<typeof validInput>) => ({ ...i, members: [{ ...i.members[0]!, dateOfBirth: '2020-02-30' }] }),
      /dateOfBirth|LocalDate|Date/,
    ],
    ['no victim', (i: ReturnType<typeof validInput>) => ({ ...i, members: [i.members[1]!] }), /members/],
    [
      'an adult marked as child',
      (i: ReturnType<typeof validInput>) => ({
        ...i,
        members: [i.members[0]!, { ...i.members[2]!, dateOfBirth: '1970-01-01' }],
      }),
      /child|kind/i,
    ],
    [
      'an unknown municipality',
      (i: ReturnType<typeof validInput>) => ({ ...i, municipality: 'AMSTERDAM' }),
      /municipality/,
    ],
    [
      'an empty first name',
      (i: ReturnType<typeof validInput>) => ({ ...i, members: [{ ...i.members[0]!, firstName: '   ' }] }),
      /firstName/,
    ],
    [
      'a 101-character last name',
      (i: ReturnType<typeof validInput>) => ({ ...i, members: [{ ...i.members[0]!, lastName: 'x'.repeat(101) }] }),
      /lastName/,
    ],
    [
      'a covenant without article',
      (i: ReturnType<typeof validInput>) => ({ ...i, legalBasis: { kind: 'COVENANT' } }),
      /legalBasis\.article/,
    ],
    [
      'consent without a date',
      (i: ReturnType<typeof validInput>) => ({ ...i, legalBasis: { kind: 'CONSENT' } }),
      /legalBasis\.consentDate/,
    ],
    [
      'a duplicate BSN in one household',
      (i: ReturnType<typeof validInput>) => ({
        ...i,
        members: [i.members[0]!, { ...i.members[1]!, bsn: '111222333' }],
      }),
      /bsn/,
    ],
    [
      'an unknown profile',
      (i: ReturnType<typeof validInput>) => ({ ...i, profile: 'NOT_A_PROFILE' }),
      /profile|HouseholdProfile/,
    ],
  ])('refuses %s with a specific message and writes nothing', async (_label, mutate, pattern) => {
    const client = await new ApiClient(platform.baseUrl).loginAs(safeHome().email);
    const before = await counts();
    const result = await client.request(CREATE, { input: mutate(validInput()) });
    expect(codeOf(result.errors)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(pattern);
    expect(result.errors?.[0]?.message).not.toMatch(/select|insert|stack|at Object/i);
    expect(await counts()).toEqual(before);
  });

  it('refuses police (who report to Veilig Thuis instead) with FORBIDDEN and writes nothing', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs(personaWith('POLICE', 'PROFESSIONAL').email);
    const before = await counts();
    const result = await client.request(CREATE, { input: validInput() });
    expect(codeOf(result.errors)).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });
});

describe('transitionCase', () => {
  it('a case director moves a case along the allowed path; a stale version gets CONFLICT with the current state', async () => {
    const director = await new ApiClient(platform.baseUrl).loginAs(safeHomeDirector().email);
    const created = await director.ok<{ createCase: { id: string; version: number } }>(CREATE, { input: validInput() });
    const { id, version } = created.createCase;
    const active = await director.ok<{ transitionCase: { status: string; version: number } }>(TRANSITION, {
      input: { caseId: id, to: 'ACTIVE', expectedVersion: version },
    });
    expect(active.transitionCase.status).toBe('ACTIVE');
    expect(active.transitionCase.version).toBe(version + 1);
    const stale = await director.request(TRANSITION, {
      input: { caseId: id, to: 'MONITORING', expectedVersion: version },
    });
    expect(codeOf(stale.errors)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions).toMatchObject({ currentVersion: version + 1, currentStatus: 'ACTIVE' });
    const skip = await director.request(TRANSITION, {
      input: { caseId: id, to: 'INTAKE', expectedVersion: version + 1 },
    });
    expect(codeOf(skip.errors)).toBe('BAD_USER_INPUT');
    const closed = await director.ok<{ transitionCase: { status: string; closedAt: string | null } }>(TRANSITION, {
      input: { caseId: id, to: 'CLOSED', expectedVersion: version + 1 },
    });
    expect(closed.transitionCase.status).toBe('CLOSED');
    expect(closed.transitionCase.closedAt).not.toBeNull();
  });

  it('two directors transitioning at once: exactly one wins, the other is told CONFLICT', async () => {
    const director = await new ApiClient(platform.baseUrl).loginAs(safeHomeDirector().email);
    const { createCase } = await director.ok<{ createCase: { id: string; version: number } }>(CREATE, {
      input: validInput(),
    });
    const attempts = await Promise.all(
      ['ACTIVE', 'CLOSED'].map((to) =>
        director.request(TRANSITION, { input: { caseId: createCase.id, to, expectedVersion: createCase.version } }),
      ),
    );
    const won = attempts.filter((a) => !a.errors);
    const lost = attempts.filter((a) => codeOf(a.errors) === 'CONFLICT');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
  });

  it('a professional may read but not transition: FORBIDDEN', async () => {
    const director = await new ApiClient(platform.baseUrl).loginAs(safeHomeDirector().email);
    const { createCase } = await director.ok<{ createCase: { id: string; version: number } }>(CREATE, {
      input: validInput(),
    });
    const professional = await new ApiClient(platform.baseUrl).loginAs(safeHome().email);
    const refused = await professional.request(TRANSITION, {
      input: { caseId: createCase.id, to: 'ACTIVE', expectedVersion: createCase.version },
    });
    expect(codeOf(refused.errors)).toBe('FORBIDDEN');
  });
});

describe('the case team', () => {
  it('a director adds the police under a legal duty; overlap is refused; ending with immediate effect stops police access on the next request', async () => {
    const director = await new ApiClient(platform.baseUrl).loginAs(safeHomeDirector().email);
    const { createCase } = await director.ok<{ createCase: { id: string } }>(CREATE, { input: validInput() });
    const { organisations } = await director.ok<{ organisations: { id: string; type: string }[] }>(ORGS);
    const police = organisations.find((o) => o.type === 'POLICE')!;
    const policeUser = await new ApiClient(platform.baseUrl).loginAs(personaWith('POLICE', 'PROFESSIONAL').email);
    expect(codeOf((await policeUser.request(CASE, { id: createCase.id })).errors)).toBe('NOT_FOUND');

    const input = {
      caseId: createCase.id,
      organisationId: police.id,
      legalBasis: { kind: 'LEGAL_DUTY', statute: 'Wet politiegegevens art. 16' },
      purpose: 'Veiligheidsbeoordeling en strafrechtelijke interventies',
      validFrom: today(),
    };
    const added = await director.ok<{ addTeamMember: { id: string; active: boolean } }>(ADD, { input });
    expect(added.addTeamMember.active).toBe(true);
    expect((await policeUser.ok<{ case: { id: string } }>(CASE, { id: createCase.id })).case.id).toBe(createCase.id);

    const again = await director.request(ADD, { input });
    expect(codeOf(again.errors)).toBe('CONFLICT');

    const ended = await director.ok<{ endTeamMembership: { active: boolean } }>(END, {
      input: { membershipId: added.addTeamMember.id },
    });
    expect(ended.endTeamMembership.active).toBe(false);
    expect(codeOf((await policeUser.request(CASE, { id: createCase.id })).errors)).toBe('NOT_FOUND');
    // The ended membership stays visible to the team, as history.
    const team = await director.ok<{ case: { team: { organisation: { type: string }; active: boolean }[] } }>(CASE, {
      id: createCase.id,
    });
    expect(team.case.team).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ organisation: expect.objectContaining({ type: 'POLICE' }), active: false }),
      ]),
    );
  });

  it('refuses a membership that ends before it starts, an unknown organisation, and a professional composing the team', async () => {
    const director = await new ApiClient(platform.baseUrl).loginAs(safeHomeDirector().email);
    const { createCase } = await director.ok<{ createCase: { id: string } }>(CREATE, { input: validInput() });
    const base = {
      caseId: createCase.id,
      legalBasis: covenant,
      purpose: 'Gezamenlijk plan van aanpak',
      validFrom: today(),
    };
    const { organisations } = await director.ok<{ organisations: { id: string; type: string }[] }>(ORGS);
    const care = organisations.find((o) => o.type === 'CARE')!;
    const backwards = await director.request(ADD, {
      input: { ...base, organisationId: care.id, validUntil: '2000-01-01' },
    });
    expect(codeOf(backwards.errors)).toBe('BAD_USER_INPUT');
    expect(backwards.errors?.[0]?.message).toMatch(/validUntil/);
    const unknown = await director.request(ADD, {
      input: { ...base, organisationId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(codeOf(unknown.errors)).toBe('BAD_USER_INPUT');
    const professional = await new ApiClient(platform.baseUrl).loginAs(safeHome().email);
    const refused = await professional.request(ADD, { input: { ...base, organisationId: care.id } });
    expect(codeOf(refused.errors)).toBe('FORBIDDEN');
    const team = await director.ok<{ case: { team: unknown[] } }>(CASE, { id: createCase.id });
    expect(team.case.team).toHaveLength(1);
  });

  it('a team membership of a case outside my teams does not exist for me', async () => {
    const director = await new ApiClient(platform.baseUrl).loginAs(safeHomeDirector().email);
    const { createCase } = await director.ok<{ createCase: { id: string; team: unknown } }>(CREATE, {
      input: validInput(),
    });
    const withTeam = await director.ok<{ case: { team: { id: string }[] } }>(CASE, { id: createCase.id });
    const outsider = await new ApiClient(platform.baseUrl).loginAs(personaWith('LOCAL_TEAM', 'CASE_DIRECTOR').email);
    const result = await outsider.request(END, { input: { membershipId: withTeam.case.team[0]!.id } });
    expect(codeOf(result.errors)).toBe('NOT_FOUND');
  });
});
