import { GraphQLError } from 'graphql';

export type ErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

/** An error meant for the client: a message a professional understands and a stable code. */
export class ClientError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = (): ClientError =>
  new ClientError(
    'UNAUTHENTICATED',
    'U bent niet ingelogd of uw sessie is verlopen. / You are not logged in or your session has expired.',
  );

export const forbidden = (what: string): ClientError =>
  new ClientError('FORBIDDEN', `U heeft geen toestemming om ${what}. / You are not allowed to do this.`);

/** The same answer whether the thing does not exist or the viewer may not know it does. */
export const notFound = (subject: string): ClientError =>
  new ClientError('NOT_FOUND', `${subject} niet gevonden. / ${subject} not found.`);

export interface FieldProblem {
  field: string;
  message: string;
}

export const badInput = (problems: FieldProblem[]): ClientError =>
  new ClientError('BAD_USER_INPUT', problems.map((p) => `${p.field}: ${p.message}`).join('; '), { problems });

export const conflict = (message: string, extra: Record<string, unknown> = {}): ClientError =>
  new ClientError('CONFLICT', message, extra);
