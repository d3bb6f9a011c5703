import { AsyncLocalStorage } from 'node:async_hooks';

/** The correlation id of the request being served, for code that has no context argument. */
export const requestScope = new AsyncLocalStorage<{ requestId: string }>();

export const currentRequestId = (): string | undefined => requestScope.getStore()?.requestId;
