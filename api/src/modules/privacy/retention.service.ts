import type { EntityManager } from '@mikro-orm/postgresql';
import type { DataCategory } from '@mda/authz';
import type { OrganisationType } from '@mda/domain';
import { AuditTrail } from '../../core/audit/audit-trail.js';
import { changeOf } from '../../core/context/request-audit.js';
import { todayInNetherlands } from '../../core/graphql/validation.js';
import { log } from '../../core/log/logger.js';
import { RETENTION_POLICY, retainUntil } from './retention.policy.js';
import {
  MEETING_AUTHORS_OF_CASE,
  type MeetingSweep,
  pseudonymiseMeetingTexts,
} from '../meetings/meeting-retention.service.js';

const SYSTEM_ID = '00000000-0000-0000-0000-000000000000';
export const PSEUDONYM_TEXT = '[gepseudonimiseerd na afloop bewaartermijn]';

/**
 * At closure: a retention date for every organisation that was ever on the team or recorded
 * information in the case. Runs in the closing transaction.
 */
export async function setRetentionAtClosure(em: EntityManager, caseId: string, closedOn: string): Promise<void> {
  const orgs = await em.execute<{ id: string; type: OrganisationType }[]>(
    `select distinct o.id, o.type from organisation o
      where o.id in (select organisation_id from case_team_membership where case_id = ?)
         or o.id in (select author_organisation_id from case_entry where case_id = ?)
         or o.id in (${MEETING_AUTHORS_OF_CASE})`,
    [caseId, caseId, caseId, caseId, caseId],
  );
  for (const o of orgs) {
    await em.execute(
      `insert into case_retention (case_id, organisation_id, retain_until, basis) values (?, ?, ?, ?)
       on conflict (case_id, organisation_id) do update set retain_until = excluded.retain_until, basis = excluded.basis`,
      [caseId, o.id, retainUntil(closedOn, o.type), RETENTION_POLICY[o.type].source],
    );
  }
}

export interface SweepResult {
  entries: number;
  persons: number;
  /** Plan elements, history rows, notes, frozen versions and objection reasons whose text was replaced. */
  plan: { elements: number; history: number; notes: number; versions: number; signOffs: number };
  /** MDO items (question, considerations), pictures and dissents, decisions whose text was replaced. */
  meetings: MeetingSweep;
}

/** Whether the retention of the organisation `orgColumn` in the case `caseColumn` ended before the date parameter. */
const expired = (caseColumn: string, orgColumn: string): string =>
  `exists (select 1 from case_retention r where r.case_id = ${caseColumn} and r.organisation_id = ${orgColumn} and r.retain_until < ?)`;

type AuditEntry = ReturnType<typeof changeOf>;

/**
 * The joint plan after retention: the free text an organisation wrote (its elements, their
 * history, its notes, its elements inside frozen versions, its objection reasons) becomes the
 * pseudonym text. Structure, dates, statuses and who-did-what stay. Frozen versions and
 * sign-offs accept this change only inside this transaction (migration 0900, `mda.retention_sweep`).
 */
