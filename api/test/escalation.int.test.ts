import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDaysAt } from '@mda/domain';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient, codeOf } from './support/graphql-client.js';
import { raiseFromTrigger, runEscalationDeadlines } from '../src/modules/escalations/escalation-ladder.service.js';
import { runDirectionTriggers } from '../src/modules/escalations/signals.service.js';
import { ESCALATION_DEADLINES_QUEUE, startScheduler } from '../src/capabilities.js';
import { verifyAuditChain } from '../src/core/audit/audit-verifier.js';

/**
 * The escalation ladder: a stalled question climbs to whoever can decide, on a clock in Dutch
 * working days, by itself, exactly once however many job runners there are.
 */
const VT_PRO = 'veiligthuis@demo.mda.test';
const VT_DIRECTOR = 'casusregisseur.veiligthuis@demo.mda.test';
const VT_PROCESS = 'procesregisseur.veiligthuis@demo.mda.test';
const ZVH_LEAD = 'teamleider.zvh@demo.mda.test';
const ZUID_LEAD = 'teamleider.wijkteam.zuid@demo.mda.test';
const POLICE = 'politie@demo.mda.test';

const ESCALATION = `query ($id: ID!) { escalation(id: $id) { id caseReference trigger level status deadline overdue deciderBody decider decision closingReason mayDecide version
  history { event fromLevel toLevel deadline actor note } } }`;
const RAISE =
  'mutation ($i: RaiseEscalationInput!) { raiseEscalation(input: $i) { id level deadline raisedAt deciderBody decider version status } }';
const DECIDE = 'mutation ($i: CloseEscalationInput!) { decideEscalation(input: $i) { id status decision level } }';
const WITHDRAW = 'mutation ($i: CloseEscalationInput!) { withdrawEscalation(input: $i) { id status closingReason } }';
const DE_ESCALATE = 'mutation ($i: CloseEscalationInput!) { deEscalate(input: $i) { id status level closingReason } }';
const SCORE = 'mutation ($i: RecordSafetyScoreInput!) { recordSafetyScore(input: $i) { id score escalationId } }';
const REPORT = 'mutation ($i: RecordHouseholdReportInput!) { recordHouseholdReport(input: $i) { id escalationId } }';

interface EscalationView {
  id: string;
  caseReference: string;
  trigger: string;
  level: number;
  status: string;
  deadline: string;
  overdue: boolean;
  deciderBody: string;
  decider: string | null;
  decision: string | null;
  closingReason: string | null;
  mayDecide: boolean;
  version: number;
  history: {
    event: string;
    fromLevel: number | null;
    toLevel: number;
    deadline: string | null;
    actor: string | null;
    note: string | null;
  }[];
}

let platform: Platform;
let cases: { id: string; reference: string }[];
beforeAll(async () => {
  platform = await startPlatform();
  // Running cases directed by Veilig Thuis' case director, Veilig Thuis on the team, no open escalation.
  cases = await platform.sql<{ id: string; reference: string }>(
    `select c.id, c.reference from case_file c
       join director_assignment d on d.case_id = c.id and d.kind = 'CASE_DIRECTOR' and d.status = 'ACCEPTED'
       join app_user u on u.id = d.user_id and u.email = ?
      where c.status = 'ACTIVE'
        and exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = c.id and o.type = 'SAFE_HOME' and m.valid_until is null)
        and not exists (select 1 from escalation e where e.case_id = c.id)
        and not exists (select 1 from safety_score s where s.case_id = c.id)
      order by c.reference`,
    [VT_DIRECTOR],
  );
});
afterAll(async () => {
  await platform?.stop();
});

const login = (email: string) => new ApiClient(platform.baseUrl).loginAs(email);
const view = async (client: ApiClient, id: string) =>
  (await client.ok<{ escalation: EscalationView }>(ESCALATION, { id })).escalation;
const climbNotices = async (escalationCase: string, email: string) =>
  (
    await platform.sql<{ n: number }>(
      "select count(*)::int as n from notification n join app_user u on u.id = n.recipient_id where n.case_id = ? and u.email = ? and n.kind = 'ESCALATION_CLIMBED'",
      [escalationCase, email],
    )
  )[0]!.n;

