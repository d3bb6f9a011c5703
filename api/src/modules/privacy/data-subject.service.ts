import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { readOf } from '../../core/context/request-audit.js';
import { isUuid } from '../../core/graphql/validation.js';
import { forbidden, notFound } from '../../core/graphql/errors.js';


/**
 * The data-subject access export (AVG art. 15) for one person: their own data, the cases
 * they are part of with the organisations their data was disclosed to and on which legal
 * basis, the information recorded about them, and the dates and purposes of consultations.
 * Other household members' data is left out. Staff names are not disclosed (organisations
 * are). Content of restricted notes is withheld (art. 23 restriction, e.g. an ongoing
 * criminal investigation), their existence is not.
 */
export async function dataSubjectExport(ctx: RequestContext, personId: string): Promise<Record<string, unknown>> {
  requireActor(ctx);
  if (!ctx.ability.can('read', 'AuditLog')) throw forbidden('een inzageverzoek uit te voeren / answer a data-subject request');
  if (!isUuid(personId)) throw notFound('Persoon / Person');
  const em = ctx.em;
  const [person] = await em.execute<Record<string, unknown>[]>(
    `select id, first_name, last_name, date_of_birth::text, bsn_hash is not null as bsn_on_record, address, phone, shelter_address, safe_contact, created_at
       from person where id = ?`,
    [personId],
  );
  if (!person) throw notFound('Persoon / Person');
  const cases = await em.execute<Record<string, unknown>[]>(
    `select c.id, c.reference, c.status, c.profile, c.municipality, c.opened_at, c.closed_at, hm.roles
       from household_member hm join case_file c on c.household_id = hm.household_id
      where hm.person_id = ? order by c.opened_at`,
    [personId],
  );
  const caseIds = cases.map((c) => c.id as string);
  const disclosures = caseIds.length
    ? await em.execute<Record<string, unknown>[]>(
        `select c.reference, o.name as organisation, o.type as organisation_type, m.legal_basis_kind, m.legal_basis_article, m.consent_date::text,
                m.legal_basis_statute, m.purpose, m.valid_from::text, m.valid_until::text, m.ended_at
           from case_team_membership m join case_file c on c.id = m.case_id join organisation o on o.id = m.organisation_id
          where m.case_id in (${caseIds.map(() => '?').join(', ')}) order by c.reference, m.valid_from`,
        caseIds,
      )
    : [];
  const entries = await em.execute<Record<string, unknown>[]>(
    `select c.reference, e.category, o.name as recorded_by, e.created_at as recorded_at, e.occurred_on::text,
            case when e.category = 'RESTRICTED_NOTE' then null else e.title end as title,
            case when e.category = 'RESTRICTED_NOTE' then null else e.body end as body,
            e.category = 'RESTRICTED_NOTE' as content_withheld
       from case_entry e join case_file c on c.id = e.case_id join organisation o on o.id = e.author_organisation_id
      where e.concerns @> array[?]::text[] order by e.created_at`,
    [personId],
  );
  const consultations = await em.execute<Record<string, unknown>[]>(
    `select date_trunc('day', e.occurred_at at time zone 'Europe/Amsterdam')::date::text as day, o.name as organisation, e.organisation_type,
            e.action, e.purpose, e.break_glass_grant_id is not null as emergency_access, count(*)::int as times,
            array_agg(distinct cat) filter (where cat is not null) as categories
       from audit.event e left join organisation o on o.id = e.organisation_id left join lateral unnest(e.categories) cat on true
      where e.data_subject_ids @> array[?]::uuid[] and e.subject_type <> 'AuditLog' and e.action in ('READ', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT')
      group by 1, 2, 3, 4, 5, 6 order by 1, 2`,
    [personId],
  );
  ctx.audit?.record({
    ...readOf({ subjectType: 'Person', subjectId: personId, caseId: null, dataSubjectIds: [personId], fields: ['art15Export'], categories: ['IDENTITY', 'CONTACT', 'SECRET_LOCATION'], reason: 'ART_15_EXPORT' }),
    action: 'EXPORT',
  });
  return {
    kind: 'AVG art. 15 inzageverzoek / data-subject access export',
    generatedAt: new Date().toISOString(),
    person,
    cases: cases.map((c) => ({ ...c, rolesOfThisPerson: c.roles, roles: undefined })),
    disclosures,
    recordedInformation: entries,
    consultations,
    leftOut: 'Gegevens van andere gezinsleden en namen van medewerkers / other household members\' data and staff names',
  };
}
