import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bsnHash } from '../src/modules/cases/case.service.js';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient, codeOf, personaWith } from './support/graphql-client.js';
import { TEST_BSN_KEY } from './support/keys.js';
import { flatText } from './support/pdf-text.js';
import { activeMembershipSql } from './support/nl-today.js';

/**
 * Issue 15, item 7: the privacy officer finds the person of an art. 15/17 request by BSN or by name
 * and date of birth, within its mandate, and sees data subjects by name in the access log.
 */
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(async () => {
  await platform?.stop();
});

const sql = <T>(text: string, params: unknown[] = []) => platform.sql<T>(text, params);
const COORDINATING = 'fg.zvh@demo.mda.test';
const FIND = 'query ($input: DataSubjectSearchInput!) { findDataSubjects(input: $input) { id name dateOfBirth } }';
/** Synthetic, passes the eleven-test. */
const BSN = '111222333';

interface Person {
  id: string;
  first_name: string;
  last_name: string;
  date_of_birth: string;
}

/** A person on a case where `inside` sits on the team and `outside` never did nor recorded anything. */
async function personOnTeamOf(inside: string, outside: string): Promise<Person> {
  const [p] = await sql<Person>(
    `select p.id, p.first_name, p.last_name, p.date_of_birth::text as date_of_birth
       from person p join household_member hm on hm.person_id = p.id join case_file c on c.household_id = hm.household_id
      where p.pseudonymised_at is null and p.date_of_birth is not null
        and exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id
                     where m.case_id = c.id and o.type = ? and m.valid_until is null and m.ended_at is null)
        and not exists (select 1 from household_member h2 join case_file c2 on c2.household_id = h2.household_id
                          join case_team_membership m2 on m2.case_id = c2.id join organisation o2 on o2.id = m2.organisation_id
                         where h2.person_id = p.id and o2.type = ?)
        and not exists (select 1 from case_entry e join organisation o3 on o3.id = e.author_organisation_id where e.concerns @> array[p.id::text] and o3.type = ?)
      order by p.id limit 1`,
    [inside, outside, outside],
  );
  expect(p, `a person on a ${inside} case without ${outside}`).toBeDefined();
  return p!;
}

const countAudit = async (requestId: string | null) =>
  sql<{ action: string; subject_type: string; fields: string[]; data_subject_ids: string[]; reason: string }>(
    'select action, subject_type, fields, data_subject_ids, reason from audit.event where request_id = ? order by seq',
    [requestId],
  );

