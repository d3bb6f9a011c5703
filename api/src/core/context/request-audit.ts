import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditTrail } from '../audit/audit-trail.js';
import type { AuditActor, AuditEntry } from '../audit/audit.types.js';

/**
 * The audit of one request. Accesses under a break-the-glass grant go to a trail of their
 * own whose records carry the grant id, so every record an emergency access produces is
 * marked; everything else goes to the request's ordinary trail.
 */
export class RequestAudit {
  private readonly base: AuditTrail;
  private readonly byGrant = new Map<string, AuditTrail>();

  constructor(
    private readonly actor: Omit<AuditActor, 'breakGlassGrantId'>,
    /** case id -> grant id, for cases read under an emergency grant (not via the team). */
    private grantByCase: ReadonlyMap<string, string>,
    /** Stamped as `reason` on entries that carry none, e.g. `SUBSCRIPTION caseActivity` for what a subscription delivers. */
    private readonly mark: string | null = null,
  ) {
    this.base = new AuditTrail({ ...actor, breakGlassGrantId: null });
  }

  private trail(caseId: string | null, grantId?: string | null): AuditTrail {
    const grant = grantId ?? (caseId ? this.grantByCase.get(caseId) : undefined);
    if (!grant) return this.base;
    let trail = this.byGrant.get(grant);
    if (!trail) {
      trail = new AuditTrail({ ...this.actor, breakGlassGrantId: grant });
      this.byGrant.set(grant, trail);
    }
    return trail;
  }

  /** The grants in force after a change in this very request (an emergency grant just given). */
  useGrants(grantByCase: ReadonlyMap<string, string>): void {
    this.grantByCase = grantByCase;
  }

  /** A read, search or refusal: buffered, merged, written once at the end of the request. */
  record(entry: AuditEntry): void {
    this.trail(entry.caseId).record(this.mark && !entry.reason ? { ...entry, reason: this.mark } : entry);
  }

  /** Changes: written in the caller's transaction, so change and record commit together. */
  async write(em: EntityManager, entries: AuditEntry[], options: { breakGlassGrantId?: string } = {}): Promise<void> {
    const groups = new Map<AuditTrail, AuditEntry[]>();
    for (const e of entries) {
      const trail = this.trail(e.caseId, options.breakGlassGrantId);
      groups.set(trail, [...(groups.get(trail) ?? []), e]);
    }
    for (const [trail, group] of groups) await trail.writeInTransaction(em, group);
  }

  get pending(): number {
    return [this.base, ...this.byGrant.values()].reduce((n, t) => n + t.pending, 0);
  }

  /** Writes the buffered reads; returns the number of records written. */
  async flush(em: EntityManager): Promise<number> {
    let written = 0;
    for (const trail of [this.base, ...this.byGrant.values()]) written += await trail.flush(em);
    return written;
  }
}

interface EntryParts {
  subjectType: string;
  subjectId: string | null;
  caseId: string | null;
  dataSubjectIds?: readonly string[];
  fields?: readonly string[];
  categories?: readonly string[];
  reason?: string | null;
}

function entry(action: AuditEntry['action'], outcome: AuditEntry['outcome'], parts: EntryParts): AuditEntry {
  return {
    action,
    subjectType: parts.subjectType,
    subjectId: parts.subjectId,
    caseId: parts.caseId,
    dataSubjectIds: parts.dataSubjectIds ?? [],
    fields: parts.fields ?? [],
    categories: parts.categories ?? [],
    outcome,
    reason: parts.reason ?? null,
  };
}

export const readOf = (parts: EntryParts): AuditEntry => entry('READ', 'SUCCESS', parts);
export const searchOf = (parts: EntryParts): AuditEntry => entry('SEARCH', 'SUCCESS', parts);
export const deniedOf = (parts: EntryParts): AuditEntry => entry('DENIED', 'DENIED', parts);
export const changeOf = (action: 'CREATE' | 'UPDATE' | 'DELETE' | 'BREAK_GLASS', parts: EntryParts): AuditEntry =>
  entry(action, 'SUCCESS', parts);
