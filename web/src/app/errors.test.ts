import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { clientErrorMessage, errorCode, failedOutcome, fieldProblems } from './errors';

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

describe('clientErrorMessage', () => {
  it('gives the message of the first error the API wrote for the client', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        { message: 'internal', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        { message: 'reason: minimaal 20 tekens', extensions: { code: 'BAD_USER_INPUT' } },
      ],
    });
    expect(clientErrorMessage(error)).toBe('reason: minimaal 20 tekens');
    expect(failedOutcome(error)).toEqual({
      ok: false,
      code: 'BAD_USER_INPUT',
      message: 'reason: minimaal 20 tekens',
      problems: [],
    });
  });

  it('never passes on the text of a network or server error', () => {
    expect(clientErrorMessage(new TypeError('Failed to fetch'))).toBeNull();
    expect(clientErrorMessage(graphQLErrors('INTERNAL_SERVER_ERROR'))).toBeNull();
    expect(failedOutcome(new TypeError('Failed to fetch'))).toEqual({
      ok: false,
      code: 'UNKNOWN',
      message: null,
      problems: [],
    });
  });
});

describe('fieldProblems', () => {
  it('gives each field its own message from BAD_USER_INPUT, and nothing from other errors', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'note: is te kort; personId: ongeldig',
          extensions: {
            code: 'BAD_USER_INPUT',
            problems: [
              { field: 'note', message: 'is te kort' },
              { field: 'personId', message: 'ongeldig' },
              { field: 3 },
            ],
          },
        },
      ],
    });
    expect(fieldProblems(error)).toEqual([
      { field: 'note', message: 'is te kort' },
      { field: 'personId', message: 'ongeldig' },
    ]);
    expect(fieldProblems(graphQLErrors('NOT_FOUND'))).toEqual([]);
    expect(fieldProblems(new TypeError('Failed to fetch'))).toEqual([]);
  });
});
