import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from 'graphql';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient, codeOf, type GraphQLResponse } from './support/graphql-client.js';
import { liveClient, LiveSubscription } from './support/live-client.js';
import {
  allOperations,
  changedTables,
  documentFor,
  expectAlive,
  expectNoPersonalData,
  idTakingOperations,
  personalDataOfCase,
  storedState,
  type IdTakingOperation,
} from './support/hostile.js';
import { meetingOfAnotherTeam } from './support/hostile-meetings.js';
import { CASEWORK, OUTSIDE_ORGANISATIONS, TABLE, type Fixture, type Entry } from './support/hostile-ids-table.js';
import { nlDaysFromToday } from './support/nl-today.js';

/**
 * Hostile input, class 1 (issue 11 item 10): every query, mutation and subscription that takes
 * an ID, enumerated from packages/graphql/schema.graphql, called by a persona whose
 * organisation is not on the case team, with ids of that other team's objects. Each answers
 * NOT_FOUND or FORBIDDEN, shows none of the case's personal data, stores nothing, and the
 * server answers `me` afterwards. A new id-taking operation fails the test until it has an
 * entry in TABLE below.
 */

const MISSING = Symbol('missing id');
const TODAY = nlDaysFromToday(0);

/** A well-formed value for an argument, from its schema type: ids from the fixture, required scalars filled in, optional ones left out. */
function sample(type: GraphQLInputType, path: string, ids: Record<string, string>, required: boolean): unknown {
  if (isNonNullType(type)) return sample(type.ofType, path, ids, true);
  if (isListType(type)) {
    const inner = isNonNullType(type.ofType) ? type.ofType.ofType : type.ofType;
    const item = sample(inner, path, ids, required);
    return item === undefined ? (required ? [] : undefined) : [item];
  }
  const named = getNamedType(type);
  if (named.name === 'ID') return ids[path] ?? (required ? MISSING : undefined);
  if (isInputObjectType(named)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(named.getFields())) {
      const v = sample(f.type, `${path}.${f.name}`, ids, false);
      if (v !== undefined) out[f.name] = v;
    }
    return required || Object.keys(out).length > 0 ? out : undefined;
  }
  if (!required) return undefined;
  if (isEnumType(named)) return named.getValues()[0]!.value;
  const scalars: Record<string, unknown> = {
    String: 'Tekst van de hostile-input test, lang genoeg.',
    Int: 1,
    Float: 1,
    Boolean: false,
    LocalDate: TODAY,
    DateTimeISO: new Date().toISOString(),
  };
  return scalars[named.name];
}

const merge = (base: unknown, over: unknown): unknown =>
  over && typeof over === 'object' && !Array.isArray(over) && base && typeof base === 'object'
    ? Object.fromEntries(
        [...new Set([...Object.keys(base), ...Object.keys(over)])].map((k) => [
          k,
          merge((base as Record<string, unknown>)[k], (over as Record<string, unknown>)[k]),
        ]),
      )
    : (over ?? base);

function variablesFor(op: IdTakingOperation, entry: Entry, fx: Fixture): Record<string, unknown> {
  const ids = Object.fromEntries(Object.entries(entry.ids).map(([path, source]) => [path, fx[source]]));
  const vars: Record<string, unknown> = {};
  for (const a of op.field.args) {
    const v = sample(a.type, a.name, ids, isNonNullType(a.type) && a.defaultValue === undefined);
    if (v !== undefined) vars[a.name] = v;
  }
  const text = JSON.stringify(vars, (_k, v: unknown) => (v === MISSING ? '__MISSING__' : v));
  if (text.includes('__MISSING__'))
    throw new Error(`TABLE.${op.name} names no fixture id for a required ID argument (${op.idPaths.join(', ')})`);
  return merge(vars, entry.values ?? {}) as Record<string, unknown>;
}

let platform: Platform;
let fx: Fixture;
let secrets: string[];
const clients = new Map<string, ApiClient>();
const clientAs = async (email: string): Promise<ApiClient> => {
  if (!clients.has(email)) clients.set(email, await new ApiClient(platform.baseUrl).loginAs(email));
  return clients.get(email)!;
};
const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => {
  const [row] = await platform.sql<T>(sql, params);
  if (!row) throw new Error(`demo data has nothing for: ${sql}`);
  return row;
};

