import type { Platform } from './platform.js';
import { clientFor } from './plan-fixtures.js';

/**
 * The MDO objects of the hostile-input suite (api/test/hostile-ids.int.test.ts): a table of
 * another team, made through the API by Veilig Thuis' process director (on the target case's
 * team), whose members are the target case's team organisations plus `extraMemberOrganisation`
 * (a member organisation that is NOT on the case team: it may see the meeting, never the
 * item's content). A planned meeting with the target case on its agenda, its MDO form filled
 * in, a partner's picture and a decision: the texts come back so the suite can check they
 * never leak.
 */
export interface MeetingFixture {
  seriesId: string;
  meetingId: string;
  meetingItemId: string;
  /** The item's texts (question, picture, decision): never in a refused answer. */
  texts: string[];
}

const CHAIR = 'procesregisseur.veiligthuis@demo.mda.test';
const ITEM = 'id caseId version';

export async function meetingOfAnotherTeam(
  platform: Platform,
  caseId: string,
  extraMemberOrganisation: string,
): Promise<MeetingFixture> {
  const team = await platform.sql<{ organisation_id: string }>(
    'select distinct organisation_id from case_team_membership where case_id = ? and ended_at is null',
    [caseId],
  );
  const [extra] = await platform.sql<{ id: string }>('select id from organisation where name = ?', [
    extraMemberOrganisation,
  ]);
  if (!extra) throw new Error(`demo data lacks the organisation ${extraMemberOrganisation}`);
  const chair = await clientFor(platform, CHAIR, 'MDO_PREPARATION');
  const series = await chair.ok<{ createMeetingSeries: { id: string } }>(
    'mutation ($i: CreateMeetingSeriesInput!) { createMeetingSeries(input: $i) { id } }',
    {
      i: {
        name: 'Casustafel van de hostile-input test',
        rhythm: 'elke donderdag 14:00',
        memberOrganisationIds: [...team.map((t) => t.organisation_id), extra.id],
      },
    },
  );
  const planned = await chair.ok<{ planMeeting: { id: string } }>(
    'mutation ($i: PlanMeetingInput!) { planMeeting(input: $i) { id } }',
    {
      i: {
        seriesId: series.createMeetingSeries.id,
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        place: 'Veilig Thuis, zaal 1',
      },
    },
  );
  const meetingId = planned.planMeeting.id;
  const added = await chair.ok<{
    addAgendaItem: { items: { id: string; caseId: string | null; version: number | null }[] };
  }>(`mutation ($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { items { ${ITEM} } } }`, {
    i: { meetingId, caseId },
  });
  const item = added.addAgendaItem.items.find((i) => i.caseId === caseId);
  if (!item) throw new Error('the target case is not on the agenda of the fixture meeting');
  const texts = [
    'Houdt het veiligheidsplan stand nu de vader terug in de wijk woont?',
    'Moeder meldt dat de vader haar opwacht bij de school van de kinderen.',
    'Veilig Thuis vraagt een spoedzitting aan voor een nieuw huisverbod.',
  ];
  await chair.ok(`mutation ($i: SaveItemFormInput!) { saveItemForm(input: $i) { id } }`, {
    i: { itemId: item.id, expectedVersion: item.version, question: texts[0], questionCategory: 'PLAN' },
  });
  await chair.ok(`mutation ($i: AddItemContributionInput!) { addItemContribution(input: $i) { id } }`, {
    i: { itemId: item.id, kind: 'PICTURE', category: 'PLAN', body: texts[1] },
  });
  await chair.ok(`mutation ($i: RecordDecisionInput!) { recordDecision(input: $i) { id } }`, {
    i: { itemId: item.id, text: texts[2] },
  });
  return { seriesId: series.createMeetingSeries.id, meetingId, meetingItemId: item.id, texts };
}
