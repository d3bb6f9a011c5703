import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient, codeOf, personaWith } from './support/graphql-client.js';
import { verifyAuditChain } from '../src/core/audit/audit-verifier.js';

/**
 * What a privacy officer relies on: every look at personal data is on record exactly once
 * per request, refusals too, emergency access is marked, and the chain verifies.
 */
interface AuditRow {
  action: string;
  subject_type: string;
  subject_id: string | null;
  case_id: string | null;
  data_subject_ids: string[];
  fields: string[];
  categories: string[];
  outcome: string;
  break_glass_grant_id: string | null;
  purpose: string | null;
  organisation_type: string;
}

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(async () => {
  await platform?.stop();
});

const sql = <T>(text: string, params: unknown[] = []) => platform.sql<T>(text, params);
const recordsOf = (requestId: string) =>
  sql<AuditRow>(
    `select action, subject_type, subject_id, case_id, data_subject_ids, fields, categories, outcome, break_glass_grant_id, purpose, organisation_type
       from audit.event where request_id = ? order by seq`,
    [requestId],
  );
/** The server's own request id of an answer: what its audit records carry (a client's X-Request-Id is only a correlation hint). */
const serverId = (answer: { headers: Headers }): string => answer.headers.get('x-request-id')!;
const CASE = `query ($id: ID!) { case(id: $id) { id household { members { person { id firstName shelterAddress } } } entries { id body } } }`;

