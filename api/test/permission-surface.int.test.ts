import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient, PERSONAS, codeOf } from './support/graphql-client.js';

/**
 * The permission surface: what every persona gets from every query and mutation, and which
 * fields are withheld from it, on one richly staffed demo case. The snapshot is committed
 * and reviewed as a permission change whenever it moves: never refresh it blindly.
 */
let platform: Platform;
let sample: { caseId: string; version: number; membershipId: string; personId: string };
beforeAll(async () => {
  platform = await startPlatform();
  const [row] = await platform.orm.em
    .fork()
    .getConnection()
    .execute<{ id: string; version: number; membership_id: string; person_id: string }[]>(
      `select c.id, c.version,
            (select m.id from case_team_membership m where m.case_id = c.id and m.ended_at is null and m.valid_until is null order by m.valid_from, m.id limit 1) as membership_id,
            (select hm.person_id from household_member hm where hm.household_id = c.household_id order by hm.id limit 1) as person_id
       from case_file c
      where c.status = 'ACTIVE'
        and exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = c.id and o.name = 'Wijkteam Rotterdam-Zuid')
        and exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = c.id and o.type = 'POLICE' and m.valid_until is null)
        and exists (select 1 from case_entry e where e.case_id = c.id and e.category = 'HEALTH')
      order by (select count(*) from case_team_membership m where m.case_id = c.id and m.valid_until is null) desc, c.reference
      limit 1`,
    );
  sample = { caseId: row!.id, version: row!.version, membershipId: row!.membership_id, personId: row!.person_id };
});
afterAll(async () => {
  await platform?.stop();
});

