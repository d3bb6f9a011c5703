import DataLoader from 'dataloader';
import type { CaseAccess } from '@mda/authz';
import { requestAccessFactsSql, requestScopeSql } from '../identity/case-access.service.js';
import type { RequestContext } from '../../core/context/context.js';
import { loaderOf } from '../../core/context/context.js';
import { Case } from './case.entity.js';
import type { MemberRole } from '@mda/domain';
import type { CaseTeamMembership } from './case-team-membership.entity.js';
import type { Person } from './person.entity.js';
import type { OrganisationRecord } from '../identity/organisation.entity.js';

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  }
  return map;
}

const partsWanted = (ctx: RequestContext) =>
  loaderOf(ctx, 'cases.partsWanted', () => ({ household: new Set<string>(), team: new Set<string>() }));

/**
 * Marks that this request's query asks for a case's household or team: the case row then
 * brings them along (one statement instead of three) and fills their loaders. The statement
 * fetches them only for a case the viewer may read (the read rule, in SQL): nobody's household
 * is fetched for a request that ends in NOT_FOUND.
 */
export function wantCaseParts(ctx: RequestContext, caseId: string, parts: { household: boolean; team: boolean }): void {
  if (!ctx.actor) return;
  const wanted = partsWanted(ctx);
  if (parts.household) wanted.household.add(caseId);
  if (parts.team) wanted.team.add(caseId);
}

/**
 * Cases by id, so that sibling resolvers asking for the same case in one request (the case
 * and its plan in one dossier query) share one query. A miss is not remembered.
 */
export function caseById(ctx: RequestContext): DataLoader<string, Case | null> {
  return loaderOf(ctx, 'cases.caseById', () => {
    const loader: DataLoader<string, Case | null> = new DataLoader(async (ids) => {
      const wanted = partsWanted(ctx);
      const withMembers = ids.some((id) => wanted.household.has(id));
      const withTeam = ids.some((id) => wanted.team.has(id));
      // The viewer's access facts come with the row (the ability decides with them); the parts
      // only where the read rule holds in SQL.
      const facts = requestAccessFactsSql(ctx, 'c.id');
      const readable = withMembers || withTeam ? requestScopeSql(ctx, 'read', 'Case', { id: 'c.id' }, 'c.id') : null;
      const guarded = (column: string): string => (readable ? `case when ${readable.sql} then ${column} end` : 'null');
      const params: unknown[] = [];
      const columns: string[] = ['c.*'];
      if (facts) {
        columns.push(`${facts.sql} as _access`);
        params.push(...facts.params);
      }
      if (withMembers) {
        columns.push(
          `${guarded(jsonRows(MEMBER_COLUMNS, MEMBER_FROM, 'hm.household_id = c.household_id', MEMBER_ORDER))} as _members`,
        );
        params.push(...(readable?.params ?? []));
      }
      if (withTeam) {
        columns.push(
          `${guarded(jsonRows(MEMBERSHIP_COLUMNS, MEMBERSHIP_FROM, 'm.case_id = c.id', MEMBERSHIP_ORDER))} as _team`,
        );
        params.push(...(readable?.params ?? []));
      }
      const rows = await ctx.em.getConnection().execute<
        (Record<string, unknown> & {
          _access?: CaseAccess[];
          _members?: MemberRow[] | null;
          _team?: MembershipRow[] | null;
        })[]
      >(`select ${columns.join(', ')} from case_file c where c.id in (${placeholders(ids)})`, [...params, ...ids]);
      const found = rows.map(({ _access, _members, _team, ...row }) => {
        if (_access) ctx.caseAccess.remember(row.id as string, _access);
        // Like em.find: a case already managed in this request's EntityManager is not overwritten.
        const entity = ctx.em.getUnitOfWork().getById<Case>(Case.name, row.id as string) ?? ctx.em.map(Case, row);
        primeCaseParts(ctx, entity, _members ?? undefined, _team ?? undefined);
        return entity;
      });
      return ids.map((id) => {
        const hit = found.find((c) => c.id === id) ?? null;
        if (!hit) queueMicrotask(() => loader.clear(id));
        return hit;
      });
    });
    return loader;
  });
}

