import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { GraphQLErrorShape } from './graphql-client.js';

/** Generous: a wait that fails the test when nothing comes, never a timing assertion. */
export const LIVE_WAIT_MS = 20_000;

export interface Closed {
  code: number;
  reason: string;
}

/** A graphql-ws client as an API integrator (bearer token) or the web (cookie + Origin) would use it. */
export function liveClient(
  wsUrl: string,
  auth: { token?: string; cookie?: string; origin?: string } = {},
): { client: Client; closed: Promise<Closed> } {
  const headers: Record<string, string> = {};
  if (auth.cookie) headers.cookie = auth.cookie;
  if (auth.origin) headers.origin = auth.origin;
  class HeaderWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  let onClosed: (c: Closed) => void = () => undefined;
  const closed = new Promise<Closed>((resolve) => {
    onClosed = resolve;
  });
  const client = createClient({
    url: wsUrl,
    webSocketImpl: HeaderWebSocket,
    retryAttempts: 0,
    lazy: true,
    connectionParams: auth.token ? { authorization: `Bearer ${auth.token}` } : {},
    on: {
      closed: (event) => {
        const e = event as { code?: number; reason?: string };
        onClosed({ code: e.code ?? 0, reason: String(e.reason ?? '') });
      },
    },
  });
  return { client, closed };
}

/** One subscription: everything it receives, and ways to await what should come. */
export class LiveSubscription<T> {
  readonly items: T[] = [];
  readonly errors: GraphQLErrorShape[] = [];
  ended = false;
  private waiters: (() => void)[] = [];
  private readonly stop: () => void;

  constructor(client: Client, query: string, variables: Record<string, unknown> = {}) {
    this.stop = client.subscribe<T>(
      { query, variables },
      {
        next: (result) => {
          if (result.errors?.length) this.errors.push(...(result.errors as GraphQLErrorShape[]));
          if (result.data) this.items.push(result.data as T);
          this.notify();
        },
        error: (error) => {
          if (Array.isArray(error)) this.errors.push(...(error as GraphQLErrorShape[]));
          else
            this.errors.push({
              message: error instanceof Error ? error.message : 'socket closed',
              extensions: { code: 'SOCKET_CLOSED', close: (error as { code?: number }).code },
            });
          this.ended = true;
          this.notify();
        },
        complete: () => {
          this.ended = true;
          this.notify();
        },
      },
    );
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((w) => w());
  }

  /** Resolves when `condition` holds; fails after LIVE_WAIT_MS with `what`. */
  async until(condition: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + LIVE_WAIT_MS;
    while (!condition()) {
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(
          `nothing came within ${LIVE_WAIT_MS} ms: ${what} (received ${JSON.stringify(this.items)}, errors ${JSON.stringify(this.errors)})`,
        );
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The first received item matching `predicate` (waiting for it). */
  async next(predicate: (item: T) => boolean, what: string): Promise<T> {
    await this.until(() => this.items.some(predicate), what);
    return this.items.find(predicate)!;
  }

  /** Waits until the subscription has ended (completed or errored). */
  async end(what: string): Promise<void> {
    await this.until(() => this.ended, what);
  }

  unsubscribe(): void {
    this.stop();
  }
}

/** Polls a condition the test cannot observe as an event (e.g. the server registered a subscriber). */
export async function eventually(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + LIVE_WAIT_MS;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not within ${LIVE_WAIT_MS} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
