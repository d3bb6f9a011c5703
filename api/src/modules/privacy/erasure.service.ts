import type { EntityManager } from '@mikro-orm/postgresql';
import { asSubject, ERASURE_PENDING, PERSON_FIELDS, type DataCategory } from '@mda/authz';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { changeOf, readOf } from '../../core/context/request-audit.js';
import { conflict, forbidden, notFound } from '../../core/graphql/errors.js';
import { InputCheck, isUuid, todayInNetherlands } from '../../core/graphql/validation.js';
import { notify } from '../notifications/notification.service.js';
import { dataSubjectOf, dataSubjectSubject, privacyOfficersOf, uuidArray } from './data-subject.service.js';
import { pseudonymisePersons } from './retention.service.js';

export interface ErasureOutcome {
  /** ERASED (pseudonymised), RESTRICTED (art. 18) or PENDING_APPROVAL (waits for a second privacy officer). */
  outcome: 'ERASED' | 'RESTRICTED' | 'PENDING_APPROVAL';
  basis: string;
  restrictedUntil: string | null;
  /** The erasure request on record. */
  requestId: string;
}

export type ErasureStatus = 'PENDING_APPROVAL' | 'APPLIED' | 'WITHDRAWN';

export interface ErasureRequestRow {
  id: string;
  person_id: string;
  requested_by_id: string;
  requested_by_name: string;
  requester_organisation: string;
  requested_at: Date;
  status: ErasureStatus;
  outcome: string | null;
  basis: string;
  note: string | null;
  case_ids: string[];
  case_references: string[];
  affected_organisation_ids: string[];
  affected_organisations: string[];
  decided_at: Date | null;
}

const erasureSubject = (
  r: Pick<ErasureRequestRow, 'id' | 'status' | 'requested_by_id' | 'affected_organisation_ids'>,
) =>
  asSubject('ErasureRequest', {
    id: r.id,
    status: r.status,
    requestedById: r.requested_by_id,
    affectedOrganisationIds: r.affected_organisation_ids,
  });

const ERASED_CATEGORIES: DataCategory[] = ['IDENTITY', 'CONTACT', 'SECRET_LOCATION'];
const RESTRICTED_CATEGORIES: DataCategory[] = ['CONTACT', 'SECRET_LOCATION'];

/** The categories and fields an erasure touches, per outcome (restriction withholds contact and secret location). */
function touched(outcome: 'ERASED' | 'RESTRICTED'): { categories: DataCategory[]; fields: string[] } {
  const categories = outcome === 'ERASED' ? ERASED_CATEGORIES : RESTRICTED_CATEGORIES;
  return { categories, fields: categories.flatMap((c) => PERSON_FIELDS[c as keyof typeof PERSON_FIELDS]) };
}

/** Applies an erasure: restriction (art. 18) under a legal retention duty, pseudonymisation otherwise. */
async function applyErasure(
  em: EntityManager,
  personId: string,
): Promise<Omit<ErasureOutcome, 'requestId'> & { outcome: 'ERASED' | 'RESTRICTED' }> {
  const duties = await em.execute<
    { reference: string; status: string; retain_until: string | null; basis: string | null }[]
  >(
    `select c.reference, c.status, max(r.retain_until)::text as retain_until, string_agg(distinct r.basis, '; ') as basis
       from household_member hm join case_file c on c.household_id = hm.household_id
       left join case_retention r on r.case_id = c.id
      where hm.person_id = ? group by c.reference, c.status`,
    [personId],
  );
  const today = todayInNetherlands();
  const open = duties.filter((d) => d.status !== 'CLOSED');
  const retained = duties.filter((d) => d.retain_until !== null && d.retain_until >= today);
  if (open.length > 0 || retained.length > 0) {
    const until =
      retained
        .map((d) => d.retain_until as string)
        .sort()
        .at(-1) ?? null;
    const basis =
      open.length > 0
        ? `Lopende casus ${open.map((d) => d.reference).join(', ')}: wettelijke taak (convenant/Jeugdwet/Wmo 2015), gegevens nodig voor de veiligheid`
        : `Bewaarplicht tot ${until}: ${retained.map((d) => d.basis).join('; ')}`;
    await em.execute('update person set restricted_at = now(), restriction_basis = ? where id = ?', [basis, personId]);
    return { outcome: 'RESTRICTED', basis, restrictedUntil: until };
  }
  await pseudonymisePersons(em, [personId]);
  return { outcome: 'ERASED', basis: 'Geen bewaarplicht meer: gepseudonimiseerd', restrictedUntil: null };
}