describe('finding the person of a data-subject request', () => {
  it('by BSN through the stored hash, inside the mandate; outside it nothing, like a person that does not exist', async () => {
    const fgSafeHome = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'PRIVACY_OFFICER').email);
    const fgPolice = await new ApiClient(platform.baseUrl).loginAs(personaWith('POLICE', 'PRIVACY_OFFICER').email);
    const subject = await personOnTeamOf('SAFE_HOME', 'POLICE');
    await sql('update person set bsn_hash = ? where id = ?', [bsnHash(TEST_BSN_KEY, BSN), subject.id]);

    const inside = await fgSafeHome.request<{ findDataSubjects: { id: string; name: string }[] }>(
      FIND,
      { input: { bsn: BSN } },
      { 'x-request-id': 'fg-search-bsn-0001' },
    );
    expect(inside.errors).toBeUndefined();
    expect(inside.data!.findDataSubjects).toEqual([
      { id: subject.id, name: `${subject.first_name} ${subject.last_name}`, dateOfBirth: subject.date_of_birth },
    ]);
    const records = await countAudit(inside.headers.get('x-request-id'));
    const search = records.find((r) => r.action === 'SEARCH');
    expect(search).toMatchObject({ subject_type: 'Person', fields: ['bsn'], data_subject_ids: [subject.id] });
    expect(search!.reason).toBe('DATA_SUBJECT_SEARCH criteria=bsn;results=1');
    expect(JSON.stringify(records)).not.toContain(BSN);
    expect(records.some((r) => r.action === 'READ' && r.reason === 'SEARCH_RESULT')).toBe(true);

    // The police FG's organisation never touched this person: the same answer as an unknown BSN.
    const outside = await fgPolice.request<{ findDataSubjects: unknown[] }>(FIND, { input: { bsn: BSN } });
    const unknown = await fgPolice.request<{ findDataSubjects: unknown[] }>(FIND, { input: { bsn: '123456782' } });
    expect(outside.errors).toBeUndefined();
    expect(outside.data!.findDataSubjects).toEqual([]);
    expect(unknown.data!.findDataSubjects).toEqual([]);
    expect(JSON.stringify(outside.data)).toBe(JSON.stringify(unknown.data));
    const byId = await fgPolice.request<{ findDataSubjects: unknown[] }>(FIND, { input: { personId: subject.id } });
    expect(byId.data!.findDataSubjects).toEqual([]);

    const coordinating = await new ApiClient(platform.baseUrl).loginAs(COORDINATING);
    const joint = await coordinating.request<{ findDataSubjects: { id: string }[] }>(FIND, { input: { bsn: BSN } });
    expect(joint.data!.findDataSubjects.map((m) => m.id)).toEqual([subject.id]);
  });

  it('by name and date of birth (normalised, partial), within the mandate', async () => {
    const fgSafeHome = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'PRIVACY_OFFICER').email);
    const fgPolice = await new ApiClient(platform.baseUrl).loginAs(personaWith('POLICE', 'PRIVACY_OFFICER').email);
    const subject = await personOnTeamOf('SAFE_HOME', 'POLICE');
    const input = { name: subject.last_name.toUpperCase().slice(0, 4), dateOfBirth: subject.date_of_birth };
    const found = await fgSafeHome.request<{ findDataSubjects: { id: string }[] }>(FIND, { input });
    expect(found.errors).toBeUndefined();
    expect(found.data!.findDataSubjects.map((m) => m.id)).toContain(subject.id);
    const other = await fgPolice.request<{ findDataSubjects: { id: string }[] }>(FIND, { input });
    expect(other.data!.findDataSubjects.map((m) => m.id)).not.toContain(subject.id);
    // Someone on the case team but not a privacy officer cannot search the register.
    const professional = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'PROFESSIONAL').email);
    expect(codeOf((await professional.request(FIND, { input })).errors)).toBe('FORBIDDEN');
  });

  it('refuses a malformed BSN and a name without date of birth, naming the field, recording nothing', async () => {
    const fg = await new ApiClient(platform.baseUrl).loginAs(COORDINATING);
    const [beforeRow] = await sql<{ n: string }>('select count(*)::text as n from audit.event where action = ?', [
      'SEARCH',
    ]);
    const bad = await fg.request(FIND, { input: { bsn: '123456789' } });
    expect(codeOf(bad.errors)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors)).toContain('input.bsn');
    expect(JSON.stringify(bad.errors)).toContain('elfproef');
    expect(JSON.stringify(bad.errors)).not.toContain('123456789');
    const noDate = await fg.request(FIND, { input: { name: 'Jansen' } });
    expect(codeOf(noDate.errors)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(noDate.errors)).toContain('input.dateOfBirth');
    const nothing = await fg.request(FIND, { input: {} });
    expect(codeOf(nothing.errors)).toBe('BAD_USER_INPUT');
    const [afterRow] = await sql<{ n: string }>('select count(*)::text as n from audit.event where action = ?', [
      'SEARCH',
    ]);
    expect(afterRow?.n).toBe(beforeRow?.n);
  });
});

