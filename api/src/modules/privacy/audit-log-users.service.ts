import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { searchOf } from '../../core/context/request-audit.js';
import { forbidden } from '../../core/graphql/errors.js';
import { InputCheck } from '../../core/graphql/validation.js';
import { normaliseName, normalisedSql } from '../cases/case-search-query.js';
import { auditScopeOf } from './audit-log.service.js';
import { readConnection } from '../../core/db/read-replica.js';

/** At most this many users come back; more asks for more of the name. */
export const AUDIT_LOG_USER_LIMIT = 20;

export interface AuditLogUser {
  id: string;
  name: string;
  organisationName: string;
}

/**
 * The user filter of the access log by name (issue 15, item 7): a privacy officer types part of
 * a name and picks the person, instead of pasting an id. Only users whose records the officer's
 * own part of the log is sure to hold come back: every user for the coordinating officer, the
 * users of the own organisation for the others (records by other organisations' users about the
 * own cases are reached from the record, the name links to the filter). Matched like person
 * search (diacritics, case, hyphens ignored; every word must occur). Audited as SEARCH with the
 * number of names returned, never the words typed.
 */
export async function auditLogUsers(ctx: RequestContext, name: string): Promise<AuditLogUser[]> {
  requireActor(ctx);
  if (!ctx.ability.can('read', 'AuditLog')) throw forbidden('het toegangslogboek in te zien / view the access log');
  const words = normaliseName(name ?? '')
    .split(' ')
    .filter(Boolean);
  const check = new InputCheck();
  check.text('name', name, { min: 2, max: 100, required: true });
  if (name?.trim()) check.check(words.length > 0, 'name', 'noem een deel van de naam / give part of the name');
  check.done();
  const scope = auditScopeOf(ctx);
  const rows = await readConnection(ctx.em).execute<{ id: string; name: string; organisation_name: string }[]>(
    `select u.id, u.display_name as name, o.name as organisation_name
       from app_user u join organisation o on o.id = u.organisation_id
      where ${words.map(() => `${normalisedSql('u.display_name')} like ?`).join(' and ')}
        ${scope.organisationId ? 'and u.organisation_id = ?' : ''}
      order by u.display_name, o.name, u.id
      limit ${AUDIT_LOG_USER_LIMIT}`,
    // A typed % or _ is a letter, not a wildcard.
    [...words.map((w) => `%${w.replace(/[\\%_]/g, '\\$&')}%`), ...(scope.organisationId ? [scope.organisationId] : [])],
  );
  ctx.audit?.record(
    searchOf({
      subjectType: 'AuditLogUser',
      subjectId: scope.organisationId,
      caseId: null,
      fields: ['displayName'],
      reason: `results=${rows.length}`,
    }),
  );
  return rows.map((r) => ({ id: r.id, name: r.name, organisationName: r.organisation_name }));
}
