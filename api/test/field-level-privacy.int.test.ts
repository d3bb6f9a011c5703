import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient, codeOf, personaWith } from './support/graphql-client.js';

const CASE = `query ($id: ID!) { case(id: $id) {
  household { members { roles person { id firstName shelterAddress safeContact address redactedFields } } }
  entries { id category authorOrganisation { type } title body redactedFields audience }
} }`;
const SET_PURPOSE = 'mutation ($p: Purpose) { setPurpose(purpose: $p) { purpose } }';
const UPDATE =
  'mutation ($input: UpdatePersonDetailsInput!) { updatePersonDetails(input: $input) { person { shelterAddress address redactedFields } } }';
const RECORD =
  'mutation ($input: RecordCaseEntryInput!) { recordCaseEntry(input: $input) { id category body redactedFields } }';

interface Member {
  roles: string[];
  person: {
    id: string;
    firstName: string | null;
    shelterAddress: string | null;
    safeContact: string | null;
    address: string | null;
    redactedFields: string[];
  };
}
interface Entry {
  id: string;
  category: string;
  authorOrganisation: { type: string };
  title: string | null;
  body: string | null;
  redactedFields: string[];
  audience: string[];
}
interface CaseView {
  case: { household: { members: Member[] }; entries: Entry[] };
}

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(async () => {
  await platform?.stop();
});

const sql = <T>(text: string, params: unknown[] = []) => platform.sql<T>(text, params);

/** A case whose active team includes all the given organisation names' types and that has a sheltered victim. */
async function shelteredCaseWith(types: string[]): Promise<string> {
  const rows = await sql<{ id: string }>(
    `select c.id from case_file c
      where exists (select 1 from household_member hm join person p on p.id = hm.person_id where hm.household_id = c.household_id and p.shelter_address is not null)
        and (select count(distinct o.type) from case_team_membership m join organisation o on o.id = m.organisation_id
              where m.case_id = c.id and m.valid_until is null and m.ended_at is null and o.type in (${types.map(() => '?').join(',')})) = ?
      order by c.reference limit 1`,
    [...types, types.length],
  );
  if (!rows[0]) throw new Error(`demo data has no sheltered case with ${types.join(', ')}`);
  return rows[0].id;
}

async function caseWithEntry(category: string, teamTypes: string[]): Promise<string> {
  const rows = await sql<{ id: string }>(
    `select c.id from case_file c
      where exists (select 1 from case_entry e where e.case_id = c.id and e.category = ?)
        and (select count(distinct o.type) from case_team_membership m join organisation o on o.id = m.organisation_id
              where m.case_id = c.id and m.valid_until is null and m.ended_at is null and o.type in (${teamTypes.map(() => '?').join(',')})) = ?
      order by c.reference limit 1`,
    [category, ...teamTypes, teamTypes.length],
  );
  if (!rows[0]) throw new Error(`demo data has no case with a ${category} entry and ${teamTypes.join(', ')}`);
  return rows[0].id;
}

const sheltered = (view: CaseView) =>
  view.case.household.members.find((m) => m.person.redactedFields.length === 0 && m.person.shelterAddress !== null) ??
  view.case.household.members[0]!;

