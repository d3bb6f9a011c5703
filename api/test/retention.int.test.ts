import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient, codeOf, personaWith } from './support/graphql-client.js';
import { PSEUDONYM_TEXT, runRetentionSweep } from '../src/modules/privacy/retention.service.js';
import { RETENTION_QUEUE, startScheduler } from '../src/capabilities.js';
import { verifyAuditChain } from '../src/core/audit/audit-verifier.js';
import {
  ADD_ACTION,
  ADD_GOAL,
  ADD_NOTE,
  clientFor,
  nlDaysFromToday,
  PLAN,
  planCase,
  PROPOSE,
  SIGN_OFF,
  UPDATE_GOAL,
  type PlanView,
} from './support/plan-fixtures.js';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(async () => {
  await platform?.stop();
});

const CREATE =
  'mutation ($i: CreateCaseInput!) { createCase(input: $i) { id version household { members { person { id } } } } }';
const TRANSITION = 'mutation ($i: TransitionCaseInput!) { transitionCase(input: $i) { version } }';
const ERASE =
  'mutation ($id: ID!, $note: String!) { requestErasure(personId: $id, note: $note) { outcome basis restrictedUntil requestId } }';
const APPROVE = 'mutation ($id: ID!) { approveErasure(requestId: $id) { outcome basis restrictedUntil } }';
type Outcome = { outcome: string; basis: string; restrictedUntil: string | null; requestId: string };

/**
 * The covenant's coordinating privacy officer hands in the request; when it affects other
 * organisations' data it waits for a second privacy officer (four eyes), one of an affected organisation.
 */
async function eraseWithFourEyes(personId: string, note: string): Promise<Omit<Outcome, 'requestId'>> {
  const coordinating = await new ApiClient(platform.baseUrl).loginAs('fg.zvh@demo.mda.test');
  const asked = await coordinating.ok<{ requestErasure: Outcome }>(ERASE, { id: personId, note });
  if (asked.requestErasure.outcome !== 'PENDING_APPROVAL') return asked.requestErasure;
  const [second] = await platform.sql<{ email: string }>(
    `select u.email from erasure_request r join app_user u on u.organisation_id = any(r.affected_organisation_ids)
      where r.id = ? and 'PRIVACY_OFFICER' = any(u.roles) and u.id <> r.requested_by_id order by u.email limit 1`,
    [asked.requestErasure.requestId],
  );
  expect(second).toBeDefined();
  const approver = await new ApiClient(platform.baseUrl).loginAs(second!.email);
  return (await approver.ok<{ approveErasure: Outcome }>(APPROVE, { id: asked.requestErasure.requestId }))
    .approveErasure;
}

async function closedCaseWithEntry(): Promise<{ caseId: string; personId: string }> {
  const director = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'CASE_DIRECTOR').email);
  await director.ok('mutation { setPurpose(purpose: PLAN_EXECUTION) { id } }');
  const created = await director.ok<{
    createCase: { id: string; version: number; household: { members: { person: { id: string } }[] } };
  }>(CREATE, {
    i: {
      municipality: 'BRIELLE',
      profile: 'ELDER_ABUSE',
      purpose: 'Veiligheidsbeoordeling',
      legalBasis: { kind: 'COVENANT', article: 'Convenant art. 7' },
      members: [
        { firstName: 'Riet', lastName: 'Bewaar', dateOfBirth: '1941-05-06', bsn: '123456782', roles: ['VICTIM'] },
      ],
    },
  });
  const personId = created.createCase.household.members[0]!.person.id;
  await director.ok('mutation ($i: RecordCaseEntryInput!) { recordCaseEntry(input: $i) { id } }', {
    i: {
      caseId: created.createCase.id,
      category: 'HEALTH',
      title: 'Huisarts',
      body: 'Valpartij, kneuzingen.',
      concerns: [personId],
    },
  });
  let v = created.createCase.version;
  for (const to of ['ACTIVE', 'CLOSED']) {
    v = (
      await director.ok<{ transitionCase: { version: number } }>(TRANSITION, {
        i: { caseId: created.createCase.id, to, expectedVersion: v },
      })
    ).transitionCase.version;
  }
  return { caseId: created.createCase.id, personId };
}

