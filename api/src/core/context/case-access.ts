import type { EntityManager } from '@mikro-orm/postgresql';
import type { CaseAccess } from '@mda/authz';

/** Reads how the viewer reaches each of these cases (in SQL); a case not in the map is reached in no way. */
export type CaseAccessLoader = (
  caseIds: readonly string[],
  via?: EntityManager,
) => Promise<ReadonlyMap<string, readonly CaseAccess[]>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The access facts of the cases this request has loaded (docs/adr/0006-permission-scope-in-sql.md):
 * how the viewer reaches each case (team, direction, emergency grant), computed by PostgreSQL
 * with the rows themselves (the case list, the case loader) or in one batched statement
 * (`ensure`). The request's ability looks facts up here (`peek`) when it decides on a
 * subject of a case, so `can()` stays synchronous and checks every loaded instance; a case
 * whose facts were never read is reached in no way (deny). Per request, never shared.
 */
export class CaseAccessRegistry {
  private readonly known = new Map<string, readonly CaseAccess[]>();

  constructor(private readonly load: CaseAccessLoader) {}

  /** The facts of a case, if this request has read them. */
  readonly peek = (caseId: string): readonly CaseAccess[] | undefined => this.known.get(caseId);

  /** Facts read together with the case's row. */
  remember(caseId: string, facts: readonly CaseAccess[]): void {
    this.known.set(caseId, facts);
  }

  /**
   * Reads the facts of the cases not known yet, in one statement. Inside a transaction pass its
   * EntityManager (`via`): the read then shares the transaction's connection instead of waiting
   * for a second one from the pool (20 concurrent writers would otherwise exhaust it).
   */
  async ensure(caseIds: Iterable<string>, via?: EntityManager): Promise<void> {
    const missing = [...new Set(caseIds)].filter((id) => !this.known.has(id) && UUID.test(id));
    if (missing.length === 0) return;
    const facts = await this.load(missing, via);
    for (const id of missing) this.known.set(id, facts.get(id) ?? []);
  }

  /** After a change in this request (a team joined or left, a grant given): read them all again. */
  async refresh(): Promise<void> {
    const ids = [...this.known.keys()];
    this.known.clear();
    await this.ensure(ids);
  }
}
