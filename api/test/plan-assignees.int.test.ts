import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { codeOf, PERSONAS } from './support/graphql-client.js';
import {
  ADD_ACTION,
  ADD_GOAL,
  ADD_PICTURE,
  clientFor,
  nlDaysFromToday,
  planCase,
  REMOVE,
  UPDATE_ACTION,
} from './support/plan-fixtures.js';

/**
 * Choosing who carries out an action: the plan editor lists the active casework users of the
 * owning organisation, and the API refuses an assignee who is not one of them.
 */
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(async () => {
  await platform?.stop();
});

const sql = <T>(text: string, params: unknown[] = []) => platform.sql<T>(text, params);
const ASSIGNEES = 'query ($c: ID!, $o: ID!) { planAssignees(caseId: $c, organisationId: $o) { id displayName } }';
const ACTION_ASSIGNEE =
  'mutation ($i: AddActionInput!) { addAction(input: $i) { id version assigneeUserId assigneeName } }';

/** A colleague of the organisation in the given state (the demo data has one casework user per organisation). */
async function colleague(organisationId: string, tag: string, roles: string[], active: boolean): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `insert into app_user (id, email, display_name, password_hash, organisation_id, roles, active) values (gen_random_uuid(), ?, ?, 'x', ?, ?, ?) returning id`,
    [`${tag}-${organisationId.slice(0, 8)}@mda.test`, `Collega ${tag}`, organisationId, `{${roles.join(',')}}`, active],
  );
  return row!.id;
}

interface Assignee {
  id: string;
  displayName: string;
}

describe('planAssignees: who of a team organisation can carry out an action', () => {
  it('lists exactly the active casework users of the organisation, by name, audited; refuses an organisation off the team and a case outside the teams', async () => {
    const c = await planCase(platform, { teamTypes: ['POLICE', 'SAFE_HOME'] });
    const safeHome = c.team.find((t) => t.type === 'SAFE_HOME')!;
    const police = c.team.find((t) => t.type === 'POLICE')!;
    const client = await clientFor(platform, safeHome.email);

    // Colleagues of the police: one who left (deactivated), one without casework (privacy officer), one active.
    const leaver = await colleague(police.organisationId, 'vertrokken', ['PROFESSIONAL'], false);
    const officer = await colleague(police.organisationId, 'privacy', ['PRIVACY_OFFICER'], true);
    const newcomer = await colleague(police.organisationId, 'nieuw', ['PROFESSIONAL'], true);

    const expected = await sql<Assignee>(
      `select id, display_name as "displayName" from app_user
        where organisation_id = ? and active and roles && array['PROFESSIONAL','CASE_DIRECTOR','PROCESS_DIRECTOR'] order by display_name, id`,
      [police.organisationId],
    );
    expect(expected.length).toBeGreaterThan(0);
    const listed = (
      await client.ok<{ planAssignees: Assignee[] }>(ASSIGNEES, { c: c.caseId, o: police.organisationId })
    ).planAssignees;
    expect(listed).toEqual(expected);
    expect(listed.map((a) => a.id)).not.toContain(leaver);
    expect(listed.map((a) => a.id)).not.toContain(officer);
    expect(listed).toContainEqual({ id: newcomer, displayName: 'Collega nieuw' });

    const audit = await sql<{ action: string; subject_id: string; reason: string; fields: string[] }>(
      `select action, subject_id, reason, fields from audit.event where case_id = ? and subject_type = 'PlanAssignee'`,
      [c.caseId],
    );
    expect(audit).toEqual([
      {
        action: 'SEARCH',
        subject_id: police.organisationId,
        reason: `results=${listed.length}`,
        fields: ['displayName'],
      },
    ]);

    // An organisation that is not on the case team.
    const [offTeam] = await sql<{ id: string }>(
      `select o.id from organisation o where not exists (select 1 from case_team_membership m where m.case_id = ? and m.organisation_id = o.id) limit 1`,
      [c.caseId],
    );
    const refused = await client.request(ASSIGNEES, { c: c.caseId, o: offTeam!.id });
    expect(codeOf(refused.errors)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.message).toContain('organisationId: kies een organisatie uit het casusteam');

    // A professional of an organisation outside the case team does not learn the case exists.
    const teamOrgs = await sql<{ organisation_id: string }>(
      'select organisation_id from case_team_membership where case_id = ?',
      [c.caseId],
    );
    const users = await sql<{ email: string; organisation_id: string; roles: string[] }>(
      'select email, organisation_id, roles from app_user',
    );
    const outsider = users.find(
      (u) =>
        u.roles.includes('PROFESSIONAL') &&
        !teamOrgs.some((t) => t.organisation_id === u.organisation_id) &&
        PERSONAS.some((p) => p.email === u.email),
    );
    expect(outsider).toBeDefined();
    const stranger = await clientFor(platform, outsider!.email);
    const hidden = await stranger.request(ASSIGNEES, { c: c.caseId, o: police.organisationId });
    expect(codeOf(hidden.errors)).toBe('NOT_FOUND');
    expect(hidden.data).toBeNull();
  });
});

