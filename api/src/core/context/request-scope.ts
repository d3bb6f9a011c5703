import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The request being served, for code that has no context argument: the server-generated request
 * id (on audit records and log lines) and the client's X-Request-Id, if any, as a correlation hint.
 */
export const requestScope = new AsyncLocalStorage<{ requestId: string; correlationId?: string | null }>();

export const currentRequestId = (): string | undefined => requestScope.getStore()?.requestId;

export const currentCorrelationId = (): string | null => requestScope.getStore()?.correlationId ?? null;
