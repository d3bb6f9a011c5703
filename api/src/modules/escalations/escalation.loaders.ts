import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context/context.js';
import { loaderOf } from '../../core/context/context.js';
import { Escalation } from './escalation.entity.js';
import { EscalationGround } from './escalation-ground.entity.js';
import { SafetyScore } from './safety-score.entity.js';

/** Escalations of many cases in one query, newest first (no N+1 on `Case.escalations` in the case list). */
export function escalationsByCase(ctx: RequestContext): DataLoader<string, Escalation[]> {
  return loaderOf(
    ctx,
    'escalations.byCase',
    () =>
      new DataLoader<string, Escalation[]>(async (caseIds) => {
        const rows = await ctx.em.find(
          Escalation,
          { caseFile: { $in: [...caseIds] } },
          {
            populate: ['caseFile', 'raisedBy', 'raisedByOrganisation', 'deciderUser', 'closedBy'],
            orderBy: { createdAt: 'desc', id: 'desc' },
          },
        );
        return caseIds.map((id) => rows.filter((r) => r.caseFile.id === id));
      }),
  );
}

/** Safety scores of many cases in one query, oldest first. */
export function safetyScoresByCase(ctx: RequestContext): DataLoader<string, SafetyScore[]> {
  return loaderOf(
    ctx,
    'escalations.safetyScoresByCase',
    () =>
      new DataLoader<string, SafetyScore[]>(async (caseIds) => {
        const rows = await ctx.em.find(
          SafetyScore,
          { caseFile: { $in: [...caseIds] } },
          { populate: ['recordedByOrganisation'], orderBy: { scoredOn: 'asc', createdAt: 'asc' } },
        );
        return caseIds.map((id) => rows.filter((r) => r.caseFile.id === id));
      }),
  );
}

/** The grounds of many escalations in one query, oldest first (no N+1 in "Mijn escalaties"). */
export function groundsByEscalation(ctx: RequestContext): DataLoader<string, EscalationGround[]> {
  return loaderOf(
    ctx,
    'escalations.groundsByEscalation',
    () =>
      new DataLoader<string, EscalationGround[]>(async (ids) => {
        const rows = await ctx.em.find(
          EscalationGround,
          { escalation: { $in: [...ids] } },
          { orderBy: { createdAt: 'asc', id: 'asc' } },
        );
        return ids.map((id) => rows.filter((r) => r.escalation.id === id));
      }),
  );
}
