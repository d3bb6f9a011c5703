import type { EntityManager } from '@mikro-orm/postgresql';
import { asSubject, CATEGORY_POLICY, organisationMay, PERSON_FIELDS, type DataCategory } from '@mda/authz';
import type { OrganisationType } from '@mda/domain';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { readOf } from '../../core/context/request-audit.js';
import { isUuid } from '../../core/graphql/validation.js';
import { forbidden, notFound } from '../../core/graphql/errors.js';
import { notify } from '../notifications/notification.service.js';

/** A person as the privacy rules see them: their cases and the organisations involved in them. */
export interface DataSubject {
  id: string;
  caseIds: string[];
  /** Organisations that are or were on the team of one of the person's cases, or recorded information about them. */
  organisationIds: string[];
}

/** The person with their cases and involved organisations, or null when no such person exists. */
export async function dataSubjectOf(
  em: EntityManager,
  personId: string,
  options: { lock?: boolean } = {},
): Promise<DataSubject | null> {
  if (!isUuid(personId)) return null;
  const [row] = await em.execute<{ id: string; case_ids: string[]; organisation_ids: string[] }[]>(
    `select p.id,
            coalesce((select array_agg(distinct c.id::text) from household_member hm join case_file c on c.household_id = hm.household_id where hm.person_id = p.id), '{}') as case_ids,
            coalesce((select array_agg(distinct x.org::text) from (
               select m.organisation_id as org from household_member hm join case_team_membership m on m.case_id in (select c.id from case_file c where c.household_id = hm.household_id)
                where hm.person_id = p.id
               union select e.author_organisation_id from case_entry e where e.concerns @> array[p.id::text]) x), '{}') as organisation_ids
       from person p where p.id = ? ${options.lock ? 'for update of p' : ''}`,
    [personId],
  );
  return row ? { id: row.id, caseIds: row.case_ids, organisationIds: row.organisation_ids } : null;
}

/** The persons with their cases and involved organisations, in one statement (unknown ids are left out). */
export async function dataSubjectsOf(
  em: EntityManager,
  personIds: readonly string[],
): Promise<(DataSubject & { firstName: string; lastName: string; dateOfBirth: string | null })[]> {
  const ids = [...new Set(personIds.filter(isUuid))];
  if (ids.length === 0) return [];
  const rows = await em.execute<
    {
      id: string;
      first_name: string;
      last_name: string;
      date_of_birth: string | null;
      case_ids: string[];
      organisation_ids: string[];
    }[]
  >(
    `select p.id, p.first_name, p.last_name, p.date_of_birth::text as date_of_birth,
            coalesce((select array_agg(distinct c.id::text) from household_member hm join case_file c on c.household_id = hm.household_id where hm.person_id = p.id), '{}') as case_ids,
            coalesce((select array_agg(distinct x.org::text) from (
               select m.organisation_id as org from household_member hm join case_team_membership m on m.case_id in (select c.id from case_file c where c.household_id = hm.household_id)
                where hm.person_id = p.id
               union select e.author_organisation_id from case_entry e where e.concerns @> array[p.id::text]) x), '{}') as organisation_ids
       from person p where p.id = any(?::uuid[])`,
    [uuidArray(ids)],
  );
  return rows.map((r) => ({
    id: r.id,
    caseIds: r.case_ids,
    organisationIds: r.organisation_ids,
    firstName: r.first_name,
    lastName: r.last_name,
    dateOfBirth: r.date_of_birth,
  }));
}

/**
 * The names of these persons that the privacy officer may see (rule `identify DataSubject`: persons
 * on one of its organisation's cases; the coordinating FG any person). A name outside the mandate
 * is absent from the map. Every name shown is on record: one READ of the identity fields naming
 * the persons, with `reason`.
 */
export async function identifiableNames(
  ctx: RequestContext,
  personIds: readonly string[],
  reason: string,
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const s of await dataSubjectsOf(ctx.em, personIds))
    if (ctx.ability.can('identify', asSubject('DataSubject', { id: s.id, organisationIds: s.organisationIds })))
      names.set(s.id, `${s.firstName} ${s.lastName}`.trim());
  if (names.size > 0)
    ctx.audit?.record(
      readOf({
        subjectType: 'Person',
        subjectId: null,
        caseId: null,
        dataSubjectIds: [...names.keys()].sort(),
        fields: ['firstName', 'lastName'],
        categories: ['IDENTITY'],
        reason,
      }),
    );
  return names;
}

