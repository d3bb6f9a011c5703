import { asSubject, type AppAbility, type DataCategory } from '@mda/authz';
import { loaderOf, type RequestContext } from '../../core/context/context.js';
import type { Json } from './plan-element.entity.js';
import { planLoaders, type ElementChange } from './plan.loaders.js';
import { PlanChangeAuthorNode, PlanElementChangeNode, PlanFieldChangeNode, type Names } from './plan.type.js';

/* The change history of plan elements and the names of their authors (moved verbatim from plan-read.service.ts). */

/**
 * Organisation and user names for the nodes, from the request's name cache: organisations
 * and the users still unknown in one statement for all resolvers asking in the same tick.
 */
export function namesFor(ctx: RequestContext, userIds: readonly string[]): Promise<Names> {
  return planLoaders.names(ctx).load(userIds);
}

/** Loads a case's element histories and their authors' names into this request's caches. */
export async function prefetchHistories(ctx: RequestContext, caseId: string): Promise<void> {
  const histories = await planLoaders.changesByCase(ctx).load(caseId);
  loadedHistories(ctx).set(caseId, histories);
  const userIds: string[] = [];
  for (const list of histories.values()) for (const c of list) userIds.push(c.userId);
  await namesFor(ctx, userIds);
}

const loadedHistories = (ctx: RequestContext) =>
  loaderOf(ctx, 'plans.loadedHistories', () => new Map<string, Map<string, ElementChange[]>>());

/** Names already in this request's cache, without waiting; null when one is still unknown. */
function cachedNames(ctx: RequestContext, userIds: readonly string[]): Names | null {
  const cache = planLoaders.names(ctx);
  return cache.has(userIds) ? cache.names : null;
}

/**
 * History of an action (who changed what, when), masked like the action itself. Answers
 * at once when the histories were prefetched (see workingCopyOf), otherwise loads them.
 */
export function historyOf(
  ctx: RequestContext,
  elementId: string,
  ref: { caseId: string; category: DataCategory; authorOrganisationId: string },
): PlanElementChangeNode[] | Promise<PlanElementChangeNode[]> {
  const prefetched = loadedHistories(ctx).get(ref.caseId);
  if (prefetched) {
    const changes = prefetched.get(elementId) ?? [];
    const names = cachedNames(
      ctx,
      changes.map((c) => c.userId),
    );
    if (names) return historyNodes(ctx, elementId, ref, changes, names);
  }
  return (async () => {
    const changes = (await planLoaders.changesByCase(ctx).load(ref.caseId)).get(elementId) ?? [];
    return historyNodes(
      ctx,
      elementId,
      ref,
      changes,
      await namesFor(
        ctx,
        changes.map((c) => c.userId),
      ),
    );
  })();
}

const readableByAbility = new WeakMap<AppAbility, Map<string, boolean>>();

function historyNodes(
  ctx: RequestContext,
  elementId: string,
  ref: { caseId: string; category: DataCategory; authorOrganisationId: string },
  changes: readonly ElementChange[],
  names: Names,
): PlanElementChangeNode[] {
  // The rules look at case, category and author only: decided once per combination and ability (request).
  let readableCache = readableByAbility.get(ctx.ability);
  if (!readableCache) readableByAbility.set(ctx.ability, (readableCache = new Map()));
  const key = `${ref.caseId}|${ref.category}|${ref.authorOrganisationId}`;
  let readable = readableCache.get(key);
  if (readable === undefined) {
    readable = ctx.ability.can(
      'read',
      asSubject('PlanElement', {
        id: elementId,
        caseId: ref.caseId,
        category: ref.category,
        authorOrganisationId: ref.authorOrganisationId,
        audience: [],
      }),
    );
    readableCache.set(key, readable);
  }
  return changes.map((c) =>
    Object.assign(new PlanElementChangeNode(), {
      change: c.change,
      changedBy: PlanChangeAuthorNode.of(names, c.userId, c.organisationId),
      changedAt: c.changedAt,
      fields: c.fields.map((f) =>
        Object.assign(new PlanFieldChangeNode(), {
          field: f.field,
          from: readable ? json(f.from) : null,
          to: readable ? json(f.to) : null,
        }),
      ),
    }),
  );
}

export const json = (v: Json | undefined): string | null => (v === undefined || v === null ? null : JSON.stringify(v));
