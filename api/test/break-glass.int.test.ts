import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient, codeOf, personaWith } from './support/graphql-client.js';

const CASE = 'query ($id: ID!) { case(id: $id) { id reference version } }';
const REQUEST =
  'mutation ($ref: String!, $reason: String!) { requestBreakGlass(caseReference: $ref, reason: $reason) { id caseId expiresAt reviewStatus organisation { type } } }';
const QUEUE =
  'query ($s: BreakGlassReviewStatus) { breakGlassReviews(status: $s) { id caseReference requestedBy reason reviewStatus reviewComment } }';
const REVIEW =
  'mutation ($i: ReviewBreakGlassInput!) { reviewBreakGlass(input: $i) { id reviewStatus reviewComment } }';
const REASON = 'Acute dreiging gemeld bij de meldkamer; slachtoffer belt vanaf onbekend adres.';

let platform: Platform;
let target: { id: string; reference: string; directorEmail: string };
beforeAll(async () => {
  platform = await startPlatform();
  // An active case without the police on its team, with an accepted case director.
  const [row] = await platform.orm.em
    .fork()
    .getConnection()
    .execute<{ id: string; reference: string; email: string }[]>(
      `select c.id, c.reference, u.email from case_file c
       join director_assignment d on d.case_id = c.id and d.status = 'ACCEPTED' and d.kind = 'CASE_DIRECTOR'
       join app_user u on u.id = d.user_id
      where c.status = 'ACTIVE'
        and not exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = c.id and o.type = 'POLICE')
      order by c.reference limit 1`,
    );
  target = { id: row!.id, reference: row!.reference, directorEmail: row!.email };
});
afterAll(async () => {
  await platform?.stop();
});

describe('break the glass', () => {
  it('grants the police emergency read access with a reason, notifies the director, and lands in the FG review queue', async () => {
    const police = await new ApiClient(platform.baseUrl).loginAs(personaWith('POLICE', 'PROFESSIONAL').email);
    expect(codeOf((await police.request(CASE, { id: target.id })).errors)).toBe('NOT_FOUND');

    const short = await police.request(REQUEST, { ref: target.reference, reason: 'spoed' });
    expect(codeOf(short.errors)).toBe('BAD_USER_INPUT');
    expect(short.errors?.[0]?.message).toMatch(/reason/);

    const granted = await police.ok<{ requestBreakGlass: { id: string; expiresAt: string; reviewStatus: string } }>(
      REQUEST,
      { ref: target.reference, reason: REASON },
    );
    const hours = (Date.parse(granted.requestBreakGlass.expiresAt) - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(3.9);
    expect(hours).toBeLessThanOrEqual(4);
    expect(granted.requestBreakGlass.reviewStatus).toBe('PENDING');

    const read = await police.ok<{ case: { id: string; version: number } }>(CASE, { id: target.id });
    expect(read.case.id).toBe(target.id);
    const write = await police.request('mutation ($i: TransitionCaseInput!) { transitionCase(input: $i) { id } }', {
      i: { caseId: target.id, to: 'MONITORING', expectedVersion: read.case.version },
    });
    expect(codeOf(write.errors)).toBe('FORBIDDEN');

    const director = await new ApiClient(platform.baseUrl).loginAs(target.directorEmail);
    const notes = await director.ok<{ notifications: { kind: string; message: string; caseId: string }[] }>(
      '{ notifications { kind message caseId } }',
    );
    expect(notes.notifications).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'BREAK_GLASS', caseId: target.id })]),
    );
    expect(notes.notifications[0]!.message).toContain(target.reference);

    // The review goes to the privacy officer of the organisation that broke the glass, not to another's.
    const otherFg = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'PRIVACY_OFFICER').email);
    const otherQueue = await otherFg.ok<{ breakGlassReviews: { id: string }[] }>(QUEUE, { s: 'PENDING' });
    expect(otherQueue.breakGlassReviews.map((g) => g.id)).not.toContain(granted.requestBreakGlass.id);
    expect(
      codeOf(
        (await otherFg.request(REVIEW, { i: { grantId: granted.requestBreakGlass.id, decision: 'APPROVED' } })).errors,
      ),
    ).toBe('NOT_FOUND');
    const fg = await new ApiClient(platform.baseUrl).loginAs(personaWith('POLICE', 'PRIVACY_OFFICER').email);
    const queue = await fg.ok<{ breakGlassReviews: { id: string; caseReference: string; reason: string }[] }>(QUEUE, {
      s: 'PENDING',
    });
    expect(queue.breakGlassReviews).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: granted.requestBreakGlass.id, caseReference: target.reference, reason: REASON }),
      ]),
    );

    expect(codeOf((await police.request(QUEUE, { s: 'PENDING' })).errors)).toBe('FORBIDDEN');
    const noComment = await fg.request(REVIEW, { i: { grantId: granted.requestBreakGlass.id, decision: 'FLAGGED' } });
    expect(codeOf(noComment.errors)).toBe('BAD_USER_INPUT');
    const flagged = await fg.ok<{ reviewBreakGlass: { reviewStatus: string } }>(REVIEW, {
      i: {
        grantId: granted.requestBreakGlass.id,
        decision: 'FLAGGED',
        comment: 'Geen melding bij meldkamer gevonden; navragen.',
      },
    });
    expect(flagged.reviewBreakGlass.reviewStatus).toBe('FLAGGED');
    expect(
      codeOf((await fg.request(REVIEW, { i: { grantId: granted.requestBreakGlass.id, decision: 'APPROVED' } })).errors),
    ).toBe('CONFLICT');
  });

  it('ends by itself: an expired grant reads nothing on the very next request', async () => {
    const police = await new ApiClient(platform.baseUrl).loginAs(personaWith('POLICE', 'PROFESSIONAL').email);
    await police.ok(REQUEST, { ref: target.reference, reason: REASON });
    expect((await police.ok<{ case: { id: string } }>(CASE, { id: target.id })).case.id).toBe(target.id);
    await platform.orm.em
      .fork()
      .getConnection()
      .execute(
        "update break_glass_grant set granted_at = now() - interval '5 hours', expires_at = now() - interval '1 hour'",
      );
    expect(codeOf((await police.request(CASE, { id: target.id })).errors)).toBe('NOT_FOUND');
  });

  it('is refused for a team member (who needs no glass) and for an unknown reference', async () => {
    const safeHome = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'PROFESSIONAL').email);
    const [own] = await platform.orm.em
      .fork()
      .getConnection()
      .execute<{ reference: string }[]>(
        `select c.reference from case_file c join case_team_membership m on m.case_id = c.id join organisation o on o.id = m.organisation_id
        where o.type = 'SAFE_HOME' and m.valid_until is null and c.status <> 'CLOSED' limit 1`,
      );
    expect(codeOf((await safeHome.request(REQUEST, { ref: own!.reference, reason: REASON })).errors)).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf((await safeHome.request(REQUEST, { ref: 'MDA-2099-999999', reason: REASON })).errors)).toBe(
      'NOT_FOUND',
    );
  });
});
