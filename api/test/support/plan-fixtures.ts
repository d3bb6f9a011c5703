import type { Platform } from './platform.js';
import { ApiClient, PERSONAS } from './graphql-client.js';
import { activeMembershipSql, nlDaysFromToday } from './nl-today.js';

export { nlDaysFromToday };

/** Queries and helpers shared by the plan tests. */
export const PLAN = `query ($caseId: ID!) { plan(caseId: $caseId) {
  id status version firstMeetingOn agreedVersionNumber nextVersionNumber
  viewerCan { edit propose signOff justify }
  workingCopy {
    picture { id lifeDomain category text version redactedFields authorOrganisation { type } }
    goals { id phase lifeDomain description measurableEnd concerns interventionKind version redactedFields
      contraIndicationJustification { text recordedBy { name } }
      actions { id goalId description ownerOrganisation { id type } dueOn status cancellationReason overdue version redactedFields
        history { change changedBy { name organisation { type } } fields { field from to } } } }
    safetyPlan { id kind category text version redactedFields }
    measures { id kind category startsOn endsOn clock { daysLeft extendableUntil } version redactedFields }
  }
  notes { id elementId category audience body redactedFields }
  versions { number status signOffs { organisation { type } decision reason } pendingOrganisations { id type } }
} }`;

export interface ActionView {
  id: string;
  goalId: string;
  description: string | null;
  ownerOrganisation: { id: string; type: string } | null;
  dueOn: string | null;
  status: string | null;
  cancellationReason: string | null;
  overdue: boolean;
  version: number;
  redactedFields: string[];
  history: {
    change: string;
    changedBy: { name: string | null; organisation: { type: string } | null };
    fields: { field: string; from: string | null; to: string | null }[];
  }[];
}
export interface GoalView {
  id: string;
  phase: string | null;
  description: string | null;
  version: number;
  interventionKind: string | null;
  contraIndicationJustification: { text: string; recordedBy: { name: string | null } } | null;
  actions: ActionView[];
  redactedFields: string[];
}
export interface PlanView {
  plan: {
    id: string;
    status: string;
    version: number;
    firstMeetingOn: string | null;
    agreedVersionNumber: number | null;
    nextVersionNumber: number;
    viewerCan: { edit: boolean; propose: boolean; signOff: boolean; justify: boolean };
    workingCopy: {
      picture: { id: string; category: string; text: string | null; version: number; redactedFields: string[] }[];
      goals: GoalView[];
      safetyPlan: {
        id: string;
        kind: string;
        category: string;
        text: string | null;
        version: number;
        redactedFields: string[];
      }[];
      measures: {
        id: string;
        kind: string | null;
        category: string;
        startsOn: string | null;
        endsOn: string | null;
        clock: { daysLeft: number | null; extendableUntil: string | null } | null;
        version: number;
        redactedFields: string[];
      }[];
    };
    notes: {
      id: string;
      elementId: string;
      category: string;
      audience: string[];
      body: string | null;
      redactedFields: string[];
    }[];
    versions: {
      number: number;
      status: string;
      signOffs: { organisation: { type: string }; decision: string; reason: string | null }[];
      pendingOrganisations: { id: string; type: string }[];
    }[];
  } | null;
}

export const ADD_GOAL = 'mutation ($i: AddGoalInput!) { addGoal(input: $i) { id version phase redactedFields } }';
export const UPDATE_GOAL = 'mutation ($i: UpdateGoalInput!) { updateGoal(input: $i) { id version description } }';
export const ADD_ACTION =
  'mutation ($i: AddActionInput!) { addAction(input: $i) { id version status ownerOrganisation { type } } }';
export const UPDATE_ACTION =
  'mutation ($i: UpdateActionInput!) { updateAction(input: $i) { id version status description } }';
export const ADD_MEASURE =
  'mutation ($i: AddCoerciveMeasureInput!) { addCoerciveMeasure(input: $i) { id kind category endsOn version clock { extendableUntil } } }';
export const ADD_SAFETY =
  'mutation ($i: AddSafetyPlanItemInput!) { addSafetyPlanItem(input: $i) { id kind category text version } }';
export const ADD_PICTURE =
  'mutation ($i: AddPictureEntryInput!) { addPictureEntry(input: $i) { id category text version } }';
export const PROPOSE =
  'mutation ($i: ProposePlanInput!) { proposePlan(input: $i) { status version nextVersionNumber } }';
export const SIGN_OFF =
  'mutation ($i: SignOffPlanInput!) { signOffPlan(input: $i) { status version agreedVersionNumber } }';
export const ADD_NOTE = 'mutation ($i: AddPlanNoteInput!) { addPlanNote(input: $i) { id category audience body } }';
export const REMOVE =
  'mutation ($i: RemovePlanElementInput!) { removePlanElement(input: $i) { id removedIds plan { version } } }';
