import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient, codeOf, personaWith } from './support/graphql-client.js';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(async () => {
  await platform?.stop();
});

const sql = <T>(text: string, params: unknown[] = []) => platform.sql<T>(text, params);
const EXPORT = 'mutation ($id: ID!) { dataSubjectExport(personId: $id) { generatedAt document } }';

describe('the data-subject access export (AVG art. 15)', () => {
  it("gives one person's data, disclosures with legal basis and consultations, without the other household members", async () => {
    const [c] = await sql<{ id: string; household_id: string }>(
      `select c.id, c.household_id from case_file c join case_team_membership m on m.case_id = c.id join organisation o on o.id = m.organisation_id
        where o.type = 'SAFE_HOME' and m.valid_until is null and (select count(*) from household_member hm where hm.household_id = c.household_id) >= 3 limit 1`,
    );
    const members = await sql<{ id: string; first_name: string; last_name: string }>(
      'select p.id, p.first_name, p.last_name from household_member hm join person p on p.id = hm.person_id where hm.household_id = ? order by p.id',
      [c!.household_id],
    );
    const [subject, ...others] = members;
    const reader = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'PROFESSIONAL').email);
    await reader.ok('query ($id: ID!) { case(id: $id) { household { members { person { firstName } } } } }', { id: c!.id });

    const fg = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'PRIVACY_OFFICER').email);
    const result = await fg.request<{ dataSubjectExport: { document: string } }>(EXPORT, { id: subject!.id }, { 'x-request-id': 'art15-export-0001' });
    expect(result.errors).toBeUndefined();
    const doc = JSON.parse(result.data!.dataSubjectExport.document) as {
      person: { first_name: string };
      cases: { id: string }[];
      disclosures: { organisation_type: string; legal_basis_kind: string }[];
      consultations: { organisation: string; action: string }[];
    };
    expect(doc.person.first_name).toBe(subject!.first_name);
    expect(doc.cases.map((x) => x.id)).toContain(c!.id);
    expect(doc.disclosures.some((d) => d.organisation_type === 'SAFE_HOME' && d.legal_basis_kind.length > 0)).toBe(true);
    expect(doc.consultations.some((x) => x.organisation === 'Veilig Thuis Rotterdam Rijnmond' && x.action === 'READ')).toBe(true);
    const text = result.data!.dataSubjectExport.document;
    for (const other of others) expect(text).not.toContain(other.id);
    const [audit] = await sql<{ action: string; data_subject_ids: string[] }>("select action, data_subject_ids from audit.event where request_id = 'art15-export-0001'");
    expect(audit).toMatchObject({ action: 'EXPORT', data_subject_ids: [subject!.id] });

    const police = await new ApiClient(platform.baseUrl).loginAs(personaWith('POLICE', 'PROFESSIONAL').email);
    expect(codeOf((await police.request(EXPORT, { id: subject!.id })).errors)).toBe('FORBIDDEN');
  });
});

describe('anomaly signals', () => {
  it('point the privacy officer at a user with refusals in bulk', async () => {
    const probing = await new ApiClient(platform.baseUrl).loginAs('wijkteam.zuid@demo.mda.test');
    const foreign = await sql<{ case_id: string }>(
      "select distinct m.case_id from case_team_membership m join organisation o on o.id = m.organisation_id where o.name = 'Wijkteam Schiedam' limit 12",
    );
    for (const f of foreign) expect(codeOf((await probing.request('query ($id: ID!) { case(id: $id) { id } }', { id: f.case_id })).errors)).toBe('NOT_FOUND');
    const fg = await new ApiClient(platform.baseUrl).loginAs(personaWith('MUNICIPALITY', 'PRIVACY_OFFICER').email);
    const signals = await fg.ok<{ auditAnomalies: { kind: string; userName: string; organisationName: string; count: number }[] }>(
      '{ auditAnomalies(days: 1) { kind userName organisationName count } }',
    );
    expect(signals.auditAnomalies).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'REFUSALS_IN_BULK', organisationName: 'Wijkteam Rotterdam-Zuid', count: foreign.length })]),
    );
    expect(foreign.length).toBeGreaterThanOrEqual(10);
  });
});
