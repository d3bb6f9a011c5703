import { ApolloLink, type FetchResult } from '@apollo/client';
import { Observable } from 'rxjs';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { IDEMPOTENCY_HEADER, idempotencyKeyLink, retryLink } from './idempotencyLink';

/** A terminating link that records the key of every attempt and fails the first `failures` attempts like a dropped connection. */
function flakyServer(failures: number): { link: ApolloLink; keys: (string | undefined)[] } {
  const keys: (string | undefined)[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable<FetchResult>((observer) => {
        const headers = (operation.getContext().headers ?? {}) as Record<string, string>;
        keys.push(headers[IDEMPOTENCY_HEADER]);
        if (keys.length <= failures) observer.error(new TypeError('Failed to fetch'));
        else {
          observer.next({ data: { ok: true } });
          observer.complete();
        }
      }),
  );
  return { link, keys };
}

function run(link: ApolloLink, query: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    ApolloLink.execute(link, { query: parse(query) }, { client: {} as never }).subscribe({
      next: resolve,
      error: reject,
    });
  });
}

describe('the idempotency key of a save', () => {
  it('is the same on every retry of one attempt and new for the next attempt', async () => {
    const server = flakyServer(2);
    let n = 0;
    const link = ApolloLink.from([idempotencyKeyLink(() => `key-${(n += 1)}-abcdefgh`), retryLink(), server.link]);
    await run(link, 'mutation { save }');
    expect(server.keys).toEqual(['key-1-abcdefgh', 'key-1-abcdefgh', 'key-1-abcdefgh']);
    await run(link, 'mutation { save }');
    expect(server.keys[3]).toBe('key-2-abcdefgh');
  });

  it('is not sent with queries', async () => {
    const server = flakyServer(0);
    await run(ApolloLink.from([idempotencyKeyLink(), retryLink(), server.link]), '{ me { id } }');
    expect(server.keys).toEqual([undefined]);
  });
});