describe('the secret location of a victim', () => {
  it('is withheld from probation (null, named as redacted) and shown to Veilig Thuis, on the same case', async () => {
    const id = await shelteredCaseWith(['PROBATION', 'SAFE_HOME']);
    const probation = await new ApiClient(platform.baseUrl).loginAs(personaWith('PROBATION', 'PROFESSIONAL').email);
    const safeHome = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'PROFESSIONAL').email);
    const asSafeHome = await safeHome.ok<CaseView>(CASE, { id });
    const victim = sheltered(asSafeHome);
    expect(victim.person.shelterAddress).not.toBeNull();
    const asProbation = await probation.ok<CaseView>(CASE, { id });
    const same = asProbation.case.household.members.find((m) => m.person.id === victim.person.id)!;
    expect(same.person.shelterAddress).toBeNull();
    expect(same.person.safeContact).toBeNull();
    expect(same.person.redactedFields).toEqual(expect.arrayContaining(['shelterAddress', 'safeContact']));
    expect(same.person.firstName).toBe(victim.person.firstName);
    expect(JSON.stringify(asProbation)).not.toContain(victim.person.shelterAddress);
  });

  it('probation cannot write it either: the whole change is refused and nothing changes', async () => {
    const id = await shelteredCaseWith(['PROBATION']);
    const probation = await new ApiClient(platform.baseUrl).loginAs(personaWith('PROBATION', 'PROFESSIONAL').email);
    const view = await probation.ok<CaseView>(CASE, { id });
    const personId = view.case.household.members[0]!.person.id;
    const [before] = await sql<Record<string, unknown>>('select address, shelter_address from person where id = ?', [
      personId,
    ]);
    const refused = await probation.request(UPDATE, {
      input: { caseId: id, personId, address: 'Nieuw adres 1', shelterAddress: 'Elders 2' },
    });
    expect(codeOf(refused.errors)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toMatch(/shelterAddress/);
    // On record for this case and person, with the fields and categories attempted.
    const denied = await sql<{
      action: string;
      case_id: string;
      fields: string[];
      categories: string[];
      data_subject_ids: string[];
      reason: string;
    }>('select action, case_id, fields, categories, data_subject_ids, reason from audit.event where request_id = ?', [
      refused.headers.get('x-request-id'),
    ]);
    expect(denied).toEqual([
      {
        action: 'DENIED',
        case_id: id,
        fields: ['address', 'shelterAddress'],
        categories: ['CONTACT', 'SECRET_LOCATION'],
        data_subject_ids: [personId],
        reason: 'FORBIDDEN',
      },
    ]);
    const [after] = await sql<Record<string, unknown>>('select address, shelter_address from person where id = ?', [
      personId,
    ]);
    expect(after).toEqual(before);
    // A malformed person id is a clear NOT_FOUND, never a database error.
    expect(
      codeOf((await probation.request(UPDATE, { input: { caseId: id, personId: 'not-an-id', address: 'x' } })).errors),
    ).toBe('NOT_FOUND');
  });

  it('the assigned case director reads it on their own case, whatever their organisation', async () => {
    const rows = await sql<{ case_id: string }>(
      `select d.case_id from director_assignment d join app_user u on u.id = d.user_id
        join household_member hm on hm.household_id = (select household_id from case_file where id = d.case_id)
        join person p on p.id = hm.person_id
       where u.email = 'casusregisseur.wijkteam.zuid@demo.mda.test' and d.status = 'ACCEPTED' and p.shelter_address is not null limit 1`,
    );
    expect(rows.length).toBe(1);
    const director = await new ApiClient(platform.baseUrl).loginAs('casusregisseur.wijkteam.zuid@demo.mda.test');
    const professional = await new ApiClient(platform.baseUrl).loginAs('wijkteam.zuid@demo.mda.test');
    const asDirector = await director.ok<CaseView>(CASE, { id: rows[0]!.case_id });
    const asProfessional = await professional.ok<CaseView>(CASE, { id: rows[0]!.case_id });
    expect(asDirector.case.household.members.some((m) => m.person.shelterAddress !== null)).toBe(true);
    expect(asProfessional.case.household.members.every((m) => m.person.shelterAddress === null)).toBe(true);
  });
});

