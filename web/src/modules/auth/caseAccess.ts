import { ApolloLink, type ApolloClient } from '@apollo/client';
import { CASE_ACCESS, type CaseAccess, type CaseAccessLookup } from '@mda/authz';
import { map } from 'rxjs';

/**
 * How the viewer reaches each case the web has received (docs/adr/0006-permission-scope-in-sql.md):
 * the rules in `me.permissions` speak of these facts (TEAM, DIRECTOR, BREAK_GLASS) instead of
 * lists of case ids. The API sends them with the data: `Case.viewerAccess`, and
 * `caseViewerAccess` next to a `caseId` (escalations, the waiting list). A case the web never
 * received facts for is reached in no way: the web hides the action (deny by default); the API
 * decides every request again anyway.
 */
export class CaseAccessStore {
  private readonly known = new Map<string, readonly CaseAccess[]>();

  readonly lookup: CaseAccessLookup = (caseId) => this.known.get(caseId);

  /** Remembers the facts found anywhere in a GraphQL result. */
  learnFrom(data: unknown): void {
    if (Array.isArray(data)) {
      for (const item of data) this.learnFrom(item);
      return;
    }
    if (data === null || typeof data !== 'object') return;
    const record = data as Record<string, unknown>;
    if (record.__typename === 'Case' && typeof record.id === 'string' && isFacts(record.viewerAccess))
      this.known.set(record.id, record.viewerAccess);
    if (typeof record.caseId === 'string' && isFacts(record.caseViewerAccess))
      this.known.set(record.caseId, record.caseViewerAccess);
    for (const value of Object.values(record)) if (value !== null && typeof value === 'object') this.learnFrom(value);
  }

  /** Another session (login, logout): facts of the previous viewer are forgotten. */
  clear(): void {
    this.known.clear();
  }
}

function isFacts(value: unknown): value is CaseAccess[] {
  return Array.isArray(value) && value.every((v) => CASE_ACCESS.includes(v as CaseAccess));
}

/** A link that lets the store learn from every result (queries, mutations, subscriptions). */
export function caseAccessLink(store: CaseAccessStore): ApolloLink {
  return new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      map((result) => {
        if ('data' in result) store.learnFrom(result.data);
        return result;
      }),
    ),
  );
}

const stores = new WeakMap<ApolloClient, CaseAccessStore>();

/** Binds a client to the store its link fills. */
export function registerCaseAccess(client: ApolloClient, store: CaseAccessStore): void {
  stores.set(client, store);
}

/** The store of this client (an empty one for a client built without it, e.g. in a test). */
export function caseAccessOf(client: ApolloClient): CaseAccessStore {
  let store = stores.get(client);
  if (!store) {
    store = new CaseAccessStore();
    stores.set(client, store);
  }
  return store;
}