describe('the ladder', () => {
  // First: the clocks run by the tests below also move the demo escalations up.
  it('level 3 is decided by safety-house management (doorzettingsmacht), who may also hand it back', async () => {
    const [level3] = await platform.sql<{ id: string }>(
      "select id from escalation where level = 3 and status = 'OPEN' limit 1",
    );
    const lead = await login(ZVH_LEAD);
    const seen = await view(lead, level3!.id);
    expect(seen).toMatchObject({ level: 3, deciderBody: 'Management Zorg- en Veiligheidshuis', mayDecide: true });
    // A team lead of a local team cannot even see it; a Veilig Thuis process director on the team sees it but may not decide.
    expect(codeOf((await (await login(ZUID_LEAD)).request(ESCALATION, { id: level3!.id })).errors)).toBe('NOT_FOUND');
    const process = await login(VT_PROCESS);
    expect((await view(process, level3!.id)).mayDecide).toBe(false);
    expect(
      codeOf(
        (
          await process.request(DECIDE, {
            i: { escalationId: level3!.id, expectedVersion: seen.version, text: 'Besluit van de procesregisseur.' },
          })
        ).errors,
      ),
    ).toBe('FORBIDDEN');
    const back = await lead.ok<{ deEscalate: { status: string; level: number; closingReason: string } }>(DE_ESCALATE, {
      i: {
        escalationId: level3!.id,
        expectedVersion: seen.version,
        text: 'Eerst een MDO met de GI; daarna zo nodig opnieuw opschalen.',
      },
    });
    expect(back.deEscalate).toMatchObject({ status: 'DE_ESCALATED', level: 2 });
    // Back at level 2 it is the team's again (the safety house management no longer sees it).
    expect((await view(process, level3!.id)).history.at(-1)).toMatchObject({
      event: 'DE_ESCALATED',
      fromLevel: 3,
      toLevel: 2,
      actor: 'Erwin Bakker',
    });
    expect(codeOf((await lead.request(ESCALATION, { id: level3!.id })).errors)).toBe('NOT_FOUND');
  });

  it('a manual escalation left undecided climbs to level 2 at its deadline, not the day before, once with two runners', async () => {
    const target = cases[0]!;
    const raiser = await login(VT_PRO);
    const raised = await raiser.ok<{
      raiseEscalation: {
        id: string;
        level: number;
        deadline: string;
        raisedAt: string;
        deciderBody: string;
        decider: string;
      };
    }>(RAISE, {
      i: {
        caseId: target.id,
        reason: 'Afgesproken GGZ-intake is na twee weken nog niet gepland.',
        decisionAsked: 'Wie regelt de intake deze week?',
      },
    });
    const e = raised.raiseEscalation;
    expect(e).toMatchObject({
      level: 1,
      deciderBody: 'De casusregisseur van het huishouden',
      decider: 'Samira Ait Taleb',
    });
    // Level 1 gives the case director 3 working days (default ladder), counted in Dutch working days.
    expect(e.deadline).toBe(addWorkingDaysAt(new Date(e.raisedAt), 3).toISOString());

    const deadline = new Date(e.deadline);
    await runEscalationDeadlines(platform.orm.em, new Date(deadline.getTime() - 86_400_000));
    await runEscalationDeadlines(platform.orm.em, new Date(deadline.getTime() - 1));
    expect((await view(raiser, e.id)).level).toBe(1);

    // Two runners at the same moment (as two API instances would): one climb, one history entry, one notice.
    const [a, b] = await Promise.all([
      runEscalationDeadlines(platform.orm.em, deadline),
      runEscalationDeadlines(platform.orm.em, deadline),
    ]);
    expect(a.climbed + b.climbed).toBeGreaterThanOrEqual(1);
    const after = await view(raiser, e.id);
    expect(after.level).toBe(2);
    expect(after.deciderBody).toBe('De procesregisseur, zo nodig in het MDO');
    expect(after.deadline).toBe(addWorkingDaysAt(deadline, 5).toISOString());
    expect(after.history.map((h) => [h.event, h.fromLevel, h.toLevel])).toEqual([
      ['RAISED', null, 1],
      ['CLIMBED_AT_DEADLINE', 1, 2],
    ]);
    expect(after.history[1]!.actor).toBeNull();
    expect(after.history[1]!.note).toMatch(/automatisch naar niveau 2/);
    expect(await climbNotices(target.id, VT_PRO)).toBe(1);
    expect(await climbNotices(target.id, VT_PROCESS)).toBe(1);
    // Running again changes nothing.
    await runEscalationDeadlines(platform.orm.em, deadline);
    expect((await view(raiser, e.id)).version).toBe(after.version);

    // Level 2 is for the process director, not for the raiser or the case director; stale versions conflict.
    const close = (version: number, text = 'Procesregisseur belt de GGZ vandaag; intake binnen 5 werkdagen.') => ({
      i: { escalationId: e.id, expectedVersion: version, text },
    });
    expect(codeOf((await raiser.request(DECIDE, close(after.version))).errors)).toBe('FORBIDDEN');
    expect(codeOf((await (await login(VT_DIRECTOR)).request(DECIDE, close(after.version))).errors)).toBe('FORBIDDEN');
    const process = await login(VT_PROCESS);
    expect((await view(process, e.id)).mayDecide).toBe(true);
    const stale = await process.request(DECIDE, close(after.version - 1));
    expect(codeOf(stale.errors)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions).toMatchObject({ currentLevel: 2, currentVersion: after.version });
    const empty = await process.request(DECIDE, close(after.version, ' '));
    expect(codeOf(empty.errors)).toBe('BAD_USER_INPUT');
    expect(empty.errors![0]!.message).toMatch(/decision/);
    expect(
      (await process.ok<{ decideEscalation: { status: string } }>(DECIDE, close(after.version))).decideEscalation
        .status,
    ).toBe('DECIDED');
    const decided = await view(raiser, e.id);
    expect(decided.history.at(-1)).toMatchObject({ event: 'DECIDED', toLevel: 2, actor: 'Jasper Hoekstra' });
    expect(codeOf((await process.request(DECIDE, close(decided.version))).errors)).toBe('CONFLICT');

    // A police officer outside the team does not learn that it exists.
    const [foreign] = await platform.sql<{ n: number }>(
      "select count(*)::int as n from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = ? and o.type = 'POLICE'",
      [target.id],
    );
    if (foreign!.n === 0)
      expect(codeOf((await (await login(POLICE)).request(ESCALATION, { id: e.id })).errors)).toBe('NOT_FOUND');
  });

  it('counts working days across Christmas: raised Friday 18 December 14:00, level 1 due Wednesday 23rd, level 2 due 31 December', async () => {
    const target = cases[1]!;
    const em = platform.orm.em.fork();
    const { escalation } = await em.transactional((tx) =>
      raiseFromTrigger(tx, {
        caseId: target.id,
        trigger: 'PLAN_ACTION_OVERDUE',
        sourceKey: `test-action:${target.id}`,
        reason: 'Actie uit het plan 5 werkdagen over de datum.',
        decisionAsked: 'Wie pakt de actie op?',
        now: new Date('2026-12-18T13:00:00Z'),
      }),
    );
    expect(escalation.deadlineAt.toISOString()).toBe('2026-12-23T13:00:00.000Z');
    await runEscalationDeadlines(platform.orm.em, new Date('2026-12-22T13:00:00Z'));
    const [still] = await platform.sql<{ level: number }>('select level from escalation where id = ?', [escalation.id]);
    expect(still!.level).toBe(1);
    // The second runner is a pg-boss instance of its own, fed the same clock through the job.
    const schedulers = await Promise.all(
      [1, 2].map(() =>
        startScheduler(platform.db.url, platform.orm, {
          cron: '0 3 1 1 *',
          escalationCron: '0 3 1 1 *',
          triggerCron: '0 3 1 1 *',
        }),
      ),
    );
    try {
      const jobs = await Promise.all(
        schedulers.map((s) => s.boss.send(ESCALATION_DEADLINES_QUEUE, { now: '2026-12-23T13:00:00.000Z' })),
      );
      for (let i = 0; i < 100; i += 1) {
        const states = await Promise.all(
          jobs.map((id, j) => schedulers[j]!.boss.getJobById(ESCALATION_DEADLINES_QUEUE, id!)),
        );
        if (states.every((s) => s?.state === 'completed' || s?.state === 'failed')) break;
        await sleep(200);
      }
      const states = await Promise.all(
        jobs.map((id, j) => schedulers[j]!.boss.getJobById(ESCALATION_DEADLINES_QUEUE, id!)),
      );
      expect(states.map((s) => s?.state)).toEqual(['completed', 'completed']);
    } finally {
      await Promise.all(schedulers.map((s) => s.stop()));
    }
    const [climbed] = await platform.sql<{ level: number; deadline_at: Date }>(
      'select level, deadline_at from escalation where id = ?',
      [escalation.id],
    );
    expect(climbed!.level).toBe(2);
    expect(new Date(climbed!.deadline_at).toISOString()).toBe('2026-12-31T13:00:00.000Z');
    const [history] = await platform.sql<{ n: number }>(
      "select count(*)::int as n from escalation_history where escalation_id = ? and event = 'CLIMBED_AT_DEADLINE'",
      [escalation.id],
    );
    expect(history!.n).toBe(1);
  });

  it('raiseFromTrigger is idempotent on (trigger, sourceKey) while open', async () => {
    const target = cases[2]!;
    const raise = () =>
      platform.orm.em.fork().transactional((tx) =>
        raiseFromTrigger(tx, {
          caseId: target.id,
          trigger: 'PLAN_OBJECTION',
          sourceKey: `objection:${target.id}:v2`,
          reason: 'Bezwaar van de politie tegen planversie 2.',
          decisionAsked: 'Pas het plan aan of besluit ondanks het bezwaar.',
        }),
      );
    const [first, second] = await Promise.all([raise(), raise()]);
    expect([first.created, second.created].sort()).toEqual([false, true]);
    expect(first.escalation.id).toBe(second.escalation.id);
    const [count] = await platform.sql<{ n: number }>(
      "select count(*)::int as n from escalation where trigger = 'PLAN_OBJECTION' and case_id = ?",
      [target.id],
    );
    expect(count!.n).toBe(1);
  });

  it('the raiser may withdraw with a reason; bad input stores nothing', async () => {
    const target = cases[3]!;
    const raiser = await login(VT_PRO);
    const count = async () =>
      (
        await platform.sql<{ n: number }>('select count(*)::int as n from escalation where case_id = ?', [target.id])
      )[0]!.n;
    const before = await count();
    const bad = await raiser.request(RAISE, { i: { caseId: target.id, reason: 'kort', decisionAsked: '' } });
    expect(codeOf(bad.errors)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.message).toMatch(/reason: is te kort/);
    expect(bad.errors![0]!.message).toMatch(/decisionAsked: is verplicht/);
    expect(await count()).toBe(before);
    const raised = await raiser.ok<{ raiseEscalation: { id: string; version: number } }>(RAISE, {
      i: {
        caseId: target.id,
        reason: 'Jeugdbescherming reageert niet op verzoek om overleg.',
        decisionAsked: 'Wie spreekt de GI aan?',
      },
    });
    expect(
      codeOf(
        (
          await (
            await login(ZVH_LEAD)
          ).request(WITHDRAW, {
            i: {
              escalationId: raised.raiseEscalation.id,
              expectedVersion: raised.raiseEscalation.version,
              text: 'Niet meer nodig.',
            },
          })
        ).errors,
      ),
    ).toBe('NOT_FOUND');
    const withdrawn = await raiser.ok<{ withdrawEscalation: { status: string; closingReason: string } }>(WITHDRAW, {
      i: {
        escalationId: raised.raiseEscalation.id,
        expectedVersion: raised.raiseEscalation.version,
        text: 'De GI heeft inmiddels gebeld.',
      },
    });
    expect(withdrawn.withdrawEscalation).toMatchObject({
      status: 'WITHDRAWN',
      closingReason: 'De GI heeft inmiddels gebeld.',
    });
  });
});

