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
const COORDINATING = 'fg.zvh@demo.mda.test';
const EXPORT = 'mutation ($id: ID!) { dataSubjectExport(personId: $id) { generatedAt document } }';
const ERASE =
  'mutation ($id: ID!, $note: String!) { requestErasure(personId: $id, note: $note) { outcome basis requestId restrictedUntil } }';
const APPROVE = 'mutation ($id: ID!) { approveErasure(requestId: $id) { outcome basis restrictedUntil } }';
const WITHDRAW = 'mutation ($id: ID!) { withdrawErasure(requestId: $id) { status } }';
const PENDING = '{ pendingErasureRequests { id personId caseReferences affectedOrganisations requestedBy } }';

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
    await reader.ok('query ($id: ID!) { case(id: $id) { household { members { person { firstName } } } } }', {
      id: c!.id,
    });

    const fg = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'PRIVACY_OFFICER').email);
    const result = await fg.request<{ dataSubjectExport: { document: string } }>(
      EXPORT,
      { id: subject!.id },
      { 'x-request-id': 'art15-export-0001' },
    );
    expect(result.errors).toBeUndefined();
    const doc = JSON.parse(result.data!.dataSubjectExport.document) as {
      person: { first_name: string };
      cases: { id: string }[];
      disclosures: { organisation_type: string; legal_basis_kind: string }[];
      consultations: { organisation: string; action: string }[];
    };
    expect(doc.person.first_name).toBe(subject!.first_name);
    expect(doc.cases.map((x) => x.id)).toContain(c!.id);
    expect(doc.disclosures.some((d) => d.organisation_type === 'SAFE_HOME' && d.legal_basis_kind.length > 0)).toBe(
      true,
    );
    expect(
      doc.consultations.some((x) => x.organisation === 'Veilig Thuis Rotterdam Rijnmond' && x.action === 'READ'),
    ).toBe(true);
    const text = result.data!.dataSubjectExport.document;
    for (const other of others) expect(text).not.toContain(other.id);
    const [audit] = await sql<{ action: string; data_subject_ids: string[] }>(
      'select action, data_subject_ids from audit.event where request_id = ?',
      [result.headers.get('x-request-id')],
    );
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
    for (const f of foreign)
      expect(
        codeOf((await probing.request('query ($id: ID!) { case(id: $id) { id } }', { id: f.case_id })).errors),
      ).toBe('NOT_FOUND');
    const fg = await new ApiClient(platform.baseUrl).loginAs(COORDINATING);
    const signals = await fg.ok<{
      auditAnomalies: { kind: string; userName: string; organisationName: string; count: number }[];
    }>('{ auditAnomalies(days: 1) { kind userName organisationName count } }');
    expect(signals.auditAnomalies).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'REFUSALS_IN_BULK',
          organisationName: 'Wijkteam Rotterdam-Zuid',
          count: foreign.length,
        }),
      ]),
    );
    expect(foreign.length).toBeGreaterThanOrEqual(10);
    // The municipality's privacy officer supervises its own organisation: not the local team's refusals.
    const municipalityFg = await new ApiClient(platform.baseUrl).loginAs(
      personaWith('MUNICIPALITY', 'PRIVACY_OFFICER').email,
    );
    const own = await municipalityFg.ok<{ auditAnomalies: { organisationName: string }[] }>(
      '{ auditAnomalies(days: 1) { organisationName } }',
    );
    expect(own.auditAnomalies.filter((a) => a.organisationName === 'Wijkteam Rotterdam-Zuid')).toEqual([]);
  });
});

/** A person on a running case with a CRIMINAL entry of the police about them, on a case the municipality never touched. */
async function policeCriminalSubject(
  extra = '',
  offset = 0,
): Promise<{ personId: string; caseId: string; reference: string }> {
  const [row] = await sql<{ person_id: string; case_id: string; reference: string }>(
    `select p as person_id, c.id as case_id, c.reference from case_entry e join case_file c on c.id = e.case_id
       join organisation o on o.id = e.author_organisation_id cross join lateral unnest(e.concerns) p
      where e.category = 'CRIMINAL' and o.type = 'POLICE' and c.status <> 'CLOSED'
        and not exists (select 1 from case_team_membership m join organisation mo on mo.id = m.organisation_id where m.case_id = c.id and mo.type = 'MUNICIPALITY')
        and not exists (select 1 from case_entry x join organisation xo on xo.id = x.author_organisation_id where x.case_id = c.id and xo.type = 'MUNICIPALITY')
        and (select count(*) from household_member hm join case_file c2 on c2.household_id = hm.household_id where hm.person_id::text = p) = 1
        ${extra}
      order by c.reference, p limit 1 offset ${offset}`,
  );
  expect(row).toBeDefined();
  return { personId: row!.person_id, caseId: row!.case_id, reference: row!.reference };
}

const auditOf = (requestId: string) =>
  sql<{ action: string; case_id: string | null; categories: string[]; subject_type: string; reason: string | null }>(
    'select action, case_id, categories, subject_type, reason from audit.event where request_id = ? order by seq',
    [requestId],
  );

