import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient } from './support/graphql-client.js';
import { statementLog } from './support/statement-log.js';
import { activeMembershipSql } from './support/nl-today.js';

/** The meeting page reads a fixed number of statements whatever the number of items (no N+1). */
const log = statementLog();
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform({ orm: log.orm });
});
afterAll(async () => {
  await platform?.stop();
});

const CHAIR = 'procesregisseur.veiligthuis@demo.mda.test';
const PAGE = `query ($id: ID!) { meeting(id: $id) { id status currentItemId series { name chairName members { name } }
  items { id label visible caseReference question participants { organisation { name } legalBasis } contributions { body organisation { name } } decisions { text ownerOrganisation { name } dueOn } }
  attendance { organisation { name } userName status } } }`;

describe('the meeting page has no N+1', () => {
  it('reads a meeting of one item and one of many items in the same number of statements', async () => {
    const chair = await new ApiClient(platform.baseUrl).loginAs(CHAIR);
    const [me] = await platform.sql<{ organisation_id: string }>(
      'select organisation_id from app_user where email = ?',
      [CHAIR],
    );
    const cases = await platform.sql<{ id: string }>(
      `select c.id from case_file c where c.status = 'ACTIVE' and exists (select 1 from case_team_membership m where m.case_id = c.id and m.organisation_id = ?
         and ${activeMembershipSql()}) order by c.reference limit 12`,
      [me!.organisation_id],
    );
    expect(cases.length).toBeGreaterThanOrEqual(4);
    const members = (await platform.sql<{ id: string }>('select id from organisation')).map((o) => o.id);
    const series = (
      await chair.ok<{ createMeetingSeries: { id: string } }>(
        'mutation ($i: CreateMeetingSeriesInput!) { createMeetingSeries(input: $i) { id } }',
        { i: { name: 'Telling', rhythm: 'wekelijks', memberOrganisationIds: members } },
      )
    ).createMeetingSeries.id;
    const meetingOf = async (caseIds: string[]) => {
      const id = (
        await chair.ok<{ planMeeting: { id: string } }>(
          'mutation ($i: PlanMeetingInput!) { planMeeting(input: $i) { id } }',
          { i: { seriesId: series, startsAt: new Date(Date.now() + 86_400_000).toISOString(), place: 'ZVH' } },
        )
      ).planMeeting.id;
      for (const caseId of caseIds)
        await chair.ok('mutation ($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { id } }', {
          i: { meetingId: id, caseId },
        });
      return id;
    };
    const small = await meetingOf([cases[0]!.id]);
    const large = await meetingOf(cases.map((c) => c.id));
    const count = async (id: string) => {
      log.reset();
      const data = await chair.ok<{ meeting: { items: { visible: boolean }[] } }>(PAGE, { id });
      return { statements: log.reads(), items: data.meeting.items.length };
    };
    const a = await count(small);
    const b = await count(large);
    console.info(
      `meeting page statements: ${a.statements.length} (1 item) vs ${b.statements.length} (${b.items} items)`,
    );
    expect(a.items).toBe(1);
    expect(b.items).toBe(cases.length);
    expect(a.statements.length).toBeGreaterThanOrEqual(3); // the logger really counts
    expect(b.statements.length, `${a.statements.join('\n')}\n---\n${b.statements.join('\n')}`).toBe(
      a.statements.length,
    );
  });
});
