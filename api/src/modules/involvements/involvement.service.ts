import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { asSubject, INDEX_ENTRY_FIELDS } from '@mda/authz';
import { isValidBsn, LEGAL_BASIS_KINDS, type OrganisationType } from '@mda/domain';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { changeOf, deniedOf, searchOf } from '../../core/context/request-audit.js';
import { ClientError, conflict, forbidden, notFound } from '../../core/graphql/errors.js';
import { addYears, InputCheck, isUuid, todayInNetherlands } from '../../core/graphql/validation.js';
import { Organisation } from '../identity/organisation.entity.js';
import { User } from '../identity/user.entity.js';
import { bsnHash, readableCase } from '../cases/case.service.js';
import { notify } from '../notifications/notification.service.js';
import { Involvement } from './involvement.entity.js';
import type { RegisterInvolvementInput } from './involvement.inputs.js';
import { AlsoInvolvedNode, InvolvementIndexEntryNode, InvolvementNode } from './involvement.type.js';

/**
 * The involvement index (verwijsindex; docs/intake.md). An organisation registers THAT it is
 * involved with a person; when another organisation is involved with the same person in an
 * overlapping period, both are told that the other is, with its contact point and nothing
 * else. Every match and every look-up is audited (SEARCH events the privacy officer sees in
 * the access log).
 */

const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
const NINE_DIGITS = /\b\d{9}\b/;

interface OtherRow {
  id: string;
  organisation_id: string;
  organisation_name: string;
  organisation_type: OrganisationType;
  contact_point: string;
  own_reference: string | null;
  valid_from: string;
  registered_by_id: string;
}

/** Active registrations of OTHER organisations for the same hash whose period overlaps [from, until]. */
async function othersOf(
  em: EntityManager,
  hash: string,
  organisationId: string,
  from: string,
  until: string | null,
): Promise<OtherRow[]> {
  return em.execute<OtherRow[]>(
    `select i.id, i.organisation_id, o.name as organisation_name, o.type as organisation_type, i.contact_point, i.own_reference,
            i.valid_from::text as valid_from, i.registered_by_id
       from involvement i join organisation o on o.id = i.organisation_id
      where i.bsn_hash = ? and i.organisation_id <> ?
        and i.valid_from <= coalesce(?::date, 'infinity'::date) and coalesce(i.valid_until, 'infinity'::date) >= ?::date
      order by i.valid_from, i.id`,
    [hash, organisationId, until, from],
  );
}

/** Person records with this BSN hash: the data subjects of an index event. */
async function personIdsOf(em: EntityManager, hash: string): Promise<string[]> {
  return (await em.execute<{ id: string }[]>('select id from person where bsn_hash = ?', [hash])).map((r) => r.id);
}

/**
 * Refuses a registration about a person whose processing is restricted (AVG art. 18: the erasure
 * request of docs/privacy.md under a legal retention duty): the data are only kept, not used for
 * anything new, and a new index entry (with the matches it would tell other organisations) is new
 * processing. Every person record with this BSN hash counts, also one in another organisation's
 * case. The rows are locked FOR SHARE, so a restriction applied meanwhile waits for this
 * registration or is seen by it. The refusal is FORBIDDEN (recorded as DENIED by the audit
 * plugin) and, on the persons' own access log, DENIED `PROCESSING_RESTRICTED` with them as data
 * subjects, so the privacy officer sees every attempt; nothing is stored.
 */
