import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient, codeOf } from './support/graphql-client.js';
import { NL_TODAY_SQL } from './support/nl-today.js';

/**
 * Case direction as the people doing it see it: a process director proposes a new case
 * director, the current one stays responsible until the new one accepts (warm handover), a
 * proposal can be declined, and cases without a director wait on the waiting list.
 */
const VT_DIRECTOR = 'casusregisseur.veiligthuis@demo.mda.test';
const ZUID_DIRECTOR = 'casusregisseur.wijkteam.zuid@demo.mda.test';
const VT_PROCESS = 'procesregisseur.veiligthuis@demo.mda.test';
const VT_PRO = 'veiligthuis@demo.mda.test';
const ZUID_LEAD = 'teamleider.wijkteam.zuid@demo.mda.test';

const DIRECTION = `query ($id: ID!) { caseDirection(caseId: $id) { id kind status responsible version replacesAssignmentId handoverNote declineReason endReason director { id displayName organisation { type } } } }`;
const PROPOSE =
  'mutation ($i: ProposeDirectorInput!) { proposeDirector(input: $i) { id status version responsible replacesAssignmentId } }';
const ACCEPT =
  'mutation ($i: AnswerDirectorAssignmentInput!) { acceptDirectorAssignment(input: $i) { id status responsible version } }';
const DECLINE =
  'mutation ($i: AnswerDirectorAssignmentInput!) { declineDirectorAssignment(input: $i) { id status declineReason } }';
const END = 'mutation ($i: AnswerDirectorAssignmentInput!) { endDirectorAssignment(input: $i) { id status } }';
const HOUSEHOLD =
  'query ($id: ID!) { case(id: $id) { household { members { person { redactedFields } } } directorHistory { status director { displayName } } } }';
const WAITING =
  '{ waitingList { caseId reference waitingSince waitingWorkingDays normWorkingDays overNorm contact { displayName explicit } pendingProposals { displayName } } }';

interface Assignment {
  id: string;
  kind: string;
  status: string;
  responsible: boolean;
  version: number;
  replacesAssignmentId: string | null;
  handoverNote: string | null;
  declineReason: string | null;
  endReason: string | null;
  director: { id: string; displayName: string; organisation: { type: string } };
}

let platform: Platform;
const ids = new Map<string, string>();
beforeAll(async () => {
  platform = await startPlatform();
  for (const row of await platform.sql<{ id: string; email: string }>('select id, email from app_user'))
    ids.set(row.email, row.id);
});
afterAll(async () => {
  await platform?.stop();
});

const login = (email: string) => new ApiClient(platform.baseUrl).loginAs(email);

/** Running cases directed by Veilig Thuis' case director, with Wijkteam Zuid and Veilig Thuis on the team, no open proposal, a sheltered victim. */
async function handoverCases(withShelteredVictim = false): Promise<string[]> {
  const rows = await platform.sql<{ id: string }>(
    `select c.id from case_file c
       join director_assignment d on d.case_id = c.id and d.kind = 'CASE_DIRECTOR' and d.status = 'ACCEPTED'
       join app_user u on u.id = d.user_id and u.email = ?
      where c.status = 'ACTIVE'
        and exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = c.id and o.name = 'Wijkteam Rotterdam-Zuid' and m.valid_until is null)
        and exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = c.id and o.type = 'SAFE_HOME' and m.valid_until is null)
        and not exists (select 1 from director_assignment p where p.case_id = c.id and p.status = 'PROPOSED')
        and (not ? or exists (select 1 from household_member hm join person p on p.id = hm.person_id where hm.household_id = c.household_id and p.shelter_address is not null))
      order by c.reference`,
    [VT_DIRECTOR, withShelteredVictim],
  );
  return rows.map((r) => r.id);
}

const countAssignments = async (caseId: string) =>
  (
    await platform.sql<{ n: number }>('select count(*)::int as n from director_assignment where case_id = ?', [caseId])
  )[0]!.n;

