import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { codeOf, persona, loggedInClients } from './support/graphql-client.js';
import { bsn } from './support/intake-fixtures.js';
import { nlDaysFromToday } from './support/nl-today.js';

/**
 * Registrations in the involvement index (verwijsindex, docs/intake.md) that must be refused and
 * change nothing: a person under a restriction of processing (AVG art. 18), and a registration from
 * a case that the organisation reaches only as its case director or by breaking the glass (the
 * index entries of a household are for the case team). Each refusal is on record.
 */
const LOCAL = persona('wijkteam.zuid@demo.mda.test').email;
const LOCAL_DIRECTOR = persona('casusregisseur.wijkteam.zuid@demo.mda.test').email;
const POLICE = persona('politie@demo.mda.test').email;
const POLICE_FG = persona('fg.politie@demo.mda.test').email;
const COORDINATING_FG = persona('fg.zvh@demo.mda.test').email;
const SAFE_HOME_DIRECTOR = persona('casusregisseur.veiligthuis@demo.mda.test').email;

const REGISTER = `mutation ($i: RegisterInvolvementInput!) { registerInvolvement(input: $i) { id alsoInvolved { organisationName contactPoint } } }`;
const CREATE_CASE = 'mutation ($i: CreateCaseInput!) { createCase(input: $i) { id } }';
const ADD_MEMBER = 'mutation ($i: AddTeamMemberInput!) { addTeamMember(input: $i) { id active } }';
const ERASE =
  'mutation ($id: ID!, $note: String!) { requestErasure(personId: $id, note: $note) { outcome requestId } }';
const APPROVE = 'mutation ($id: ID!) { approveErasure(requestId: $id) { outcome } }';
const CASE = 'query ($id: ID!) { case(id: $id) { id } }';
const TEAM = 'query ($id: ID!) { case(id: $id) { id team { id active organisation { type } } } }';
const END_MEMBERSHIP = 'mutation ($i: EndTeamMembershipInput!) { endTeamMembership(input: $i) { id active } }';
const BREAK_GLASS =
  'mutation ($ref: String!, $reason: String!) { requestBreakGlass(caseReference: $ref, reason: $reason) { id } }';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(async () => {
  await platform?.stop();
});
const as = loggedInClients(() => platform.baseUrl);
const input = (over: Record<string, unknown>) => ({
  basisKind: 'COVENANT',
  basisDetail: 'Convenant MDA++ Rotterdam-Rijnmond art. 5',
  contactPoint: 'Loket verwijsindex, 010-2345678',
  ownReference: null,
  validFrom: nlDaysFromToday(0),
  validUntil: null,
  ...over,
});
const count = async (sql: string, params: unknown[] = []) => (await platform.sql<{ n: number }>(sql, params))[0]!.n;
/** What a refused registration must leave untouched: the index and the match notices. */
const indexState = async () => ({
  involvements: await count('select count(*)::int as n from involvement'),
  notices: await count("select count(*)::int as n from notification where kind = 'INVOLVEMENT_MATCH'"),
});
const deniedOn = (requestId: string) =>
  platform.sql<{ subject_type: string; case_id: string | null; data_subject_ids: string[]; reason: string }>(
    "select subject_type, case_id, data_subject_ids, reason from audit.event where request_id = ? and action = 'DENIED' order by seq",
    [requestId],
  );

