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

/**
 * Hostile input, class 1 (issue 11 item 10): every query, mutation and subscription that takes
 * an ID, enumerated from packages/graphql/schema.graphql, called by a persona whose
 * organisation is not on the case team, with ids of that other team's objects. Each answers
 * NOT_FOUND or FORBIDDEN, shows none of the case's personal data, stores nothing, and the
 * server answers `me` afterwards. A new id-taking operation fails the test until it has an
 * entry in TABLE below.
 */

/** Personas whose organisations are on no team of the target case (chosen so below). */
const CASEWORK = 'casusregisseur.wijkteam.schiedam@demo.mda.test';
const PROCESS = 'procesregisseur.zvh@demo.mda.test';
const PRIVACY = 'fg.gemeente@demo.mda.test';
const OUTSIDE_ORGANISATIONS = [
  'Wijkteam Schiedam',
  'Gemeente Rotterdam',
  'Zorg- en Veiligheidshuis Rotterdam-Rijnmond',
];

interface Fixture {
  caseId: string;
  reference: string;
  personId: string;
  goalId: string;
  actionId: string;
  measureId: string;
  safetyItemId: string;
  pictureId: string;
  membershipId: string;
  organisationId: string;
  directorUserId: string;
  teamUserId: string;
  assignmentId: string;
  escalationId: string;
  grantId: string;
  erasureRequestId: string;
  reportId: string;
  reportPersonId: string;
  /** A table of the target case's team (Wijkteam Schiedam sits at it, ZVH does not), its meeting and the case's item. */
  seriesId: string;
  meetingId: string;
  meetingItemId: string;
}
type IdSource = keyof Fixture;

/**
 * How to get a valid id of ANOTHER team's object for every id-taking operation: who calls it,
 * which fixture id goes in which argument, the documented refusal, and values that make the
 * input otherwise well-formed. `FILTERED`: a list filter that answers without the other
 * team's records instead of refusing.
 */
