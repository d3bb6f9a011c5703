import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { errorCode } from './errors';

const graphQLErrors = (...codes: (string | undefined)[]) =>
  new CombinedGraphQLErrors({
    data: null,
    errors: codes.map((code) => ({ message: 'x', ...(code ? { extensions: { code } } : {}) })),
  });

describe('errorCode', () => {
  it('is null without an error', () => {
    expect(errorCode(undefined)).toBeNull();
    expect(errorCode(null)).toBeNull();
  });

  it.each(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT'] as const)(
    'reads %s from extensions.code',
    (code) => {
      expect(errorCode(graphQLErrors(code))).toBe(code);
    },
  );

  it('takes the first error that carries a known code', () => {
    expect(errorCode(graphQLErrors(undefined, 'INTERNAL_SERVER_ERROR', 'NOT_FOUND', 'CONFLICT'))).toBe('NOT_FOUND');
  });

  it('treats unknown codes, network and server errors as UNKNOWN', () => {
    expect(errorCode(graphQLErrors('INTERNAL_SERVER_ERROR'))).toBe('UNKNOWN');
    expect(errorCode(new TypeError('Failed to fetch'))).toBe('UNKNOWN');
    expect(
      errorCode(new ServerError('bad gateway', { response: new Response('', { status: 502 }), bodyText: '' })),
    ).toBe('UNKNOWN');
  });
});