async function pseudonymisePlans(
  tx: EntityManager,
  today: string,
): Promise<{ counts: SweepResult['plan']; audit: AuditEntry[] }> {
  await tx.execute(`set local mda.retention_sweep = 'on'`, [], 'run');
  const elements = await tx.execute<
    { id: string; case_id: string; kind: string; category: string; concerns: string[] | null }[]
  >(
    `update plan_element e set content = mda_pseudonymise_plan_content(e.content, ?), pseudonymised_at = now()
      where e.pseudonymised_at is null and ${expired('e.case_id', 'e.author_organisation_id')}
      returning e.id, e.case_id, e.kind, e.category, (select array_agg(x) from jsonb_array_elements_text(coalesce(e.content -> 'concerns', '[]')) x) as concerns`,
    [PSEUDONYM_TEXT, today],
  );
  // History rows follow the element's author: the organisation of its CREATE row (the element may be removed).
  const history = await tx.execute<{ id: string }[]>(
    `update plan_element_change c set fields = mda_pseudonymise_plan_changes(c.fields, ?), pseudonymised_at = now()
      where c.pseudonymised_at is null
        and exists (select 1 from plan_element_change created where created.element_id = c.element_id and created.change = 'CREATE'
                     and ${expired('created.case_id', 'created.organisation_id')})
      returning c.id`,
    [PSEUDONYM_TEXT, today],
  );
  const notes = await tx.execute<{ id: string; case_id: string; category: string }[]>(
    `update plan_note n set body = ?, pseudonymised_at = now()
      where n.pseudonymised_at is null and ${expired('n.case_id', 'n.author_organisation_id')}
      returning n.id, n.case_id, n.category`,
    [PSEUDONYM_TEXT, today],
  );
  const signOffs = await tx.execute<{ id: string; case_id: string }[]>(
    `update plan_sign_off s set reason = ?, pseudonymised_at = now()
      where s.pseudonymised_at is null and s.reason is not null and ${expired('s.case_id', 's.organisation_id')}
      returning s.id, s.case_id`,
    [PSEUDONYM_TEXT, today],
  );
  // A version holds elements of several organisations, each with its own date: replace what expired, update what changed.
  const versions = await tx.execute<{ id: string; case_id: string }[]>(
    `with next as (
       select v.id, jsonb_set(v.snapshot, '{elements}', (
                select coalesce(jsonb_agg(case when ${expired('v.case_id', "(el ->> 'authorOrganisationId')::uuid")}
                                               then jsonb_set(el, '{fields}', mda_pseudonymise_plan_content(el -> 'fields', ?)) else el end
                                          order by ord), '[]'::jsonb)
                  from jsonb_array_elements(v.snapshot -> 'elements') with ordinality as t(el, ord))) as snapshot
         from plan_version v
        where exists (select 1 from case_retention r where r.case_id = v.case_id and r.retain_until < ?))
     update plan_version v set snapshot = next.snapshot, pseudonymised_at = now()
       from next where next.id = v.id and next.snapshot is distinct from v.snapshot
     returning v.id, v.case_id`,
    [today, PSEUDONYM_TEXT, today],
  );
  await tx.execute(`set local mda.retention_sweep = 'off'`, [], 'run');
  const reason = 'RETENTION_PSEUDONYMISED';
  const audit: AuditEntry[] = [
    ...elements.map((e) =>
      changeOf('UPDATE', {
        subjectType: 'PlanElement',
        subjectId: e.id,
        caseId: e.case_id,
        dataSubjectIds: e.concerns ?? [],
        fields: [`${e.kind}.content`],
        categories: [e.category as DataCategory],
        reason,
      }),
    ),
    ...notes.map((n) =>
      changeOf('UPDATE', {
        subjectType: 'PlanNote',
        subjectId: n.id,
        caseId: n.case_id,
        fields: ['NOTE.body'],
        categories: [n.category as DataCategory],
        reason,
      }),
    ),
    ...versions.map((v) =>
      changeOf('UPDATE', {
        subjectType: 'PlanVersion',
        subjectId: v.id,
        caseId: v.case_id,
        fields: ['snapshot'],
        categories: ['PLAN'],
        reason,
      }),
    ),
    ...signOffs.map((o) =>
      changeOf('UPDATE', {
        subjectType: 'PlanSignOff',
        subjectId: o.id,
        caseId: o.case_id,
        fields: ['reason'],
        categories: ['PLAN'],
        reason,
      }),
    ),
  ];
  return {
    counts: {
      elements: elements.length,
      history: history.length,
      notes: notes.length,
      versions: versions.length,
      signOffs: signOffs.length,
    },
    audit,
  };
}