describe('warm handover of the case director', () => {
  it('propose, the old director stays responsible and visible, accept, and the history keeps both', async () => {
    const [caseId] = await handoverCases(true);
    const process = await login(VT_PROCESS);
    const before = (await process.ok<{ caseDirection: Assignment[] }>(DIRECTION, { id: caseId })).caseDirection;
    const current = before.find((a) => a.kind === 'CASE_DIRECTOR' && a.responsible)!;
    expect(current.director.displayName).toBe('Samira Ait Taleb');

    // A handover without a note is refused whole, with every problem named; nothing is stored.
    const n = await countAssignments(caseId!);
    const bad = await process.request(PROPOSE, {
      i: { caseId, userId: ids.get(VT_PRO), kind: 'CASE_DIRECTOR', replacesAssignmentId: current.id },
    });
    expect(codeOf(bad.errors)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.message).toMatch(/userId: .*CASE_DIRECTOR/);
    expect(bad.errors![0]!.message).toMatch(/handoverNote: is verplicht/);
    expect(await countAssignments(caseId!)).toBe(n);

    const proposed = await process.ok<{
      proposeDirector: { id: string; status: string; version: number; replacesAssignmentId: string };
    }>(PROPOSE, {
      i: {
        caseId,
        userId: ids.get(ZUID_DIRECTOR),
        kind: 'CASE_DIRECTOR',
        replacesAssignmentId: current.id,
        handoverNote: 'Gezin is gestabiliseerd; wijkteam neemt de regie over na het MDO.',
      },
    });
    expect(proposed.proposeDirector).toMatchObject({ status: 'PROPOSED', replacesAssignmentId: current.id });

    // Until acceptance the old director is responsible, and the nominee reads no director-only data.
    const during = (await process.ok<{ caseDirection: Assignment[] }>(DIRECTION, { id: caseId })).caseDirection;
    expect(during.find((a) => a.id === current.id)).toMatchObject({ status: 'ACCEPTED', responsible: true });
    const nominee = await login(ZUID_DIRECTOR);
    const notes = await nominee.ok<{ notifications: { kind: string; message: string; caseId: string }[] }>(
      '{ notifications { kind message caseId } }',
    );
    expect(notes.notifications).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'DIRECTOR_PROPOSED', caseId })]),
    );
    const viewBefore = await nominee.ok<{
      case: { household: { members: { person: { redactedFields: string[] } }[] } };
    }>(HOUSEHOLD, { id: caseId });
    expect(viewBefore.case.household.members.some((m) => m.person.redactedFields.includes('shelterAddress'))).toBe(
      true,
    );

    // Only the nominee answers; a stale version is a conflict.
    const other = await login(VT_PROCESS);
    expect(
      codeOf(
        (
          await other.request(ACCEPT, {
            i: { assignmentId: proposed.proposeDirector.id, expectedVersion: proposed.proposeDirector.version },
          })
        ).errors,
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        (
          await nominee.request(ACCEPT, {
            i: { assignmentId: proposed.proposeDirector.id, expectedVersion: proposed.proposeDirector.version + 7 },
          })
        ).errors,
      ),
    ).toBe('CONFLICT');
    const accepted = await nominee.ok<{ acceptDirectorAssignment: { status: string; responsible: boolean } }>(ACCEPT, {
      i: { assignmentId: proposed.proposeDirector.id, expectedVersion: proposed.proposeDirector.version },
    });
    expect(accepted.acceptDirectorAssignment).toMatchObject({ status: 'ACCEPTED', responsible: true });

    // The accepted director reads what a case director reads (the secret location), on the next request.
    const viewAfter = await nominee.ok<{
      case: {
        household: { members: { person: { redactedFields: string[] } }[] };
        directorHistory: { status: string; director: { displayName: string } }[];
      };
    }>(HOUSEHOLD, { id: caseId });
    expect(viewAfter.case.household.members.every((m) => !m.person.redactedFields.includes('shelterAddress'))).toBe(
      true,
    );
    expect(
      viewAfter.case.directorHistory.filter((a) => a.status === 'ACCEPTED').map((a) => a.director.displayName),
    ).toContain('Wouter de Ridder');

    const after = (await process.ok<{ caseDirection: Assignment[] }>(DIRECTION, { id: caseId })).caseDirection;
    expect(after.find((a) => a.id === current.id)).toMatchObject({ status: 'ENDED', responsible: false });
    expect(after.find((a) => a.id === current.id)!.endReason).toMatch(/Overgedragen/);
    expect(after.find((a) => a.id === proposed.proposeDirector.id)).toMatchObject({
      status: 'ACCEPTED',
      responsible: true,
      handoverNote: expect.stringContaining('wijkteam'),
    });
    expect(after.map((a) => a.id).indexOf(current.id)).toBeLessThan(
      after.map((a) => a.id).indexOf(proposed.proposeDirector.id),
    );

    const old = await login(VT_DIRECTOR);
    const oldNotes = await old.ok<{ notifications: { kind: string; caseId: string }[] }>(
      '{ notifications { kind caseId } }',
    );
    expect(oldNotes.notifications).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'DIRECTOR_ACCEPTED', caseId })]),
    );
    const audit = await platform.sql<{ reason: string }>(
      "select reason from audit.event where case_id = ? and subject_type = 'DirectorAssignment' and action in ('CREATE', 'UPDATE') order by seq",
      [caseId],
    );
    expect(audit.map((a) => a.reason)).toEqual(['PROPOSE_HANDOVER', 'ACCEPT', 'HANDED_OVER']);
  });

  it('a handover never accepted leaves the old director responsible, visible and counted in the workload', async () => {
    const [, caseId] = await handoverCases();
    const process = await login(VT_PROCESS);
    const current = (await process.ok<{ caseDirection: Assignment[] }>(DIRECTION, { id: caseId })).caseDirection.find(
      (a) => a.kind === 'CASE_DIRECTOR' && a.responsible,
    )!;
    const workloadOf = async () =>
      (
        await process.ok<{ workload: { userId: string; activeCases: number; proposedCases: number }[] }>(
          '{ workload { userId activeCases proposedCases } }',
        )
      ).workload;
    const load = await workloadOf();
    await process.ok(PROPOSE, {
      i: {
        caseId,
        userId: ids.get(ZUID_DIRECTOR),
        kind: 'CASE_DIRECTOR',
        replacesAssignmentId: current.id,
        handoverNote: 'Voorstel tot overdracht na het volgende MDO.',
      },
    });

    const still = (await process.ok<{ caseDirection: Assignment[] }>(DIRECTION, { id: caseId })).caseDirection;
    expect(still.find((a) => a.id === current.id)).toMatchObject({ status: 'ACCEPTED', responsible: true });
    expect(still.filter((a) => a.status === 'PROPOSED')).toHaveLength(1);
    expect(
      (await process.ok<{ waitingList: { caseId: string }[] }>(WAITING)).waitingList.map((w) => w.caseId),
    ).not.toContain(caseId);
    const old = await login(VT_DIRECTOR);
    expect(
      (
        await old.ok<{ myDirectorAssignments: { caseId: string; status: string }[] }>(
          '{ myDirectorAssignments { caseId status } }',
        )
      ).myDirectorAssignments,
    ).toEqual(expect.arrayContaining([{ caseId, status: 'ACCEPTED' }]));
    const loadAfter = await workloadOf();
    const of = (list: typeof load, email: string) => list.find((w) => w.userId === ids.get(email))!;
    expect(of(loadAfter, VT_DIRECTOR).activeCases).toBe(of(load, VT_DIRECTOR).activeCases);
    expect(of(loadAfter, ZUID_DIRECTOR).proposedCases).toBe(of(load, ZUID_DIRECTOR).proposedCases + 1);
    expect(of(loadAfter, ZUID_DIRECTOR).activeCases).toBe(of(load, ZUID_DIRECTOR).activeCases);
  });

  it('the nominee declines with a reason; the current direction stays and the proposer hears of it', async () => {
    const [, , caseId] = await handoverCases();
    const process = await login(VT_PROCESS);
    const current = (await process.ok<{ caseDirection: Assignment[] }>(DIRECTION, { id: caseId })).caseDirection.find(
      (a) => a.kind === 'CASE_DIRECTOR' && a.responsible,
    )!;
    const proposed = await process.ok<{ proposeDirector: { id: string; version: number } }>(PROPOSE, {
      i: {
        caseId,
        userId: ids.get(ZUID_DIRECTOR),
        kind: 'CASE_DIRECTOR',
        replacesAssignmentId: current.id,
        handoverNote: 'Overdracht voorgesteld wegens verhuizing naar Zuid.',
      },
    });
    const nominee = await login(ZUID_DIRECTOR);
    const noReason = await nominee.request(DECLINE, {
      i: { assignmentId: proposed.proposeDirector.id, expectedVersion: proposed.proposeDirector.version, reason: '' },
    });
    expect(codeOf(noReason.errors)).toBe('BAD_USER_INPUT');
    expect(noReason.errors![0]!.message).toMatch(/reason/);
    const declined = await nominee.ok<{ declineDirectorAssignment: { status: string; declineReason: string } }>(
      DECLINE,
      {
        i: {
          assignmentId: proposed.proposeDirector.id,
          expectedVersion: proposed.proposeDirector.version,
          reason: 'Caseload is vol tot februari.',
        },
      },
    );
    expect(declined.declineDirectorAssignment).toMatchObject({
      status: 'DECLINED',
      declineReason: 'Caseload is vol tot februari.',
    });
    expect(
      codeOf(
        (
          await nominee.request(ACCEPT, {
            i: { assignmentId: proposed.proposeDirector.id, expectedVersion: proposed.proposeDirector.version + 1 },
          })
        ).errors,
      ),
    ).toBe('CONFLICT');
    const after = (await process.ok<{ caseDirection: Assignment[] }>(DIRECTION, { id: caseId })).caseDirection;
    expect(after.find((a) => a.id === current.id)).toMatchObject({ status: 'ACCEPTED', responsible: true });
    const notes = await process.ok<{ notifications: { kind: string; caseId: string }[] }>(
      '{ notifications { kind caseId } }',
    );
    expect(notes.notifications).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'DIRECTOR_DECLINED', caseId })]),
    );
  });
});