async function refuseIfRestricted(
  ctx: RequestContext,
  em: EntityManager,
  hash: string,
  input: RegisterInvolvementInput,
): Promise<void> {
  const rows = await em.execute<{ id: string; restricted: boolean }[]>(
    'select id, restricted_at is not null as restricted from person where bsn_hash = ? and pseudonymised_at is null for share',
    [hash],
  );
  const restricted = rows.filter((r) => r.restricted).map((r) => r.id);
  if (restricted.length === 0) return;
  ctx.audit?.record(
    deniedOf({
      subjectType: 'Involvement',
      subjectId: null,
      caseId: input.caseId ?? null,
      dataSubjectIds: restricted,
      fields: [input.bsn ? 'bsn' : 'personId'],
      categories: ['IDENTITY'],
      reason: 'PROCESSING_RESTRICTED',
    }),
  );
  throw new ClientError(
    'FORBIDDEN',
    "De verwerking van de gegevens van deze persoon is beperkt (AVG art. 18); registreren in de verwijsindex kan niet. Vraag uw functionaris gegevensbescherming. / Processing of this person's data is restricted (GDPR art. 18); it cannot be registered in the involvement index.",
  );
}

const alsoNode = (o: OtherRow): AlsoInvolvedNode =>
  Object.assign(new AlsoInvolvedNode(), {
    organisationName: o.organisation_name,
    organisationType: o.organisation_type,
    contactPoint: o.contact_point,
  });

/** A registration as its own organisation sees it, with who else is involved in its period. */
const nodeOf = (r: Involvement, others: readonly OtherRow[]): InvolvementNode =>
  Object.assign(new InvolvementNode(), {
    id: r.id,
    basisKind: r.basisKind,
    basisDetail: r.basisDetail,
    contactPoint: r.contactPoint,
    ownReference: r.ownReference,
    validFrom: r.validFrom,
    validUntil: r.validUntil,
    alsoInvolved: others.map(alsoNode),
  });

/** An own registration's answer that named other organisations involved: a look-up (INDEX_LOOKUP). */
const lookupOf = (id: string, matches: number, dataSubjectIds?: string[]) =>
  searchOf({
    subjectType: 'Involvement',
    subjectId: id,
    caseId: null,
    ...(dataSubjectIds ? { dataSubjectIds } : {}),
    fields: ['organisationName', 'contactPoint'],
    reason: `INDEX_LOOKUP matches=${matches}`,
  });

function validate(input: RegisterInvolvementInput, today: string): void {
  const check = new InputCheck();
  const fromCase = Boolean(input.caseId || input.personId);
  if (fromCase && input.bsn)
    check.add(
      'bsn',
      'geef een BSN óf een persoon uit een casus, niet beide / give a BSN or a person from a case, not both',
    );
  else if (fromCase) {
    check.check(isUuid(input.caseId ?? ''), 'caseId', 'geen geldig id / not a valid id');
    check.check(isUuid(input.personId ?? ''), 'personId', 'geen geldig id / not a valid id');
  } else
    check.check(isValidBsn(input.bsn ?? ''), 'bsn', 'is geen geldig BSN (elfproef) / not a valid BSN (eleven-test)');
  check.check(LEGAL_BASIS_KINDS.includes(input.basisKind), 'basisKind', 'onbekende grondslag / unknown basis');
  check.text('basisDetail', input.basisDetail, { min: 3, max: 300 });
  check.text('contactPoint', input.contactPoint, { min: 3, max: 200 });
  // The contact point travels in notifications (and their mail): a desk and a phone number only.
  if (EMAIL.test(input.contactPoint ?? '') || NINE_DIGITS.test(input.contactPoint ?? ''))
    check.add(
      'contactPoint',
      'alleen een loket en telefoonnummer, geen e-mailadres of BSN / a desk and phone number only',
    );
  check.text('ownReference', input.ownReference, { max: 100, required: false });
  if (NINE_DIGITS.test(input.ownReference ?? ''))
    check.add('ownReference', 'lijkt een BSN te bevatten / looks like it contains a BSN');
  check.date('validFrom', input.validFrom, { min: addYears(today, -5), max: addYears(today, 1) });
  check.date('validUntil', input.validUntil, {
    min: input.validFrom && input.validFrom >= addYears(today, -5) ? input.validFrom : addYears(today, -5),
    max: addYears(today, 5),
    required: false,
  });
  check.done();
}