const operations = (): Record<string, [string, Record<string, unknown>]> => ({
  'query me': ['{ me { id } }', {}],
  'query organisations': ['{ organisations { id } }', {}],
  'query municipalities': ['{ municipalities { code } }', {}],
  'query cases': ['{ cases(first: 1) { totalCount } }', {}],
  'query case (sample)': ['query ($id: ID!) { case(id: $id) { id } }', { id: sample.caseId }],
  'query searchCases': ['{ searchCases(text: "MDA-2026-000001") { truncated } }', {}],
  'mutation setPurpose': ['mutation { setPurpose(purpose: PLAN_EXECUTION) { id } }', {}],
  // Each mutation below is sent with one deliberately invalid value: an actor who may act
  // gets BAD_USER_INPUT or CONFLICT, one who may not gets FORBIDDEN or NOT_FOUND; nothing changes.
  'mutation createCase': [
    'mutation ($i: CreateCaseInput!) { createCase(input: $i) { id } }',
    {
      i: {
        municipality: 'NOWHERE',
        profile: 'CHILD_ABUSE',
        purpose: 'Test',
        legalBasis: { kind: 'COVENANT', article: 'Convenant art. 7' },
        members: [],
      },
    },
  ],
  'mutation transitionCase': [
    'mutation ($i: TransitionCaseInput!) { transitionCase(input: $i) { id } }',
    { i: { caseId: sample.caseId, to: 'MONITORING', expectedVersion: -1 } },
  ],
  'mutation addTeamMember': [
    'mutation ($i: AddTeamMemberInput!) { addTeamMember(input: $i) { id } }',
    {
      i: {
        caseId: sample.caseId,
        organisationId: '00000000-0000-4000-8000-000000000000',
        legalBasis: { kind: 'COVENANT', article: 'Convenant art. 7' },
        purpose: 'Test',
        validFrom: '2000-01-01',
      },
    },
  ],
  'mutation endTeamMembership': [
    'mutation ($i: EndTeamMembershipInput!) { endTeamMembership(input: $i) { id } }',
    { i: { membershipId: sample.membershipId, endDate: '1999-01-01' } },
  ],
  'mutation recordCaseEntry PLAN': [
    'mutation ($i: RecordCaseEntryInput!) { recordCaseEntry(input: $i) { id } }',
    { i: { caseId: sample.caseId, category: 'PLAN', title: '', body: 'x', concerns: [sample.personId] } },
  ],
  'mutation recordCaseEntry HEALTH': [
    'mutation ($i: RecordCaseEntryInput!) { recordCaseEntry(input: $i) { id } }',
    { i: { caseId: sample.caseId, category: 'HEALTH', title: '', body: 'x', concerns: [sample.personId] } },
  ],
  'mutation requestBreakGlass': [
    'mutation { requestBreakGlass(caseReference: "MDA-2026-000001", reason: "kort") { id } }',
    {},
  ],
  'query breakGlassReviews': ['{ breakGlassReviews { id } }', {}],
  'mutation reviewBreakGlass': [
    'mutation ($i: ReviewBreakGlassInput!) { reviewBreakGlass(input: $i) { id } }',
    { i: { grantId: '00000000-0000-4000-8000-000000000000', decision: 'APPROVED' } },
  ],
  'query notifications': ['{ notifications { id } }', {}],
  'query myNotificationPreferences': ['{ myNotificationPreferences { kind } }', {}],
  'mutation setNotificationPreference (urgent off)': [
    'mutation { setNotificationPreference(kind: "BREAK_GLASS", delivery: OFF) { kind } }',
    {},
  ],
  'query failedMails': ['{ failedMails { id kind attempts lastError } }', {}],
  'mutation retryFailedMail (no such mail)': [
    'mutation { retryFailedMail(id: "00000000-0000-4000-8000-000000000000") { id } }',
    {},
  ],
  'query plan (sample)': [
    'query ($id: ID!) { plan(caseId: $id) { status workingCopy { goals { description redactedFields } safetyPlan { kind redactedFields } measures { category redactedFields } } } }',
    { id: sample.caseId },
  ],
  'mutation addGoal (no phase)': [
    'mutation ($i: AddGoalInput!) { addGoal(input: $i) { id } }',
    {
      i: {
        caseId: sample.caseId,
        lifeDomain: 'SAFETY',
        concerns: [sample.personId],
        description: 'x',
        measurableEnd: 'x',
      },
    },
  ],
  'mutation proposePlan (stale)': [
    'mutation ($i: ProposePlanInput!) { proposePlan(input: $i) { status } }',
    { i: { caseId: sample.caseId, expectedVersion: -1 } },
  ],
  'query auditLog': ['{ auditLog(first: 1) { nextBefore } }', {}],
  'query auditLogUsers': ['{ auditLogUsers(name: "de") { id } }', {}],
  'query auditAnomalies': ['{ auditAnomalies(days: 1) { kind } }', {}],
  'mutation requestErasure': [
    'mutation { requestErasure(personId: "00000000-0000-4000-8000-000000000000", note: "x") { outcome } }',
    {},
  ],
  'mutation dataSubjectExport': [
    'mutation { dataSubjectExport(personId: "00000000-0000-4000-8000-000000000000") { generatedAt } }',
    {},
  ],
  'mutation dataSubjectExport (sample person)': [
    'mutation ($id: ID!) { dataSubjectExport(personId: $id) { generatedAt } }',
    { id: sample.personId },
  ],
  'query pendingErasureRequests': ['{ pendingErasureRequests { id } }', {}],
  'mutation approveErasure': [
    'mutation { approveErasure(requestId: "00000000-0000-4000-8000-000000000000") { outcome } }',
    {},
  ],
  'mutation withdrawErasure': [
    'mutation { withdrawErasure(requestId: "00000000-0000-4000-8000-000000000000") { status } }',
    {},
  ],
  'query waitingList': ['{ waitingList { caseId } }', {}],
  'query workload': ['{ workload { userId } }', {}],
  'query caseDirection (sample)': ['query ($id: ID!) { caseDirection(caseId: $id) { id } }', { id: sample.caseId }],
  'query myDirectorAssignments': ['{ myDirectorAssignments { id } }', {}],
  'query myEscalations': ['{ myEscalations { id } }', {}],
  'query figures': [
    'query ($i: FiguresInput!) { figures(input: $i) { indicator periods { rows { municipality } } } }',
    { i: { indicator: 'REPORTS', granularity: 'QUARTER', from: '2026-Q1', to: '2026-Q1' } },
  ],
  'mutation proposeDirector': [
    'mutation ($i: ProposeDirectorInput!) { proposeDirector(input: $i) { id } }',
    { i: { caseId: sample.caseId, userId: '00000000-0000-4000-8000-000000000000', kind: 'CASE_DIRECTOR' } },
  ],
  'mutation acceptDirectorAssignment': [
    'mutation ($i: AnswerDirectorAssignmentInput!) { acceptDirectorAssignment(input: $i) { id } }',
    { i: { assignmentId: '00000000-0000-4000-8000-000000000000', expectedVersion: 1 } },
  ],
  'mutation raiseEscalation': [
    'mutation ($i: RaiseEscalationInput!) { raiseEscalation(input: $i) { id } }',
    { i: { caseId: sample.caseId, reason: '', decisionAsked: '' } },
  ],
  'mutation decideEscalation': [
    'mutation ($i: CloseEscalationInput!) { decideEscalation(input: $i) { id } }',
    { i: { escalationId: '00000000-0000-4000-8000-000000000000', expectedVersion: 1, text: 'x' } },
  ],
  'mutation recordSafetyScore': [
    'mutation ($i: RecordSafetyScoreInput!) { recordSafetyScore(input: $i) { id } }',
    { i: { caseId: sample.caseId, score: 11, scoredBy: 'FAMILY', scoredOn: '1999-01-01' } },
  ],
  'mutation recordHouseholdReport': [
    'mutation ($i: RecordHouseholdReportInput!) { recordHouseholdReport(input: $i) { id } }',
    { i: { caseId: sample.caseId, receivedOn: '1999-01-01', source: 'POLICE', acute: false } },
  ],
  'mutation updatePersonDetails shelterAddress': [
    'mutation ($i: UpdatePersonDetailsInput!) { updatePersonDetails(input: $i) { id } }',
    { i: { caseId: sample.caseId, personId: sample.personId, shelterAddress: 'x'.repeat(301) } },
  ],
  'query intakeDesk': ['{ intakeDesk { id } }', {}],
  'mutation recordIntakeReport (no persons)': [
    'mutation ($i: RecordIntakeReportInput!) { recordIntakeReport(input: $i) { id } }',
    {
      i: {
        kind: 'REPORT',
        receivedAt: '2026-12-01T10:00:00Z',
        municipality: 'ROTTERDAM',
        reporterKind: 'ANONYMOUS',
        violenceNatures: ['PHYSICAL'],
        injury: false,
        persons: [],
      },
    },
  ],
  'query case involvements (sample)': [
    'query ($id: ID!) { case(id: $id) { involvements { organisationName contactPoint } } }',
    { id: sample.caseId },
  ],
  'query myInvolvements': ['{ myInvolvements { id } }', {}],
  'query myMeetings': ['{ myMeetings { id } }', {}],
  'query case meetingHistory (sample)': [
    'query ($id: ID!) { case(id: $id) { meetingHistory { id } } }',
    { id: sample.caseId },
  ],
  'mutation createMeetingSeries (no name)': [
    'mutation ($i: CreateMeetingSeriesInput!) { createMeetingSeries(input: $i) { id } }',
    { i: { name: '', rhythm: 'wekelijks', memberOrganisationIds: [] } },
  ],
  'mutation addAgendaItem (unknown meeting)': [
    'mutation ($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { id } }',
    { i: { meetingId: '00000000-0000-4000-8000-000000000000', caseId: sample.caseId } },
  ],
  'mutation registerInvolvement (bad BSN)': [
    'mutation ($i: RegisterInvolvementInput!) { registerInvolvement(input: $i) { id } }',
    {
      i: {
        bsn: '123456789',
        basisKind: 'COVENANT',
        basisDetail: 'Convenant art. 5',
        contactPoint: 'Loket 010-1234567',
        validFrom: '2026-12-01',
      },
    },
  ],
  'mutation endInvolvement (unknown registration)': [
    'mutation ($id: ID!) { endInvolvement(id: $id) { id } }',
    { id: '00000000-0000-4000-8000-000000000000' },
  ],
});

