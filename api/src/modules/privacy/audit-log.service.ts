import { asSubject } from '@mda/authz';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { readOf } from '../../core/context/request-audit.js';
import { forbidden } from '../../core/graphql/errors.js';
import { InputCheck, isUuid } from '../../core/graphql/validation.js';
import { AUDIT_ACTIONS } from '../../core/audit/audit.types.js';
import { AuditDataSubjectNode, AuditRecordNode, type AuditLogFilter } from './audit-log.type.js';
import { identifiableNames } from './data-subject.service.js';
import { readConnection } from '../../core/db/read-replica.js';

export const MAX_AUDIT_PAGE = 200;

interface Row {
  seq: string;
  occurred_at: string;
  request_id: string;
  actor_user_id: string;
  actor_name: string | null;
  organisation_type: string;
  organisation_name: string | null;
  roles: string[];
  action: string;
  subject_type: string;
  subject_id: string | null;
  case_id: string | null;
  case_reference: string | null;
  data_subject_ids: string[];
  fields: string[];
  categories: string[];
  purpose: string | null;
  break_glass_grant_id: string | null;
  outcome: string;
  reason: string | null;
  recorded_by_own: boolean;
  organisation_id: string;
}

const NO_ORGANISATION = '00000000-0000-0000-0000-000000000000';

/** Cases in which an organisation recorded information (an entry, a plan element or a plan note). */
const RECORDED_CASES = `(select case_id from case_entry where author_organisation_id = ?
   union select case_id from plan_element where author_organisation_id = ?
   union select case_id from plan_note where author_organisation_id = ?)`;

export interface AuditScope {
  /** Null: the whole region's log (the coordinating privacy officer). */
  organisationId: string | null;
  /** An SQL condition on `alias` (an `audit.event` row) and its parameters; `true` for the region. */
  where(alias: string): { sql: string; params: unknown[] };
}

/**
 * Which part of the access log this privacy officer may see, as the rules in packages/authz say
 * (privacy-rules.ts): everything (coordinating), or the records of its own organisation's users
 * and the records about cases in which its organisation recorded information.
 */
export function auditScopeOf(ctx: RequestContext): AuditScope {
  const actor = requireActor(ctx);
  if (ctx.ability.can('read', asSubject('AuditLog', { id: 'any', organisationId: NO_ORGANISATION, recordedBy: [] }))) {
    return { organisationId: null, where: () => ({ sql: 'true', params: [] }) };
  }
  const own = actor.organisationId;
  return {
    organisationId: own,
    where: (alias) => ({
      sql: `(${alias}.organisation_id = ? or ${alias}.case_id in ${RECORDED_CASES})`,
      params: [own, own, own, own],
    }),
  };
}

/**
 * The privacy officer's access log: per data subject, per user, per case, per period, newest
 * first. Looking at it is itself on record.
 */