describe('the audit trail records every access', () => {
  it('a case read leaves one record per person disclosed (with its fields and categories), even when asked twice in one request', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'PROFESSIONAL').email);
    const [row] = await sql<{ case_id: string }>(
      `select m.case_id from case_team_membership m join organisation o on o.id = m.organisation_id where o.type = 'SAFE_HOME' and m.valid_until is null limit 1`,
    );
    const id = row!.case_id;
    const twice = `query ($id: ID!) { a: case(id: $id) { household { members { person { id firstName } } } } b: case(id: $id) { household { members { person { id firstName lastName } } } } }`;
    const result = await client.request<{ a: { household: { members: { person: { id: string } }[] } } }>(
      twice,
      { id },
      { 'x-request-id': 'audit-read-0001' },
    );
    expect(result.errors).toBeUndefined();
    const personIds = result.data!.a.household.members.map((m) => m.person.id).sort();
    const records = await recordsOf(serverId(result));
    const personRecords = records.filter((r) => r.subject_type === 'Person');
    expect(personRecords.map((r) => r.subject_id).sort()).toEqual(personIds);
    for (const r of personRecords) {
      expect(r.action).toBe('READ');
      expect(r.case_id).toBe(id);
      expect(r.data_subject_ids).toEqual([r.subject_id]);
      expect(r.categories).toContain('IDENTITY');
      expect(r.organisation_type).toBe('SAFE_HOME');
    }
    expect(records.filter((r) => r.subject_type === 'Case' && r.action === 'READ')).toHaveLength(1);
  });

  it('a case outside the team answers NOT_FOUND and leaves a DENIED record', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs('wijkteam.zuid@demo.mda.test');
    const [row] = await sql<{ case_id: string }>(
      `select m.case_id from case_team_membership m join organisation o on o.id = m.organisation_id where o.name = 'Wijkteam Schiedam' limit 1`,
    );
    const result = await client.request(CASE, { id: row!.case_id }, { 'x-request-id': 'audit-idor-0001' });
    expect(codeOf(result.errors)).toBe('NOT_FOUND');
    const records = await recordsOf(serverId(result));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      action: 'DENIED',
      outcome: 'DENIED',
      subject_type: 'Case',
      case_id: row!.case_id,
    });
  });

  it('an attempt without a session is on record under the anonymous actor, with the case it was about', async () => {
    const [row] = await sql<{ case_id: string }>('select id as case_id from case_file order by reference limit 1');
    const anonymous = new ApiClient(platform.baseUrl);
    const result = await anonymous.request(
      'mutation ($i: RecordCaseEntryInput!) { recordCaseEntry(input: $i) { id } }',
      {
        i: { caseId: row!.case_id, category: 'CRIMINAL', title: 'x', body: 'y', concerns: [] },
      },
    );
    expect(codeOf(result.errors)).toBe('UNAUTHENTICATED');
    const records = await recordsOf(serverId(result));
    expect(records.map((r) => [r.action, r.subject_id, r.case_id, r.organisation_type, r.categories])).toEqual([
      ['DENIED', 'recordCaseEntry', row!.case_id, 'ANONYMOUS', ['CRIMINAL']],
    ]);
  });

  it("the audit request id is the server's own: two users sending the same X-Request-Id share no record", async () => {
    const a = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'PROFESSIONAL').email);
    const b = await new ApiClient(platform.baseUrl).loginAs(personaWith('POLICE', 'PROFESSIONAL').email);
    const [row] = await sql<{ case_id: string }>(
      `select m.case_id from case_team_membership m join organisation o on o.id = m.organisation_id where o.type = 'SAFE_HOME' and m.valid_until is null limit 1`,
    );
    const first = await a.request(CASE, { id: row!.case_id }, { 'x-request-id': 'same-client-id-1' });
    const second = await b.request(CASE, { id: row!.case_id }, { 'x-request-id': 'same-client-id-1' });
    expect(serverId(first)).not.toBe(serverId(second));
    expect(first.headers.get('x-correlation-id')).toBe('same-client-id-1');
    expect(await recordsOf('same-client-id-1')).toEqual([]);
    const users = await sql<{ request_id: string; n: number }>(
      'select request_id, count(distinct actor_user_id)::int as n from audit.event where request_id in (?, ?) group by request_id',
      [serverId(first), serverId(second)],
    );
    expect(users.map((u) => u.n)).toEqual([1, 1]);
  });

  it('a refused mutation leaves a DENIED record and no change', async () => {
    const police = await new ApiClient(platform.baseUrl).loginAs(personaWith('POLICE', 'PROFESSIONAL').email);
    const result = await police.request(
      'mutation ($i: CreateCaseInput!) { createCase(input: $i) { id } }',
      {
        i: {
          municipality: 'ROTTERDAM',
          profile: 'CHILD_ABUSE',
          purpose: 'Melding',
          legalBasis: { kind: 'COVENANT', article: 'Convenant art. 7' },
          members: [{ firstName: 'A', lastName: 'B', roles: ['VICTIM'] }],
        },
      },
      { 'x-request-id': 'audit-forbidden-01' },
    );
    expect(codeOf(result.errors)).toBe('FORBIDDEN');
    const records = await recordsOf(serverId(result));
    expect(records.map((r) => [r.action, r.subject_type, r.subject_id])).toEqual([
      ['DENIED', 'Operation', 'createCase'],
    ]);
  });

  it('a change and its audit record commit together, with the purpose of the session', async () => {
    const director = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'CASE_DIRECTOR').email);
    await director.ok('mutation { setPurpose(purpose: PLAN_EXECUTION) { id } }');
    const created = await director.request<{ createCase: { id: string } }>(
      'mutation ($i: CreateCaseInput!) { createCase(input: $i) { id } }',
      {
        i: {
          municipality: 'SCHIEDAM',
          profile: 'ELDER_ABUSE',
          purpose: 'Veiligheidsbeoordeling',
          legalBasis: { kind: 'COVENANT', article: 'Convenant art. 7' },
          members: [{ firstName: 'Oma', lastName: 'Test', dateOfBirth: '1940-01-01', roles: ['VICTIM'] }],
        },
      },
      { 'x-request-id': 'audit-write-00001' },
    );
    expect(created.errors).toBeUndefined();
    const records = await recordsOf(serverId(created));
    const creates = records.filter((r) => r.action === 'CREATE');
    expect(creates.map((r) => r.subject_type).sort()).toEqual(['Case', 'CaseTeamMembership', 'Person']);
    expect(creates.every((r) => r.purpose === 'PLAN_EXECUTION' && r.case_id === created.data!.createCase.id)).toBe(
      true,
    );
  });

  it('marks every record an emergency access produces with its grant', async () => {
    const [row] = await sql<{ id: string; reference: string }>(
      `select c.id, c.reference from case_file c where c.status = 'ACTIVE'
         and not exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = c.id and o.type = 'POLICE')
       order by c.reference limit 1`,
    );
    const police = await new ApiClient(platform.baseUrl).loginAs(personaWith('POLICE', 'PROFESSIONAL').email);
    const granted = await police.request<{ requestBreakGlass: { id: string } }>(
      'mutation ($r: String!, $why: String!) { requestBreakGlass(caseReference: $r, reason: $why) { id } }',
      { r: row!.reference, why: 'Acute dreiging gemeld bij de meldkamer; slachtoffer onbereikbaar.' },
      { 'x-request-id': 'audit-glass-00001' },
    );
    const grantId = granted.data!.requestBreakGlass.id;
    expect((await recordsOf(serverId(granted))).map((r) => [r.action, r.break_glass_grant_id])).toEqual([
      ['BREAK_GLASS', grantId],
    ]);
    const read = await police.request(CASE, { id: row!.id }, { 'x-request-id': 'audit-glass-00002' });
    const reads = await recordsOf(serverId(read));
    expect(reads.length).toBeGreaterThan(1);
    expect(reads.every((r) => r.break_glass_grant_id === grantId)).toBe(true);
    // A write under the emergency grant is refused (reading only): on record for the case, marked with the grant.
    const write = await police.request('mutation ($i: RecordCaseEntryInput!) { recordCaseEntry(input: $i) { id } }', {
      i: { caseId: row!.id, category: 'PLAN', title: 'Poging', body: 'Schrijven onder noodtoegang', concerns: [] },
    });
    expect(codeOf(write.errors)).toBe('FORBIDDEN');
    expect(
      (await recordsOf(serverId(write))).map((r) => [r.action, r.case_id, r.break_glass_grant_id, r.categories]),
    ).toEqual([['DENIED', row!.id, grantId, ['PLAN']]]);
  });

  it('the privacy officer finds who looked at a person, and that lookup is itself on record', async () => {
    const reader = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'PROFESSIONAL').email);
    const [row] = await sql<{ case_id: string }>(
      `select m.case_id from case_team_membership m join organisation o on o.id = m.organisation_id where o.type = 'SAFE_HOME' and m.valid_until is null order by m.case_id desc limit 1`,
    );
    const read = await reader.ok<{ case: { household: { members: { person: { id: string } }[] } } }>(CASE, {
      id: row!.case_id,
    });
    const personId = read.case.household.members[0]!.person.id;
    const LOG =
      'query ($f: AuditLogFilter) { auditLog(filter: $f, first: 50) { records { action subjectType subjectId organisationName actorName caseReference categories } nextBefore } }';
    const fg = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'PRIVACY_OFFICER').email);
    const log = await fg.request<{
      auditLog: {
        records: {
          action: string;
          subjectType: string;
          subjectId: string;
          organisationName: string;
          caseReference: string;
        }[];
      };
    }>(LOG, { f: { personId } }, { 'x-request-id': 'audit-fg-lookup-1' });
    expect(log.errors).toBeUndefined();
    expect(log.data!.auditLog.records).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'READ',
          subjectType: 'Person',
          subjectId: personId,
          organisationName: 'Veilig Thuis Rotterdam Rijnmond',
        }),
      ]),
    );
    expect((await recordsOf(serverId(log))).map((r) => [r.action, r.subject_type, r.data_subject_ids])).toEqual([
      ['READ', 'AuditLog', [personId]],
    ]);
    const police = await new ApiClient(platform.baseUrl).loginAs(personaWith('POLICE', 'PROFESSIONAL').email);
    expect(codeOf((await police.request(LOG, { f: { personId } })).errors)).toBe('FORBIDDEN');
  });

  it('a case list with households leaves one record per case carrying its members, and the privacy officer still finds each person', async () => {
    const reader = await new ApiClient(platform.baseUrl).loginAs('wijkteam.zuid@demo.mda.test');
    const LIST =
      '{ cases(first: 12) { edges { node { id household { members { person { id firstName lastName } } } } } } }';
    const listed = await reader.request<{
      cases: { edges: { node: { id: string; household: { members: { person: { id: string } }[] } } }[] };
    }>(LIST, {}, { 'x-request-id': 'audit-list-00001' });
    expect(listed.errors).toBeUndefined();
    const rows = listed.data!.cases.edges.map((e) => e.node);
    expect(rows.length).toBeGreaterThan(2);
    const records = await recordsOf(serverId(listed));
    expect(records.filter((r) => r.subject_type === 'Person')).toEqual([]);
    const households = records.filter((r) => r.subject_type === 'Household');
    // One record per case shown, with exactly the persons shown in that row as data subjects.
    expect(households.map((r) => r.case_id).sort()).toEqual(rows.map((c) => c.id).sort());
    for (const c of rows) {
      const record = households.find((r) => r.case_id === c.id)!;
      expect(record.action).toBe('READ');
      expect(record.data_subject_ids).toEqual(c.household.members.map((m) => m.person.id).sort());
      expect(record.fields).toEqual(expect.arrayContaining(['firstName', 'lastName']));
      expect(record.categories).toContain('IDENTITY');
    }
    expect(records.filter((r) => r.action === 'SEARCH')).toHaveLength(1);
    // Searchable per person: the access log by person finds the list read of that person's case.
    const person = rows[1]!.household.members[0]!.person.id;
    const LOG =
      'query ($f: AuditLogFilter) { auditLog(filter: $f, first: 50) { records { action subjectType caseReference } } }';
    // The reader is a local team: the region's coordinating privacy officer's mandate covers its records.
    const fg = await new ApiClient(platform.baseUrl).loginAs('fg.zvh@demo.mda.test');
    const log = await fg.ok<{ auditLog: { records: { action: string; subjectType: string }[] } }>(LOG, {
      f: { personId: person },
    });
    expect(log.auditLog.records).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'READ', subjectType: 'Household' })]),
    );
  });

  it('a case opened on its own keeps one record per person, even when the same request also lists it', async () => {
    const reader = await new ApiClient(platform.baseUrl).loginAs('wijkteam.zuid@demo.mda.test');
    const first = await reader.ok<{ cases: { edges: { node: { id: string } }[] } }>(
      '{ cases(first: 1) { edges { node { id } } } }',
    );
    const id = first.cases.edges[0]!.node.id;
    const both = `query ($id: ID!) { case(id: $id) { household { members { person { id firstName } } } } cases(first: 1) { edges { node { id household { members { person { id firstName } } } } } } }`;
    const result = await reader.request<{ case: { household: { members: { person: { id: string } }[] } } }>(
      both,
      { id },
      { 'x-request-id': 'audit-list-00002' },
    );
    expect(result.errors).toBeUndefined();
    const records = await recordsOf(serverId(result));
    expect(
      records
        .filter((r) => r.subject_type === 'Person')
        .map((r) => r.subject_id)
        .sort(),
    ).toEqual(result.data!.case.household.members.map((m) => m.person.id).sort());
    expect(records.filter((r) => r.subject_type === 'Household')).toEqual([]);
  });

  it('the chain of everything this file caused verifies', async () => {
    const result = await verifyAuditChain(platform.orm.em.fork());
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    expect(result.checked).toBeGreaterThan(10);
  });
});