/**
 * Registering from the case page (issue 13, item 6): the person is a household member of a case
 * the organisation reaches as a team member today (the rule that shows a case team the index
 * entries of its household, packages/authz/involvement-rules.ts; an emergency reach answers
 * FORBIDDEN), and the person's stored BSN hash is used: the BSN itself is never read or shown. A
 * case the organisation cannot read (also one it reaches only as its director: not READABLE), or a
 * person not in its household, answers NOT_FOUND; a person without a recorded BSN is refused at the field (the index matches on BSN only).
 */
async function householdMemberHash(ctx: RequestContext, input: RegisterInvolvementInput): Promise<string> {
  const found = await readableCase(ctx, input.caseId!);
  if (
    !ctx.ability.can(
      'read',
      asSubject('Involvement', { id: '-', organisationId: '-', caseId: found.id }),
      INDEX_ENTRY_FIELDS[0],
    )
  )
    throw forbidden(
      'vanuit deze casus te melden in de verwijsindex; dat kan een organisatie in het casusteam / register from this case: for the case team',
    );
  const [member] = await ctx.em.execute<{ bsn_hash: string | null }[]>(
    `select p.bsn_hash from household_member hm join person p on p.id = hm.person_id
      where hm.household_id = ? and hm.person_id = ? and p.pseudonymised_at is null`,
    [found.household.id, input.personId],
  );
  if (!member) throw notFound('Persoon in dit huishouden / Person in this household');
  if (!member.bsn_hash) {
    const check = new InputCheck();
    check.add(
      'personId',
      'van deze persoon is geen BSN vastgelegd; de verwijsindex koppelt alleen op BSN / no BSN is recorded for this person; the index matches on BSN only',
    );
    check.done();
  }
  return member.bsn_hash!;
}

export async function registerInvolvement(
  ctx: RequestContext,
  input: RegisterInvolvementInput,
): Promise<InvolvementNode> {
  const actor = requireActor(ctx);
  if (!ctx.ability.can('create', 'Involvement'))
    throw forbidden('betrokkenheid te melden in de verwijsindex / register involvement');
  const today = todayInNetherlands();
  validate(input, today);
  const hash = input.bsn ? bsnHash(ctx.config.bsnKey, input.bsn) : await householdMemberHash(ctx, input);
  return ctx.em.transactional(async (em) => {
    await refuseIfRestricted(ctx, em, hash, input);
    // One registration per organisation and person for a period: a second one that overlaps is refused.
    const [mine] = await em.execute<{ n: number }[]>(
      `select count(*)::int as n from involvement where bsn_hash = ? and organisation_id = ? and valid_from <= coalesce(?::date, 'infinity'::date) and coalesce(valid_until, 'infinity'::date) >= ?::date`,
      [hash, actor.organisationId, input.validUntil ?? null, input.validFrom],
    );
    if ((mine?.n ?? 0) > 0)
      throw conflict(
        'Uw organisatie staat voor deze persoon en periode al in de verwijsindex. / Your organisation is already registered for this person and period.',
      );
    const organisation = await em.findOneOrFail(Organisation, { id: actor.organisationId });
    const involvement = em.create(Involvement, {
      bsnHash: hash,
      organisation,
      basisKind: input.basisKind,
      basisDetail: input.basisDetail.trim(),
      contactPoint: input.contactPoint.trim(),
      ownReference: input.ownReference?.trim() || null,
      validFrom: input.validFrom,
      validUntil: input.validUntil ?? null,
      registeredBy: em.getReference(User, actor.userId),
    });
    await em.flush();
    const others = await othersOf(em, hash, actor.organisationId, involvement.validFrom, involvement.validUntil);
    const subjects = await personIdsOf(em, hash);
    const myRef = involvement.ownReference
      ? `uw registratie ${involvement.ownReference}`
      : `uw registratie van ${involvement.validFrom}`;
    for (const other of others) {
      const theirRef = other.own_reference
        ? `uw registratie ${other.own_reference}`
        : `uw registratie van ${other.valid_from}`;
      // Each side learns that the other is involved and whom to call: nothing else.
      await notify(em, {
        recipientIds: [other.registered_by_id],
        kind: 'INVOLVEMENT_MATCH',
        caseId: null,
        message: `Verwijsindex: ook ${organisation.name} is betrokken bij de persoon van ${theirRef}. Contactpunt: ${involvement.contactPoint}. / Involvement index: another organisation is involved with the same person.`,
      });
      await notify(em, {
        recipientIds: [actor.userId],
        kind: 'INVOLVEMENT_MATCH',
        caseId: null,
        message: `Verwijsindex: ook ${other.organisation_name} is betrokken bij de persoon van ${myRef}. Contactpunt: ${other.contact_point}. / Involvement index: another organisation is involved with the same person.`,
      });
    }
    await ctx.audit?.write(em, [
      changeOf('CREATE', {
        subjectType: 'Involvement',
        subjectId: involvement.id,
        // Registered from a case: the case's access log shows it too.
        caseId: input.caseId ?? null,
        dataSubjectIds: subjects,
        fields: [
          input.bsn ? 'bsn' : 'personId',
          'basisKind',
          'basisDetail',
          'contactPoint',
          'ownReference',
          'validFrom',
          'validUntil',
        ],
        categories: ['IDENTITY'],
        reason: 'INDEX_REGISTERED',
      }),
      // Every match, once per pair: who matched whom (the two registrations), disclosed to both.
      ...others.map((o) =>
        searchOf({
          subjectType: 'Involvement',
          subjectId: o.id,
          caseId: null,
          dataSubjectIds: subjects,
          fields: ['organisationName', 'contactPoint'],
          reason: `INDEX_MATCH with=${involvement.id}`,
        }),
      ),
    ]);
    return Object.assign(nodeOf(involvement, others), { registeredFromCaseId: input.caseId ?? null });
  });
}

