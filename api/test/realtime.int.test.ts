import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient, codeOf, personaWith } from './support/graphql-client.js';
import { eventually, liveClient, LiveSubscription } from './support/live-client.js';

/**
 * Two API instances on one database, as behind a load balancer: a professional subscribes on
 * instance A, a partner writes on instance B, and the change reaches the subscriber through
 * PostgreSQL (trigger -> NOTIFY -> LISTEN on A), checked and masked with the subscriber's own
 * permissions.
 */
const ACTIVITY = `subscription ($caseId: ID!) { caseActivity(caseId: $caseId) {
  caseId subjectType subjectId op at byOrganisation { type }
  subject { __typename ... on CaseEntry { id category title body redactedFields } }
} }`;
const NOTIFICATIONS = 'subscription { notificationAdded { id kind caseId message } }';
const RECORD = 'mutation ($input: RecordCaseEntryInput!) { recordCaseEntry(input: $input) { id } }';
const END = 'mutation ($input: EndTeamMembershipInput!) { endTeamMembership(input: $input) { id active } }';
const BREAK_GLASS =
  'mutation ($ref: String!, $reason: String!) { requestBreakGlass(caseReference: $ref, reason: $reason) { id } }';

interface Activity {
  caseActivity: {
    caseId: string;
    subjectType: string;
    subjectId: string;
    op: string;
    at: string;
    byOrganisation: { type: string } | null;
    subject: {
      __typename: string;
      id: string;
      category: string;
      title: string | null;
      body: string | null;
      redactedFields: string[];
    } | null;
  };
}
interface NotificationAdded {
  notificationAdded: { id: string; kind: string; caseId: string | null; message: string };
}

const WRITER = 'wijkteam.zuid@demo.mda.test'; // LOCAL_TEAM: records PLAN and CHILD_PROTECTION
const SUBSCRIBER = 'om@demo.mda.test'; // PROSECUTION: reads PLAN, not CHILD_PROTECTION

/** Every SQL statement instance A sends (MikroORM's query logger), to count what one delivery costs. */
let statementsOnA: string[] = [];
let a: Platform;
let b: Platform;
let target: { id: string; personId: string; subscriberMembershipId: string; directorEmail: string };

const sql = <T>(text: string, params: unknown[] = []) => a.sql<T>(text, params);

beforeAll(async () => {
  a = await startPlatform({
    orm: {
      debug: ['query'],
      logger: (message: string) => {
        if (message.includes('[query]')) statementsOnA.push(message);
      },
    },
  });
  b = await startPlatform({ shareDatabaseOf: a });
  const [row] = await sql<{ id: string; person_id: string; membership_id: string; email: string }>(
    `select c.id, (select hm.person_id from household_member hm where hm.household_id = c.household_id order by hm.person_id limit 1) as person_id,
            m.id as membership_id, du.email
       from case_file c
       join case_team_membership m on m.case_id = c.id and m.ended_at is null and m.valid_until is null
       join app_user su on su.organisation_id = m.organisation_id and su.email = ?
       join director_assignment d on d.case_id = c.id and d.status = 'ACCEPTED' and d.kind = 'CASE_DIRECTOR'
       join app_user du on du.id = d.user_id
      where c.status <> 'CLOSED'
        and exists (select 1 from case_team_membership w join app_user wu on wu.organisation_id = w.organisation_id and wu.email = ?
                     where w.case_id = c.id and w.ended_at is null and w.valid_until is null)
      order by c.reference limit 1`,
    [SUBSCRIBER, WRITER],
  );
  if (!row)
    throw new Error(
      'demo data has no open case with the prosecution and Wijkteam Zuid on the team and a case director',
    );
  target = { id: row.id, personId: row.person_id, subscriberMembershipId: row.membership_id, directorEmail: row.email };
});
afterAll(async () => {
  await b?.stop();
  await a?.stop();
});

const entryInput = (category: string, title: string) => ({
  caseId: target.id,
  category,
  title,
  body: `${title}: afspraken uit het MDO (synthetisch).`,
  concerns: [target.personId],
});