/** One audit record per case of the person (or one without a case), naming the categories touched. */
function erasureAudit(
  personId: string,
  caseIds: readonly string[],
  parts: {
    subjectType: string;
    subjectId: string;
    fields: string[];
    categories: DataCategory[];
    reason: string;
    action?: 'CREATE' | 'UPDATE';
  },
) {
  return (caseIds.length > 0 ? caseIds : [null]).map((caseId) =>
    changeOf(parts.action ?? 'UPDATE', {
      subjectType: parts.subjectType,
      subjectId: parts.subjectId,
      caseId,
      dataSubjectIds: [personId],
      fields: parts.fields,
      categories: parts.categories,
      reason: parts.reason,
    }),
  );
}

/**
 * An erasure request (AVG art. 17), handled by the covenant's coordinating privacy officer. When
 * the person's data involves another organisation than the requester's (its case teams, the
 * authors of what was recorded about them), nothing happens yet: the request waits for a second
 * privacy officer (four eyes) and can be withdrawn until then. Otherwise it is applied at once:
 * restricted (art. 18) with its basis and end date under a legal retention duty, pseudonymised
 * when no duty applies any more.
 */
export async function requestErasure(ctx: RequestContext, personId: string, note: string): Promise<ErasureOutcome> {
  const actor = requireActor(ctx);
  if (!ctx.ability.can('erase', 'DataSubject')) {
    throw forbidden(
      'een verwijderverzoek af te handelen (dat doet de coördinerend functionaris gegevensbescherming) / handle an erasure request (the coordinating privacy officer does)',
    );
  }
  new InputCheck().text('note', note, { min: 5, max: 1000 }).done();
  if (!isUuid(personId)) throw notFound('Persoon / Person');
  return ctx.em.transactional(async (em) => {
    const subject = await dataSubjectOf(em, personId, { lock: true });
    if (!subject || !ctx.ability.can('erase', dataSubjectSubject(subject))) throw notFound('Persoon / Person');
    const others = subject.organisationIds.filter((o) => o !== actor.organisationId);
    const [{ id: requestId } = { id: '' }] = await em.execute<{ id: string }[]>('select gen_random_uuid()::text as id');
    if (others.length > 0) {
      const basis =
        'Wacht op goedkeuring van een tweede functionaris gegevensbescherming: het verzoek raakt gegevens van andere organisaties';
      await em.execute(
        `insert into erasure_request (id, person_id, requested_by_id, status, outcome, basis, note, case_ids, affected_organisation_ids)
         values (?, ?, ?, 'PENDING_APPROVAL', null, ?, ?, ?::uuid[], ?::uuid[])`,
        [
          requestId,
          personId,
          actor.userId,
          basis,
          note.trim(),
          uuidArray(subject.caseIds),
          uuidArray(subject.organisationIds),
        ],
      );
      const references = await em.execute<{ reference: string }[]>(
        'select reference from case_file where id::text = any(?::text[]) order by reference',
        [uuidArray(subject.caseIds)],
      );
      await notify(em, {
        recipientIds: await privacyOfficersOf(em, subject.organisationIds, actor.userId),
        kind: 'ERASURE_APPROVAL',
        caseId: null,
        message: `Verwijderverzoek (AVG art. 17) wacht op uw goedkeuring als tweede functionaris gegevensbescherming; het raakt gegevens van uw organisatie in casus ${references.map((r) => r.reference).join(', ') || '(geen)'}. / An erasure request affecting your organisation's data awaits a second privacy officer.`,
      });
      await ctx.audit?.write(
        em,
        erasureAudit(personId, subject.caseIds, {
          subjectType: 'ErasureRequest',
          subjectId: requestId,
          fields: ['erasureRequest'],
          categories: ERASED_CATEGORIES,
          reason: 'ERASURE_PENDING_APPROVAL',
          action: 'CREATE',
        }),
      );
      return { outcome: 'PENDING_APPROVAL' as const, basis, restrictedUntil: null, requestId };
    }
    const applied = await applyErasure(em, personId);
    await em.execute(
      `insert into erasure_request (id, person_id, requested_by_id, status, outcome, basis, restricted_until, note, case_ids, affected_organisation_ids, decided_at)
       values (?, ?, ?, 'APPLIED', ?, ?, ?, ?, ?::uuid[], ?::uuid[], now())`,
      [
        requestId,
        personId,
        actor.userId,
        applied.outcome,
        `${applied.basis}. Notitie FG: ${note.trim()}`,
        applied.restrictedUntil,
        note.trim(),
        uuidArray(subject.caseIds),
        uuidArray(subject.organisationIds),
      ],
    );
    await ctx.audit?.write(
      em,
      erasureAudit(personId, subject.caseIds, {
        subjectType: 'Person',
        subjectId: personId,
        ...touched(applied.outcome),
        reason: `ERASURE_${applied.outcome}`,
      }),
    );
    return { ...applied, requestId };
  });
}