beforeAll(async () => {
  platform = await startPlatform();
  // The target: a running case of other organisations, with a plan, a note, measures and a case director.
  const target = await one<{ id: string; reference: string }>(
    `select c.id, c.reference from case_file c
      where c.status = 'ACTIVE'
        and not exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = c.id and o.name in (${OUTSIDE_ORGANISATIONS.map(() => '?').join(', ')}))
        and exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = c.id and o.type = 'SAFE_HOME' and m.ended_at is null)
        and exists (select 1 from plan_note n where n.case_id = c.id)
        and exists (select 1 from plan_element e where e.case_id = c.id and e.kind = 'MEASURE')
        and exists (select 1 from director_assignment d where d.case_id = c.id and d.kind = 'CASE_DIRECTOR' and d.status = 'ACCEPTED')
      order by (select count(*) from plan_element e where e.case_id = c.id) desc, c.reference limit 1`,
    OUTSIDE_ORGANISATIONS,
  );
  const element = async (kind: string) =>
    (
      await one<{ id: string }>('select id from plan_element where case_id = ? and kind = ? order by id limit 1', [
        target.id,
        kind,
      ])
    ).id;
  const director = await one<{ id: string; user_id: string }>(
    "select id, user_id from director_assignment where case_id = ? and kind = 'CASE_DIRECTOR' and status = 'ACCEPTED' order by id limit 1",
    [target.id],
  );
  const vt = await one<{ organisation_id: string; id: string }>(
    "select m.organisation_id, m.id from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = ? and o.type = 'SAFE_HOME' and m.ended_at is null limit 1",
    [target.id],
  );
  const person = await one<{ person_id: string }>(
    'select hm.person_id from household_member hm join case_file c on c.household_id = hm.household_id where c.id = ? order by (select count(*) from case_entry e where e.case_id = c.id and hm.person_id::text = any(e.concerns)) desc, hm.person_id limit 1',
    [target.id],
  );
  const teamUser = await one<{ id: string; email: string }>(
    "select u.id, u.email from app_user u join case_team_membership m on m.organisation_id = u.organisation_id where m.case_id = ? and m.ended_at is null and 'CASE_DIRECTOR' = any(u.roles) and u.id <> ? order by u.email limit 1",
    [target.id, director.user_id],
  );
  const report = await one<{ id: string; report_person_id: string }>(
    "select r.id, (select p.id from intake_report_person p where p.report_id = r.id order by p.id limit 1) as report_person_id from intake_report r where r.status <> 'DECIDED' and exists (select 1 from intake_report_person p where p.report_id = r.id) order by r.id limit 1",
  );

  // Objects only the team can make: an escalation, a handover proposal, an emergency grant of
  // another organisation, an erasure request waiting for a second privacy officer.
  const vtPro = await clientAs('veiligthuis@demo.mda.test');
  const escalation = await vtPro.ok<{ raiseEscalation: { id: string } }>(
    'mutation ($i: RaiseEscalationInput!) { raiseEscalation(input: $i) { id } }',
    {
      i: {
        caseId: target.id,
        reason: 'Het plan stagneert al drie weken zonder voortgang.',
        decisionAsked: 'Wie neemt de regie over de hulpverlening?',
      },
    },
  );
  const vtProcess = await clientAs('procesregisseur.veiligthuis@demo.mda.test');
  const proposal = await vtProcess.ok<{ proposeDirector: { id: string } }>(
    'mutation ($i: ProposeDirectorInput!) { proposeDirector(input: $i) { id } }',
    {
      i: {
        caseId: target.id,
        userId: teamUser.id,
        kind: 'CASE_DIRECTOR',
        replacesAssignmentId: director.id,
        handoverNote: 'Gezin is gestabiliseerd; overdracht na het volgende MDO.',
      },
    },
  );
  const breaker = await one<{ email: string }>(
    "select u.email from app_user u join organisation o on o.id = u.organisation_id where 'PROFESSIONAL' = any(u.roles) and o.name not in (?, ?, ?) and not exists (select 1 from case_team_membership m where m.case_id = ? and m.organisation_id = u.organisation_id) and u.email like '%@demo.mda.test' order by u.email limit 1",
    [...OUTSIDE_ORGANISATIONS, target.id],
  );
  const glass = await (
    await clientAs(breaker.email)
  ).ok<{ requestBreakGlass: { id: string } }>(
    'mutation ($r: String!, $why: String!) { requestBreakGlass(caseReference: $r, reason: $why) { id } }',
    {
      r: target.reference,
      why: 'Acute dreiging gemeld; de casusregisseur is niet bereikbaar.',
    },
  );
  const coordinator = await clientAs('fg.zvh@demo.mda.test');
  await coordinator.ok(
    'mutation ($p: ID!) { requestErasure(personId: $p, note: "Verzoek van betrokkene, art. 17 AVG.") { outcome } }',
    { p: person.person_id },
  );
  const erasure = await one<{ id: string }>(
    'select id from erasure_request where person_id = ? order by requested_at desc limit 1',
    [person.person_id],
  );
  // The police's registration in the involvement index (another organisation's: ending it is NOT_FOUND).
  const involvement = await (
    await clientAs('politie@demo.mda.test')
  ).ok<{ registerInvolvement: { id: string } }>(
    'mutation ($i: RegisterInvolvementInput!) { registerInvolvement(input: $i) { id } }',
    {
      i: {
        bsn: '111222333',
        basisKind: 'LEGAL_DUTY',
        basisDetail: 'Politiewet 2012 art. 3',
        contactPoint: 'Basisteam Maas-Zuid, 0900-8844',
        validFrom: (await one<{ d: string }>("select (now() at time zone 'Europe/Amsterdam')::date::text as d")).d,
      },
    },
  );
  // An MDO table of the case's team with the case on the agenda, its form, a picture and a decision.
  const mdo = await meetingOfAnotherTeam(platform, target.id, OUTSIDE_ORGANISATIONS[0]!);

  fx = {
    caseId: target.id,
    reference: target.reference,
    personId: person.person_id,
    goalId: await element('GOAL'),
    actionId: await element('ACTION'),
    measureId: await element('MEASURE'),
    safetyItemId: await element('SAFETY_ITEM'),
    pictureId: await element('PICTURE'),
    membershipId: vt.id,
    organisationId: vt.organisation_id,
    directorUserId: director.user_id,
    teamUserId: teamUser.id,
    assignmentId: proposal.proposeDirector.id,
    escalationId: escalation.raiseEscalation.id,
    grantId: glass.requestBreakGlass.id,
    erasureRequestId: erasure.id,
    reportId: report.id,
    reportPersonId: report.report_person_id,
    seriesId: mdo.seriesId,
    meetingId: mdo.meetingId,
    meetingItemId: mdo.meetingItemId,
    involvementId: involvement.registerInvolvement.id,
  };
  secrets = [...(await personalDataOfCase(platform, target.id)), ...mdo.texts];
}, 120_000);
afterAll(async () => {
  await platform?.stop();
});