export const dataSubjectSubject = (s: DataSubject) =>
  asSubject('DataSubject', { id: s.id, organisationIds: s.organisationIds });

/** A PostgreSQL array literal of uuids (the query builder would expand a JS array into a list of parameters). */
export const uuidArray = (ids: readonly string[]): string => `{${ids.filter(isUuid).join(',')}}`;

/** The privacy officers of these organisations (notified of a data-subject request that covers their data). */
export async function privacyOfficersOf(
  em: EntityManager,
  organisationIds: readonly string[],
  except: string,
): Promise<string[]> {
  if (organisationIds.length === 0) return [];
  const rows = await em.execute<{ id: string }[]>(
    `select id from app_user where active and 'PRIVACY_OFFICER' = any(roles) and organisation_id::text = any(?::text[]) and id <> ?`,
    [uuidArray(organisationIds), except],
  );
  return rows.map((r) => r.id);
}

const PERSON_COLUMNS: Readonly<Record<keyof typeof PERSON_FIELDS, readonly string[]>> = {
  IDENTITY: ['first_name', 'last_name', 'date_of_birth', 'bsn_on_record'],
  CONTACT: ['address', 'phone'],
  SECRET_LOCATION: ['shelter_address', 'safe_contact'],
};

/**
 * The data-subject access export (AVG art. 15) for one person: their own data, the cases
 * they are part of with the organisations their data was disclosed to and on which legal
 * basis, the information recorded about them, and the dates and purposes of consultations.
 * Other household members' data is left out. Staff names are not disclosed (organisations
 * are). Content of restricted notes is withheld (art. 23 restriction, e.g. an ongoing
 * criminal investigation), their existence is not.
 *
 * Mandate (packages/authz, privacy-rules.ts): the covenant's coordinating privacy officer
 * exports the joint record and the partners' privacy officers are notified; any other privacy
 * officer exports its own organisation's part (its cases, what it recorded, what it may read of
 * the person, its own users' consultations), and only for a person on one of its cases.
 */