describe('the access log names the data subjects the privacy officer may see', () => {
  it('a name inside the mandate, none outside it, and every name shown is on record', async () => {
    const subject = await personOnTeamOf('SAFE_HOME', 'POLICE');
    const reader = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'PROFESSIONAL').email);
    const [c] = await sql<{ id: string }>(
      `select c.id from case_file c join household_member hm on hm.household_id = c.household_id
         join case_team_membership m on m.case_id = c.id join organisation o on o.id = m.organisation_id
        where hm.person_id = ? and o.type = 'SAFE_HOME' and m.valid_until is null and m.ended_at is null limit 1`,
      [subject.id],
    );
    await reader.ok('query ($id: ID!) { case(id: $id) { household { members { person { firstName } } } } }', {
      id: c!.id,
    });
    const LOG =
      'query ($personId: ID) { auditLog(filter: { personId: $personId }, first: 20) { records { subjectType fields dataSubjects { id name } } } }';
    const fg = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'PRIVACY_OFFICER').email);
    const page = await fg.request<{
      auditLog: { records: { dataSubjects: { id: string; name: string | null }[] }[] };
    }>(LOG, { personId: subject.id }, { 'x-request-id': 'fg-log-names-0001' });
    expect(page.errors).toBeUndefined();
    const shown = page.data!.auditLog.records.flatMap((r) => r.dataSubjects).filter((d) => d.id === subject.id);
    expect(shown.length).toBeGreaterThan(0);
    for (const d of shown) expect(d.name).toBe(`${subject.first_name} ${subject.last_name}`);
    const records = await countAudit(page.headers.get('x-request-id'));
    const names = records.find((r) => r.reason === 'ACCESS_LOG_NAMES');
    expect(names).toMatchObject({ action: 'READ', subject_type: 'Person', fields: ['firstName', 'lastName'] });
    expect(names!.data_subject_ids).toContain(subject.id);

    // A police user reads a case outside the police's teams under emergency access: the police FG sees its own
    // user's records, but the persons in them are not on a police case: no name, only the id.
    const [foreign] = await sql<{ reference: string; id: string }>(
      `select c.reference, c.id from case_file c where c.status <> 'CLOSED' and not exists (
         select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = c.id and o.type = 'POLICE')
         and not exists (select 1 from household_member hm join case_file c2 on c2.household_id = hm.household_id
           join case_team_membership m2 on m2.case_id = c2.id join organisation o2 on o2.id = m2.organisation_id
          where hm.household_id = c.household_id and o2.type = 'POLICE')
         and not exists (select 1 from household_member hm join case_entry e on e.concerns @> array[hm.person_id::text]
           join organisation o3 on o3.id = e.author_organisation_id where hm.household_id = c.household_id and o3.type = 'POLICE')
       order by c.reference limit 1`,
    );
    const policeUser = await new ApiClient(platform.baseUrl).loginAs(personaWith('POLICE', 'PROFESSIONAL').email);
    await policeUser.ok(
      'mutation ($r: String!, $why: String!) { requestBreakGlass(caseReference: $r, reason: $why) { id } }',
      {
        r: foreign!.reference,
        why: 'Acute dreiging gemeld bij de meldkamer, gegevens nodig voor de crisisdienst.',
      },
    );
    await policeUser.ok('query ($id: ID!) { case(id: $id) { household { members { person { id firstName } } } } }', {
      id: foreign!.id,
    });
    const members = await sql<{ person_id: string }>(
      'select hm.person_id from household_member hm join case_file c on c.household_id = hm.household_id where c.id = ?',
      [foreign!.id],
    );
    const police = await new ApiClient(platform.baseUrl).loginAs(personaWith('POLICE', 'PRIVACY_OFFICER').email);
    const policePage = await police.request<{
      auditLog: { records: { dataSubjects: { id: string; name: string | null }[] }[] };
    }>(LOG, { personId: members[0]!.person_id }, { 'x-request-id': 'fg-log-names-0002' });
    expect(policePage.errors).toBeUndefined();
    const hidden = policePage
      .data!.auditLog.records.flatMap((r) => r.dataSubjects)
      .filter((d) => d.id === members[0]!.person_id);
    expect(hidden.length).toBeGreaterThan(0);
    for (const d of hidden) expect(d.name).toBeNull();
    const policeRecords = await countAudit(policePage.headers.get('x-request-id'));
    expect(policeRecords.find((r) => r.reason === 'ACCESS_LOG_NAMES')?.data_subject_ids ?? []).not.toContain(
      members[0]!.person_id,
    );
    // The coordinating FG may name them.
    const coordinating = await new ApiClient(platform.baseUrl).loginAs(COORDINATING);
    const region = await coordinating.request<{
      auditLog: { records: { dataSubjects: { id: string; name: string | null }[] }[] };
    }>(LOG, { personId: members[0]!.person_id });
    expect(
      region.data!.auditLog.records.flatMap((r) => r.dataSubjects).find((d) => d.id === members[0]!.person_id)?.name,
    ).toMatch(/\S/);
  });
});