describe('who may assign', () => {
  it('a professional may not; a non-member gets NOT_FOUND; a team lead only for a director of their own organisation', async () => {
    const [caseId] = (await handoverCases()).slice(3);
    const input = (email: string) => ({ i: { caseId, userId: ids.get(email), kind: 'CASE_DIRECTOR' } });
    expect(codeOf((await (await login(VT_PRO)).request(PROPOSE, input(ZUID_DIRECTOR))).errors)).toBe('FORBIDDEN');
    expect(
      codeOf((await (await login('fg.veiligthuis@demo.mda.test')).request(PROPOSE, input(ZUID_DIRECTOR))).errors),
    ).toBe('NOT_FOUND');
    const [foreign] = await platform.sql<{ id: string }>(
      `select c.id from case_file c where c.status = 'ACTIVE' and not exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = c.id and o.type = 'SAFE_HOME') limit 1`,
    );
    expect(
      codeOf(
        (
          await (
            await login(VT_PROCESS)
          ).request(PROPOSE, { i: { caseId: foreign!.id, userId: ids.get(ZUID_DIRECTOR), kind: 'CASE_DIRECTOR' } })
        ).errors,
      ),
    ).toBe('NOT_FOUND');

    const lead = await login(ZUID_LEAD);
    // The team lead reads no case content, yet sees and assigns direction on the team's cases.
    expect(codeOf((await lead.request('query ($id: ID!) { case(id: $id) { id } }', { id: caseId })).errors)).toBe(
      'NOT_FOUND',
    );
    expect(
      (await lead.ok<{ caseDirection: Assignment[] }>(DIRECTION, { id: caseId })).caseDirection.length,
    ).toBeGreaterThan(0);
    expect(codeOf((await lead.request(PROPOSE, input(VT_DIRECTOR))).errors)).toBe('FORBIDDEN');
    // A second case director from the lead's own organisation: the case gets a duo.
    const own = await lead.ok<{ proposeDirector: { status: string } }>(PROPOSE, input(ZUID_DIRECTOR));
    expect(own.proposeDirector.status).toBe('PROPOSED');
  });
});

