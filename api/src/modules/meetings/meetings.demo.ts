import type { EntityManager } from '@mikro-orm/postgresql';
import { amsterdamDateOf, amsterdamInstant, addWorkingDays } from '@mda/domain';
import { Meeting, MeetingItem, MeetingSeries } from './meeting.entity.js';

const TODAY = `(now() at time zone 'Europe/Amsterdam')::date`;
const ACTIVE = `m.ended_at is null and m.valid_from <= ${TODAY} and (m.valid_until is null or m.valid_until >= ${TODAY})`;

/**
 * Demo MDO (docs/meetings.md): the table "MDA++ MDO Rotterdam-Zuid" chaired by Veilig Thuis'
 * process director, and a planned meeting on the next working day with three cases, the police
 * on the team of two of them (so the police see two items and that the third exists).
 * Called from the demo seed's transaction after the cases; skipped when the data lacks them.
 */
export async function seedDemoMeetings(tx: EntityManager, now: Date = new Date()): Promise<number> {
  const [chair] = await tx.execute<{ id: string; organisation_id: string }[]>(
    `select u.id, u.organisation_id from app_user u join organisation o on o.id = u.organisation_id where o.type = 'SAFE_HOME' and 'PROCESS_DIRECTOR' = any(u.roles) order by u.email limit 1`,
  );
  const [police] = await tx.execute<{ id: string }[]>(
    `select id from organisation where type = 'POLICE' order by name limit 1`,
  );
  if (!chair || !police) return 0;
  const pick = (withPolice: boolean, n: number) =>
    tx.execute<{ id: string }[]>(
      `select c.id from case_file c where c.status = 'ACTIVE'
          and exists (select 1 from case_team_membership m where m.case_id = c.id and m.organisation_id = ? and ${ACTIVE})
          and ${withPolice ? '' : 'not'} exists (select 1 from case_team_membership m where m.case_id = c.id and m.organisation_id = ? and ${ACTIVE})
        order by c.reference limit ?`,
      [chair.organisation_id, police.id, n],
    );
  const cases = [...(await pick(true, 2)), ...(await pick(false, 1))];
  if (cases.length < 3) return 0;
  const members = await tx.execute<{ id: string }[]>(`select id from organisation where type <> 'CARE' order by name`);
  const series = tx.create(MeetingSeries, {
    name: 'MDA++ MDO Rotterdam-Zuid',
    rhythm: 'Elke dinsdag 10:00-12:00, Zorg- en Veiligheidshuis Rotterdam-Rijnmond',
    chairId: chair.id,
    memberOrganisationIds: members.map((m) => m.id),
    createdById: chair.id,
  });
  await tx.flush();
  const meeting = tx.create(Meeting, {
    seriesId: series.id,
    startsAt: amsterdamInstant(addWorkingDays(amsterdamDateOf(now), 1), { hours: 10, minutes: 0 }),
    endsAt: amsterdamInstant(addWorkingDays(amsterdamDateOf(now), 1), { hours: 12, minutes: 0 }),
    place: 'Zorg- en Veiligheidshuis, zaal 2',
    videoLink: 'https://video.example.test/mdo-rotterdam-zuid',
  });
  // Plain id columns carry no relation the unit of work could order by: write parents first.
  await tx.flush();
  cases.forEach((c, i) =>
    tx.create(MeetingItem, {
      meetingId: meeting.id,
      position: i + 1,
      kind: 'CASE',
      caseId: c.id,
      question: i === 0 ? 'Is het veiligheidsplan toereikend nu het contactverbod afloopt?' : null,
      questionAuthorOrganisationIds: i === 0 ? [chair.organisation_id] : [],
      addedById: chair.id,
      authorOrganisationId: chair.organisation_id,
    }),
  );
  await tx.flush();
  return cases.length;
}