const REQUEST_SELECT = `
  select r.id, r.person_id, r.requested_by_id, u.display_name as requested_by_name, o.name as requester_organisation, r.requested_at,
         r.status, r.outcome, r.basis, r.note, r.case_ids::text[] as case_ids, r.affected_organisation_ids::text[] as affected_organisation_ids, r.decided_at,
         coalesce((select array_agg(c.reference order by c.reference) from case_file c where c.id = any(r.case_ids)), '{}') as case_references,
         coalesce((select array_agg(ao.name order by ao.name) from organisation ao where ao.id = any(r.affected_organisation_ids)), '{}') as affected_organisations
    from erasure_request r join app_user u on u.id = r.requested_by_id join organisation o on o.id = u.organisation_id`;

/** Erasure requests waiting for a second privacy officer that this privacy officer may approve or withdraw. */
export async function pendingErasureRequests(ctx: RequestContext): Promise<ErasureRequestRow[]> {
  const actor = requireActor(ctx);
  if (!ctx.ability.can('approve', 'ErasureRequest') && !ctx.ability.can('withdraw', 'ErasureRequest')) {
    throw forbidden('verwijderverzoeken te beoordelen / review erasure requests');
  }
  const rows = await ctx.em.execute<ErasureRequestRow[]>(
    `${REQUEST_SELECT}
      where r.status = 'PENDING_APPROVAL' and (r.requested_by_id = ? or ? = any(r.affected_organisation_ids) or ?)
      order by r.requested_at desc limit 200`,
    [actor.userId, actor.organisationId, actor.roles.includes('COORDINATING_PRIVACY_OFFICER')],
  );
  const visible = rows.filter(
    (r) => ctx.ability.can('approve', erasureSubject(r)) || ctx.ability.can('withdraw', erasureSubject(r)),
  );
  ctx.audit?.record(
    readOf({
      subjectType: 'ErasureRequest',
      subjectId: null,
      caseId: null,
      dataSubjectIds: [...new Set(visible.map((r) => r.person_id))],
      fields: ['pendingErasureRequests'],
      reason: `results=${visible.length}`,
    }),
  );
  return visible;
}

async function lockedRequest(em: EntityManager, requestId: string): Promise<ErasureRequestRow | null> {
  if (!isUuid(requestId)) return null;
  const [row] = await em.execute<ErasureRequestRow[]>(`${REQUEST_SELECT} where r.id = ? for update of r`, [requestId]);
  return row ?? null;
}

