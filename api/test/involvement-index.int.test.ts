import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amsterdamDateOf } from '@mda/domain';
import { startPlatform, type Platform } from './support/platform.js';
import { codeOf, loggedInClients } from './support/graphql-client.js';
import { bsn } from './support/intake-fixtures.js';

/**
 * The involvement index (verwijsindex, docs/intake.md): THAT an organisation is involved with a
 * person, never what it knows; a match tells both sides who else is involved and whom to call;
 * a case team sees the entries of its household; every match and look-up is audited.
 */
const LOCAL = 'wijkteam.zuid@demo.mda.test';
const LOCAL_DIRECTOR = 'casusregisseur.wijkteam.zuid@demo.mda.test';
const POLICE = 'politie@demo.mda.test';
const PRIVACY_OFFICER = 'fg.veiligthuis@demo.mda.test';

const REGISTER = `mutation ($i: RegisterInvolvementInput!) { registerInvolvement(input: $i) { id contactPoint ownReference validFrom validUntil alsoInvolved { organisationName organisationType contactPoint } } }`;
const MINE = `{ myInvolvements { id ownReference alsoInvolved { organisationName contactPoint } } }`;
const END = `mutation ($id: ID!, $endsOn: LocalDate) { endInvolvement(id: $id, endsOn: $endsOn) { id validFrom validUntil } }`;
const CREATE_CASE = 'mutation ($i: CreateCaseInput!) { createCase(input: $i) { id } }';
const CASE_INDEX =
  'query ($id: ID!) { case(id: $id) { id involvements { personId organisationName organisationType contactPoint validFrom validUntil } } }';

interface Registered {
  id: string;
  contactPoint: string;
  ownReference: string | null;
  alsoInvolved: { organisationName: string; organisationType: string; contactPoint: string }[];
}

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(async () => {
  await platform?.stop();
});
const as = loggedInClients(() => platform.baseUrl);
const today = () => amsterdamDateOf(new Date());
const input = (over: Record<string, unknown> = {}) => ({
  bsn: bsn(52_718_281),
  basisKind: 'COVENANT',
  basisDetail: 'Convenant MDA++ Rotterdam-Rijnmond art. 5',
  contactPoint: 'Wijkteam Zuid, loket 010-2345678',
  ownReference: 'WZ-2026-17',
  validFrom: today(),
  validUntil: null,
  ...over,
});
const register = async (email: string, i: Record<string, unknown>) =>
  (await (await as(email)).ok<{ registerInvolvement: Registered }>(REGISTER, { i })).registerInvolvement;
const noticesFor = (email: string) =>
  platform.sql<{ message: string }>(
    "select n.message from notification n join app_user u on u.id = n.recipient_id where u.email = ? and n.kind = 'INVOLVEMENT_MATCH' order by n.created_at",
    [email],
  );
/** A new case of the local team: a victim with `bsnOfVictim` and a perpetrator without a BSN. */
const caseOfLocalTeam = async (purpose: string, lastName: string, bsnOfVictim: string) =>
  (
    await (
      await as(LOCAL_DIRECTOR)
    ).ok<{ createCase: { id: string } }>(CREATE_CASE, {
      i: {
        municipality: 'ROTTERDAM',
        profile: 'CHILD_ABUSE',
        purpose,
        legalBasis: { kind: 'CONSENT', consentDate: '2026-11-02' },
        members: [
          { firstName: 'Victim', lastName, dateOfBirth: '1987-04-04', bsn: bsnOfVictim, roles: ['VICTIM'] },
          { firstName: 'Perpetrator', lastName, dateOfBirth: '1986-05-05', roles: ['PERPETRATOR'] },
        ],
      },
    })
  ).createCase;
const count = async (sql: string, params: unknown[] = []) => (await platform.sql<{ n: number }>(sql, params))[0]!.n;

