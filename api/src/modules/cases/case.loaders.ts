import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context/context.js';
import { loaderOf } from '../../core/context/context.js';
import { Case } from './case.entity.js';
import { CaseTeamMembership } from './case-team-membership.entity.js';
import { HouseholdMember } from './household-member.entity.js';

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

/**
 * Cases by id, so that sibling resolvers asking for the same case in one request (the case
 * and its plan in one dossier query) share one query. A miss is not remembered.
 */
export function caseById(ctx: RequestContext): DataLoader<string, Case | null> {
  return loaderOf(ctx, 'cases.caseById', () => {
    const loader: DataLoader<string, Case | null> = new DataLoader(async (ids) => {
      const rows = await ctx.em.find(Case, { id: { $in: [...ids] } });
      return ids.map((id) => {
        const found = rows.find((c) => c.id === id) ?? null;
        if (!found) queueMicrotask(() => loader.clear(id));
        return found;
      });
    });
    return loader;
  });
}

/** Household members of many households in one query (no N+1 on the case list). */
export function membersByHousehold(ctx: RequestContext): DataLoader<string, HouseholdMember[]> {
  return loaderOf(ctx, 'cases.membersByHousehold', () =>
    new DataLoader<string, HouseholdMember[]>(async (ids) => {
      const rows = await ctx.em.find(
        HouseholdMember,
        { household: { $in: [...ids] } },
        { populate: ['person'], orderBy: { person: { dateOfBirth: 'asc' }, id: 'asc' } },
      );
      const grouped = groupBy(rows, (m) => m.household.id);
      return ids.map((id) => grouped.get(id) ?? []);
    }),
  );
}

/** Team memberships of many cases in one query. */
export function teamByCase(ctx: RequestContext): DataLoader<string, CaseTeamMembership[]> {
  return loaderOf(ctx, 'cases.teamByCase', () =>
    new DataLoader<string, CaseTeamMembership[]>(async (ids) => {
      const rows = await ctx.em.find(
        CaseTeamMembership,
        { caseFile: { $in: [...ids] } },
        { populate: ['organisation'], orderBy: { validFrom: 'asc', id: 'asc' } },
      );
      const grouped = groupBy(rows, (m) => m.caseFile.id);
      return ids.map((id) => grouped.get(id) ?? []);
    }),
  );
}