/** The viewer's organisation's registrations still running (or starting later), each with who else is involved. */
export async function myInvolvements(ctx: RequestContext): Promise<InvolvementNode[]> {
  const actor = requireActor(ctx);
  if (!ctx.ability.can('read', asSubject('Involvement', { id: '-', organisationId: actor.organisationId })))
    throw forbidden('de verwijsindex in te zien / see the involvement index');
  const today = todayInNetherlands();
  const rows = await ctx.em.find(
    Involvement,
    { organisation: actor.organisationId, $or: [{ validUntil: null }, { validUntil: { $gte: today } }] },
    { orderBy: { validFrom: 'desc', id: 'asc' }, limit: 500 },
  );
  const nodes: InvolvementNode[] = [];
  const audit = [];
  for (const r of rows) {
    if (!ctx.ability.can('read', asSubject('Involvement', { id: r.id, organisationId: r.organisation.id }))) continue;
    const others = await othersOf(ctx.em, r.bsnHash, actor.organisationId, r.validFrom, r.validUntil);
    if (others.length > 0) audit.push(lookupOf(r.id, others.length));
    nodes.push(nodeOf(r, others));
  }
  for (const a of audit) ctx.audit?.record(a);
  return nodes;
}

/**
 * Ends the own organisation's running registration early (the involvement stopped): its period
 * now ends on `endsOn` (default today), earlier than it did, never before today, so history (the
 * matches already told) is not rewritten. One that starts later, or already ends by then, is
 * CONFLICT; another organisation's is NOT_FOUND, as one that does not exist. Audited as an UPDATE
 * of validUntil (INDEX_ENDED), and as a look-up when the answer names others (INDEX_LOOKUP).
 */