async function send(
  op: IdTakingOperation,
  client: ApiClient,
  variables: Record<string, unknown>,
): Promise<GraphQLResponse<unknown>> {
  const query = documentFor(op.kind, op.field);
  if (op.kind !== 'subscription') return client.request(query, variables);
  const { client: ws } = liveClient(platform.wsUrl, { token: client.token! });
  const live = new LiveSubscription<unknown>(ws, query, variables);
  await live.end(`the answer to ${op.name}`);
  await ws.dispose();
  return { status: 200, data: live.items[0] ?? null, errors: live.errors, headers: new Headers() };
}

describe('ids of another team, for every id-taking operation of the schema', () => {
  it("every id-taking operation has an entry saying how to get another team's id, and every entry names real ID arguments", () => {
    const ops = idTakingOperations();
    expect(ops.length).toBeGreaterThan(40);
    expect(
      ops.filter((op) => !TABLE[op.name]).map((op) => `${op.kind} ${op.name} (${op.idPaths.join(', ')})`),
      'id-taking operations without an entry in TABLE',
    ).toEqual([]);
    expect(
      Object.keys(TABLE).filter((name) => !ops.some((op) => op.name === name)),
      'TABLE entries for operations that take no ID (or are gone)',
    ).toEqual([]);
    for (const op of ops)
      expect(
        Object.keys(TABLE[op.name]!.ids).filter((path) => !op.idPaths.includes(path)),
        `TABLE.${op.name}`,
      ).toEqual([]);
  });

  it("the committed schema the table is checked against is the running server's (introspection outside production)", async () => {
    const live = await (
      await clientAs(CASEWORK)
    ).ok<{ __schema: Record<'queryType' | 'mutationType' | 'subscriptionType', { fields: { name: string }[] }> }>(
      '{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }',
    );
    const served = Object.values(live.__schema)
      .flatMap((t) => t.fields.map((f) => f.name))
      .sort();
    expect(served).toEqual(
      allOperations()
        .map((op) => op.name)
        .sort(),
    );
  });

  it("refuses each as documented, shows none of the case's personal data, stores nothing, and answers `me` afterwards", async () => {
    expect(secrets.length).toBeGreaterThan(5);
    const outcome: Record<string, string> = {};
    const expected: Record<string, string> = {};
    const stored: Record<string, string[]> = {};
    for (const op of idTakingOperations()) {
      const entry = TABLE[op.name];
      if (!entry) continue;
      const client = await clientAs(entry.as);
      const before = await storedState(platform);
      const answer = await send(op, client, variablesFor(op, entry, fx));
      const after = await storedState(platform);
      await expectAlive(client);
      const changed = changedTables(before, after);
      if (changed.length > 0) stored[op.name] = changed;
      expectNoPersonalData(answer, secrets);
      if (entry.expect === 'FILTERED') {
        // Answered, but without the other team's case or person.
        const text = JSON.stringify(answer.data);
        outcome[op.name] = answer.errors?.length
          ? (codeOf(answer.errors) ?? 'ERROR')
          : text.includes(fx.caseId) || text.includes(fx.reference) || text.includes(fx.personId)
            ? 'DISCLOSED'
            : 'FILTERED';
      } else {
        outcome[op.name] = answer.errors?.length ? (codeOf(answer.errors) ?? 'ERROR') : 'ANSWERED';
      }
      expected[op.name] = entry.expect;
    }
    expect(outcome).toEqual(expected);
    expect(stored, 'tables changed by a refused request').toEqual({});
    for (const client of clients.values()) await expectAlive(client);
  }, 120_000);
});