describe('health and criminal entries', () => {
  it('police see that a health entry exists and who recorded it, never its content', async () => {
    const id = await caseWithEntry('HEALTH', ['POLICE']);
    const police = await new ApiClient(platform.baseUrl).loginAs(personaWith('POLICE', 'PROFESSIONAL').email);
    await police.ok(SET_PURPOSE, { p: 'PLAN_EXECUTION' });
    const view = await police.ok<CaseView>(CASE, { id });
    const health = view.case.entries.filter((e) => e.category === 'HEALTH');
    expect(health.length).toBeGreaterThan(0);
    for (const e of health) {
      expect(e.body).toBeNull();
      expect(e.title).toBeNull();
      expect(e.redactedFields).toEqual(expect.arrayContaining(['title', 'body']));
      expect(e.authorOrganisation.type).toBeTruthy();
    }
  });

  it('need a declared purpose: without one the content is withheld, with one it is shown, for the same user', async () => {
    const id = await caseWithEntry('HEALTH', ['SAFE_HOME']);
    const safeHome = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'PROFESSIONAL').email);
    const without = await safeHome.ok<CaseView>(CASE, { id });
    expect(without.case.entries.filter((e) => e.category === 'HEALTH').every((e) => e.body === null)).toBe(true);
    expect(without.case.entries.filter((e) => e.category === 'PLAN').every((e) => e.body !== null)).toBe(true);
    expect(
      (await safeHome.ok<{ setPurpose: { purpose: string } }>(SET_PURPOSE, { p: 'MDO_PREPARATION' })).setPurpose
        .purpose,
    ).toBe('MDO_PREPARATION');
    const withPurpose = await safeHome.ok<CaseView>(CASE, { id });
    expect(withPurpose.case.entries.filter((e) => e.category === 'HEALTH').every((e) => e.body !== null)).toBe(true);
  });

  it('the local team may not record criminal data; the police may, but only with a purpose', async () => {
    const id = await caseWithEntry('PLAN', ['POLICE', 'LOCAL_TEAM']);
    const [victim] = await sql<{ person_id: string }>(
      'select hm.person_id from household_member hm join case_file c on c.household_id = hm.household_id where c.id = ? limit 1',
      [id],
    );
    const input = {
      caseId: id,
      category: 'CRIMINAL',
      title: 'Aanhouding',
      body: 'Verdachte aangehouden na melding.',
      concerns: [victim!.person_id],
    };
    const localTeam = await new ApiClient(platform.baseUrl).loginAs(personaWith('LOCAL_TEAM', 'PROFESSIONAL').email);
    await localTeam.ok(SET_PURPOSE, { p: 'PLAN_EXECUTION' });
    const refused = await localTeam.request(RECORD, { input });
    expect(codeOf(refused.errors)).toBe('FORBIDDEN');
    // The refusal is on record for this case, naming CRIMINAL and what was to be written.
    const denied = await sql<{ action: string; case_id: string; fields: string[]; categories: string[] }>(
      'select action, case_id, fields, categories from audit.event where request_id = ?',
      [refused.headers.get('x-request-id')],
    );
    expect(denied).toEqual([
      { action: 'DENIED', case_id: id, fields: ['body', 'category', 'concerns', 'title'], categories: ['CRIMINAL'] },
    ]);
    const police = await new ApiClient(platform.baseUrl).loginAs(personaWith('POLICE', 'PROFESSIONAL').email);
    const noPurpose = await police.request(RECORD, { input });
    expect(codeOf(noPurpose.errors)).toBe('FORBIDDEN');
    expect(noPurpose.errors?.[0]?.message).toMatch(/doel|purpose/i);
    await police.ok(SET_PURPOSE, { p: 'CRISIS' });
    const recorded = await police.ok<{ recordCaseEntry: { category: string; body: string } }>(RECORD, { input });
    expect(recorded.recordCaseEntry).toMatchObject({ category: 'CRIMINAL', body: input.body });
  });

  it('a restricted note is read by its audience only', async () => {
    const id = await caseWithEntry('RESTRICTED_NOTE', ['POLICE', 'SAFE_HOME']);
    const safeHome = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'PROFESSIONAL').email);
    await safeHome.ok(SET_PURPOSE, { p: 'PLAN_EXECUTION' });
    const view = await safeHome.ok<CaseView>(CASE, { id });
    const notes = view.case.entries.filter((e) => e.category === 'RESTRICTED_NOTE');
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) {
      expect(n.audience).not.toContain('SAFE_HOME');
      expect(n.body).toBeNull();
    }
    const police = await new ApiClient(platform.baseUrl).loginAs(personaWith('POLICE', 'PROFESSIONAL').email);
    const asPolice = await police.ok<CaseView>(CASE, { id });
    expect(asPolice.case.entries.filter((e) => e.category === 'RESTRICTED_NOTE').every((e) => e.body !== null)).toBe(
      true,
    );
  });
});
