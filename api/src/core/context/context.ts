import type { EntityManager } from '@mikro-orm/postgresql';
import type { Response } from 'express';
import { anonymousAbility, defineAbilityFor, type Actor, type AppAbility } from '@mda/authz';
import type { AppConfig } from '../../config/env.js';
import { unauthenticated } from '../graphql/errors.js';
import type { RequestAudit } from './request-audit.js';
import type { LiveScope } from '../realtime/live-stream.js';
import type { CaseAccessRegistry } from './case-access.js';

/** Everything a resolver may know about the request. Built once per request. */
export interface RequestContext {
  requestId: string;
  /** A fork of the EntityManager for this request only (no global context). */
  em: EntityManager;
  actor: Actor | null;
  /** Built from the actor for this request; never shared between users or requests. */
  ability: AppAbility;
  /** How the viewer reaches each case this request loaded (the ability decides with these facts). */
  caseAccess: CaseAccessRegistry;
  sessionId: string | null;
  clientAddress: string;
  config: AppConfig;
  /** Used by login/logout to set or clear the session cookie (absent outside HTTP). */
  response: Response | null;
  /** Per-request batch loaders, created lazily by capability modules. */
  loaders: Map<string, unknown>;
  /** The audit of this request; null without a session (nothing personal is reachable then). */
  audit: RequestAudit | null;
  /** Reads the actor of this request's session (and its emergency grants) again from the database. */
  reloadActor(): Promise<{ actor: Actor; grantByCase: ReadonlyMap<string, string> } | null>;
  /** Set for GraphQL subscriptions (websocket) only: the realtime hub and per-event renewal. */
  live?: LiveScope;
}

/**
 * Rebuilds actor and ability after a change in this very request altered what the actor may
 * see (a case it opened, a team it joined or left). Mutates the context the resolvers hold
 * (Apollo gives resolvers a shallow copy of the object the context function returned).
 */
export async function refreshAbility(ctx: RequestContext): Promise<void> {
  const reloaded = await ctx.reloadActor();
  ctx.actor = reloaded?.actor ?? null;
  // The facts of the cases this request already loaded are read again (e.g. the team just joined).
  await ctx.caseAccess.refresh();
  ctx.ability = ctx.actor ? defineAbilityFor(ctx.actor, ctx.caseAccess.peek) : anonymousAbility();
  // Reads after an emergency grant given in this request are marked with it too.
  if (reloaded) ctx.audit?.useGrants(reloaded.grantByCase);
}

export function requireActor(ctx: RequestContext): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

/** A per-request loader, created on first use and shared by all resolvers of the request. */
export function loaderOf<T>(ctx: RequestContext, key: string, create: () => T): T {
  const existing = ctx.loaders.get(key);
  if (existing) return existing as T;
  const created = create();
  ctx.loaders.set(key, created);
  return created;
}