describe('the art. 15 answer as a Dutch PDF letter', () => {
  it('is addressed by name, holds the cases and disclosures with legal basis, and no other household member or staff name', async () => {
    const [c] = await sql<{ id: string; reference: string; household_id: string }>(
      `select c.id, c.reference, c.household_id from case_file c join case_team_membership m on m.case_id = c.id join organisation o on o.id = m.organisation_id
        where o.type = 'SAFE_HOME' and m.valid_until is null and (select count(*) from household_member hm where hm.household_id = c.household_id) >= 3
        order by c.reference limit 1`,
    );
    const members = await sql<{ id: string; first_name: string; last_name: string }>(
      'select p.id, p.first_name, p.last_name from household_member hm join person p on p.id = hm.person_id where hm.household_id = ? order by p.id',
      [c!.household_id],
    );
    const [subject, ...others] = members;
    const readerEmail = personaWith('SAFE_HOME', 'PROFESSIONAL').email;
    const reader = await new ApiClient(platform.baseUrl).loginAs(readerEmail);
    await reader.ok('query ($id: ID!) { case(id: $id) { household { members { person { firstName } } } } }', {
      id: c!.id,
    });
    const [staff] = await sql<{ display_name: string }>('select display_name from app_user where email = ?', [
      readerEmail,
    ]);
    const fg = await new ApiClient(platform.baseUrl).loginAs(COORDINATING);
    const LETTER = 'mutation ($id: ID!) { dataSubjectExportLetter(personId: $id) { fileName pdfBase64 } }';
    const result = await fg.request<{ dataSubjectExportLetter: { fileName: string; pdfBase64: string } }>(
      LETTER,
      { id: subject!.id },
      { 'x-request-id': 'art15-letter-0001' },
    );
    expect(result.errors).toBeUndefined();
    const pdf = Buffer.from(result.data!.dataSubjectExportLetter.pdfBase64, 'base64');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(result.data!.dataSubjectExportLetter.fileName).toMatch(
      new RegExp(`^inzageverzoek-${subject!.id}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`),
    );
    const text = flatText(pdf);
    expect(text).toContain(`Geachte ${subject!.first_name} ${subject!.last_name},`);
    expect(text).toContain('Inzage in uw gegevens (AVG artikel 15)');
    expect(text).toContain(`Casus ${c!.reference}`);
    expect(text).toContain('Veilig Thuis Rotterdam Rijnmond');
    expect(text).toMatch(/Grondslag: (convenant|toestemming|wettelijke plicht)/);
    expect(text).toContain('Wie uw gegevens heeft ingezien');
    expect(text).toMatch(/inzage \(\d+ keer\)/);
    for (const other of others) {
      expect(text).not.toContain(other.id);
      expect(text).not.toContain(`${other.first_name} ${other.last_name}`);
    }
    expect(text).not.toContain(staff!.display_name);
    const records = await countAudit(result.headers.get('x-request-id'));
    expect(records.filter((r) => r.action === 'EXPORT').length).toBeGreaterThan(0);
    expect(records.every((r) => r.action !== 'EXPORT' || r.data_subject_ids.includes(subject!.id))).toBe(true);

    // Outside the mandate: as if the person did not exist.
    const police = await new ApiClient(platform.baseUrl).loginAs(personaWith('POLICE', 'PRIVACY_OFFICER').email);
    const outsider = await personOnTeamOf('SAFE_HOME', 'POLICE');
    expect(codeOf((await police.request(LETTER, { id: outsider.id })).errors)).toBe('NOT_FOUND');
  });
});

