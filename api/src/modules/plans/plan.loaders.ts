import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context/context.js';
import { loaderOf } from '../../core/context/context.js';
import { Organisation } from '../identity/organisation.entity.js';
import { Plan } from './plan.entity.js';
import { PlanElement, PlanElementChange } from './plan-element.entity.js';
import { PlanNote } from './plan-note.entity.js';
import { PlanSignOff, PlanVersion, type PlanSnapshot } from './plan-version.entity.js';

function grouped<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/** Per-request batch loaders of the plan capability: one query per kind of row, whatever the depth. */
export const planLoaders = {
  planByCase: (ctx: RequestContext) =>
    loaderOf(ctx, 'plans.planByCase', () =>
      new DataLoader<string, Plan | null>(async (caseIds) => {
        const rows = await ctx.em.find(Plan, { caseId: { $in: [...caseIds] } }, { refresh: true });
        return caseIds.map((id) => rows.find((p) => p.caseId === id) ?? null);
      }),
    ),
  elementsByPlan: (ctx: RequestContext) =>
    loaderOf(ctx, 'plans.elementsByPlan', () =>
      new DataLoader<string, PlanElement[]>(async (planIds) => {
        const rows = await ctx.em.find(PlanElement, { planId: { $in: [...planIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' }, refresh: true });
        return grouped(planIds, rows, (r) => r.planId);
      }),
    ),
  notesByPlan: (ctx: RequestContext) =>
    loaderOf(ctx, 'plans.notesByPlan', () =>
      new DataLoader<string, PlanNote[]>(async (planIds) => {
        const rows = await ctx.em.find(PlanNote, { planId: { $in: [...planIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
        return grouped(planIds, rows, (r) => r.planId);
      }),
    ),
  versionsByPlan: (ctx: RequestContext) =>
    loaderOf(ctx, 'plans.versionsByPlan', () =>
      new DataLoader<string, PlanVersion[]>(async (planIds) => {
        const rows = await ctx.em.find(PlanVersion, { planId: { $in: [...planIds] } }, { orderBy: { number: 'desc' }, refresh: true });
        return grouped(planIds, rows, (r) => r.planId);
      }),
    ),
  signOffsByCase: (ctx: RequestContext) =>
    loaderOf(ctx, 'plans.signOffsByCase', () =>
      new DataLoader<string, PlanSignOff[]>(async (caseIds) => {
        const rows = await ctx.em.find(PlanSignOff, { caseId: { $in: [...caseIds] } }, { orderBy: { signedAt: 'asc', id: 'asc' } });
        return grouped(caseIds, rows, (r) => r.caseId);
      }),
    ),
  snapshotByVersion: (ctx: RequestContext) =>
    loaderOf(ctx, 'plans.snapshotByVersion', () =>
      new DataLoader<string, PlanSnapshot | null>(async (versionIds) => {
        const rows = await ctx.em.getConnection().execute<{ id: string; snapshot: PlanSnapshot }[]>(
          `select "id", "snapshot" from "plan_version" where "id" in (${versionIds.map(() => '?').join(', ')})`,
          [...versionIds],
        );
        return versionIds.map((id) => rows.find((r) => r.id === id)?.snapshot ?? null);
      }),
    ),
  changesByElement: (ctx: RequestContext) =>
    loaderOf(ctx, 'plans.changesByElement', () =>
      new DataLoader<string, PlanElementChange[]>(async (elementIds) => {
        const rows = await ctx.em.find(PlanElementChange, { elementId: { $in: [...elementIds] } }, { orderBy: { changedAt: 'asc', id: 'asc' } });
        return grouped(elementIds, rows, (r) => r.elementId);
      }),
    ),
  /** All organisations (a short list) in one query, for names. */
  organisations: (ctx: RequestContext) =>
    loaderOf(ctx, 'plans.organisations', () => {
      let all: Promise<Map<string, Organisation>> | null = null;
      return () => (all ??= ctx.em.find(Organisation, {}).then((rows) => new Map(rows.map((o) => [o.id, o]))));
    }),
  users: (ctx: RequestContext) =>
    loaderOf(ctx, 'plans.users', () =>
      new DataLoader<string, { id: string; displayName: string } | null>(async (ids) => {
        const rows = await ctx.em.getConnection().execute<{ id: string; display_name: string }[]>(
          `select "id", "display_name" from "app_user" where "id" in (${ids.map(() => '?').join(', ')})`,
          [...ids],
        );
        return ids.map((id) => {
          const row = rows.find((u) => u.id === id);
          return row ? { id: row.id, displayName: row.display_name } : null;
        });
      }),
    ),
};
