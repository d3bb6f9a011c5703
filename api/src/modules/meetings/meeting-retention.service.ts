import type { EntityManager } from '@mikro-orm/postgresql';
import type { DataCategory } from '@mda/authz';
import { changeOf } from '../../core/context/request-audit.js';

/*
 * The MDO under the retention sweep (docs/meetings.md, docs/privacy.md), called from the privacy
 * module's sweep inside its transaction. The texts of a case item follow the retention dates of the
 * organisations that wrote them, like plan texts: a picture or dissent (its organisation) and a
 * decision (its author organisation) once that date passed; the question and the considerations,
 * which several organisations may have written, once every writer's date passed (the longest duty to
 * keep wins, as for persons). Who, when, categories, the safety score and the links to the plan stay.
 * A general item holds no case data and is left alone.
 */

type AuditEntry = ReturnType<typeof changeOf>;

export interface MeetingSweep {
  items: number;
  contributions: number;
  decisions: number;
}

const REASON = 'RETENTION_PSEUDONYMISED';

/** Organisations that wrote MDO texts on this case (each gets a retention date at closure), as SQL on one `?`. */
export const MEETING_AUTHORS_OF_CASE = `select organisation_id from meeting_contribution where case_id = ?
  union select author_organisation_id from meeting_decision where case_id = ?
  union select unnest(question_author_organisation_ids || considerations_author_organisation_ids) from meeting_item where case_id = ?`;

export async function pseudonymiseMeetingTexts(
  tx: EntityManager,
  today: string,
  pseudonym: string,
  expired: (caseColumn: string, orgColumn: string) => string,
): Promise<{ counts: MeetingSweep; audit: AuditEntry[] }> {
  const everyWriterExpired = (ids: string) =>
    `cardinality(i.${ids}) > 0 and not exists (select 1 from unnest(i.${ids}) as w(org) where not ${expired('i.case_id', 'w.org')})`;
  const itemText = (field: 'question' | 'considerations') =>
    tx.execute<{ id: string; case_id: string; category: DataCategory }[]>(
      `update meeting_item i set ${field} = ?, pseudonymised_at = now()
        where i.case_id is not null and i.${field} is not null and i.${field} <> ?
          and ${everyWriterExpired(`${field}_author_organisation_ids`)}
        returning i.id, i.case_id, i.${field}_category as category`,
      [pseudonym, pseudonym, today],
    );
  const questions = await itemText('question');
  const considerations = await itemText('considerations');
  const contributions = await tx.execute<{ id: string; case_id: string; category: DataCategory }[]>(
    `update meeting_contribution c set body = ?, pseudonymised_at = now()
      where c.pseudonymised_at is null and c.case_id is not null and ${expired('c.case_id', 'c.organisation_id')}
      returning c.id, c.case_id, c.category`,
    [pseudonym, today],
  );
  const decisions = await tx.execute<{ id: string; case_id: string; category: DataCategory }[]>(
    `update meeting_decision d set text = ?, pseudonymised_at = now()
      where d.pseudonymised_at is null and d.case_id is not null and ${expired('d.case_id', 'd.author_organisation_id')}
      returning d.id, d.case_id, d.category`,
    [pseudonym, today],
  );
  const entry = (subjectType: string, field: string) => (r: { id: string; case_id: string; category: DataCategory }) =>
    changeOf('UPDATE', {
      subjectType,
      subjectId: r.id,
      caseId: r.case_id,
      fields: [field],
      categories: [r.category],
      reason: REASON,
    });
  return {
    counts: {
      items: new Set([...questions, ...considerations].map((r) => r.id)).size,
      contributions: contributions.length,
      decisions: decisions.length,
    },
    audit: [
      ...questions.map(entry('MeetingItem', 'question')),
      ...considerations.map(entry('MeetingItem', 'considerations')),
      ...contributions.map(entry('MeetingContribution', 'body')),
      ...decisions.map(entry('MeetingDecision', 'text')),
    ],
  };
}
