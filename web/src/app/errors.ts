import { CombinedGraphQLErrors } from '@apollo/client';

/** The codes the API puts in `extensions.code` for errors a client can meet. */
export const CLIENT_ERROR_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT'] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

function isClientErrorCode(value: unknown): value is ClientErrorCode {
  return typeof value === 'string' && (CLIENT_ERROR_CODES as readonly string[]).includes(value);
}

/**
 * What went wrong, as the UI needs to know it: one of the API's client error codes,
 * `UNKNOWN` for anything else (network failure, server error), or null for no error.
 * With several GraphQL errors, the first one that carries a known code decides.
 */
export function errorCode(error: unknown): ClientErrorCode | 'UNKNOWN' | null {
  if (error === null || error === undefined) return null;
  if (CombinedGraphQLErrors.is(error)) {
    for (const graphQLError of error.errors) {
      const code = graphQLError.extensions?.['code'];
      if (isClientErrorCode(code)) return code;
    }
  }
  return 'UNKNOWN';
}

/** One problem with one input field, as the API names it in BAD_USER_INPUT's `extensions.problems`. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** The outcome of a mutation as a form needs it: the data, or what went wrong (per field when known). */
export type MutationOutcome<T> =
  | { ok: true; data: T }
  | { ok: false; code: ClientErrorCode | 'UNKNOWN'; message: string | null; problems?: readonly FieldProblem[] };

/**
 * The message the API wrote for a professional (the first error with a known code), or
 * null: never a network or server error's text, which is not written for users.
 */
export function clientErrorMessage(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const found = error.errors.find((graphQLError) => isClientErrorCode(graphQLError.extensions?.['code']));
  return found?.message ?? null;
}

/** The field problems of a BAD_USER_INPUT error (the API reports all of them at once), or none. */
export function fieldProblems(error: unknown): FieldProblem[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((graphQLError) => {
    const problems = graphQLError.extensions?.['problems'];
    if (graphQLError.extensions?.['code'] !== 'BAD_USER_INPUT' || !Array.isArray(problems)) return [];
    return problems.filter(
      (p): p is FieldProblem =>
        typeof p === 'object' &&
        p !== null &&
        typeof (p as FieldProblem).field === 'string' &&
        typeof (p as FieldProblem).message === 'string',
    );
  });
}

/** Turns a thrown mutation error into an outcome. */
export function failedOutcome(error: unknown): {
  ok: false;
  code: ClientErrorCode | 'UNKNOWN';
  message: string | null;
  problems: FieldProblem[];
} {
  return {
    ok: false,
    code: errorCode(error) ?? 'UNKNOWN',
    message: clientErrorMessage(error),
    problems: fieldProblems(error),
  };
}