describe('an assignee must be an active casework user of the owning organisation', () => {
  it("refuses another organisation's user and a deactivated one at assigneeUserId; stores a listed one and shows the name", async () => {
    const c = await planCase(platform, { teamTypes: ['POLICE', 'SAFE_HOME'], skip: 1 });
    const safeHome = c.team.find((t) => t.type === 'SAFE_HOME')!;
    const police = c.team.find((t) => t.type === 'POLICE')!;
    const client = await clientFor(platform, safeHome.email);
    const goal = await client.ok<{ addGoal: { id: string } }>(ADD_GOAL, {
      i: {
        caseId: c.caseId,
        phase: 'DIRECT_SAFETY',
        lifeDomain: 'SAFETY',
        concerns: [c.personIds[0]],
        description: 'Moeder en kinderen zijn veilig thuis',
        measurableEnd: 'Geen nieuwe incidenten gemeld gedurende drie maanden',
      },
    });
    const [policeUser] = await sql<{ id: string }>(
      `select id from app_user where organisation_id = ? and active and 'PROFESSIONAL' = any(roles) order by email limit 1`,
      [police.organisationId],
    );
    const [safeHomeUser] = await sql<{ id: string; display_name: string }>(
      'select id, display_name from app_user where email = ?',
      [safeHome.email],
    );
    const base = {
      goalId: goal.addGoal.id,
      description: 'Veiligheidsplan opstellen met moeder',
      ownerOrganisationId: safeHome.organisationId,
      dueOn: nlDaysFromToday(7),
    };
    const count = async () =>
      Number(
        (
          await sql<{ n: string }>(`select count(*) as n from plan_element where case_id = ? and kind = 'ACTION'`, [
            c.caseId,
          ])
        )[0]!.n,
      );

    const wrongOrg = await client.request(ADD_ACTION, { i: { ...base, assigneeUserId: policeUser!.id } });
    expect(codeOf(wrongOrg.errors)).toBe('BAD_USER_INPUT');
    expect(wrongOrg.errors![0]!.message).toContain(
      'assigneeUserId: de uitvoerder moet een medewerker van de eigenaar zijn',
    );

    const inactive = await colleague(safeHome.organisationId, 'oud', ['PROFESSIONAL'], false);
    const gone = await client.request(ADD_ACTION, { i: { ...base, assigneeUserId: inactive } });
    expect(codeOf(gone.errors)).toBe('BAD_USER_INPUT');
    expect(gone.errors![0]!.message).toContain(
      'assigneeUserId: de uitvoerder moet een actieve medewerker met casuswerk zijn',
    );
    expect(await count()).toBe(0);

    const listed = (
      await client.ok<{ planAssignees: Assignee[] }>(ASSIGNEES, { c: c.caseId, o: safeHome.organisationId })
    ).planAssignees;
    expect(listed.map((a) => a.id)).toContain(safeHomeUser!.id);
    const added = await client.ok<{
      addAction: { id: string; version: number; assigneeUserId: string; assigneeName: string };
    }>(ACTION_ASSIGNEE, { i: { ...base, assigneeUserId: safeHomeUser!.id } });
    expect(added.addAction).toMatchObject({
      assigneeUserId: safeHomeUser!.id,
      assigneeName: safeHomeUser!.display_name,
    });

    // Moving the action to the police without changing the assignee is refused at the field.
    const moved = await client.request(UPDATE_ACTION, {
      i: {
        id: added.addAction.id,
        expectedVersion: added.addAction.version,
        ownerOrganisationId: police.organisationId,
      },
    });
    expect(codeOf(moved.errors)).toBe('BAD_USER_INPUT');
    expect(moved.errors![0]!.message).toContain('assigneeUserId');
  });
});

describe("a picture entry stays its author organisation's own", () => {
  it('another organisation may neither change nor remove it; the author removes it', async () => {
    const c = await planCase(platform, { teamTypes: ['POLICE', 'SAFE_HOME'], skip: 2 });
    const safeHome = await clientFor(platform, c.team.find((t) => t.type === 'SAFE_HOME')!.email);
    const police = await clientFor(platform, c.team.find((t) => t.type === 'POLICE')!.email);
    const added = await safeHome.ok<{ addPictureEntry: { id: string; version: number } }>(ADD_PICTURE, {
      i: { caseId: c.caseId, lifeDomain: 'SAFETY', category: 'PLAN', text: 'Moeder slaapt slecht sinds het incident' },
    });
    const { id, version } = added.addPictureEntry;
    const exists = async () => (await sql('select 1 from plan_element where id = ?', [id])).length === 1;

    const changed = await police.request(
      'mutation ($i: UpdatePictureEntryInput!) { updatePictureEntry(input: $i) { id } }',
      { i: { id, expectedVersion: version, text: 'Anders verwoord door de politie' } },
    );
    expect(codeOf(changed.errors)).toBe('FORBIDDEN');
    const removed = await police.request(REMOVE, { i: { id, expectedVersion: version } });
    expect(codeOf(removed.errors)).toBe('FORBIDDEN');
    expect(removed.errors![0]!.message).toContain('de beeldvorming van een andere organisatie te verwijderen');
    expect(await exists()).toBe(true);

    await safeHome.ok(REMOVE, { i: { id, expectedVersion: version } });
    expect(await exists()).toBe(false);
  });
});