describe("the privacy officer's mandate", () => {
  it("the municipality's privacy officer gets NOT_FOUND for a person whose case its organisation is not on", async () => {
    const subject = await policeCriminalSubject();
    const fg = await new ApiClient(platform.baseUrl).loginAs(personaWith('MUNICIPALITY', 'PRIVACY_OFFICER').email);
    const refused = await fg.request(EXPORT, { id: subject.personId });
    expect(codeOf(refused.errors)).toBe('NOT_FOUND');
    expect(refused.data).toBeNull();
    const exports = await sql<{ n: number }>(
      "select count(*)::int as n from audit.event where action = 'EXPORT' and data_subject_ids @> array[?]::uuid[]",
      [subject.personId],
    );
    expect(exports[0]!.n).toBe(0);
  });

  it("a team partner's privacy officer exports only its own organisation's part", async () => {
    const [row] = await sql<{ person_id: string }>(
      `select hm.person_id from household_member hm join case_file c on c.household_id = hm.household_id
         join case_team_membership m on m.case_id = c.id join organisation o on o.id = m.organisation_id
        where o.type = 'MUNICIPALITY' and exists (select 1 from case_entry e join organisation eo on eo.id = e.author_organisation_id
                                                   where e.case_id = c.id and eo.type = 'POLICE' and e.concerns @> array[hm.person_id::text])
        order by hm.person_id limit 1`,
    );
    expect(row).toBeDefined();
    const fg = await new ApiClient(platform.baseUrl).loginAs(personaWith('MUNICIPALITY', 'PRIVACY_OFFICER').email);
    const result = await fg.ok<{ dataSubjectExport: { document: string } }>(EXPORT, { id: row!.person_id });
    const doc = JSON.parse(result.dataSubjectExport.document) as {
      scope: string;
      person: Record<string, unknown>;
      recordedInformation: { recorded_by: string }[];
    };
    expect(doc.scope).toBe('OWN_ORGANISATION');
    expect(doc.recordedInformation.every((e) => e.recorded_by === 'Gemeente Rotterdam')).toBe(true);
    // The municipality may not read a secret location: nor does its part of the export carry one.
    expect(Object.keys(doc.person)).not.toContain('shelter_address');
  });

  it("the coordinating privacy officer exports the joint record: the audit record names the case and CRIMINAL; the police's privacy officer is told", async () => {
    const subject = await policeCriminalSubject();
    const fg = await new ApiClient(platform.baseUrl).loginAs(COORDINATING);
    const result = await fg.request<{ dataSubjectExport: { document: string } }>(EXPORT, { id: subject.personId });
    expect(result.errors).toBeUndefined();
    const doc = JSON.parse(result.data!.dataSubjectExport.document) as {
      scope: string;
      recordedInformation: { category: string; recorded_by: string }[];
    };
    expect(doc.scope).toBe('JOINT_RECORD');
    expect(doc.recordedInformation).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ category: 'CRIMINAL', recorded_by: 'Politie Eenheid Rotterdam' }),
      ]),
    );
    const records = await auditOf(result.headers.get('x-request-id')!);
    const exportRecords = records.filter((r) => r.action === 'EXPORT');
    expect(exportRecords).toEqual([
      expect.objectContaining({ case_id: subject.caseId, subject_type: 'Person', reason: 'ART_15_EXPORT_JOINT' }),
    ]);
    expect(exportRecords[0]!.categories).toEqual(expect.arrayContaining(['IDENTITY', 'CRIMINAL']));
    const policeFg = await new ApiClient(platform.baseUrl).loginAs(personaWith('POLICE', 'PRIVACY_OFFICER').email);
    const notes = await policeFg.ok<{ notifications: { kind: string; message: string }[] }>(
      '{ notifications { kind message } }',
    );
    expect(notes.notifications).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'DATA_SUBJECT_EXPORT', message: expect.stringContaining(subject.reference) }),
      ]),
    );
  });

  it('only the coordinating privacy officer handles an erasure request', async () => {
    const subject = await policeCriminalSubject();
    for (const email of [
      personaWith('SAFE_HOME', 'PRIVACY_OFFICER').email,
      personaWith('POLICE', 'PRIVACY_OFFICER').email,
    ]) {
      const fg = await new ApiClient(platform.baseUrl).loginAs(email);
      expect(codeOf((await fg.request(ERASE, { id: subject.personId, note: 'Verzoek per brief' })).errors)).toBe(
        'FORBIDDEN',
      );
    }
    expect(
      (
        await sql<{ n: number }>('select count(*)::int as n from erasure_request where person_id = ?', [
          subject.personId,
        ])
      )[0]!.n,
    ).toBe(0);
  });

  it("an erasure affecting the police's data waits for a second privacy officer, who approves it; never the requester", async () => {
    const subject = await policeCriminalSubject(
      'and exists (select 1 from person pp where pp.id::text = p and pp.address is not null and pp.restricted_at is null)',
    );
    const coordinating = await new ApiClient(platform.baseUrl).loginAs(COORDINATING);
    const asked = await coordinating.request<{ requestErasure: { outcome: string; requestId: string; basis: string } }>(
      ERASE,
      { id: subject.personId, note: 'Verzoek per brief van 3 maart' },
    );
    expect(asked.errors).toBeUndefined();
    expect(asked.data!.requestErasure.outcome).toBe('PENDING_APPROVAL');
    const requestId = asked.data!.requestErasure.requestId;
    // Nothing applied yet: the address is still there for the team.
    const restrictedNow = async () =>
      (
        await sql<{ restricted: boolean }>('select restricted_at is not null as restricted from person where id = ?', [
          subject.personId,
        ])
      )[0]!.restricted;
    expect(await restrictedNow()).toBe(false);
    const pendingRecords = (await auditOf(asked.headers.get('x-request-id')!)).filter(
      (r) => r.subject_type === 'ErasureRequest',
    );
    expect(pendingRecords).toEqual([
      expect.objectContaining({ action: 'CREATE', case_id: subject.caseId, reason: 'ERASURE_PENDING_APPROVAL' }),
    ]);

    // Four eyes: not the requester; not a privacy officer whose organisation is not affected.
    const ownApproval = await coordinating.request(APPROVE, { id: requestId });
    expect(codeOf(ownApproval.errors)).toBe('FORBIDDEN');
    const municipalityFg = await new ApiClient(platform.baseUrl).loginAs(
      personaWith('MUNICIPALITY', 'PRIVACY_OFFICER').email,
    );
    expect(codeOf((await municipalityFg.request(APPROVE, { id: requestId })).errors)).toBe('NOT_FOUND');
    expect(
      (await municipalityFg.ok<{ pendingErasureRequests: { id: string }[] }>(PENDING)).pendingErasureRequests.map(
        (r) => r.id,
      ),
    ).not.toContain(requestId);
    expect(await restrictedNow()).toBe(false);

    const policeFg = await new ApiClient(platform.baseUrl).loginAs(personaWith('POLICE', 'PRIVACY_OFFICER').email);
    const pending = await policeFg.ok<{
      pendingErasureRequests: {
        id: string;
        personId: string;
        caseReferences: string[];
        affectedOrganisations: string[];
        requestedBy: string;
      }[];
    }>(PENDING);
    expect(pending.pendingErasureRequests).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: requestId,
          personId: subject.personId,
          caseReferences: [subject.reference],
          affectedOrganisations: expect.arrayContaining(['Politie Eenheid Rotterdam']),
        }),
      ]),
    );
    const approved = await policeFg.request<{ approveErasure: { outcome: string; basis: string } }>(APPROVE, {
      id: requestId,
    });
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveErasure.outcome).toBe('RESTRICTED');
    expect(approved.data!.approveErasure.basis).toContain(`Lopende casus ${subject.reference}`);
    expect(await restrictedNow()).toBe(true);
    const applied = (await auditOf(approved.headers.get('x-request-id')!)).filter((r) => r.subject_type === 'Person');
    expect(applied).toEqual([
      expect.objectContaining({
        action: 'UPDATE',
        case_id: subject.caseId,
        categories: ['CONTACT', 'SECRET_LOCATION'],
      }),
    ]);
    expect(codeOf((await policeFg.request(APPROVE, { id: requestId })).errors)).toBe('CONFLICT');
    expect(codeOf((await coordinating.request(WITHDRAW, { id: requestId })).errors)).toBe('CONFLICT');
  });

  it('is reversible until approved: the requester withdraws and nothing was applied', async () => {
    const subject = await policeCriminalSubject(
      'and exists (select 1 from person pp where pp.id::text = p and pp.restricted_at is null)',
    );
    const coordinating = await new ApiClient(platform.baseUrl).loginAs(COORDINATING);
    const asked = await coordinating.ok<{ requestErasure: { outcome: string; requestId: string } }>(ERASE, {
      id: subject.personId,
      note: 'Verzoek per e-mail',
    });
    expect(asked.requestErasure.outcome).toBe('PENDING_APPROVAL');
    const policeFg = await new ApiClient(platform.baseUrl).loginAs(personaWith('POLICE', 'PRIVACY_OFFICER').email);
    expect(codeOf((await policeFg.request(WITHDRAW, { id: asked.requestErasure.requestId })).errors)).toBe('FORBIDDEN');
    const withdrawn = await coordinating.ok<{ withdrawErasure: { status: string } }>(WITHDRAW, {
      id: asked.requestErasure.requestId,
    });
    expect(withdrawn.withdrawErasure.status).toBe('WITHDRAWN');
    expect(codeOf((await policeFg.request(APPROVE, { id: asked.requestErasure.requestId })).errors)).toBe('CONFLICT');
    const [person] = await sql<{ restricted: boolean; pseudonymised: boolean }>(
      'select restricted_at is not null as restricted, pseudonymised_at is not null as pseudonymised from person where id = ?',
      [subject.personId],
    );
    expect(person).toEqual({ restricted: false, pseudonymised: false });
  });
});