describe('triggers', () => {
  it('a safety score that drops by 2 raises an escalation once; a further low score joins it', async () => {
    const target = cases[4]!;
    const director = await login(VT_DIRECTOR);
    const score = (value: number, scoredOn: string) =>
      director.ok<{ recordSafetyScore: { escalationId: string | null } }>(SCORE, {
        i: { caseId: target.id, score: value, scoredBy: 'FAMILY', scoredOn },
      });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    expect((await score(8, today)).recordSafetyScore.escalationId).toBeNull();
    expect((await score(7, today)).recordSafetyScore.escalationId).toBeNull();
    const dropped = (await score(5, today)).recordSafetyScore.escalationId;
    expect(dropped).not.toBeNull();
    expect((await score(4, today)).recordSafetyScore.escalationId).toBe(dropped);
    const rows = await platform.sql<{ trigger: string; level: number; reason: string }>(
      "select trigger, level, reason from escalation where case_id = ? and status = 'OPEN'",
      [target.id],
    );
    expect(rows).toEqual([expect.objectContaining({ trigger: 'SAFETY_SCORE', level: 1 })]);
    expect(rows[0]!.reason).toMatch(/daalde van 7 naar 5/);
    const bad = await director.request(SCORE, {
      i: { caseId: target.id, score: 11, scoredBy: 'FAMILY', scoredOn: '2999-01-01' },
    });
    expect(codeOf(bad.errors)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.message).toMatch(/score: .*0 tot en met 10/);
    expect(bad.errors![0]!.message).toMatch(/scoredOn/);
  });

  it('a new report (melding) during the case raises an escalation; only Veilig Thuis registers it', async () => {
    const target = cases[5]!;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    const input = {
      i: { caseId: target.id, receivedOn: today, source: 'POLICE', acute: true, externalReference: 'VT-2026-88123' },
    };
    const director = await login(VT_PROCESS);
    const report = await (await login(VT_PRO)).ok<{ recordHouseholdReport: { escalationId: string } }>(REPORT, input);
    const e = await view(director, report.recordHouseholdReport.escalationId);
    expect(e).toMatchObject({ trigger: 'NEW_REPORT', level: 1 });
    expect(codeOf((await (await login(VT_PRO)).request(REPORT, input)).errors)).toBe('CONFLICT');
    const [policeOnTeam] = await platform.sql<{ n: number }>(
      "select count(*)::int as n from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = ? and o.type = 'POLICE' and m.valid_until is null",
      [target.id],
    );
    expect(codeOf((await (await login(POLICE)).request(REPORT, input)).errors)).toBe(
      policeOnTeam!.n > 0 ? 'FORBIDDEN' : 'NOT_FOUND',
    );
  });

  it('a case without a director past the norm raises NO_DIRECTOR once per waiting period, at level 2', async () => {
    const now = new Date();
    const first = await runDirectionTriggers(platform.orm.em, now);
    expect(first.noDirector).toBeGreaterThan(0);
    expect((await runDirectionTriggers(platform.orm.em, now)).noDirector).toBe(0);
    const rows = await platform.sql<{ level: number; n: number }>(
      "select level, count(*)::int as n from escalation where trigger = 'NO_DIRECTOR' group by level",
    );
    expect(rows).toEqual([{ level: 2, n: first.noDirector }]);
  });
});

