import personas from '../../../test/fixtures/personas.json' with { type: 'json' };

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  status: number;
  data: T | null;
  errors?: GraphQLErrorShape[];
  headers: Headers;
}

export interface Persona {
  email: string;
  password: string;
  /** Base32 secret of the persona's enrolled authenticator app (the published demo secret). */
  totpSecret: string;
  organisationType: string;
  roles: string[];
}

export const PERSONAS: Persona[] = personas as Persona[];

export function persona(email: string): Persona {
  const found = PERSONAS.find((p) => p.email === email);
  if (!found) throw new Error(`no persona ${email} in test/fixtures/personas.json`);
  return found;
}

/** A GraphQL client as an API integrator would use it: JSON over HTTP, bearer token. */
export class ApiClient {
  token: string | null = null;

  constructor(readonly baseUrl: string) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T | null; errors?: GraphQLErrorShape[] };
    return { status: response.status, data: body.data ?? null, errors: body.errors, headers: response.headers };
  }

  /** Like request(), but fails the test on any GraphQL error. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data)
      throw new Error(`unexpected GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  async loginAs(email: string): Promise<this> {
    const p = persona(email);
    const data = await this.ok<{ login: { token: string } }>(
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email: p.email, password: p.password },
    );
    this.token = data.login.token;
    return this;
  }
}

export const codeOf = (errors: GraphQLErrorShape[] | undefined): string | undefined => errors?.[0]?.extensions?.code;

/** The first persona of an organisation type holding a role (optionally whose e-mail contains a part). */
export function personaWith(organisationType: string, role: string, emailPart = ''): Persona {
  const found = PERSONAS.find(
    (p) => p.organisationType === organisationType && p.roles.includes(role) && p.email.includes(emailPart),
  );
  if (!found) throw new Error(`no ${organisationType} persona with role ${role} (${emailPart}) in personas.json`);
  return found;
}

/** One logged-in client per e-mail address, logged in on first use (for one test file's platform). */
export function loggedInClients(baseUrl: () => string): (email: string) => Promise<ApiClient> {
  const clients = new Map<string, Promise<ApiClient>>();
  return (email) => {
    let client = clients.get(email);
    if (!client) {
      client = new ApiClient(baseUrl()).loginAs(email);
      clients.set(email, client);
    }
    return client;
  };
}
