import { asSubject } from '@mda/authz';
import type { MemberRole } from '@mda/domain';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { readOf, searchOf } from '../../core/context/request-audit.js';
import { disclose } from '../../core/authz/field-guard.js';
import { log } from '../../core/log/logger.js';
import { Case } from './case.entity.js';
import { bsnHash } from './case.service.js';
import { readableCasesSql } from './case-list.service.js';
import { ensureCaseAccess } from '../identity/case-access.service.js';
import { NORMALISED_NAME_SQL, parseSearchText, type ParsedSearch, type SearchCriterion } from './case-search-query.js';

/** At most this many cases come back; `truncated` asks the user to narrow the search. */
export const SEARCH_LIMIT = 25;

export interface SearchMember {
  personId: string;
  roles: MemberRole[];
  firstName: string | null;
  lastName: string | null;
  dateOfBirth: string | null;
  redactedFields: string[];
}

export interface SearchHit {
  found: Case;
  matchedOn: SearchCriterion[];
  members: SearchMember[];
}

export interface SearchResult {
  hits: SearchHit[];
  truncated: boolean;
  criteria: SearchCriterion[];
}

interface PersonRow {
  household_id: string;
  roles: MemberRole[];
  id: string;
  first_name: string;
  last_name: string;
  date_of_birth: string | null;
}

/** Conditions on person `p` for the name, date-of-birth and BSN words, with their parameters. */
function personConditions(ctx: RequestContext, q: ParsedSearch): { sql: string; params: unknown[] } | null {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const word of q.name) {
    parts.push(`${NORMALISED_NAME_SQL} like ?`);
    params.push(`%${word}%`);
  }
  if (q.dateOfBirth) {
    parts.push('p.date_of_birth = ?::date');
    params.push(q.dateOfBirth);
  }
  if (q.bsn) {
    // Exact, through the stored keyed hash: the BSN itself is never stored, compared or logged.
    parts.push('p.bsn_hash = ?');
    params.push(bsnHash(ctx.config.bsnKey, q.bsn));
  }
  if (parts.length === 0) return null;
  return { sql: `p.pseudonymised_at is null and ${parts.join(' and ')}`, params };
}

/** Person fields a criterion compares: the viewer must be allowed to read them for a person to count as found. */
const FIELDS_OF: Readonly<Record<Exclude<SearchCriterion, 'REFERENCE'>, readonly string[]>> = {
  NAME: ['firstName', 'lastName'],
  DATE_OF_BIRTH: ['dateOfBirth'],
  BSN: ['hasBsn'],
};

/**
 * Search (issue 15, item 4): households and their cases by case reference, name (normalised,
 * partial), date of birth and BSN (exact, via the stored hash), only among the cases the viewer
 * may read: the case list's own scope (`readableCasesSql`), in the same SQL statement.
 * A person counts as found only where the viewer may read the compared fields on that case,
 * so a search never reveals more than opening the case would. Audited as SEARCH (which kinds
 * of criteria, how many results, the persons found; never the search words) plus a READ of
 * the identity fields shown per person.
 */
export async function searchCases(ctx: RequestContext, text: string): Promise<SearchResult> {
  requireActor(ctx);
  const q = parseSearchText(text);
  const auditFields = [
    ...(q.reference.length ? ['reference'] : []),
    ...(q.name.length ? ['firstName', 'lastName'] : []),
    ...(q.dateOfBirth ? ['dateOfBirth'] : []),
    ...(q.bsn ? ['bsn'] : []),
  ];
  const scope = readableCasesSql(ctx);
  if (scope === null) {
    ctx.audit?.record(
      searchOf({ subjectType: 'Case', subjectId: null, caseId: null, fields: auditFields, reason: 'results=0' }),
    );
    return { hits: [], truncated: false, criteria: q.criteria };
  }
  const persons = personConditions(ctx, q);
  const qb = ctx.em.createQueryBuilder(Case, 'c').where(scope.sql, scope.params);
  for (const piece of q.reference) qb.andWhere('c.reference like ?', [`%${piece.replace(/[%_\\]/g, '')}%`]);
  if (persons) {
    qb.andWhere(
      `exists (select 1 from household_member hm join person p on p.id = hm.person_id where hm.household_id = c.household_id and ${persons.sql})`,
      persons.params,
    );
  }
  qb.orderBy({ openedAt: 'desc', id: 'desc' }).limit(SEARCH_LIMIT + 1);
  const rows = await qb.getResultList();
  const truncated = rows.length > SEARCH_LIMIT;
  // The rules decide per case from its access facts: read them for the found cases first.
  await ensureCaseAccess(
    ctx,
    rows.slice(0, SEARCH_LIMIT).map((c) => c.id),
  );
  const cases = rows.slice(0, SEARCH_LIMIT).filter((c) => {
    const ok = ctx.ability.can('read', asSubject('Case', { id: c.id }));
    if (!ok) log.error('authz.filter_mismatch', { requestId: ctx.requestId, caseId: c.id });
    return ok;
  });

  let matching: PersonRow[] = [];
  if (persons && cases.length > 0) {
    const households = [...new Set(cases.map((c) => c.household.id))];
    matching = await ctx.em.getConnection().execute<PersonRow[]>(
      `select hm.household_id, hm.roles, p.id, p.first_name, p.last_name, to_char(p.date_of_birth, 'YYYY-MM-DD') as date_of_birth
         from household_member hm join person p on p.id = hm.person_id
        where hm.household_id in (${households.map(() => '?').join(', ')}) and ${persons.sql}
        order by p.last_name, p.first_name, p.id`,
      [...households, ...persons.params],
    );
  }

  const personCriteria = q.criteria.filter((c): c is Exclude<SearchCriterion, 'REFERENCE'> => c !== 'REFERENCE');
  const hits: SearchHit[] = [];
  const found = new Set<string>();
  for (const c of cases) {
    const members: SearchMember[] = [];
    for (const p of matching.filter((m) => m.household_id === c.household.id)) {
      const subject = { id: p.id, caseId: c.id };
      const compared = personCriteria.flatMap((k) => FIELDS_OF[k]);
      if (!compared.every((f) => ctx.ability.can('read', asSubject('Person', subject), f))) continue;
      const { values, redacted, disclosed } = disclose(ctx.ability, 'Person', subject, {
        firstName: p.first_name,
        lastName: p.last_name,
        dateOfBirth: p.date_of_birth,
      });
      members.push({ personId: p.id, roles: [...p.roles], ...values, redactedFields: redacted });
      found.add(p.id);
      if (disclosed.length > 0) {
        ctx.audit?.record(
          readOf({
            subjectType: 'Person',
            subjectId: p.id,
            caseId: c.id,
            dataSubjectIds: [p.id],
            fields: disclosed,
            categories: ['IDENTITY'],
            reason: 'SEARCH_RESULT',
          }),
        );
      }
    }
    if (persons && members.length === 0) continue;
    hits.push({ found: c, matchedOn: q.criteria, members });
  }
  ctx.audit?.record(
    searchOf({
      subjectType: 'Case',
      subjectId: null,
      caseId: null,
      dataSubjectIds: [...found].sort(),
      fields: auditFields,
      reason: `results=${hits.length}`,
    }),
  );
  return { hits, truncated, criteria: q.criteria };
}