describe('the involvement index refuses a person under restriction of processing (AVG art. 18)', () => {
  it('neither from the case page nor by BSN: FORBIDDEN, nothing stored, nobody told, the refusal on the person’s log', async () => {
    const restrictedBsn = bsn(48_151_623);
    const childBsn = bsn(42_424_242);
    const created = (
      await (
        await as(LOCAL_DIRECTOR)
      ).ok<{ createCase: { id: string } }>(CREATE_CASE, {
        i: {
          municipality: 'ROTTERDAM',
          profile: 'CHILD_ABUSE',
          purpose: 'Casus met een verzoek om verwijdering',
          legalBasis: { kind: 'CONSENT', consentDate: '2026-11-02' },
          members: [
            {
              firstName: 'Ilse',
              lastName: 'Beperkt',
              dateOfBirth: '1988-02-03',
              bsn: restrictedBsn,
              roles: ['VICTIM'],
            },
            { firstName: 'Tim', lastName: 'Beperkt', dateOfBirth: '2016-06-07', bsn: childBsn, roles: ['CHILD'] },
          ],
        },
      })
    ).createCase;
    const [police] = await platform.sql<{ id: string }>("select id from organisation where type = 'POLICE' limit 1");
    await (
      await as(LOCAL_DIRECTOR)
    ).ok(ADD_MEMBER, {
      i: {
        caseId: created.id,
        organisationId: police!.id,
        legalBasis: { kind: 'LEGAL_DUTY', statute: 'Wet politiegegevens art. 16' },
        purpose: 'Veiligheidsbeoordeling en strafrechtelijke interventies',
        validFrom: nlDaysFromToday(0),
      },
    });
    const members = await platform.sql<{ id: string; first_name: string }>(
      `select p.id, p.first_name from person p join household_member hm on hm.person_id = p.id
         join case_file c on c.household_id = hm.household_id where c.id = ?`,
      [created.id],
    );
    const ilse = members.find((m) => m.first_name === 'Ilse')!.id;
    const tim = members.find((m) => m.first_name === 'Tim')!.id;
    // Before the restriction the police registered Ilse: a match would tell the police.
    await (await as(POLICE)).ok(REGISTER, { i: input({ bsn: restrictedBsn, contactPoint: 'Basisteam, 0900-8844' }) });

    // Ilse's erasure request meets a running case: the coordinating FG asks, the police's FG approves: restricted.
    const asked = await (
      await as(COORDINATING_FG)
    ).ok<{ requestErasure: { outcome: string; requestId: string } }>(ERASE, { id: ilse, note: 'Verzoek per brief' });
    expect(asked.requestErasure.outcome).toBe('PENDING_APPROVAL');
    const approved = await (
      await as(POLICE_FG)
    ).ok<{ approveErasure: { outcome: string } }>(APPROVE, { id: asked.requestErasure.requestId });
    expect(approved.approveErasure.outcome).toBe('RESTRICTED');

    const before = await indexState();
    // From the case page, by the case team.
    const fromCase = await (await as(LOCAL)).request(REGISTER, { i: input({ caseId: created.id, personId: ilse }) });
    expect(codeOf(fromCase.errors)).toBe('FORBIDDEN');
    expect(fromCase.errors?.[0]?.message).toContain('art. 18');
    expect(fromCase.data).toBeNull();
    // By BSN, by another organisation that knows the BSN (the police's overlapping registration stays the only one).
    const byBsn = await (await as(LOCAL)).request(REGISTER, { i: input({ bsn: restrictedBsn }) });
    expect(codeOf(byBsn.errors)).toBe('FORBIDDEN');
    expect(await indexState()).toEqual(before);

    // On record: the refusal as such, and on Ilse's own log why (her person id as data subject).
    for (const [result, caseId] of [
      [fromCase, created.id],
      [byBsn, null],
    ] as const) {
      const denied = await deniedOn(result.headers.get('x-request-id')!);
      expect(denied).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ reason: 'FORBIDDEN' }),
          { subject_type: 'Involvement', case_id: caseId, data_subject_ids: [ilse], reason: 'PROCESSING_RESTRICTED' },
        ]),
      );
    }

    // The restriction is Ilse's alone: her child, in the same case, is registered as before.
    const child = await (
      await as(LOCAL)
    ).ok<{ registerInvolvement: { id: string } }>(REGISTER, {
      i: input({ caseId: created.id, personId: tim }),
    });
    expect(child.registerInvolvement.id).toEqual(expect.any(String));
    expect((await indexState()).involvements).toBe(before.involvements + 1);
  });
});