describe('retention', () => {
  it('closing a case sets a retention date per source organisation, from the documented policy', async () => {
    const { caseId } = await closedCaseWithEntry();
    const rows = await platform.sql<{ type: string; retain_until: string; basis: string }>(
      'select o.type, r.retain_until::text, r.basis from case_retention r join organisation o on o.id = r.organisation_id where r.case_id = ?',
      [caseId],
    );
    const closedYear = Number(
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date()).slice(0, 4),
    );
    expect(rows).toEqual([expect.objectContaining({ type: 'SAFE_HOME' })]);
    expect(Number(rows[0]!.retain_until.slice(0, 4))).toBe(closedYear + 20);
  });

  it('the sweep pseudonymises expired entries and persons once, on record, and keeps the audit trail', async () => {
    const { caseId, personId } = await closedCaseWithEntry();
    expect(await runRetentionSweep(platform.orm.em, '2030-01-01')).toMatchObject({ persons: 0 });
    const first = await runRetentionSweep(platform.orm.em, '2100-01-01');
    expect(first.entries).toBeGreaterThanOrEqual(1);
    expect(first.persons).toBeGreaterThanOrEqual(1);
    const [person] = await platform.sql<Record<string, unknown>>(
      'select first_name, bsn_hash, date_of_birth::text, pseudonymised_at from person where id = ?',
      [personId],
    );
    expect(person).toMatchObject({ first_name: 'Persoon', bsn_hash: null, date_of_birth: '1941-01-01' });
    const [entry] = await platform.sql<{ body: string }>('select body from case_entry where case_id = ?', [caseId]);
    expect(entry!.body).toBe(PSEUDONYM_TEXT);
    expect(await runRetentionSweep(platform.orm.em, '2100-01-01')).toMatchObject({ entries: 0, persons: 0 });
    const audit = await platform.sql<{ n: number }>(
      "select count(*)::int as n from audit.event where reason = 'RETENTION_PSEUDONYMISED' and ? = any(data_subject_ids::text[])",
      [personId],
    );
    expect(audit[0]!.n).toBeGreaterThanOrEqual(2);
    expect(await verifyAuditChain(platform.orm.em.fork())).toMatchObject({ ok: true });
  });

  it('reaches the joint plan: expired text of elements, history, notes, frozen versions and objections is replaced; structure and immutability stay', async () => {
    const c = await planCase(platform, { teamTypes: ['SAFE_HOME', 'POLICE'], skip: 1 });
    const director = await clientFor(platform, c.director);
    const police = c.team.find((t) => t.type === 'POLICE')!;
    const goal = await director.ok<{ addGoal: { id: string; version: number } }>(ADD_GOAL, {
      i: {
        caseId: c.caseId,
        phase: 'DIRECT_SAFETY',
        lifeDomain: 'SAFETY',
        concerns: [c.personIds[0]],
        description: 'Moeder Bewaar woont veilig bij haar zus',
        measurableEnd: 'Drie maanden geen incidenten',
      },
    });
    await director.ok(UPDATE_GOAL, {
      i: {
        id: goal.addGoal.id,
        expectedVersion: goal.addGoal.version,
        description: 'Moeder Bewaar woont veilig in de opvang',
      },
    });
    await director.ok(ADD_ACTION, {
      i: {
        goalId: goal.addGoal.id,
        description: 'Intake opvang met mevrouw Bewaar',
        ownerOrganisationId: police.organisationId,
        dueOn: nlDaysFromToday(7),
      },
    });
    await director.ok(ADD_NOTE, {
      i: { elementId: goal.addGoal.id, body: 'Zus van mevrouw Bewaar is bereid tot opvang' },
    });
    const plan = await director.ok<PlanView>(PLAN, { caseId: c.caseId });
    await director.ok(PROPOSE, { i: { caseId: c.caseId, expectedVersion: plan.plan!.version } });
    const policeClient = await clientFor(platform, police.email);
    await policeClient.ok(SIGN_OFF, {
      i: {
        caseId: c.caseId,
        versionNumber: 1,
        decision: 'OBJECT',
        reason: 'Mevrouw Bewaar wil niet naar de opvang, eerst gesprek',
      },
    });
    const [caseRow] = await platform.sql<{ version: number }>('select version from case_file where id = ?', [c.caseId]);
    await director.ok(TRANSITION, { i: { caseId: c.caseId, to: 'CLOSED', expectedVersion: caseRow!.version } });

    const planText = async () => ({
      elements: (
        await platform.sql<{ content: string }>('select content::text from plan_element where case_id = ?', [c.caseId])
      )
        .map((r) => r.content)
        .join(' '),
      history: (
        await platform.sql<{ fields: string }>('select fields::text from plan_element_change where case_id = ?', [
          c.caseId,
        ])
      )
        .map((r) => r.fields)
        .join(' '),
      notes: (await platform.sql<{ body: string }>('select body from plan_note where case_id = ?', [c.caseId]))
        .map((r) => r.body)
        .join(' '),
      versions: (
        await platform.sql<{ snapshot: string }>('select snapshot::text from plan_version where case_id = ?', [
          c.caseId,
        ])
      )
        .map((r) => r.snapshot)
        .join(' '),
      signOffs: (
        await platform.sql<{ reason: string }>('select reason from plan_sign_off where case_id = ?', [c.caseId])
      )
        .map((r) => r.reason)
        .join(' '),
    });
    // Before anyone's retention ends nothing changes.
    await runRetentionSweep(platform.orm.em, '2030-01-01');
    for (const text of Object.values(await planText())) expect(text).toContain('Bewaar');

    const swept = await runRetentionSweep(platform.orm.em, '2100-01-01');
    expect(swept.plan.elements).toBeGreaterThanOrEqual(2);
    expect(swept.plan.history).toBeGreaterThanOrEqual(3);
    expect(swept.plan.notes).toBeGreaterThanOrEqual(1);
    expect(swept.plan.versions).toBeGreaterThanOrEqual(1);
    expect(swept.plan.signOffs).toBeGreaterThanOrEqual(1);
    const after = await planText();
    for (const [part, text] of Object.entries(after)) {
      expect(text, part).not.toContain('Bewaar');
      expect(text, part).toContain(PSEUDONYM_TEXT);
    }
    // Structure stays: the goal keeps its phase, the action its owner and status, the version its number and status.
    const [goalRow] = await platform.sql<{ phase: string; kind: string }>(
      "select content ->> 'phase' as phase, kind from plan_element where id = ?",
      [goal.addGoal.id],
    );
    expect(goalRow).toEqual({ phase: 'DIRECT_SAFETY', kind: 'GOAL' });
    const [version] = await platform.sql<{ status: string; number: number }>(
      'select status, number from plan_version where case_id = ?',
      [c.caseId],
    );
    expect(version).toEqual({ status: 'OBJECTED', number: 1 });
    // Outside the sweep a frozen version and a sign-off are as immutable as before.
    await expect(
      platform.sql("update plan_version set snapshot = '{}'::jsonb, pseudonymised_at = now() where case_id = ?", [
        c.caseId,
      ]),
    ).rejects.toThrow(/frozen|cannot be changed/);
    await expect(
      platform.sql("update plan_sign_off set reason = 'anders dan eerst', pseudonymised_at = now() where case_id = ?", [
        c.caseId,
      ]),
    ).rejects.toThrow(/final/);
    // Once only, and on record.
    expect((await runRetentionSweep(platform.orm.em, '2100-01-01')).plan).toEqual({
      elements: 0,
      history: 0,
      notes: 0,
      versions: 0,
      signOffs: 0,
    });
    const audit = await platform.sql<{ subject_type: string }>(
      "select distinct subject_type from audit.event where reason = 'RETENTION_PSEUDONYMISED' and case_id = ? order by subject_type",
      [c.caseId],
    );
    expect(audit.map((a) => a.subject_type)).toEqual(
      expect.arrayContaining(['PlanElement', 'PlanNote', 'PlanSignOff', 'PlanVersion']),
    );
    expect(await verifyAuditChain(platform.orm.em.fork())).toMatchObject({ ok: true });
  });

  it('runs as a pg-boss job on the same PostgreSQL', async () => {
    const scheduler = await startScheduler(platform.db.url, platform.orm, { cron: '0 3 1 1 *' });
    try {
      const jobId = await scheduler.boss.send(RETENTION_QUEUE, {});
      expect(jobId).not.toBeNull();
      let state = '';
      for (let i = 0; i < 100 && state !== 'completed' && state !== 'failed'; i += 1) {
        await sleep(200);
        state = (await scheduler.boss.getJobById(RETENTION_QUEUE, jobId!))?.state ?? '';
      }
      expect(state).toBe('completed');
    } finally {
      await scheduler.stop();
    }
  });

  it('an erasure request under a running case becomes a restriction with its basis; contact data is then withheld from everyone', async () => {
    const [row] = await platform.sql<{ person_id: string; case_id: string }>(
      `select hm.person_id, c.id as case_id from household_member hm join case_file c on c.household_id = hm.household_id
         join case_team_membership m on m.case_id = c.id join organisation o on o.id = m.organisation_id join person p on p.id = hm.person_id
        where c.status = 'ACTIVE' and o.type = 'SAFE_HOME' and m.valid_until is null and p.address is not null limit 1`,
    );
    const result = { requestErasure: await eraseWithFourEyes(row!.person_id, 'Verzoek per brief ontvangen') };
    expect(result.requestErasure.outcome).toBe('RESTRICTED');
    expect(result.requestErasure.basis).toMatch(/Lopende casus MDA-/);
    const safeHome = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'PROFESSIONAL').email);
    const view = await safeHome.ok<{
      case: { household: { members: { person: { id: string; address: string | null; redactedFields: string[] } }[] } };
    }>('query ($id: ID!) { case(id: $id) { household { members { person { id address redactedFields } } } } }', {
      id: row!.case_id,
    });
    const restricted = view.case.household.members.find((m) => m.person.id === row!.person_id)!;
    expect(restricted.person.address).toBeNull();
    expect(restricted.person.redactedFields).toContain('address');
    const police = await new ApiClient(platform.baseUrl).loginAs(personaWith('POLICE', 'PROFESSIONAL').email);
    expect(codeOf((await police.request(ERASE, { id: row!.person_id, note: 'Verzoek per brief' })).errors)).toBe(
      'FORBIDDEN',
    );
  });

  it('an erasure request after retention has ended pseudonymises at once', async () => {
    const { caseId, personId } = await closedCaseWithEntry();
    await platform.sql("update case_retention set retain_until = date '2001-01-01' where case_id = ?", [caseId]);
    const result = { requestErasure: await eraseWithFourEyes(personId, 'Verzoek per e-mail') };
    expect(result.requestErasure.outcome).toBe('ERASED');
    const [person] = await platform.sql<{ first_name: string }>('select first_name from person where id = ?', [
      personId,
    ]);
    expect(person!.first_name).toBe('Persoon');
  });
});