/**
 * Cases this request showed as rows of the case list: their household is audited as one record
 * per case carrying its data subjects (docs/adr/0007-case-list-audit-per-case.md).
 */
export const listedCases = (ctx: RequestContext): Set<string> => loaderOf(ctx, 'cases.listed', () => new Set<string>());

/** Cases this request opened on their own (`case(id)`): their reads stay one record per person. */
export const openedCases = (ctx: RequestContext): Set<string> => loaderOf(ctx, 'cases.opened', () => new Set<string>());

/** Members and team read with the case row fill their loaders (no second statement). */
export function primeCaseParts(
  ctx: RequestContext,
  entity: { id: string; household: { id: string } },
  members: MemberRow[] | undefined,
  team: MembershipRow[] | undefined,
): void {
  if (members) membersByHousehold(ctx).prime(entity.household.id, members.map(memberOf));
  if (team) teamByCase(ctx).prime(entity.id, team.map(membershipOf));
}

/** A household member with the person, as the read side needs it (plain rows, no entities). */
export interface MemberRecord {
  id: string;
  householdId: string;
  roles: MemberRole[];
  person: Pick<
    Person,
    | 'id'
    | 'firstName'
    | 'lastName'
    | 'dateOfBirth'
    | 'bsnHash'
    | 'address'
    | 'phone'
    | 'shelterAddress'
    | 'safeContact'
    | 'restrictedAt'
  >;
}

/** A team membership with its organisation, as the read side needs it. */
export type MembershipRecord = Pick<
  CaseTeamMembership,
  | 'id'
  | 'legalBasisKind'
  | 'legalBasisArticle'
  | 'consentDate'
  | 'legalBasisStatute'
  | 'purpose'
  | 'validFrom'
  | 'validUntil'
  | 'endedAt'
> & { caseId: string; organisation: OrganisationRecord };

/** A member row as JSON inside a case row. */
export type MemberRowJson = MemberRow;
/** A membership row as JSON inside a case row. */
export type MembershipRowJson = MembershipRow;

interface MemberRow {
  id: string;
  household_id: string;
  roles: MemberRole[];
  person_id: string;
  first_name: string;
  last_name: string;
  date_of_birth: string | null;
  bsn_hash: string | null;
  address: string | null;
  phone: string | null;
  shelter_address: string | null;
  safe_contact: string | null;
  restricted_at: string | null;
}

interface MembershipRow {
  id: string;
  case_id: string;
  legal_basis_kind: CaseTeamMembership['legalBasisKind'];
  legal_basis_article: string | null;
  consent_date: string | null;
  legal_basis_statute: string | null;
  purpose: string;
  valid_from: string;
  valid_until: string | null;
  ended_at: string | null;
  organisation_id: string;
  organisation_name: string;
  organisation_type: OrganisationRecord['type'];
}

const placeholders = (keys: readonly unknown[]): string => keys.map(() => '?').join(', ');
// The driver hands timestamps over as text (MikroORM's type parsers); dates stay YYYY-MM-DD text.
const timestamp = (v: string | null): Date | null => (v === null ? null : new Date(v));

// Member and membership rows, as columns of a select or as JSON objects inside the case row.
const MEMBER_COLUMNS = `hm.id, hm.household_id, hm.roles, p.id as person_id, p.first_name, p.last_name, p.date_of_birth, p.bsn_hash,
  p.address, p.phone, p.shelter_address, p.safe_contact, p.restricted_at`;