interface Entry {
  as: string;
  ids: Record<string, IdSource>;
  expect: 'NOT_FOUND' | 'FORBIDDEN' | 'FILTERED';
  values?: Record<string, unknown>;
}
const TABLE: Record<string, Entry> = {
  // Queries
  case: { as: CASEWORK, ids: { id: 'caseId' }, expect: 'NOT_FOUND' },
  caseDirection: { as: CASEWORK, ids: { caseId: 'caseId' }, expect: 'NOT_FOUND' },
  escalation: { as: PROCESS, ids: { id: 'escalationId' }, expect: 'NOT_FOUND' },
  intakeReport: { as: CASEWORK, ids: { id: 'reportId' }, expect: 'NOT_FOUND' },
  plan: { as: CASEWORK, ids: { caseId: 'caseId' }, expect: 'NOT_FOUND' },
  planAssignees: { as: CASEWORK, ids: { caseId: 'caseId', organisationId: 'organisationId' }, expect: 'NOT_FOUND' },
  planVersion: { as: CASEWORK, ids: { caseId: 'caseId' }, expect: 'NOT_FOUND', values: { number: 1 } },
  planVersionDiff: { as: CASEWORK, ids: { caseId: 'caseId' }, expect: 'NOT_FOUND', values: { from: 1 } },
  cases: { as: CASEWORK, ids: { 'filter.caseDirectorId': 'directorUserId' }, expect: 'FILTERED' },
  auditLog: {
    as: PRIVACY,
    ids: { 'filter.personId': 'personId', 'filter.userId': 'directorUserId' },
    expect: 'FILTERED',
  },
  // Mutations on the case and its team
  transitionCase: {
    as: CASEWORK,
    ids: { 'input.caseId': 'caseId' },
    expect: 'NOT_FOUND',
    values: { input: { to: 'MONITORING', expectedVersion: 1 } },
  },
  addTeamMember: {
    as: CASEWORK,
    ids: { 'input.caseId': 'caseId', 'input.organisationId': 'organisationId' },
    expect: 'NOT_FOUND',
  },
  endTeamMembership: { as: CASEWORK, ids: { 'input.membershipId': 'membershipId' }, expect: 'NOT_FOUND' },
  recordCaseEntry: {
    as: CASEWORK,
    ids: { 'input.caseId': 'caseId', 'input.concerns': 'personId' },
    expect: 'NOT_FOUND',
    values: { input: { category: 'PLAN' } },
  },
  updatePersonDetails: {
    as: CASEWORK,
    ids: { 'input.caseId': 'caseId', 'input.personId': 'personId' },
    expect: 'NOT_FOUND',
    values: { input: { phone: '06-12345678' } },
  },
  recordSafetyScore: {
    as: CASEWORK,
    ids: { 'input.caseId': 'caseId' },
    expect: 'NOT_FOUND',
    values: { input: { score: 5, scoredBy: 'FAMILY' } },
  },
  recordHouseholdReport: { as: CASEWORK, ids: { 'input.caseId': 'caseId' }, expect: 'NOT_FOUND' },
  // The plan
  startPlan: { as: CASEWORK, ids: { 'input.caseId': 'caseId' }, expect: 'NOT_FOUND' },
  setPlanFirstMeeting: { as: CASEWORK, ids: { 'input.caseId': 'caseId' }, expect: 'NOT_FOUND' },
  proposePlan: { as: CASEWORK, ids: { 'input.caseId': 'caseId' }, expect: 'NOT_FOUND' },
  signOffPlan: {
    as: CASEWORK,
    ids: { 'input.caseId': 'caseId' },
    expect: 'NOT_FOUND',
    values: { input: { decision: 'AGREE' } },
  },
  addGoal: { as: CASEWORK, ids: { 'input.caseId': 'caseId', 'input.concerns': 'personId' }, expect: 'NOT_FOUND' },
  updateGoal: { as: CASEWORK, ids: { 'input.id': 'goalId' }, expect: 'NOT_FOUND' },
  addAction: {
    as: CASEWORK,
    ids: {
      'input.goalId': 'goalId',
      'input.ownerOrganisationId': 'organisationId',
      'input.assigneeUserId': 'teamUserId',
    },
    expect: 'NOT_FOUND',
  },
  updateAction: { as: CASEWORK, ids: { 'input.id': 'actionId' }, expect: 'NOT_FOUND' },
  addCoerciveMeasure: {
    as: CASEWORK,
    ids: { 'input.caseId': 'caseId', 'input.concerns': 'personId' },
    expect: 'NOT_FOUND',
  },
  updateCoerciveMeasure: { as: CASEWORK, ids: { 'input.id': 'measureId' }, expect: 'NOT_FOUND' },
  addSafetyPlanItem: {
    as: CASEWORK,
    ids: { 'input.caseId': 'caseId', 'input.concerns': 'personId' },
    expect: 'NOT_FOUND',
  },
  updateSafetyPlanItem: { as: CASEWORK, ids: { 'input.id': 'safetyItemId' }, expect: 'NOT_FOUND' },
  addPictureEntry: { as: CASEWORK, ids: { 'input.caseId': 'caseId' }, expect: 'NOT_FOUND' },
  updatePictureEntry: { as: CASEWORK, ids: { 'input.id': 'pictureId' }, expect: 'NOT_FOUND' },
  addPlanNote: { as: CASEWORK, ids: { 'input.elementId': 'goalId' }, expect: 'NOT_FOUND' },
  removePlanElement: { as: CASEWORK, ids: { 'input.id': 'actionId' }, expect: 'NOT_FOUND' },
  // Direction and escalation: a process director of an organisation not on the team
  proposeDirector: {
    as: PROCESS,
    ids: { 'input.caseId': 'caseId', 'input.userId': 'teamUserId' },
    expect: 'NOT_FOUND',
    values: { input: { kind: 'CASE_DIRECTOR' } },
  },
  acceptDirectorAssignment: { as: CASEWORK, ids: { 'input.assignmentId': 'assignmentId' }, expect: 'NOT_FOUND' },
  declineDirectorAssignment: {
    as: CASEWORK,
    ids: { 'input.assignmentId': 'assignmentId' },
    expect: 'NOT_FOUND',
    values: { input: { reason: 'Geen capaciteit deze maand.' } },
  },
  endDirectorAssignment: {
    as: PROCESS,
    ids: { 'input.assignmentId': 'assignmentId' },
    expect: 'NOT_FOUND',
    values: { input: { reason: 'Beëindigd door hostile test.' } },
  },
  setWaitingListContact: { as: PROCESS, ids: { caseId: 'caseId', contactUserId: 'teamUserId' }, expect: 'NOT_FOUND' },
  raiseEscalation: { as: CASEWORK, ids: { 'input.caseId': 'caseId' }, expect: 'NOT_FOUND' },
  decideEscalation: { as: PROCESS, ids: { 'input.escalationId': 'escalationId' }, expect: 'NOT_FOUND' },
  deEscalate: { as: PROCESS, ids: { 'input.escalationId': 'escalationId' }, expect: 'NOT_FOUND' },
  withdrawEscalation: { as: PROCESS, ids: { 'input.escalationId': 'escalationId' }, expect: 'NOT_FOUND' },
  // Intake (Veilig Thuis only): a local team
  screenIntakeReport: { as: CASEWORK, ids: { 'input.reportId': 'reportId' }, expect: 'NOT_FOUND' },
  saveAssessment: { as: CASEWORK, ids: { 'input.reportId': 'reportId' }, expect: 'NOT_FOUND' },
  decideIntakeReport: { as: CASEWORK, ids: { 'input.reportId': 'reportId' }, expect: 'NOT_FOUND' },
  confirmMatch: {
    as: CASEWORK,
    ids: { 'input.reportPersonId': 'reportPersonId', 'input.candidatePersonId': 'personId' },
    expect: 'NOT_FOUND',
  },
  rejectMatch: {
    as: CASEWORK,
    ids: { 'input.reportPersonId': 'reportPersonId', 'input.candidatePersonId': 'personId' },
    expect: 'NOT_FOUND',
  },
  // Privacy: the municipality's privacy officer, whose organisation is not on the case
  dataSubjectExport: { as: PRIVACY, ids: { personId: 'personId' }, expect: 'NOT_FOUND' },
  // Only the coordinating privacy officer requests an erasure, only its requester withdraws it: refused by role.
  requestErasure: { as: PRIVACY, ids: { personId: 'personId' }, expect: 'FORBIDDEN' },
  approveErasure: { as: PRIVACY, ids: { requestId: 'erasureRequestId' }, expect: 'NOT_FOUND' },
  withdrawErasure: { as: PRIVACY, ids: { requestId: 'erasureRequestId' }, expect: 'FORBIDDEN' },
  reviewBreakGlass: {
    as: PRIVACY,
    ids: { 'input.grantId': 'grantId' },
    expect: 'NOT_FOUND',
    values: { input: { decision: 'APPROVED' } },
  },
  // The MDO (docs/meetings.md). ZVH's process director: a process director, but its organisation
  // sits at no table of this meeting and on no team of the case: the meeting does not exist for it.
  meeting: { as: PROCESS, ids: { id: 'meetingId' }, expect: 'NOT_FOUND' },
  planMeeting: {
    as: PROCESS,
    ids: { 'input.seriesId': 'seriesId' },
    expect: 'NOT_FOUND',
    values: { input: { place: 'Zorg- en Veiligheidshuis, zaal 3' } },
  },
  addAgendaItem: {
    as: PROCESS,
    ids: { 'input.meetingId': 'meetingId', 'input.caseId': 'caseId' },
    expect: 'NOT_FOUND',
  },
  recordAttendance: {
    as: PROCESS,
    ids: {
      'input.meetingId': 'meetingId',
      'input.itemId': 'meetingItemId',
      'input.organisationId': 'organisationId',
      'input.userId': 'teamUserId',
    },
    expect: 'NOT_FOUND',
  },
  startMeeting: { as: PROCESS, ids: { meetingId: 'meetingId' }, expect: 'NOT_FOUND' },
  moveToItem: {
    as: PROCESS,
    ids: { 'input.meetingId': 'meetingId', 'input.itemId': 'meetingItemId' },
    expect: 'NOT_FOUND',
  },
  markMeetingHeld: { as: PROCESS, ids: { meetingId: 'meetingId' }, expect: 'NOT_FOUND' },
  agreeMinutes: { as: PROCESS, ids: { meetingId: 'meetingId' }, expect: 'NOT_FOUND' },
  meetingLive: { as: PROCESS, ids: { meetingId: 'meetingId' }, expect: 'NOT_FOUND' },
  // Wijkteam Schiedam sits at the table but is not on the case team: the item's content does not exist for it.
  saveItemForm: {
    as: CASEWORK,
    ids: { 'input.itemId': 'meetingItemId' },
    expect: 'NOT_FOUND',
    values: { input: { question: 'Overschreven door een organisatie buiten het casusteam.' } },
  },
  addItemContribution: {
    as: CASEWORK,
    ids: { 'input.itemId': 'meetingItemId' },
    expect: 'NOT_FOUND',
    values: { input: { kind: 'DISSENT', body: 'Afwijkende mening van buiten het casusteam.' } },
  },
  recordDecision: {
    as: CASEWORK,
    ids: {
      'input.itemId': 'meetingItemId',
      'input.action.goalId': 'goalId',
      'input.action.ownerOrganisationId': 'organisationId',
      'input.action.assigneeUserId': 'teamUserId',
    },
    expect: 'NOT_FOUND',
    values: {
      input: { text: 'Besluit van buiten het casusteam.', action: { dueOn: new Date().toISOString().slice(0, 10) } },
    },
  },
  // Only a process director sets up a table: refused by role (the ids are organisations, not another team's objects).
  createMeetingSeries: {
    as: CASEWORK,
    ids: { 'input.memberOrganisationIds': 'organisationId' },
    expect: 'FORBIDDEN',
    values: { input: { name: 'Eigen casustafel', rhythm: 'elke maandag' } },
  },
  // Live
  caseActivity: { as: CASEWORK, ids: { caseId: 'caseId' }, expect: 'NOT_FOUND' },
};

const MISSING = Symbol('missing id');
const TODAY = new Date().toISOString().slice(0, 10);

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