export async function dataSubjectExport(ctx: RequestContext, personId: string): Promise<Record<string, unknown>> {
  const actor = requireActor(ctx);
  if (!ctx.ability.can('export', 'DataSubject'))
    throw forbidden('een inzageverzoek uit te voeren / answer a data-subject request');
  const em = ctx.em;
  const subject = await dataSubjectOf(em, personId);
  // Outside the mandate answers exactly like a person that does not exist.
  if (!subject || !ctx.ability.can('export', dataSubjectSubject(subject))) throw notFound('Persoon / Person');
  const joint = ctx.ability.can('export', asSubject('DataSubject', { id: subject.id, organisationIds: [] }));
  const own = joint ? null : actor.organisationId;
  const personCategories = (Object.keys(PERSON_COLUMNS) as (keyof typeof PERSON_COLUMNS)[]).filter(
    (c) => joint || organisationMay(CATEGORY_POLICY[c].read, actor.organisationType as OrganisationType),
  );
  const [row] = await em.execute<Record<string, unknown>[]>(
    `select id, first_name, last_name, date_of_birth::text, bsn_hash is not null as bsn_on_record, address, phone, shelter_address, safe_contact, created_at
       from person where id = ?`,
    [personId],
  );
  const person = Object.fromEntries(
    Object.entries(row!).filter(
      ([k]) => ['id', 'created_at'].includes(k) || personCategories.some((c) => PERSON_COLUMNS[c].includes(k)),
    ),
  );
  const cases = await em.execute<Record<string, unknown>[]>(
    `select c.id, c.reference, c.status, c.profile, c.municipality, c.opened_at, c.closed_at, hm.roles
       from household_member hm join case_file c on c.household_id = hm.household_id
      where hm.person_id = ? and (?::uuid is null or exists (select 1 from case_team_membership m where m.case_id = c.id and m.organisation_id = ?::uuid))
      order by c.opened_at`,
    [personId, own, own],
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
  const entries = await em.execute<(Record<string, unknown> & { case_id: string; category: string })[]>(
    `select e.case_id, c.reference, e.category, o.name as recorded_by, e.created_at as recorded_at, e.occurred_on::text,
            case when e.category = 'RESTRICTED_NOTE' then null else e.title end as title,
            case when e.category = 'RESTRICTED_NOTE' then null else e.body end as body,
            e.category = 'RESTRICTED_NOTE' as content_withheld
       from case_entry e join case_file c on c.id = e.case_id join organisation o on o.id = e.author_organisation_id
      where e.concerns @> array[?]::text[] and (?::uuid is null or e.author_organisation_id = ?::uuid) order by e.created_at`,
    [personId, own, own],
  );
  const consultations = await em.execute<Record<string, unknown>[]>(
    `select date_trunc('day', e.occurred_at at time zone 'Europe/Amsterdam')::date::text as day, o.name as organisation, e.organisation_type,
            e.action, e.purpose, e.break_glass_grant_id is not null as emergency_access, count(*)::int as times,
            array_agg(distinct cat) filter (where cat is not null) as categories
       from audit.event e left join organisation o on o.id = e.organisation_id left join lateral unnest(e.categories) cat on true
      where e.data_subject_ids @> array[?]::uuid[] and e.subject_type <> 'AuditLog' and e.action in ('READ', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT')
        and (?::uuid is null or e.organisation_id = ?::uuid)
      group by 1, 2, 3, 4, 5, 6 order by 1, 2`,
    [personId, own, own],
  );

  // One EXPORT record per case, naming every category disclosed in this export for it.
  const personFields = personCategories.flatMap((c) => PERSON_FIELDS[c]);
  const recordFor = (caseId: string | null) => {
    const entryCategories = entries.filter((e) => e.case_id === caseId).map((e) => e.category as DataCategory);
    return {
      ...readOf({
        subjectType: 'Person',
        subjectId: personId,
        caseId,
        dataSubjectIds: [personId],
        fields: ['art15Export', ...personFields],
        categories: [...personCategories, ...entryCategories],
        reason: joint ? 'ART_15_EXPORT_JOINT' : 'ART_15_EXPORT_OWN_ORGANISATION',
      }),
      action: 'EXPORT' as const,
    };
  };
  const exportedCaseIds = [...new Set([...caseIds, ...entries.map((e) => e.case_id)])];
  for (const caseId of exportedCaseIds.length > 0 ? exportedCaseIds : [null]) ctx.audit?.record(recordFor(caseId));

  if (joint) {
    const recipients = await privacyOfficersOf(
      em,
      subject.organisationIds.filter((o) => o !== actor.organisationId),
      actor.userId,
    );
    if (recipients.length > 0) {
      await em.transactional((tx) =>
        notify(tx, {
          recipientIds: recipients,
          kind: 'DATA_SUBJECT_EXPORT',
          caseId: null,
          message: `Inzageverzoek (AVG art. 15) beantwoord door de coördinerend functionaris gegevensbescherming voor casus ${cases.map((c) => c.reference as string).join(', ') || '(geen)'}; het gezamenlijke dossier, ook de gegevens van uw organisatie. / A data-subject access request covering your organisation's data was answered.`,
        }),
      );
    }
  }
  return {
    kind: 'AVG art. 15 inzageverzoek / data-subject access export',
    scope: joint ? 'JOINT_RECORD' : 'OWN_ORGANISATION',
    generatedAt: new Date().toISOString(),
    person,
    cases: cases.map((c) => ({ ...c, rolesOfThisPerson: c.roles, roles: undefined })),
    disclosures,
    recordedInformation: entries.map((e) => ({ ...e, case_id: undefined })),
    consultations,
    leftOut: joint
      ? "Gegevens van andere gezinsleden en namen van medewerkers / other household members' data and staff names"
      : "Gegevens van andere gezinsleden, namen van medewerkers en wat andere organisaties vastlegden (opvragen bij de coördinerend FG) / other household members' data, staff names and other organisations' records",
  };
}