describe('the waiting list (werkvoorraad)', () => {
  interface Waiting {
    caseId: string;
    reference: string;
    waitingSince: string;
    waitingWorkingDays: number;
    normWorkingDays: number;
    overNorm: boolean;
    contact: { displayName: string; explicit: boolean } | null;
    pendingProposals: { displayName: string }[];
  }

  it('lists cases without a case director oldest first, in working days, red past the norm, with a contact person', async () => {
    const process = await login(ZUID_LEAD);
    const list = (await process.ok<{ waitingList: Waiting[] }>(WAITING)).waitingList;
    expect(list.length).toBeGreaterThan(3);
    const since = list.map((w) => w.waitingSince);
    expect(since).toEqual([...since].sort());
    for (const w of list) expect(w.overNorm).toBe(w.waitingWorkingDays > w.normWorkingDays);
    expect(list.some((w) => w.overNorm)).toBe(true);
    expect(list.some((w) => !w.overNorm)).toBe(true);
    expect(list.some((w) => w.contact?.explicit === true)).toBe(true);
    expect(list.some((w) => w.pendingProposals.length > 0)).toBe(true);
    // Only cases of the viewer's teams.
    const teamCases = new Set(
      (
        await platform.sql<{ case_id: string }>(
          `select m.case_id from case_team_membership m join organisation o on o.id = m.organisation_id where o.name = 'Wijkteam Rotterdam-Zuid' and m.ended_at is null and (m.valid_until is null or m.valid_until >= ${NL_TODAY_SQL})`,
        )
      ).map((r) => r.case_id),
    );
    for (const w of list) expect(teamCases.has(w.caseId)).toBe(true);

    // The norm is configurable.
    await platform.sql(
      "update escalation_trigger_setting set value = 1000 where trigger = 'NO_DIRECTOR' and parameter = 'norm_working_days'",
    );
    try {
      const relaxed = (await process.ok<{ waitingList: Waiting[] }>(WAITING)).waitingList;
      expect(relaxed.every((w) => !w.overNorm && w.normWorkingDays === 1000)).toBe(true);
    } finally {
      await platform.sql(
        "update escalation_trigger_setting set value = 10 where trigger = 'NO_DIRECTOR' and parameter = 'norm_working_days'",
      );
    }
    expect(codeOf((await (await login(VT_PRO)).request(WAITING)).errors)).toBe('FORBIDDEN');
  });

  it('ending the last case director puts the case on the waiting list at 0 working days, under the norm', async () => {
    const [, , , , caseId] = await handoverCases();
    const process = await login(VT_PROCESS);
    const current = (await process.ok<{ caseDirection: Assignment[] }>(DIRECTION, { id: caseId })).caseDirection.filter(
      (a) => a.kind === 'CASE_DIRECTOR' && a.responsible,
    );
    for (const a of current)
      await process.ok(END, { i: { assignmentId: a.id, expectedVersion: a.version, reason: 'Regisseur uit dienst' } });
    const entry = (await process.ok<{ waitingList: Waiting[] }>(WAITING)).waitingList.find((w) => w.caseId === caseId);
    expect(entry).toMatchObject({ waitingWorkingDays: 0, overNorm: false });
  });
});
