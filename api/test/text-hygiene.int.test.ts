import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient, codeOf, personaWith } from './support/graphql-client.js';

// Issue 11, item 5: names and free text are stored in NFC; bidirectional controls and unpaired
// surrogates are refused with the field named, and nothing is stored.

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(async () => {
  await platform?.stop();
});

const CREATE =
  'mutation ($i: CreateCaseInput!) { createCase(input: $i) { id household { members { person { id lastName } } } } }';
const input = (lastName: string) => ({
  municipality: 'SCHIEDAM',
  profile: 'ELDER_ABUSE',
  purpose: 'Veiligheidsbeoordeling',
  legalBasis: { kind: 'COVENANT', article: 'Convenant art. 7' },
  members: [{ firstName: 'Oma', lastName, dateOfBirth: '1940-01-01', roles: ['VICTIM'] }],
});
const persons = async () => (await platform.sql<{ n: number }>('select count(*)::int as n from person'))[0]!.n;

describe('text hygiene', () => {
  it.each([
    ['a right-to-left override', 'Jansen\u202Egpj.exe', /leesrichting/],
    ['an unpaired surrogate', 'Jansen\uD800', /los surrogaat/],
  ])(
    'refuses %s in a name with BAD_USER_INPUT naming the field; nothing is stored',
    async (_name, lastName, message) => {
      const director = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'CASE_DIRECTOR').email);
      const before = await persons();
      const result = await director.request(CREATE, { i: input(lastName) });
      expect(codeOf(result.errors)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.problems).toEqual([
        expect.objectContaining({ field: 'members[0].lastName', message: expect.stringMatching(message) }),
      ]);
      expect(await persons()).toBe(before);
      expect((await director.ok<{ me: { id: string } }>('{ me { id } }')).me.id).toBeTruthy();
    },
  );

  it('stores a name typed with a combining accent in NFC, so it equals the precomposed one', async () => {
    const director = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'CASE_DIRECTOR').email);
    const created = await director.ok<{
      createCase: { id: string; household: { members: { person: { id: string; lastName: string } }[] } };
    }>(CREATE, { i: input('Rene\u0301e') });
    const person = created.createCase.household.members[0]!.person;
    expect(person.lastName).toBe('Ren\u00E9e');
    const [stored] = await platform.sql<{ last_name: string }>('select last_name from person where id = ?', [
      person.id,
    ]);
    expect(stored!.last_name).toBe('Ren\u00E9e');
  });
});
