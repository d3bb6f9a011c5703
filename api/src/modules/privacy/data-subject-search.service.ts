import { asSubject } from '@mda/authz';
import { isValidBsn } from '@mda/domain';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { readOf, searchOf } from '../../core/context/request-audit.js';
import { forbidden } from '../../core/graphql/errors.js';
import { InputCheck, isUuid, todayInNetherlands } from '../../core/graphql/validation.js';
import { bsnHash } from '../cases/case.service.js';
import { NORMALISED_NAME_SQL, normaliseName } from '../cases/case-search-query.js';
import { dataSubjectsOf } from './data-subject.service.js';

/** At most this many persons come back; more asks for a narrower search. */
export const DATA_SUBJECT_SEARCH_LIMIT = 20;

export interface DataSubjectSearch {
  bsn?: string | null;
  name?: string | null;
  dateOfBirth?: string | null;
  personId?: string | null;
}

export interface DataSubjectMatch {
  id: string;
  name: string;
  dateOfBirth: string | null;
}

type Criterion = 'bsn' | 'nameAndDateOfBirth' | 'person';

/**
 * The start of a data-subject request (AVG art. 15 and 17; issue 15, item 7): find the person by
 * BSN (exact, through the stored keyed hash, as `docs/search.md`), by name and date of birth, or by
 * the person id a record or a partner forwarded. Only persons inside the privacy officer's mandate
 * come back (rule `identify DataSubject`, packages/authz/privacy-rules.ts); a person outside it
 * answers exactly like one that does not exist: an empty list. Audited as SEARCH (the kind of
 * criterion and the count, never the words or the BSN) plus a READ of the identity fields shown.
 */
export async function findDataSubjects(ctx: RequestContext, input: DataSubjectSearch): Promise<DataSubjectMatch[]> {
  requireActor(ctx);
  if (!ctx.ability.can('identify', 'DataSubject'))
    throw forbidden('een betrokkene te zoeken voor een AVG-verzoek / search a data subject for a GDPR request');
  const bsn = input.bsn?.replace(/[\s.]/g, '') ?? '';
  const name = input.name?.trim() ?? '';
  const dateOfBirth = input.dateOfBirth ?? null;
  const personId = input.personId?.trim() ?? '';
  const given = [bsn !== '', name !== '' || dateOfBirth !== null, personId !== ''].filter(Boolean).length;
  const check = new InputCheck();
  if (given === 0) check.add('input', 'geef een BSN, of naam en geboortedatum / give a BSN, or name and date of birth');
  if (given > 1)
    check.add(
      'input',
      'zoek op BSN, óf op naam en geboortedatum, óf op id / search by BSN, or by name and date of birth, or by id',
    );
  if (bsn !== '')
    // The digits are never repeated in the message (docs/privacy.md, "BSN").
    check.check(
      isValidBsn(bsn),
      'input.bsn',
      'is geen geldig BSN (9 cijfers die de elfproef doorstaan) / not a valid BSN (9 digits passing the eleven-test)',
    );
  if (name !== '' || dateOfBirth !== null) {
    check.text('input.name', input.name, { min: 2, max: 200 });
    if (dateOfBirth === null)
      check.add('input.dateOfBirth', 'is verplicht bij zoeken op naam / is required when searching by name');
    else check.date('input.dateOfBirth', dateOfBirth, { min: '1900-01-01', max: todayInNetherlands(), required: true });
  }
  if (personId !== '') check.check(isUuid(personId), 'input.personId', 'geen geldig id / not a valid id');
  check.done();

  const criterion: Criterion = bsn !== '' ? 'bsn' : personId !== '' ? 'person' : 'nameAndDateOfBirth';
  let sql: string;
  const params: unknown[] = [];
  if (criterion === 'bsn') {
    sql = 'p.bsn_hash = ?';
    params.push(bsnHash(ctx.config.bsnKey, bsn));
  } else if (criterion === 'person') {
    sql = 'p.id = ?';
    params.push(personId);
  } else {
    const words = normaliseName(name).split(' ').filter(Boolean);
    sql = [...words.map(() => `${NORMALISED_NAME_SQL} like ?`), 'p.date_of_birth = ?::date'].join(' and ');
    params.push(...words.map((w) => `%${w}%`), dateOfBirth);
  }
  const rows = await ctx.em.execute<{ id: string }[]>(
    `select p.id from person p where p.pseudonymised_at is null and ${sql} order by p.last_name, p.first_name limit 200`,
    params,
  );
  // Within the mandate only: a person outside it is left out, as if it did not exist.
  const found = (
    await dataSubjectsOf(
      ctx.em,
      rows.map((r) => r.id),
    )
  )
    .filter((s) =>
      ctx.ability.can('identify', asSubject('DataSubject', { id: s.id, organisationIds: s.organisationIds })),
    )
    .sort((a, b) => a.lastName.localeCompare(b.lastName, 'nl') || a.firstName.localeCompare(b.firstName, 'nl'))
    .slice(0, DATA_SUBJECT_SEARCH_LIMIT);
  const ids = found.map((s) => s.id);
  ctx.audit?.record(
    searchOf({
      subjectType: 'Person',
      subjectId: null,
      caseId: null,
      dataSubjectIds: ids,
      fields:
        criterion === 'bsn' ? ['bsn'] : criterion === 'person' ? ['id'] : ['firstName', 'lastName', 'dateOfBirth'],
      categories: ['IDENTITY'],
      reason: `DATA_SUBJECT_SEARCH criteria=${criterion};results=${ids.length}`,
    }),
  );
  if (ids.length > 0)
    ctx.audit?.record(
      readOf({
        subjectType: 'Person',
        subjectId: null,
        caseId: null,
        dataSubjectIds: ids,
        fields: ['firstName', 'lastName', 'dateOfBirth'],
        categories: ['IDENTITY'],
        reason: 'SEARCH_RESULT',
      }),
    );
  return found.map((s) => ({ id: s.id, name: `${s.firstName} ${s.lastName}`.trim(), dateOfBirth: s.dateOfBirth }));
}