/** Subscribes and waits until instance A has registered the subscriber (no event can be missed after). */
async function subscribeOnA<T>(
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<LiveSubscription<T>> {
  const before = a.server.realtime.hub.subscriberCount;
  const { client } = liveClient(a.wsUrl, { token });
  const subscription = new LiveSubscription<T>(client, query, variables);
  await Promise.race([
    eventually(() => a.server.realtime.hub.subscriberCount > before, 'the subscription is registered on instance A'),
    subscription.end('the subscription should not end before it starts').then(() => {
      throw new Error(`subscription ended: ${JSON.stringify(subscription.errors)}`);
    }),
  ]);
  return subscription;
}

describe('caseActivity across two API instances', () => {
  it("delivers a partner's new entry to the subscriber on the other instance, its content masked by the subscriber's own permissions, and audited", async () => {
    const subscriber = await new ApiClient(a.baseUrl).loginAs(SUBSCRIBER);
    const writer = await new ApiClient(b.baseUrl).loginAs(WRITER);
    const live = await subscribeOnA<Activity>(subscriber.token!, ACTIVITY, { caseId: target.id });

    const plan = (
      await writer.ok<{ recordCaseEntry: { id: string } }>(RECORD, {
        input: entryInput('PLAN', 'Veiligheidsplan bijgewerkt'),
      })
    ).recordCaseEntry;
    const planEvent = (await live.next((i) => i.caseActivity.subjectId === plan.id, 'the PLAN entry event'))
      .caseActivity;
    expect(planEvent).toMatchObject({
      caseId: target.id,
      subjectType: 'case_entry',
      op: 'INSERT',
      byOrganisation: { type: 'LOCAL_TEAM' },
    });
    expect(planEvent.subject).toMatchObject({
      __typename: 'CaseEntry',
      id: plan.id,
      category: 'PLAN',
      title: 'Veiligheidsplan bijgewerkt',
      redactedFields: [],
    });

    // Child-protection content is not for the prosecution: the event arrives, the content does not.
    const child = (
      await writer.ok<{ recordCaseEntry: { id: string } }>(RECORD, {
        input: entryInput('CHILD_PROTECTION', 'Zorgen over de kinderen'),
      })
    ).recordCaseEntry;
    const childEvent = (
      await live.next((i) => i.caseActivity.subjectId === child.id, 'the CHILD_PROTECTION entry event')
    ).caseActivity;
    expect(childEvent.subject).toMatchObject({ id: child.id, category: 'CHILD_PROTECTION', title: null, body: null });
    expect(childEvent.subject!.redactedFields).toEqual(
      expect.arrayContaining(['title', 'body', 'occurredOn', 'concerns']),
    );

    // What was delivered is on record as a read by the subscriber, marked with the subscription; what was withheld is not.
    const reads = await sql<{ subject_id: string; fields: string[]; reason: string; organisation_type: string }>(
      `select e.subject_id, e.fields, e.reason, e.organisation_type from audit.event e join app_user u on u.id = e.actor_user_id
        where u.email = ? and e.action = 'READ' and e.subject_type = 'CaseEntry' and e.subject_id in (?, ?)`,
      [SUBSCRIBER, plan.id, child.id],
    );
    expect(reads).toEqual([
      expect.objectContaining({
        subject_id: plan.id,
        reason: 'SUBSCRIPTION caseActivity',
        organisation_type: 'PROSECUTION',
      }),
    ]);
    expect(reads[0]!.fields).toEqual(expect.arrayContaining(['title', 'body']));
    live.unsubscribe();
  });

  it('costs each subscriber the same few statements per delivered event, whatever came before', async () => {
    const subscriber = await new ApiClient(a.baseUrl).loginAs(SUBSCRIBER);
    const writer = await new ApiClient(b.baseUrl).loginAs(WRITER);
    const live = await subscribeOnA<Activity>(subscriber.token!, ACTIVITY, { caseId: target.id });
    const costs: number[] = [];
    for (const title of ['Eerste afspraak', 'Tweede afspraak', 'Derde afspraak']) {
      statementsOnA = [];
      const entry = (await writer.ok<{ recordCaseEntry: { id: string } }>(RECORD, { input: entryInput('PLAN', title) }))
        .recordCaseEntry;
      await live.next((i) => i.caseActivity.subjectId === entry.id, title);
      costs.push(statementsOnA.length);
    }
    // session + actor (renewal), the entry with its author, and the audit write (transaction, chain head, insert).
    expect(new Set(costs).size).toBe(1);
    expect(costs[0]).toBeGreaterThanOrEqual(3);
    expect(costs[0]).toBeLessThanOrEqual(9);
    console.info(`realtime: ${costs[0]} statements per delivered caseActivity event per subscriber`);
    live.unsubscribe();
  });

  it("delivers a change to the joint plan, made through instance B's database, as an event without content (the client re-reads the plan)", async () => {
    const subscriber = await new ApiClient(a.baseUrl).loginAs(SUBSCRIBER);
    const live = await subscribeOnA<Activity>(subscriber.token!, ACTIVITY, { caseId: target.id });
    // Any committed write to a plan table publishes (Migration20261125060000_plan_realtime).
    const [plan] = await b.sql<{ id: string }>(
      'insert into plan (id, case_id) values (gen_random_uuid(), ?) on conflict (case_id) do update set updated_at = now() returning id',
      [target.id],
    );
    const event = (
      await live.next(
        (i) => i.caseActivity.subjectType === 'plan' && i.caseActivity.subjectId === plan!.id,
        'the plan event',
      )
    ).caseActivity;
    expect(event).toMatchObject({ caseId: target.id, subjectType: 'plan', subjectId: plan!.id, subject: null });
    expect(['INSERT', 'UPDATE']).toContain(event.op);
    live.unsubscribe();
  });

  it('delivers an escalation raised on instance B as an event, so the case page refreshes its "Escalaties" section', async () => {
    const subscriber = await new ApiClient(a.baseUrl).loginAs(SUBSCRIBER);
    const live = await subscribeOnA<Activity>(subscriber.token!, ACTIVITY, { caseId: target.id });
    const writer = await new ApiClient(b.baseUrl).loginAs(WRITER);
    const raised = await writer.ok<{ raiseEscalation: { id: string } }>(
      'mutation ($input: RaiseEscalationInput!) { raiseEscalation(input: $input) { id } }',
      {
        input: {
          caseId: target.id,
          reason: 'De afgesproken intake is na twee rondes nog niet gepland.',
          decisionAsked: 'Besluit wie de intake deze week regelt.',
        },
      },
    );
    const event = (await live.next((i) => i.caseActivity.subjectType === 'escalation', 'the escalation event'))
      .caseActivity;
    expect(event).toMatchObject({
      caseId: target.id,
      subjectType: 'escalation',
      subjectId: raised.raiseEscalation.id,
      op: 'INSERT',
      subject: null,
    });
    live.unsubscribe();
  });

  it("refuses a case outside the subscriber's teams as NOT_FOUND, on record as DENIED", async () => {
    const [outsider] = await sql<{ email: string }>(
      `select u.email from app_user u where u.email like '%@demo.mda.test' and u.active
          and not exists (select 1 from case_team_membership m where m.case_id = ? and m.organisation_id = u.organisation_id)
          and not exists (select 1 from director_assignment d where d.case_id = ? and d.user_id = u.id)
          and exists (select 1 from case_team_membership m2 where m2.organisation_id = u.organisation_id)
        order by u.email limit 1`,
      [target.id, target.id],
    );
    const client = await new ApiClient(a.baseUrl).loginAs(outsider!.email);
    const { client: ws } = liveClient(a.wsUrl, { token: client.token! });
    const live = new LiveSubscription<Activity>(ws, ACTIVITY, { caseId: target.id });
    await live.end('the refusal');
    expect(live.items).toEqual([]);
    expect(codeOf(live.errors)).toBe('NOT_FOUND');
    const denied = await sql<{ reason: string }>(
      `select e.reason from audit.event e join app_user u on u.id = e.actor_user_id where u.email = ? and e.action = 'DENIED' and e.case_id = ?`,
      [outsider!.email, target.id],
    );
    expect(denied).toEqual([expect.objectContaining({ reason: 'NOT_ON_CASE_TEAM' })]);
    await ws.dispose();
  });

  it("stops delivery on the very next event once the subscriber's organisation leaves the team", async () => {
    const subscriber = await new ApiClient(a.baseUrl).loginAs(SUBSCRIBER);
    const live = await subscribeOnA<Activity>(subscriber.token!, ACTIVITY, { caseId: target.id });
    const director = await new ApiClient(b.baseUrl).loginAs(target.directorEmail);
    expect(
      (
        await director.ok<{ endTeamMembership: { active: boolean } }>(END, {
          input: { membershipId: target.subscriberMembershipId },
        })
      ).endTeamMembership.active,
    ).toBe(false);
    // The membership change itself is the next event: it ends the subscription instead of being delivered.
    await live.end('the subscription ends after the membership ended');
    expect(codeOf(live.errors)).toBe('NOT_FOUND');
    expect(live.items).toEqual([]);
    const writer = await new ApiClient(b.baseUrl).loginAs(WRITER);
    const later = (
      await writer.ok<{ recordCaseEntry: { id: string } }>(RECORD, {
        input: entryInput('PLAN', 'Na vertrek van het OM'),
      })
    ).recordCaseEntry;
    expect(live.items.some((i) => i.caseActivity.subjectId === later.id)).toBe(false);
    // And a new subscription is refused like any case outside the teams.
    const { client: ws } = liveClient(a.wsUrl, { token: subscriber.token! });
    const again = new LiveSubscription<Activity>(ws, ACTIVITY, { caseId: target.id });
    await again.end('the refusal');
    expect(codeOf(again.errors)).toBe('NOT_FOUND');
    const denied = await sql<{ n: number }>(
      `select count(*)::int as n from audit.event e join app_user u on u.id = e.actor_user_id where u.email = ? and e.action = 'DENIED' and e.case_id = ?`,
      [SUBSCRIBER, target.id],
    );
    expect(denied[0]!.n).toBe(2);
    await ws.dispose();
  });
});

describe('the websocket connection', () => {
  it('refuses a connection without a session', async () => {
    const { client, closed } = liveClient(a.wsUrl);
    const live = new LiveSubscription<NotificationAdded>(client, NOTIFICATIONS);
    await live.end('the refusal');
    expect((await closed).code).toBe(4403);
    expect(live.items).toEqual([]);
  });

  it("accepts the session cookie from the API's own origin and refuses it from a foreign page", async () => {
    const user = await new ApiClient(a.baseUrl).loginAs(WRITER);
    const cookie = `mda_session=${user.token}`;
    const foreign = liveClient(a.wsUrl, { cookie, origin: 'https://evil.example' });
    const refused = new LiveSubscription<NotificationAdded>(foreign.client, NOTIFICATIONS);
    await refused.end('the refusal');
    expect((await foreign.closed).code).toBe(4403);
    // The same cookie without any Origin (not a browser) is not accepted either.
    const bare = liveClient(a.wsUrl, { cookie });
    const bareSub = new LiveSubscription<NotificationAdded>(bare.client, NOTIFICATIONS);
    await bareSub.end('the refusal');
    expect((await bare.closed).code).toBe(4403);

    const before = a.server.realtime.hub.subscriberCount;
    const own = liveClient(a.wsUrl, { cookie, origin: a.baseUrl });
    const accepted = new LiveSubscription<NotificationAdded>(own.client, NOTIFICATIONS);
    await eventually(
      () => a.server.realtime.hub.subscriberCount > before || accepted.ended,
      'the cookie subscription is registered',
    );
    expect(accepted.ended).toBe(false);
    await own.client.dispose();
  });

  it('serves subscriptions only: a query over the websocket is refused (reads are audited per HTTP request)', async () => {
    const user = await new ApiClient(a.baseUrl).loginAs(WRITER);
    const { client } = liveClient(a.wsUrl, { token: user.token! });
    const query = new LiveSubscription<unknown>(client, '{ cases(first: 1) { totalCount } }');
    await query.end('the refusal');
    expect(codeOf(query.errors)).toBe('BAD_REQUEST');
    expect(query.items).toEqual([]);
    await client.dispose();
  });

  it('closes the connection when the session has ended, on the next event', async () => {
    const user = await new ApiClient(a.baseUrl).loginAs(WRITER);
    const { client, closed } = liveClient(a.wsUrl, { token: user.token! });
    const before = a.server.realtime.hub.subscriberCount;
    const live = new LiveSubscription<Activity>(client, ACTIVITY, { caseId: target.id });
    await eventually(() => a.server.realtime.hub.subscriberCount > before, 'the subscription is registered');
    await sql(
      `update user_session set expires_at = now() - interval '1 second' where user_id = (select id from app_user where email = ?)`,
      [WRITER],
    );
    const other = await new ApiClient(b.baseUrl).loginAs(WRITER);
    await other.ok(RECORD, { input: entryInput('PLAN', 'Na verlopen sessie') });
    expect((await closed).code).toBe(4401);
    await live.end('the subscription ends with the session');
    expect(live.items).toEqual([]);
  });
});

describe('notificationAdded', () => {
  it('delivers a break-the-glass notification to the case director only', async () => {
    // Two active cases without the police, each with its own accepted case director.
    const cases = await sql<{ id: string; reference: string; email: string }>(
      `select distinct on (u.email) c.id, c.reference, u.email from case_file c
         join director_assignment d on d.case_id = c.id and d.status = 'ACCEPTED' and d.kind = 'CASE_DIRECTOR'
         join app_user u on u.id = d.user_id
        where c.status = 'ACTIVE'
          and not exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = c.id and o.type = 'POLICE')
        order by u.email, c.reference limit 2`,
    );
    expect(cases).toHaveLength(2);
    const [first, second] = cases as [(typeof cases)[number], (typeof cases)[number]];
    const firstDirector = await new ApiClient(a.baseUrl).loginAs(first.email);
    const secondDirector = await new ApiClient(a.baseUrl).loginAs(second.email);
    const firstLive = await subscribeOnA<NotificationAdded>(firstDirector.token!, NOTIFICATIONS);
    const secondLive = await subscribeOnA<NotificationAdded>(secondDirector.token!, NOTIFICATIONS);

    const police = await new ApiClient(b.baseUrl).loginAs(personaWith('POLICE', 'PROFESSIONAL').email);
    await police.ok(BREAK_GLASS, {
      ref: first.reference,
      reason: 'Acute dreiging gemeld bij de meldkamer; verifiëren of er kinderen in huis zijn.',
    });
    const got = (
      await firstLive.next((n) => n.notificationAdded.caseId === first.id, "the first director's notification")
    ).notificationAdded;
    expect(got.kind).toBe('BREAK_GLASS');
    expect(got.message).toContain(first.reference);

    // Events arrive in commit order: when the second director's own notification arrives, the first one has passed them by.
    await police.ok(BREAK_GLASS, {
      ref: second.reference,
      reason: 'Acute dreiging gemeld bij de meldkamer; verifiëren of er kinderen in huis zijn.',
    });
    await secondLive.next((n) => n.notificationAdded.caseId === second.id, "the second director's notification");
    expect(secondLive.items.map((n) => n.notificationAdded.caseId)).toEqual([second.id]);
    expect(firstLive.items.map((n) => n.notificationAdded.caseId)).toEqual([first.id]);
    firstLive.unsubscribe();
    secondLive.unsubscribe();
  });
});

describe('the LISTEN connection', () => {
  it('reconnects after the database drops it, and delivery resumes', async () => {
    const listener = a.server.realtime.listener;
    const before = listener.connections;
    const killed = await sql<{ ok: boolean }>(
      `select pg_terminate_backend(pid) as ok from pg_stat_activity where application_name = 'mda-realtime' and datname = current_database()`,
    );
    expect(killed.length).toBeGreaterThanOrEqual(2); // instance A's and instance B's
    await eventually(() => listener.connections > before && listener.listening, 'instance A listens again');

    const user = await new ApiClient(a.baseUrl).loginAs(WRITER);
    const live = await subscribeOnA<Activity>(user.token!, ACTIVITY, { caseId: target.id });
    const writer = await new ApiClient(b.baseUrl).loginAs(WRITER);
    const entry = (
      await writer.ok<{ recordCaseEntry: { id: string } }>(RECORD, { input: entryInput('PLAN', 'Na herverbinden') })
    ).recordCaseEntry;
    await live.next((i) => i.caseActivity.subjectId === entry.id, 'the entry recorded after the reconnect');
    live.unsubscribe();
  });
});