/** The second privacy officer approves: the erasure is applied now, as the rules of today say. */
export async function approveErasure(ctx: RequestContext, requestId: string): Promise<ErasureOutcome> {
  const actor = requireActor(ctx);
  if (!ctx.ability.can('approve', 'ErasureRequest'))
    throw forbidden('een verwijderverzoek goed te keuren / approve an erasure request');
  return ctx.em.transactional(async (em) => {
    const request = await lockedRequest(em, requestId);
    if (!request) throw notFound('Verwijderverzoek / Erasure request');
    if (request.requested_by_id === actor.userId) {
      throw forbidden(
        'uw eigen verwijderverzoek goed te keuren: een tweede functionaris gegevensbescherming beslist (vier ogen) / approve your own request (four eyes)',
      );
    }
    if (request.status !== ERASURE_PENDING)
      throw conflict(
        `Dit verzoek is al ${request.status === 'APPLIED' ? 'uitgevoerd' : 'ingetrokken'}. / This request was already decided.`,
      );
    if (!ctx.ability.can('approve', erasureSubject(request))) throw notFound('Verwijderverzoek / Erasure request');
    const applied = await applyErasure(em, request.person_id);
    await em.execute(
      `update erasure_request set status = 'APPLIED', outcome = ?, basis = ?, restricted_until = ?, decided_by_id = ?, decided_at = now() where id = ?`,
      [
        applied.outcome,
        `${applied.basis}. Notitie FG: ${request.note ?? ''}`,
        applied.restrictedUntil,
        actor.userId,
        request.id,
      ],
    );
    await notify(em, {
      recipientIds: [request.requested_by_id],
      kind: 'ERASURE_APPROVED',
      caseId: null,
      message: `Uw verwijderverzoek (AVG art. 17) voor casus ${request.case_references.join(', ') || '(geen)'} is goedgekeurd en uitgevoerd. / Your erasure request was approved and applied.`,
    });
    await ctx.audit?.write(
      em,
      erasureAudit(request.person_id, request.case_ids, {
        subjectType: 'Person',
        subjectId: request.person_id,
        ...touched(applied.outcome),
        reason: `ERASURE_${applied.outcome};request=${request.id}`,
      }),
    );
    return { ...applied, requestId: request.id };
  });
}

/** Until a second privacy officer approves, the requester withdraws: nothing was applied, nothing needs undoing. */
export async function withdrawErasure(ctx: RequestContext, requestId: string): Promise<ErasureRequestRow> {
  const actor = requireActor(ctx);
  if (!ctx.ability.can('withdraw', 'ErasureRequest'))
    throw forbidden('een verwijderverzoek in te trekken / withdraw an erasure request');
  return ctx.em.transactional(async (em) => {
    const request = await lockedRequest(em, requestId);
    if (!request || request.requested_by_id !== actor.userId) throw notFound('Verwijderverzoek / Erasure request');
    if (request.status !== ERASURE_PENDING)
      throw conflict(
        `Dit verzoek is al ${request.status === 'APPLIED' ? 'goedgekeurd en uitgevoerd' : 'ingetrokken'}. / This request was already decided.`,
      );
    if (!ctx.ability.can('withdraw', erasureSubject(request))) throw notFound('Verwijderverzoek / Erasure request');
    await em.execute(
      `update erasure_request set status = 'WITHDRAWN', decided_by_id = ?, decided_at = now() where id = ?`,
      [actor.userId, request.id],
    );
    await ctx.audit?.write(
      em,
      erasureAudit(request.person_id, request.case_ids, {
        subjectType: 'ErasureRequest',
        subjectId: request.id,
        fields: ['status'],
        categories: [],
        reason: 'ERASURE_WITHDRAWN',
      }),
    );
    return { ...request, status: 'WITHDRAWN', decided_at: new Date() };
  });
}