const FIELDS = `query ($id: ID!) { case(id: $id) {
  household { members { person { redactedFields } } }
  entries { category redactedFields }
} }`;

describe('permission surface', () => {
  it('matches the reviewed snapshot for every persona', async () => {
    const surface: Record<string, Record<string, string>> = {};
    for (const p of [{ email: 'anonymous' }, ...PERSONAS]) {
      const client = new ApiClient(platform.baseUrl);
      if (p.email !== 'anonymous') await client.loginAs(p.email);
      const row: Record<string, string> = {};
      for (const [name, [query, variables]] of Object.entries(operations())) {
        const result = await client.request(query, variables);
        row[name] = result.errors ? (codeOf(result.errors) ?? 'ERROR') : 'OK';
      }
      // Field level, with a declared purpose where the persona may declare one.
      const view = await client.request<{
        case: {
          household: { members: { person: { redactedFields: string[] } }[] };
          entries: { category: string; redactedFields: string[] }[];
        };
      }>(FIELDS, { id: sample.caseId });
      if (view.data) {
        const personRedacted = [
          ...new Set(view.data.case.household.members.flatMap((m) => m.person.redactedFields)),
        ].sort();
        row['fields Person withheld'] = personRedacted.join(',') || '(none)';
        const byCategory = new Map<string, boolean>();
        for (const e of view.data.case.entries)
          byCategory.set(e.category, (byCategory.get(e.category) ?? false) || e.redactedFields.length === 0);
        row['entries readable'] =
          [...byCategory]
            .filter(([, readable]) => readable)
            .map(([c]) => c)
            .sort()
            .join(',') || '(none)';
        row['entries withheld'] =
          [...byCategory]
            .filter(([, readable]) => !readable)
            .map(([c]) => c)
            .sort()
            .join(',') || '(none)';
      } else {
        row['fields'] = codeOf(view.errors) ?? 'ERROR';
      }
      surface[p.email] = row;
    }
    await expect(`${JSON.stringify(surface, null, 2)}\n`).toMatchFileSnapshot(
      './__snapshots__/permission-surface.json',
    );
    // About 1,000 requests as 25 personas on a shared machine: room beyond the default minute.
  }, 240_000);
});