export const SET_PURPOSE = 'mutation ($p: Purpose) { setPurpose(purpose: $p) { purpose } }';

export interface PlanCase {
  caseId: string;
  reference: string;
  director: string;
  personIds: string[];
  /** Active team organisations: id, type and a casework persona of it. */
  team: { organisationId: string; type: string; email: string }[];
}

/** An ACTIVE case without a plan, with an accepted case director, matching a profile and team types. */
export async function planCase(
  platform: Platform,
  opts: { profile?: string[]; teamTypes?: string[]; director?: string; skip?: number; allowPlan?: boolean } = {},
): Promise<PlanCase> {
  const rows = await platform.sql<{ id: string; reference: string; director: string }>(
    `select c.id, c.reference, u.email as director
       from case_file c
       join director_assignment d on d.case_id = c.id and d.kind = 'CASE_DIRECTOR' and d.status = 'ACCEPTED'
       join app_user u on u.id = d.user_id
      where c.status = 'ACTIVE' and not exists (select 1 from plan p where p.case_id = c.id ${opts.allowPlan ? "and p.status = 'PROPOSED'" : ''})
        ${opts.profile ? `and c.profile in (${opts.profile.map(() => '?').join(',')})` : ''}
        ${opts.director ? 'and u.email = ?' : ''}
        ${(opts.teamTypes ?? []).map(() => `and exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = c.id and o.type = ? and ${activeMembershipSql()})`).join(' ')}
      order by c.reference offset ${opts.skip ?? 0} limit 1`,
    [...(opts.profile ?? []), ...(opts.director ? [opts.director] : []), ...(opts.teamTypes ?? [])],
  );
  const row = rows[0];
  if (!row) throw new Error(`demo data has no case for ${JSON.stringify(opts)}`);
  const team = await platform.sql<{ organisation_id: string; type: string }>(
    `select distinct o.id as organisation_id, o.type from case_team_membership m join organisation o on o.id = m.organisation_id
      where m.case_id = ? and ${activeMembershipSql()}`,
    [row.id],
  );
  // Only users a test can log in as (personas.json): seeded extras (e.g. demo intake staff) are not personas.
  const users = (
    await platform.sql<{ email: string; organisation_id: string; roles: string[] }>(
      'select email, organisation_id, roles from app_user',
    )
  ).filter((u) => PERSONAS.some((p) => p.email === u.email));
  const personIds = await platform.sql<{ person_id: string }>(
    'select hm.person_id from household_member hm join case_file c on c.household_id = hm.household_id where c.id = ? order by hm.person_id',
    [row.id],
  );
  return {
    caseId: row.id,
    reference: row.reference,
    director: row.director,
    personIds: personIds.map((p) => p.person_id),
    team: team.map((t) => {
      const user =
        users.find((u) => u.organisation_id === t.organisation_id && u.roles.includes('PROFESSIONAL')) ??
        users.find(
          (u) =>
            u.organisation_id === t.organisation_id &&
            !u.roles.includes('PRIVACY_OFFICER') &&
            !u.roles.includes('ADMIN'),
        );
      if (!user || !PERSONAS.some((p) => p.email === user.email)) throw new Error(`no persona for ${t.type}`);
      return { organisationId: t.organisation_id, type: t.type, email: user.email };
    }),
  };
}

export async function clientFor(
  platform: Platform,
  email: string,
  purpose: string | null = 'PLAN_EXECUTION',
): Promise<ApiClient> {
  const client = await new ApiClient(platform.baseUrl).loginAs(email);
  if (purpose) await client.ok(SET_PURPOSE, { p: purpose });
  return client;
}

/** A draft plan element pair on case `c`: a goal and one action under it, written by `author`. */
export async function draftWithGoalAndAction(
  c: PlanCase,
  author: ApiClient,
): Promise<{ goalId: string; actionId: string }> {
  const goal = await author.ok<{ addGoal: { id: string } }>(ADD_GOAL, {
    i: {
      caseId: c.caseId,
      phase: 'DIRECT_SAFETY',
      lifeDomain: 'SAFETY',
      concerns: [c.personIds[0]],
      description: 'Moeder en kinderen zijn veilig thuis',
      measurableEnd: 'Geen nieuwe incidenten gemeld gedurende drie maanden',
    },
  });
  const owner = c.team.find((t) => t.type === 'SAFE_HOME') ?? c.team[0]!;
  const action = await author.ok<{ addAction: { id: string } }>(ADD_ACTION, {
    i: {
      goalId: goal.addGoal.id,
      description: 'Veiligheidsplan opstellen met moeder',
      ownerOrganisationId: owner.organisationId,
      dueOn: nlDaysFromToday(7),
    },
  });
  return { goalId: goal.addGoal.id, actionId: action.addAction.id };
}
