import { DATA_CATEGORIES } from '@mda/authz';
import { AUDIT_ACTIONS, type AuditAction, type AuditLanguage, ORGANISATION_TYPES, USER_ROLES } from '@mda/domain';
import type { AuditLogFilter, DataCategory, OrganisationType, UserRole } from '@mda/graphql';
import { normaliseCaseReference } from './breakGlass';

/** The actions on record (NEN 7513), as the API names them in `AuditLogFilter.actions` (packages/domain). */
export { AUDIT_ACTIONS, type AuditAction };

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** The language of the audit labels (packages/domain, audit-labels.ts) for the UI language: Dutch first. */
export function auditLanguage(language: string | undefined): AuditLanguage {
  return language?.startsWith('en') ? 'en' : 'nl';
}

/** The log's strings are untyped in the schema; these narrow them for the enum labels. */
export function isDataCategory(value: string): value is DataCategory {
  return (DATA_CATEGORIES as readonly string[]).includes(value);
}
export function isOrganisationType(value: string): value is OrganisationType {
  return (ORGANISATION_TYPES as readonly string[]).includes(value);
}
export function isUserRole(value: string): value is UserRole {
  return (USER_ROLES as readonly string[]).includes(value);
}

/** The access log's filter as the form and the address bar hold it; dates are calendar days. */
export interface AccessLogSearch {
  personId: string;
  userId: string;
  caseReference: string;
  /** YYYY-MM-DD, or '' */
  from: string;
  /** YYYY-MM-DD, or '' */
  to: string;
  actions: AuditAction[];
  /** The cursor of an older page, or '' for the newest. */
  before: string;
}

export const EMPTY_ACCESS_LOG_SEARCH: AccessLogSearch = {
  personId: '',
  userId: '',
  caseReference: '',
  from: '',
  to: '',
  actions: [],
  before: '',
};

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** The filter from the address bar; unknown actions and malformed days are dropped. */
export function parseAccessLogSearch(params: URLSearchParams): AccessLogSearch {
  const text = (name: string) => (params.get(name) ?? '').trim();
  const day = (name: string) => (isDay(text(name)) ? text(name) : '');
  const actions = AUDIT_ACTIONS.filter((action) => params.getAll('action').includes(action));
  return {
    personId: text('person'),
    userId: text('user'),
    caseReference: text('case'),
    from: day('from'),
    to: day('to'),
    actions,
    before: /^\d{1,19}$/.test(text('before')) ? text('before') : '',
  };
}

/** The filter for the address bar: empty fields are left out, actions repeat. */
export function accessLogSearchParams(search: AccessLogSearch): URLSearchParams {
  const params = new URLSearchParams();
  const set = (name: string, value: string) => {
    if (value.trim() !== '') params.set(name, value.trim());
  };
  set('person', search.personId);
  set('user', search.userId);
  set('case', search.caseReference === '' ? '' : normaliseCaseReference(search.caseReference));
  set('from', search.from);
  set('to', search.to);
  for (const action of AUDIT_ACTIONS) if (search.actions.includes(action)) params.append('action', action);
  set('before', search.before);
  return params;
}

/** The UTC offset of Dutch clock time at an instant, in minutes (60 in winter, 120 in summer). */
function amsterdamOffsetMinutes(instant: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? '0');
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** Midnight at the start of a calendar day in the Netherlands, as an instant. */
export function amsterdamStartOfDay(day: string, addDays = 0): string {
  const match = DAY.exec(day);
  if (!match) throw new Error(`not a day: ${day}`);
  const utcMidnight = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + addDays);
  // Dutch clocks never change at midnight, so the offset just after midnight is the one.
  const guess = utcMidnight - amsterdamOffsetMinutes(utcMidnight) * 60_000;
  return new Date(utcMidnight - amsterdamOffsetMinutes(guess) * 60_000).toISOString();
}

/**
 * The API's filter: the days run from midnight to the last millisecond before the next
 * midnight, Dutch time; the case reference upper case as the API expects.
 */
export function toAuditLogFilter(search: AccessLogSearch): AuditLogFilter {
  return {
    personId: search.personId.trim() || null,
    userId: search.userId.trim() || null,
    caseReference: search.caseReference.trim() ? normaliseCaseReference(search.caseReference) : null,
    from: isDay(search.from) ? amsterdamStartOfDay(search.from) : null,
    to: isDay(search.to) ? new Date(Date.parse(amsterdamStartOfDay(search.to, 1)) - 1).toISOString() : null,
    actions: search.actions.length > 0 ? [...search.actions] : null,
  };
}