describe('the access log filters on a user picked by name, within the privacy officer mandate', () => {
  const USERS = 'query ($name: String!) { auditLogUsers(name: $name) { id name organisationName } }';
  const LOG = 'query ($userId: ID!) { auditLog(filter: { userId: $userId }, first: 20) { records { actorUserId } } }';
  const userOf = async (email: string) =>
    (
      await sql<{ id: string; display_name: string; organisation: string }>(
        'select u.id, u.display_name, o.name as organisation from app_user u join organisation o on o.id = u.organisation_id where u.email = ?',
        [email],
      )
    )[0]!;

  it('the coordinating officer finds anyone by part of the name, in any case and without accents; the search is on record', async () => {
    const police = await userOf(personaWith('POLICE', 'PROFESSIONAL').email);
    // Two letters of the last name, upper case, accents added: still the same person.
    const part = police.display_name.split(' ').at(-1)!.slice(0, 3).toUpperCase().replace('E', 'É');
    const fg = await new ApiClient(platform.baseUrl).loginAs(COORDINATING);
    const found = await fg.request<{ auditLogUsers: { id: string; name: string; organisationName: string }[] }>(
      USERS,
      { name: part },
      { 'x-request-id': 'fg-user-search-0001' },
    );
    expect(found.errors).toBeUndefined();
    expect(found.data!.auditLogUsers).toContainEqual({
      id: police.id,
      name: police.display_name,
      organisationName: police.organisation,
    });
    expect(found.data!.auditLogUsers.length).toBeLessThanOrEqual(20);
    const records = await countAudit(found.headers.get('x-request-id'));
    const search = records.find((r) => r.action === 'SEARCH' && r.subject_type === 'AuditLogUser');
    expect(search).toMatchObject({ fields: ['displayName'], reason: `results=${found.data!.auditLogUsers.length}` });
    expect(JSON.stringify(records).toLowerCase()).not.toContain(part.toLowerCase());

    // The picked id filters the log to that user's records only.
    const worker = await new ApiClient(platform.baseUrl).loginAs(personaWith('POLICE', 'PROFESSIONAL').email);
    const [teamCase] = await sql<{ case_id: string }>(
      `select m.case_id from case_team_membership m join app_user u on u.organisation_id = m.organisation_id
        where u.id = ? and ${activeMembershipSql()} limit 1`,
      [police.id],
    );
    await worker.ok('query ($id: ID!) { case(id: $id) { reference } }', { id: teamCase!.case_id });
    const log = await fg.ok<{ auditLog: { records: { actorUserId: string }[] } }>(LOG, { userId: police.id });
    expect(log.auditLog.records.length).toBeGreaterThan(0);
    expect(new Set(log.auditLog.records.map((r) => r.actorUserId))).toEqual(new Set([police.id]));
  });

  it("an organisation's officer finds its own users, and another organisation's user as if absent", async () => {
    const fgPolice = await new ApiClient(platform.baseUrl).loginAs(personaWith('POLICE', 'PRIVACY_OFFICER').email);
    const own = await userOf(personaWith('POLICE', 'PROFESSIONAL').email);
    const other = await userOf(personaWith('SAFE_HOME', 'PROFESSIONAL').email);
    const names = async (name: string) =>
      (await fgPolice.ok<{ auditLogUsers: { id: string }[] }>(USERS, { name })).auditLogUsers.map((u) => u.id);
    expect(await names(own.display_name)).toContain(own.id);
    expect(await names(other.display_name)).not.toContain(other.id);
  });

  it('refuses an empty or one-letter name and a caseworker, naming the field; a typed % is a letter, not a wildcard', async () => {
    const fg = await new ApiClient(platform.baseUrl).loginAs(COORDINATING);
    for (const name of ['', ' ', 'a', '--']) {
      const bad = await fg.request(USERS, { name });
      expect(codeOf(bad.errors), JSON.stringify(name)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(bad.errors)).toContain('"name"');
    }
    expect((await fg.ok<{ auditLogUsers: unknown[] }>(USERS, { name: '%%' })).auditLogUsers).toEqual([]);
    const worker = await new ApiClient(platform.baseUrl).loginAs(personaWith('POLICE', 'PROFESSIONAL').email);
    expect(codeOf((await worker.request(USERS, { name: 'Jansen' })).errors)).toBe('FORBIDDEN');
  });
});