/** Persons all of whose cases are closed and past every organisation's retention date. */
const EXPIRED_PERSONS = `
  select p.id from person p
   where p.pseudonymised_at is null
     and not exists (select 1 from household_member hm join case_file c on c.household_id = hm.household_id
                      where hm.person_id = p.id and (c.status <> 'CLOSED'
                        or exists (select 1 from case_retention r where r.case_id = c.id and r.retain_until >= ?)
                        or not exists (select 1 from case_retention r where r.case_id = c.id)))
     and exists (select 1 from household_member hm where hm.person_id = p.id)`;

export async function pseudonymisePersons(em: EntityManager, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await em.execute(
    `update person set first_name = 'Persoon', last_name = left(id::text, 8),
            date_of_birth = date_trunc('year', date_of_birth)::date, bsn_hash = null, address = null, phone = null,
            shelter_address = null, safe_contact = null, pseudonymised_at = now()
      where id in (${ids.map(() => '?').join(', ')})`,
    ids,
  );
}

/**
 * Pseudonymises personal data whose retention ended: entry content per source organisation,
 * and persons once every case they appear in has passed retention. Idempotent (already
 * pseudonymised rows are skipped), one transaction, and on record in the audit trail, which
 * itself is kept.
 */
export async function runRetentionSweep(em: EntityManager, today: string = todayInNetherlands()): Promise<SweepResult> {
  return em.fork().transactional(async (tx) => {
    // Several instances may run the job: the second waits and then finds nothing to do.
    await tx.execute("select pg_advisory_xact_lock(hashtext('mda.retention-sweep'))");
    const entries = await tx.execute<{ id: string; case_id: string; concerns: string[]; category: string }[]>(
      `update case_entry e set title = ?, body = ?, pseudonymised_at = now()
         from case_retention r
        where r.case_id = e.case_id and r.organisation_id = e.author_organisation_id and r.retain_until < ? and e.pseudonymised_at is null
        returning e.id, e.case_id, e.concerns, e.category`,
      [PSEUDONYM_TEXT, PSEUDONYM_TEXT, today],
    );
    const persons = (await tx.execute<{ id: string }[]>(EXPIRED_PERSONS, [today])).map((r) => r.id);
    await pseudonymisePersons(tx, persons);
    const plan = await pseudonymisePlans(tx, today);
    const meetings = await pseudonymiseMeetingTexts(tx, today, PSEUDONYM_TEXT, expired);
    const audit = new AuditTrail({
      userId: SYSTEM_ID,
      onBehalfOfUserId: null,
      organisationId: SYSTEM_ID,
      organisationType: 'SYSTEM',
      roles: ['SYSTEM'],
      purpose: 'RETENTION',
      breakGlassGrantId: null,
      requestId: `retention-${today}`,
    });
    await audit.writeInTransaction(tx, [
      ...entries.map((e) =>
        changeOf('UPDATE', {
          subjectType: 'CaseEntry',
          subjectId: e.id,
          caseId: e.case_id,
          dataSubjectIds: e.concerns,
          fields: ['title', 'body'],
          categories: [e.category],
          reason: 'RETENTION_PSEUDONYMISED',
        }),
      ),
      ...persons.map((id) =>
        changeOf('UPDATE', {
          subjectType: 'Person',
          subjectId: id,
          caseId: null,
          dataSubjectIds: [id],
          fields: ['all'],
          categories: ['IDENTITY', 'CONTACT', 'SECRET_LOCATION'],
          reason: 'RETENTION_PSEUDONYMISED',
        }),
      ),
      ...plan.audit,
      ...meetings.audit,
    ]);
    log.info('retention.swept', {
      entries: entries.length,
      persons: persons.length,
      ...plan.counts,
      meetingItems: meetings.counts.items,
      meetingContributions: meetings.counts.contributions,
      meetingDecisions: meetings.counts.decisions,
    });
    return { entries: entries.length, persons: persons.length, plan: plan.counts, meetings: meetings.counts };
  });
}