export async function endInvolvement(ctx: RequestContext, id: string, endsOn: string | null): Promise<InvolvementNode> {
  requireActor(ctx);
  if (!ctx.ability.can('update', 'Involvement'))
    throw forbidden('een registratie in de verwijsindex te beëindigen / end an involvement registration');
  const missing = () => notFound('Registratie in de verwijsindex / Involvement registration');
  if (!isUuid(id)) throw missing();
  const today = todayInNetherlands();
  return ctx.em.transactional(async (em) => {
    const r = await em.findOne(Involvement, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!r || !ctx.ability.can('update', asSubject('Involvement', { id: r.id, organisationId: r.organisation.id })))
      throw missing();
    if (r.validFrom > today)
      throw conflict(
        `Deze registratie begint pas op ${r.validFrom}; beëindigen kan vanaf die dag. / This registration starts on ${r.validFrom}; it can be ended from that day.`,
      );
    if (r.validUntil !== null && r.validUntil <= today)
      throw conflict(
        `Deze registratie eindigt al op ${r.validUntil}. / This registration already ends on ${r.validUntil}.`,
      );
    const end = endsOn ?? today;
    new InputCheck().date('endsOn', end, { min: today, max: r.validUntil ?? addYears(today, 5) }).done();
    if (end === r.validUntil)
      throw conflict(`Deze registratie eindigt al op ${end}. / This registration already ends on ${end}.`);
    r.validUntil = end;
    await em.flush();
    const others = await othersOf(em, r.bsnHash, r.organisation.id, r.validFrom, r.validUntil);
    const subjects = await personIdsOf(em, r.bsnHash);
    await ctx.audit?.write(em, [
      changeOf('UPDATE', {
        subjectType: 'Involvement',
        subjectId: r.id,
        caseId: null,
        dataSubjectIds: subjects,
        fields: ['validUntil'],
        categories: ['IDENTITY'],
        reason: 'INDEX_ENDED',
      }),
      // The answer names who else is involved in the remaining period: a look-up, as in myInvolvements.
      ...(others.length > 0 ? [lookupOf(r.id, others.length, subjects)] : []),
    ]);
    return nodeOf(r, others);
  });
}

/** The index entries of a case's household members, as its team sees them (entries running today). */
export async function caseInvolvements(ctx: RequestContext, caseId: string): Promise<InvolvementIndexEntryNode[]> {
  requireActor(ctx);
  const found = await readableCase(ctx, caseId);
  const today = todayInNetherlands();
  const rows = await ctx.em.execute<
    {
      person_id: string;
      organisation_id: string;
      organisation_name: string;
      organisation_type: OrganisationType;
      contact_point: string;
      valid_from: string;
      valid_until: string | null;
    }[]
  >(
    `select hm.person_id, i.organisation_id, o.name as organisation_name, o.type as organisation_type, i.contact_point, i.valid_from::text as valid_from, i.valid_until::text as valid_until
       from household_member hm
       join person p on p.id = hm.person_id and p.bsn_hash is not null
       join involvement i on i.bsn_hash = p.bsn_hash
       join organisation o on o.id = i.organisation_id
      where hm.household_id = ? and i.valid_from <= ?::date and coalesce(i.valid_until, 'infinity'::date) >= ?::date
      order by hm.person_id, o.name, i.valid_from`,
    [found.household.id, today, today],
  );
  const visible = rows.filter((r) =>
    INDEX_ENTRY_FIELDS.every((f) =>
      ctx.ability.can(
        'read',
        asSubject('Involvement', { id: '-', organisationId: r.organisation_id, caseId: found.id }),
        f,
      ),
    ),
  );
  // Every look-up, also one that finds nothing.
  ctx.audit?.record(
    searchOf({
      subjectType: 'InvolvementIndex',
      subjectId: null,
      caseId: found.id,
      dataSubjectIds: [...new Set(visible.map((r) => r.person_id))],
      fields: [...INDEX_ENTRY_FIELDS],
      reason: `INDEX_LOOKUP results=${visible.length}`,
    }),
  );
  return visible.map((r) =>
    Object.assign(new InvolvementIndexEntryNode(), {
      personId: r.person_id,
      organisationName: r.organisation_name,
      organisationType: r.organisation_type,
      contactPoint: r.contact_point,
      validFrom: r.valid_from,
      validUntil: r.valid_until,
    }),
  );
}