describe('notifications', () => {
  it('every notification has its outbox row, and no text names a household member', async () => {
    const [orphans] = await platform.sql<{ n: number }>(
      'select count(*)::int as n from notification n where not exists (select 1 from notification_outbox o where o.notification_id = n.id)',
    );
    expect(orphans!.n).toBe(0);
    const [total] = await platform.sql<{ n: number }>(
      'select count(*)::int as n from notification_outbox where sent_at is null and attempts = 0',
    );
    expect(total!.n).toBeGreaterThan(0);
    const leaks = await platform.sql<{ message: string }>(
      `select n.message from notification n join household_member hm on true join person p on p.id = hm.person_id
        join case_file c on c.household_id = hm.household_id and c.id = n.case_id
       where n.message ilike '%' || p.last_name || '%' or n.message ilike '%' || p.first_name || ' %'`,
    );
    expect(leaks).toEqual([]);
    expect(await verifyAuditChain(platform.orm.em.fork())).toMatchObject({ ok: true });
  });

  it('a notification about an escalation names it, so the recipient goes straight to it', async () => {
    const rows = await platform.sql<{ kind: string; named: number; total: number }>(
      `select n.kind, count(n.escalation_id)::int as named, count(*)::int as total from notification n
        where n.kind like 'ESCALATION_%' group by n.kind order by n.kind`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r, r.kind).toMatchObject({ named: r.total });
    const [one] = await platform.sql<{ email: string; escalation_id: string }>(
      `select u.email, n.escalation_id from notification n join app_user u on u.id = n.recipient_id where n.kind = 'ESCALATION_RAISED' and n.escalation_id is not null order by n.created_at desc limit 1`,
    );
    const recipient = await new ApiClient(platform.baseUrl).loginAs(one!.email);
    const { notifications } = await recipient.ok<{ notifications: { kind: string; escalationId: string | null }[] }>(
      '{ notifications { kind escalationId } }',
    );
    expect(notifications.filter((n) => n.kind === 'ESCALATION_RAISED').map((n) => n.escalationId)).toContain(
      one!.escalation_id,
    );
  });
});
