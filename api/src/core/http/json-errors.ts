import { Lexer, Source, TokenKind } from 'graphql';
import type { NextFunction, Request, Response } from 'express';
import { log } from '../log/logger.js';
import { currentCorrelationId } from '../context/request-scope.js';

/**
 * Every answer a client can meet is GraphQL-shaped, also when the request never reached
 * GraphQL: `{ errors: [{ message, extensions: { code, requestId, ... } }] }`, Dutch first.
 * Nothing of the request body, no stack trace and no library message goes into the answer or
 * the log: a malformed body may hold a password, a BSN or a shelter address.
 */

/** The JSON body limit of /graphql. */
export const MAX_BODY_BYTES = 200 * 1024;
/** The most lexical tokens one GraphQL document may have (also for subscriptions, ws-server.ts). */
export const MAX_TOKENS = 2000;

export type HttpErrorCode =
  | 'BAD_REQUEST'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'QUERY_TOO_COMPLEX'
  | 'NOT_FOUND'
  | 'INTERNAL_SERVER_ERROR';

export interface HttpError {
  status: number;
  code: HttpErrorCode;
  message: string;
  extra?: Record<string, unknown>;
}

const requestIdOf = (res: Response): string => String(res.getHeader('X-Request-Id') ?? 'unknown');

export function sendHttpError(req: Request, res: Response, error: HttpError): void {
  const requestId = requestIdOf(res);
  // Codes and sizes only: never the body, the message of the parser or a stack.
  log.warn('http.refused', {
    requestId,
    correlationId: currentCorrelationId(),
    status: error.status,
    code: error.code,
    method: req.method,
    path: req.path.slice(0, 100),
  });
  if (res.headersSent) {
    res.end();
    return;
  }
  res.status(error.status).type('application/json').setHeader('Cache-Control', 'no-store');
  res.send(
    JSON.stringify({
      errors: [{ message: error.message, extensions: { code: error.code, requestId, ...error.extra } }],
    }),
  );
}

const MALFORMED: HttpError = {
  status: 400,
  code: 'BAD_REQUEST',
  message:
    'De aanvraag is geen geldige JSON: stuur een object met "query" (en eventueel "variables"). / The request body is not valid JSON: send an object with "query" (and optionally "variables").',
};

/** What body-parser's errors mean for the client, by their `type` (their messages can quote the body). */
function httpErrorOf(error: unknown): HttpError {
  const type =
    typeof error === 'object' && error !== null && 'type' in error ? String((error as { type: unknown }).type) : '';
  switch (type) {
    case 'entity.parse.failed':
    case 'request.aborted':
    case 'request.size.invalid':
      return MALFORMED;
    case 'entity.too.large':
      return {
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        message: `De aanvraag is groter dan toegestaan (${MAX_BODY_BYTES / 1024} kB). / The request body is larger than the allowed maximum (${MAX_BODY_BYTES / 1024} kB).`,
        extra: { maximumBytes: MAX_BODY_BYTES },
      };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return {
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: 'Stuur de aanvraag als application/json in UTF-8. / Send the request as application/json in UTF-8.',
      };
    default:
      return {
        status: 500,
        code: 'INTERNAL_SERVER_ERROR',
        message:
          'Er ging iets mis aan onze kant. Noem de referentie (requestId) bij contact met de beheerder. / Something went wrong on our side; quote the requestId.',
      };
  }
}

/** The last error handler: replaces Express's HTML page (with its stack trace) and its logging of the stack. */
export function jsonErrorHandler(error: unknown, req: Request, res: Response, _next: NextFunction): void {
  const mapped = httpErrorOf(error);
  if (mapped.status === 500)
    log.error('http.internal_error', {
      requestId: requestIdOf(res),
      kind: error instanceof Error ? error.constructor.name : typeof error,
    });
  sendHttpError(req, res, mapped);
}

/** POST /graphql takes JSON only; other content types get a clear 415 instead of a guess. */
export function requireJson(req: Request, res: Response, next: NextFunction): void {
  if (req.method !== 'POST' || req.is('application/json')) {
    next();
    return;
  }
  sendHttpError(req, res, {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Stuur de aanvraag als application/json. / Send the request as application/json.',
    extra: { accepted: 'application/json' },
  });
}

/** The number of lexical tokens, counting no further than `limit + 1`; null when the text does not lex (GraphQL's parser says why). */
export function tokenCount(text: string, limit: number): number | null {
  // Every token takes at least one character.
  if (text.length <= limit) return 0;
  try {
    const lexer = new Lexer(new Source(text));
    let n = 0;
    while (lexer.advance().kind !== TokenKind.EOF) if (++n > limit) return n;
    return n;
  } catch {
    return null;
  }
}

/** A document over the token limit is refused before it is parsed: 400 QUERY_TOO_COMPLEX with the maximum. */
export function tokenLimit(req: Request, res: Response, next: NextFunction): void {
  const body: unknown = req.body;
  const query =
    typeof body === 'object' && body !== null && 'query' in body ? (body as { query: unknown }).query : null;
  const count = typeof query === 'string' ? tokenCount(query, MAX_TOKENS) : 0;
  if (count === null || count <= MAX_TOKENS) {
    next();
    return;
  }
  sendHttpError(req, res, {
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
    message: `De vraag is te lang: meer dan ${MAX_TOKENS} onderdelen (tokens), toegestaan is ${MAX_TOKENS}. Vraag minder velden tegelijk op. / The query is too long: more than ${MAX_TOKENS} tokens, the allowed maximum is ${MAX_TOKENS}. Ask for fewer fields at once.`,
    extra: { limit: 'tokens', maximum: MAX_TOKENS },
  });
}

/** Unknown API addresses answer in JSON too. */
export function jsonNotFound(req: Request, res: Response): void {
  sendHttpError(req, res, {
    status: 404,
    code: 'NOT_FOUND',
    message: 'Dit adres bestaat niet. / This address does not exist.',
  });
}