describe('registering from the case page is for the case team', () => {
  /** Refused with `code`, nothing stored, nobody told, and the refusal on the case's access log as `denied`. */
  const refusedFor = async (
    email: string,
    caseId: string,
    personId: string,
    code: 'FORBIDDEN' | 'NOT_FOUND',
    denied: Record<string, unknown>,
  ) => {
    const before = await indexState();
    const result = await (await as(email)).request(REGISTER, { i: input({ caseId, personId }) });
    expect(codeOf(result.errors), email).toBe(code);
    expect(result.data).toBeNull();
    expect(await indexState()).toEqual(before);
    expect(await deniedOn(result.headers.get('x-request-id')!)).toEqual([denied]);
  };
  /** A demo case's household member with a recorded BSN (so only the reach can refuse it). */
  const memberWithBsn = async (caseId: string) =>
    (
      await platform.sql<{ id: string }>(
        `select p.id from case_file c join household_member hm on hm.household_id = c.household_id
           join person p on p.id = hm.person_id
          where c.id = ? and p.bsn_hash is not null and p.pseudonymised_at is null and p.restricted_at is null
          order by p.id limit 1`,
        [caseId],
      )
    )[0]?.id;

  it('a case director whose organisation has left the team reaches the case only as its director: NOT_FOUND', async () => {
    const [directed] = await platform.sql<{ id: string }>(
      `select c.id from case_file c
         join director_assignment d on d.case_id = c.id and d.kind = 'CASE_DIRECTOR' and d.status = 'ACCEPTED'
         join app_user u on u.id = d.user_id
        where u.email = ? and c.status = 'ACTIVE'
          and exists (select 1 from household_member hm join person p on p.id = hm.person_id
                       where hm.household_id = c.household_id and p.bsn_hash is not null and p.restricted_at is null)
        order by c.reference limit 1`,
      [SAFE_HOME_DIRECTOR],
    );
    expect(directed, 'a running case directed by the Veilig Thuis case director').toBeDefined();
    const personId = await memberWithBsn(directed!.id);
    expect(personId).toBeDefined();
    // Veilig Thuis leaves the team; its case director stays the case's director.
    const team = (
      await (
        await as(SAFE_HOME_DIRECTOR)
      ).ok<{ case: { team: { id: string; active: boolean; organisation: { type: string } }[] } }>(TEAM, {
        id: directed!.id,
      })
    ).case.team;
    for (const m of team.filter((t) => t.active && t.organisation.type === 'SAFE_HOME'))
      await (await as(SAFE_HOME_DIRECTOR)).ok(END_MEMBERSHIP, { i: { membershipId: m.id } });
    const reach = await platform.sql<{ team: boolean; director: boolean }>(
      `select exists (select 1 from case_team_membership m join app_user u on u.organisation_id = m.organisation_id
                       where m.case_id = ? and u.email = ? and m.ended_at is null
                         and (m.valid_until is null or m.valid_until >= ?::date)) as team,
              exists (select 1 from director_assignment d join app_user u on u.id = d.user_id
                       where d.case_id = ? and u.email = ? and d.status = 'ACCEPTED') as director`,
      [directed!.id, SAFE_HOME_DIRECTOR, nlDaysFromToday(0), directed!.id, SAFE_HOME_DIRECTOR],
    );
    expect(reach).toEqual([{ team: false, director: true }]);
    // A director's reach alone does not read the case (packages/authz READABLE: team or emergency grant) ...
    expect(codeOf((await (await as(SAFE_HOME_DIRECTOR)).request(CASE, { id: directed!.id })).errors)).toBe('NOT_FOUND');
    // ... so registering from it answers as for a case it cannot see, on record as outside the team.
    await refusedFor(SAFE_HOME_DIRECTOR, directed!.id, personId!, 'NOT_FOUND', {
      subject_type: 'Case',
      case_id: directed!.id,
      data_subject_ids: [],
      reason: 'NOT_ON_CASE_TEAM',
    });
  });

  it('the police on an emergency grant (break the glass) reads the case but registers nobody from it: FORBIDDEN', async () => {
    const [target] = await platform.sql<{ id: string; reference: string }>(
      `select c.id, c.reference from case_file c
        where c.status = 'ACTIVE'
          and not exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id
                           where m.case_id = c.id and o.type = 'POLICE')
          and exists (select 1 from household_member hm join person p on p.id = hm.person_id
                       where hm.household_id = c.household_id and p.bsn_hash is not null and p.restricted_at is null)
        order by c.reference limit 1`,
    );
    expect(target, 'a running case without the police on its team').toBeDefined();
    const personId = await memberWithBsn(target!.id);
    expect(personId).toBeDefined();
    const refusedBefore = await (await as(POLICE)).request(REGISTER, { i: input({ caseId: target!.id, personId }) });
    expect(codeOf(refusedBefore.errors)).toBe('NOT_FOUND');
    await (
      await as(POLICE)
    ).ok(BREAK_GLASS, {
      ref: target!.reference,
      reason: 'Acute dreiging gemeld bij de meldkamer; slachtoffer belt vanaf onbekend adres.',
    });
    expect((await (await as(POLICE)).ok<{ case: { id: string } }>(CASE, { id: target!.id })).case.id).toBe(target!.id);
    // The refusal as such, with the case and the person it was about (the audit plugin's DENIED record).
    await refusedFor(POLICE, target!.id, personId!, 'FORBIDDEN', {
      subject_type: 'Operation',
      case_id: target!.id,
      data_subject_ids: [personId],
      reason: 'FORBIDDEN',
    });
  });
});
