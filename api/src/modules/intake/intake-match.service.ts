import type { EntityManager } from '@mikro-orm/postgresql';
import { classifyReport, type CaseStatus, type CbsReportCategory } from '@mda/domain';
import type { Actor } from '@mda/authz';

/**
 * Matching and re-report classification (docs/intake.md). Persons are found again on the BSN
 * hash (the same person by definition) or offered as candidates on the normalised name key and
 * date of birth (person_name_key_dob_index), which a professional confirms or rejects.
 * Access to a known case is decided here in SQL (team membership active today, or the viewer
 * directs the case), not from lists carried by the actor.
 */

/** A Postgres array literal for `= any(?::uuid[])` (ids and codes only: no commas, quotes or braces). */
export function pgArray(values: readonly string[]): string {
  return `{${values.join(',')}}`;
}

export interface KnownCaseRow {
  personId: string;
  caseId: string;
  reference: string;
  status: CaseStatus;
  visible: boolean;
}

export interface CandidateRow {
  reportPersonId: string;
  personId: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string | null;
  hasBsn: boolean;
}

/** The oldest person record with this BSN hash, if any. */
export async function personIdByBsnHash(em: EntityManager, hash: string): Promise<string | null> {
  const rows = await em.execute<{ id: string }[]>(
    `select id from person where bsn_hash = ? and pseudonymised_at is null order by created_at, id limit 1`,
    [hash],
  );
  return rows[0]?.id ?? null;
}

/** Cases the persons are in, each with whether the viewer may open it. */
export async function knownCasesOf(
  em: EntityManager,
  actor: Actor,
  today: string,
  personIds: readonly string[],
): Promise<KnownCaseRow[]> {
  if (personIds.length === 0) return [];
  const rows = await em.execute<
    { person_id: string; id: string; reference: string; status: CaseStatus; visible: boolean }[]
  >(
    `select hm.person_id, c.id, c.reference, c.status,
            (exists (select 1 from case_team_membership m
                      where m.case_id = c.id and m.organisation_id = ? and m.ended_at is null
                        and m.valid_from <= ? and (m.valid_until is null or m.valid_until >= ?))
             or exists (select 1 from director_assignment d where d.case_id = c.id and d.user_id = ? and d.status = 'ACCEPTED')) as visible
       from household_member hm join case_file c on c.household_id = hm.household_id
      where hm.person_id = any(?::uuid[])
      order by c.opened_at, c.id`,
    [actor.organisationId, today, today, actor.userId, pgArray(personIds)],
  );
  return rows.map((r) => ({
    personId: r.person_id,
    caseId: r.id,
    reference: r.reference,
    status: r.status,
    visible: r.visible,
  }));
}

/** Reports other than `exceptReportId` naming each person. */
export async function reportCountsOf(
  em: EntityManager,
  personIds: readonly string[],
  exceptReportId: string | null,
): Promise<Map<string, number>> {
  if (personIds.length === 0) return new Map();
  const rows = await em.execute<{ person_id: string; n: number }[]>(
    `select person_id, count(*)::int as n from intake_report_person where person_id = any(?::uuid[]) and report_id is distinct from ? group by person_id`,
    [pgArray(personIds), exceptReportId],
  );
  return new Map(rows.map((r) => [r.person_id, r.n]));
}

/**
 * Name candidates for report persons first known through their report: same name key and date
 * of birth, not rejected, not pseudonymised, and not two different BSNs.
 */
export async function candidatesOf(em: EntityManager, reportPersonIds: readonly string[]): Promise<CandidateRow[]> {
  if (reportPersonIds.length === 0) return [];
  const rows = await em.execute<
    {
      rp_id: string;
      id: string;
      first_name: string;
      last_name: string;
      date_of_birth: string | null;
      has_bsn: boolean;
    }[]
  >(
    `select rp.id as rp_id, p.id, p.first_name, p.last_name, p.date_of_birth::text as date_of_birth, p.bsn_hash is not null as has_bsn
       from intake_report_person rp
       join person me on me.id = rp.person_id
       join lateral (
         select p.* from person p
          where p.name_key = me.name_key and p.date_of_birth = me.date_of_birth and p.id <> me.id
            and p.pseudonymised_at is null
            and not (p.id = any(rp.rejected_person_ids))
            and (p.bsn_hash is null or me.bsn_hash is null)
          order by p.created_at, p.id limit 10) p on true
      where rp.id = any(?::uuid[]) and rp.match_basis = 'NEW' and me.name_key is not null and me.date_of_birth is not null
      order by rp.id, p.id`,
    [pgArray(reportPersonIds)],
  );
  return rows.map((r) => ({
    reportPersonId: r.rp_id,
    personId: r.id,
    firstName: r.first_name,
    lastName: r.last_name,
    dateOfBirth: r.date_of_birth,
    hasBsn: r.has_bsn,
  }));
}

/** The CBS category of a report from its linked persons' history (seed 004). */
export async function classifyReportIn(
  em: EntityManager,
  reportId: string,
  personIds: readonly string[],
): Promise<CbsReportCategory> {
  if (personIds.length === 0) return 'FIRST_REPORT';
  const ids = pgArray(personIds);
  const [row] = await em.execute<
    { known: number; during_assessment: boolean; during_monitoring: boolean; after_assessment: boolean }[]
  >(
    `select
       (select count(*)::int from unnest(?::uuid[]) as x(pid)
         where exists (select 1 from intake_report_person o where o.person_id = x.pid and o.report_id <> ?)
            or exists (select 1 from household_member hm where hm.person_id = x.pid)) as known,
       exists (select 1 from intake_report_person o join intake_report r on r.id = o.report_id
                where o.person_id = any(?::uuid[]) and r.id <> ? and r.kind = 'REPORT'
                  and r.status in ('RECEIVED', 'SCREENED', 'ASSESSED')) as during_assessment,
       exists (select 1 from household_member hm join case_file c on c.household_id = hm.household_id
                where hm.person_id = any(?::uuid[]) and c.status = 'MONITORING') as during_monitoring,
       exists (select 1 from household_member hm join case_file c on c.household_id = hm.household_id
                where hm.person_id = any(?::uuid[]) and c.status in ('INTAKE', 'ACTIVE')) as after_assessment`,
    [ids, reportId, ids, reportId, ids, ids],
  );
  if (!row) return 'FIRST_REPORT';
  return classifyReport({
    knownPersons: row.known,
    duringAssessment: row.during_assessment,
    duringMonitoring: row.during_monitoring,
    afterAssessment: row.after_assessment,
  });
}