export async function auditLog(
  ctx: RequestContext,
  filter: AuditLogFilter,
  first: number,
  before: string | null,
  withNames = true,
): Promise<{ records: AuditRecordNode[]; nextBefore: string | null }> {
  requireActor(ctx);
  if (!ctx.ability.can('read', 'AuditLog')) throw forbidden('het toegangslogboek in te zien / view the access log');
  const check = new InputCheck()
    .check(
      Number.isInteger(first) && first >= 1 && first <= MAX_AUDIT_PAGE,
      'first',
      `tussen 1 en ${MAX_AUDIT_PAGE} / between 1 and ${MAX_AUDIT_PAGE}`,
    )
    .check(!filter.personId || isUuid(filter.personId), 'filter.personId', 'geen geldig id / not a valid id')
    .check(!filter.userId || isUuid(filter.userId), 'filter.userId', 'geen geldig id / not a valid id')
    .check(
      !filter.caseReference || /^MDA-\d{4}-\d{6}$/.test(filter.caseReference),
      'filter.caseReference',
      'bijv. MDA-2026-000123 / e.g. MDA-2026-000123',
    )
    .check(!before || /^\d{1,19}$/.test(before), 'before', 'geen geldige cursor / not a valid cursor')
    .check(!filter.from || !filter.to || filter.from <= filter.to, 'filter.to', 'ligt voor from / is before from')
    .check(
      (filter.actions ?? []).every((a) => (AUDIT_ACTIONS as readonly string[]).includes(a)),
      'filter.actions',
      'onbekende actie / unknown action',
    );
  check.done();

  const scope = auditScopeOf(ctx);
  const scoped = scope.where('e');
  const where: string[] = [scoped.sql];
  const params: unknown[] = [...scoped.params];
  if (filter.personId) {
    where.push('e.data_subject_ids @> array[?]::uuid[]');
    params.push(filter.personId);
  }
  if (filter.userId) {
    where.push('e.actor_user_id = ?');
    params.push(filter.userId);
  }
  if (filter.caseReference) {
    where.push('e.case_id = (select id from case_file where reference = ?)');
    params.push(filter.caseReference);
  }
  if (filter.from) {
    where.push('e.occurred_at >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    where.push('e.occurred_at <= ?');
    params.push(filter.to);
  }
  if (filter.actions && filter.actions.length > 0) {
    where.push(`e.action in (${filter.actions.map(() => '?').join(', ')})`);
    params.push(...filter.actions);
  }
  if (before) {
    where.push('e.seq < ?');
    params.push(before);
  }
  const rows = await readConnection(ctx.em).execute<Row[]>(
    `select e.seq::text as seq, e.occurred_at, e.request_id, e.actor_user_id, u.display_name as actor_name, e.organisation_type,
            o.name as organisation_name, e.roles, e.action, e.subject_type, e.subject_id, e.case_id, c.reference as case_reference,
            e.data_subject_ids, e.fields, e.categories, e.purpose, e.break_glass_grant_id, e.outcome, e.reason,
            ${scope.organisationId ? `e.case_id in ${RECORDED_CASES}` : 'false'} as recorded_by_own, e.organisation_id
       from audit.event e
       left join app_user u on u.id = e.actor_user_id
       left join organisation o on o.id = e.organisation_id
       left join case_file c on c.id = e.case_id
      where ${where.join(' and ')}
      order by e.seq desc
      limit ${first + 1}`,
    [...(scope.organisationId ? [scope.organisationId, scope.organisationId, scope.organisationId] : []), ...params],
  );
  // Re-checked per record with the rules themselves: the SQL above only narrows.
  const page = rows.slice(0, first).filter((r) =>
    ctx.ability.can(
      'read',
      asSubject('AuditLog', {
        id: r.seq,
        organisationId: r.organisation_id,
        recordedBy: r.recorded_by_own && scope.organisationId ? [scope.organisationId] : [],
      }),
    ),
  );
  ctx.audit?.record(
    readOf({
      subjectType: 'AuditLog',
      subjectId: null,
      caseId: null,
      dataSubjectIds: filter.personId ? [filter.personId] : [],
      fields: ['accessLog'],
      reason: `filter=${[filter.personId && 'person', filter.userId && 'user', filter.caseReference && 'case', filter.from && 'from', filter.to && 'to'].filter(Boolean).join('+') || 'none'};results=${page.length}`,
    }),
  );
  const names = withNames
    ? await identifiableNames(
        ctx,
        page.flatMap((r) => r.data_subject_ids),
        'ACCESS_LOG_NAMES',
      )
    : new Map<string, string>();
  return {
    records: page.map((r) =>
      Object.assign(new AuditRecordNode(), {
        seq: r.seq,
        occurredAt: new Date(r.occurred_at),
        requestId: r.request_id,
        actorUserId: r.actor_user_id,
        actorName: r.actor_name,
        organisationType: r.organisation_type,
        organisationName: r.organisation_name,
        roles: r.roles,
        action: r.action,
        subjectType: r.subject_type,
        subjectId: r.subject_id,
        caseId: r.case_id,
        caseReference: r.case_reference,
        dataSubjectIds: r.data_subject_ids,
        dataSubjects: r.data_subject_ids.map((id) =>
          Object.assign(new AuditDataSubjectNode(), { id, name: names.get(id) ?? null }),
        ),
        fields: r.fields,
        categories: r.categories,
        purpose: r.purpose,
        breakGlassGrantId: r.break_glass_grant_id,
        outcome: r.outcome,
        reason: r.reason,
      }),
    ),
    nextBefore: rows.length > first ? (rows[first - 1]?.seq ?? null) : null,
  };
}