const MEMBER_FROM = 'household_member hm join person p on p.id = hm.person_id';
const MEMBER_ORDER = 'p.date_of_birth asc, hm.id asc';
const MEMBERSHIP_COLUMNS = `m.id, m.case_id, m.legal_basis_kind, m.legal_basis_article, m.consent_date, m.legal_basis_statute, m.purpose,
  m.valid_from, m.valid_until, m.ended_at, o.id as organisation_id, o.name as organisation_name, o.type as organisation_type`;
const MEMBERSHIP_FROM = 'case_team_membership m join organisation o on o.id = m.organisation_id';
const MEMBERSHIP_ORDER = 'm.valid_from asc, m.id asc';
/** The rows of `columns` as one JSON array, in order (for a column of the case row). */
const jsonRows = (columns: string, from: string, where: string, order: string): string =>
  `(select coalesce(json_agg(to_json(r)), '[]') from (select ${columns} from ${from} where ${where} order by ${order}) r)`;

/** The household members of case `c`, as a JSON column of the case row. */
export const caseMembersJson = jsonRows(MEMBER_COLUMNS, MEMBER_FROM, 'hm.household_id = c.household_id', MEMBER_ORDER);
/** The team memberships of case `c`, as a JSON column of the case row. */
export const caseTeamJson = jsonRows(MEMBERSHIP_COLUMNS, MEMBERSHIP_FROM, 'm.case_id = c.id', MEMBERSHIP_ORDER);

function memberOf(r: MemberRow): MemberRecord {
  return {
    id: r.id,
    householdId: r.household_id,
    roles: r.roles,
    person: {
      id: r.person_id,
      firstName: r.first_name,
      lastName: r.last_name,
      dateOfBirth: r.date_of_birth,
      bsnHash: r.bsn_hash,
      address: r.address,
      phone: r.phone,
      shelterAddress: r.shelter_address,
      safeContact: r.safe_contact,
      restrictedAt: timestamp(r.restricted_at),
    },
  };
}

function membershipOf(r: MembershipRow): MembershipRecord {
  return {
    id: r.id,
    caseId: r.case_id,
    legalBasisKind: r.legal_basis_kind,
    legalBasisArticle: r.legal_basis_article,
    consentDate: r.consent_date,
    legalBasisStatute: r.legal_basis_statute,
    purpose: r.purpose,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    endedAt: timestamp(r.ended_at),
    organisation: { id: r.organisation_id, name: r.organisation_name, type: r.organisation_type },
  };
}

/** Household members of many households in one statement (no N+1 on the case list), youngest last. */
export function membersByHousehold(ctx: RequestContext): DataLoader<string, MemberRecord[]> {
  return loaderOf(
    ctx,
    'cases.membersByHousehold',
    () =>
      new DataLoader<string, MemberRecord[]>(async (ids) => {
        const rows = await ctx.em
          .getConnection()
          .execute<MemberRow[]>(
            `select ${MEMBER_COLUMNS} from ${MEMBER_FROM} where hm.household_id in (${placeholders(ids)}) order by ${MEMBER_ORDER}`,
            [...ids],
          );
        const members = rows.map(memberOf);
        const grouped = groupBy(members, (m) => m.householdId);
        return ids.map((id) => grouped.get(id) ?? []);
      }),
  );
}

/** Team memberships (current and ended) of many cases in one statement, oldest first. */
export function teamByCase(ctx: RequestContext): DataLoader<string, MembershipRecord[]> {
  return loaderOf(
    ctx,
    'cases.teamByCase',
    () =>
      new DataLoader<string, MembershipRecord[]>(async (ids) => {
        const rows = await ctx.em
          .getConnection()
          .execute<MembershipRow[]>(
            `select ${MEMBERSHIP_COLUMNS} from ${MEMBERSHIP_FROM} where m.case_id in (${placeholders(ids)}) order by ${MEMBERSHIP_ORDER}`,
            [...ids],
          );
        const team = rows.map(membershipOf);
        const grouped = groupBy(team, (m) => m.caseId);
        return ids.map((id) => grouped.get(id) ?? []);
      }),
  );
}