describe('the involvement index', () => {
  it('refuses bad input with every problem named and stores nothing; only casework roles register', async () => {
    const before = await count('select count(*)::int as n from involvement');
    const result = await (
      await as(LOCAL)
    ).request(REGISTER, {
      i: input({
        bsn: '123456789',
        basisDetail: '',
        contactPoint: 'mail naar team@wijkteam.example.nl',
        validFrom: '2026-12-10',
        validUntil: '2026-12-01',
      }),
    });
    expect(codeOf(result.errors)).toBe('BAD_USER_INPUT');
    const fields = ((result.errors?.[0]?.extensions?.problems ?? []) as { field: string }[]).map((p) => p.field).sort();
    expect(fields).toEqual(['basisDetail', 'bsn', 'contactPoint', 'validUntil']);
    expect(await count('select count(*)::int as n from involvement')).toBe(before);

    const officer = await (await as(PRIVACY_OFFICER)).request(REGISTER, { i: input() });
    expect(codeOf(officer.errors)).toBe('FORBIDDEN');
    expect(await count('select count(*)::int as n from involvement')).toBe(before);
  });

  it('a second organisation involved with the same person: each is told that the other is, with its contact point and nothing else; the match is audited', async () => {
    const person = bsn(52_718_281);
    const local = await register(LOCAL, input({ bsn: person }));
    expect(local.alsoInvolved).toEqual([]);
    // Registered by BSN, not from a case: no case's entries in the answer.
    expect(
      (
        await (
          await as(LOCAL)
        ).ok<{ registerInvolvement: { caseInvolvements: unknown } }>(
          `mutation ($i: RegisterInvolvementInput!) { registerInvolvement(input: $i) { caseInvolvements { personId } } }`,
          { i: input({ bsn: bsn(52_718_299), ownReference: 'WZ-NO-CASE' }) },
        )
      ).registerInvolvement.caseInvolvements,
    ).toBeNull();
    const localNoticesBefore = (await noticesFor(LOCAL)).length;

    const police = await register(
      POLICE,
      input({
        bsn: person,
        basisKind: 'LEGAL_DUTY',
        basisDetail: 'Politiewet 2012 art. 3',
        contactPoint: 'Basisteam Maas-Zuid, 0900-8844',
        ownReference: 'PL-77-A',
      }),
    );
    expect(police.alsoInvolved).toEqual([
      {
        organisationName: expect.stringContaining('Wijkteam'),
        organisationType: 'LOCAL_TEAM',
        contactPoint: 'Wijkteam Zuid, loket 010-2345678',
      },
    ]);

    const toLocal = (await noticesFor(LOCAL)).slice(localNoticesBefore);
    expect(toLocal).toHaveLength(1);
    expect(toLocal[0]!.message).toContain('Basisteam Maas-Zuid, 0900-8844');
    expect(toLocal[0]!.message).toContain('WZ-2026-17'); // its own reference, so it knows which person
    const toPolice = await noticesFor(POLICE);
    expect(toPolice).toHaveLength(1);
    expect(toPolice[0]!.message).toContain('Wijkteam Zuid, loket 010-2345678');
    // Nothing else: not the other's basis, not the other's own file reference.
    expect(toPolice[0]!.message).not.toContain('WZ-2026-17');
    expect(toPolice[0]!.message).not.toContain('Convenant');
    expect(toLocal[0]!.message).not.toContain('PL-77-A');
    expect(toLocal[0]!.message).not.toContain('Politiewet');

    // The match is in the audit trail (a SEARCH on the local team's entry, by the police user).
    expect(
      await count(
        "select count(*)::int as n from audit.event where action = 'SEARCH' and subject_type = 'Involvement' and subject_id = ? and reason like 'INDEX_MATCH%'",
        [local.id],
      ),
    ).toBe(1);

    // The local team's own list shows who else is involved; the look-up is audited.
    const lookups = () =>
      count(
        "select count(*)::int as n from audit.event where action = 'SEARCH' and subject_type = 'Involvement' and subject_id = ? and reason like 'INDEX_LOOKUP%'",
        [local.id],
      );
    const beforeLookups = await lookups();
    const mine = (
      await (
        await as(LOCAL)
      ).ok<{ myInvolvements: { id: string; ownReference: string | null; alsoInvolved: { contactPoint: string }[] }[] }>(
        MINE,
      )
    ).myInvolvements;
    expect(mine.find((m) => m.id === local.id)?.alsoInvolved).toEqual([
      { organisationName: expect.any(String), contactPoint: 'Basisteam Maas-Zuid, 0900-8844' },
    ]);
    expect(mine.some((m) => m.id === police.id)).toBe(false);
    expect(await lookups()).toBe(beforeLookups + 1);

    // A second registration of the same organisation for the same person and period is refused.
    expect(codeOf((await (await as(LOCAL)).request(REGISTER, { i: input({ bsn: person }) })).errors)).toBe('CONFLICT');
  });

  it("a case team sees the index entries of its household's persons (who, contact point, period); others see nothing; the look-up is audited", async () => {
    const person = bsn(61_803_398);
    await register(
      POLICE,
      input({
        bsn: person,
        basisKind: 'LEGAL_DUTY',
        basisDetail: 'Politiewet 2012 art. 3',
        contactPoint: 'Basisteam Maas-Zuid, 0900-8844',
        ownReference: 'PL-99',
      }),
    );
    // An entry that ended yesterday is no longer shown.
    const yesterday = new Date(Date.now() - 36 * 3_600_000);
    await platform.sql(
      `insert into involvement (id, bsn_hash, organisation_id, basis_kind, basis_detail, contact_point, valid_from, valid_until, registered_by_id)
       select gen_random_uuid(), (select bsn_hash from involvement where own_reference = 'PL-99'), u.organisation_id, 'CONSENT', 'toestemming', 'Oud loket', ?::date - 30, ?::date, u.id from app_user u where u.email = ?`,
      [amsterdamDateOf(yesterday), amsterdamDateOf(yesterday), LOCAL],
    );
    const created = await caseOfLocalTeam('Casus met verwijsindex', 'Index', person);
    const searches = () =>
      count(
        "select count(*)::int as n from audit.event where action = 'SEARCH' and subject_type = 'InvolvementIndex' and case_id = ?",
        [created.id],
      );
    const before = await searches();
    const seen = (
      await (
        await as(LOCAL_DIRECTOR)
      ).ok<{ case: { involvements: Record<string, unknown>[] } }>(CASE_INDEX, { id: created.id })
    ).case.involvements;
    expect(seen).toEqual([
      {
        personId: expect.any(String),
        organisationName: expect.any(String),
        organisationType: 'POLICE',
        contactPoint: 'Basisteam Maas-Zuid, 0900-8844',
        validFrom: today(),
        validUntil: null,
      },
    ]);
    expect(await searches()).toBe(before + 1);
    const [event] = await platform.sql<{ data_subject_ids: string[] }>(
      "select data_subject_ids from audit.event where action = 'SEARCH' and subject_type = 'InvolvementIndex' and case_id = ? order by seq desc limit 1",
      [created.id],
    );
    expect(event!.data_subject_ids).toEqual([seen[0]!.personId]);
    // The police is not on this case's team: the case (and so its index entries) answers like a missing one.
    expect(codeOf((await (await as(POLICE)).request(CASE_INDEX, { id: created.id })).errors)).toBe('NOT_FOUND');
  });

  it('the case team registers a household member from the case, without typing the BSN: the stored BSN matches; a person without one, another household or another team is refused', async () => {
    const person = bsn(71_828_182);
    await register(
      POLICE,
      input({ bsn: person, contactPoint: 'Basisteam Feijenoord, 0900-8844', ownReference: 'PL-7' }),
    );
    const created = await caseOfLocalTeam('Casus voor de verwijsindex vanuit de casus', 'Casusmelding', person);
    const members = await platform.sql<{ id: string; first_name: string }>(
      `select p.id, p.first_name from person p join household_member hm on hm.person_id = p.id
         join case_file c on c.household_id = hm.household_id where c.id = ?`,
      [created.id],
    );
    const noor = members.find((m) => m.first_name === 'Victim')!.id;
    const daan = members.find((m) => m.first_name === 'Perpetrator')!.id;
    const fromCase = (over: Record<string, unknown>) => input({ bsn: null, caseId: created.id, ...over });
    const problemsOf = (errors: unknown) =>
      ((errors as { extensions?: { problems?: { field: string }[] } }[])[0]?.extensions?.problems ?? []).map(
        (p) => p.field,
      );

    const before = await count('select count(*)::int as n from involvement');
    const noBsn = await (await as(LOCAL)).request(REGISTER, { i: fromCase({ personId: daan }) });
    expect(codeOf(noBsn.errors)).toBe('BAD_USER_INPUT');
    expect(problemsOf(noBsn.errors)).toEqual(['personId']);
    const both = await (await as(LOCAL)).request(REGISTER, { i: fromCase({ personId: noor, bsn: person }) });
    expect(problemsOf(both.errors)).toEqual(['bsn']);
    // A person of another household of the same team, through this case: as if absent.
    const [elsewhere] = await platform.sql<{ person_id: string }>(
      `select hm.person_id from household_member hm join case_file c on c.household_id = hm.household_id
        where c.household_id <> (select household_id from case_file where id = ?)
          and exists (select 1 from case_team_membership m join app_user u on u.organisation_id = m.organisation_id
                       where m.case_id = c.id and u.email = ? and m.ended_at is null)
        order by hm.person_id limit 1`,
      [created.id, LOCAL],
    );
    expect(elsewhere, 'a person in another household of the local team').toBeDefined();
    for (const personId of [elsewhere!.person_id, '00000000-0000-4000-8000-000000000001']) {
      const stranger = await (await as(LOCAL)).request(REGISTER, { i: fromCase({ personId }) });
      expect(codeOf(stranger.errors)).toBe('NOT_FOUND');
    }
    const otherTeam = await (await as(POLICE)).request(REGISTER, { i: fromCase({ personId: noor }) });
    expect(codeOf(otherTeam.errors)).toBe('NOT_FOUND');
    expect(await count('select count(*)::int as n from involvement')).toBe(before);

    const lookups = () =>
      count(
        "select count(*)::int as n from audit.event where action = 'SEARCH' and subject_type = 'InvolvementIndex' and case_id = ?",
        [created.id],
      );
    const lookupsBefore = await lookups();
    // The answer carries the case's index entries as the team now sees them (the case page updates
    // only that list); disclosing them is a look-up, audited as one.
    const mine = (
      await (
        await as(LOCAL)
      ).ok<{ registerInvolvement: Registered & { caseInvolvements: { personId: string; contactPoint: string }[] } }>(
        `mutation ($i: RegisterInvolvementInput!) { registerInvolvement(input: $i) { id contactPoint ownReference alsoInvolved { organisationName organisationType contactPoint } caseInvolvements { personId contactPoint } } }`,
        { i: fromCase({ personId: noor, ownReference: 'WZ-CASUS-1' }) },
      )
    ).registerInvolvement;
    expect(mine.caseInvolvements).toEqual(
      expect.arrayContaining([
        { personId: noor, contactPoint: 'Basisteam Feijenoord, 0900-8844' },
        { personId: noor, contactPoint: 'Wijkteam Zuid, loket 010-2345678' },
      ]),
    );
    expect(mine.caseInvolvements).toHaveLength(2);
    expect(await lookups()).toBe(lookupsBefore + 1);
    expect(mine.alsoInvolved).toEqual([
      {
        organisationName: expect.any(String),
        organisationType: 'POLICE',
        contactPoint: 'Basisteam Feijenoord, 0900-8844',
      },
    ]);
    const [created_] = await platform.sql<{ fields: string[]; data_subject_ids: string[] }>(
      "select fields, data_subject_ids from audit.event where action = 'CREATE' and subject_type = 'Involvement' and subject_id = ?",
      [mine.id],
    );
    expect(created_!.fields).toContain('personId');
    expect(created_!.fields).not.toContain('bsn');
    expect(created_!.data_subject_ids).toContain(noor);
    const [onCase] = await platform.sql<{ case_id: string }>(
      "select case_id from audit.event where action = 'CREATE' and subject_type = 'Involvement' and subject_id = ?",
      [mine.id],
    );
    expect(onCase!.case_id).toBe(created.id);
    expect((await noticesFor(POLICE)).map((n) => n.message).join(' ')).toContain('uw registratie PL-7');
  });
  it('an organisation ends its own registration early: from then on it no longer matches; another organisation cannot end it; every end is audited', async () => {
    const person = bsn(73_205_080);
    const local = await register(LOCAL, input({ bsn: person, ownReference: 'WZ-END' }));
    const untilOf = async () =>
      (
        await platform.sql<{ u: string | null }>('select valid_until::text as u from involvement where id = ?', [
          local.id,
        ])
      )[0]!.u;
    const ends = () =>
      count(
        "select count(*)::int as n from audit.event where action = 'UPDATE' and subject_type = 'Involvement' and subject_id = ? and reason = 'INDEX_ENDED'",
        [local.id],
      );

    // The police cannot end the local team's registration: it answers as a missing one, and nothing changes.
    expect(codeOf((await (await as(POLICE)).request(END, { id: local.id })).errors)).toBe('NOT_FOUND');
    // Not in the past (the matches already told stay true), and the field is named.
    const past = await (await as(LOCAL)).request(END, { id: local.id, endsOn: '2020-01-01' });
    expect(codeOf(past.errors)).toBe('BAD_USER_INPUT');
    expect(((past.errors?.[0]?.extensions?.problems ?? []) as { field: string }[]).map((p) => p.field)).toEqual([
      'endsOn',
    ]);
    expect(await untilOf()).toBeNull();
    expect(await ends()).toBe(0);

    const ended = (await (await as(LOCAL)).ok<{ endInvolvement: { validUntil: string } }>(END, { id: local.id }))
      .endInvolvement;
    expect(ended.validUntil).toBe(today());
    expect(await untilOf()).toBe(today());
    expect(await ends()).toBe(1);

    // From tomorrow on the local team is no longer involved: the police registering then is told of nobody.
    const tomorrow = new Date(Date.parse(`${today()}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const police = await register(
      POLICE,
      input({
        bsn: person,
        validFrom: tomorrow,
        contactPoint: 'Basisteam Maas-Zuid, 0900-8844',
        ownReference: 'PL-END',
      }),
    );
    expect(police.alsoInvolved).toEqual([]);

    // Ending it again the same day changes nothing: it already ends today.
    expect(codeOf((await (await as(LOCAL)).request(END, { id: local.id })).errors)).toBe('CONFLICT');
    // One that starts later cannot be ended before it starts (it would still match on its first day).
    const later = await register(LOCAL, input({ bsn: person, validFrom: tomorrow, ownReference: 'WZ-LATER' }));
    expect(codeOf((await (await as(LOCAL)).request(END, { id: later.id })).errors)).toBe('CONFLICT');
    expect(
      (
        await platform.sql<{ u: string | null }>('select valid_until as u from involvement where id = ?', [later.id])
      )[0]!.u,
    ).toBeNull();
    // The answer names who else is involved (the police, from tomorrow): that look-up is audited too.
    await platform.sql('update involvement set valid_from = ?::date where id = ?', [today(), later.id]);
    const lookups = () =>
      count(
        "select count(*)::int as n from audit.event where action = 'SEARCH' and subject_type = 'Involvement' and subject_id = ? and reason like 'INDEX_LOOKUP%'",
        [later.id],
      );
    const lookupsBefore = await lookups();
    const endsLater = new Date(Date.parse(`${today()}T12:00:00Z`) + 3 * 86_400_000).toISOString().slice(0, 10);
    const answer = (
      await (
        await as(LOCAL)
      ).ok<{ endInvolvement: { alsoInvolved: { contactPoint: string }[] } }>(
        `mutation ($id: ID!, $endsOn: LocalDate) { endInvolvement(id: $id, endsOn: $endsOn) { alsoInvolved { contactPoint } } }`,
        { id: later.id, endsOn: endsLater },
      )
    ).endInvolvement;
    expect(answer.alsoInvolved).toEqual([{ contactPoint: 'Basisteam Maas-Zuid, 0900-8844' }]);
    expect(await lookups()).toBe(lookupsBefore + 1);
    expect(await ends()).toBe(1);
  });
});
