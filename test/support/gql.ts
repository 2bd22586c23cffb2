// A small GraphQL-over-HTTP client on an undici pool: real HTTP, bounded sockets.
import { Pool } from 'undici';
import type { TypedDocumentString } from './gql-types/graphql';

export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [k: string]: unknown };
}
export interface GqlResponse<T> {
  status: number;
  data?: T;
  errors?: GqlError[];
}

export class GqlClient {
  private readonly pool: Pool;

  constructor(
    readonly baseUrl: string,
    private token?: string,
    connections = 128,
  ) {
    this.pool = new Pool(baseUrl, { connections, pipelining: 1, keepAliveTimeout: 30_000 });
  }

  withToken(token: string | undefined): GqlClient {
    const c = Object.create(this) as GqlClient;
    c.token = token;
    return c;
  }

  /**
   * Sends an operation and returns the whole response, errors included. A typed document
   * (`graphql(...)` from gql-types) types the data; a plain string (a request meant to fail, or not
   * valid against the schema) leaves it unknown. Variables are not checked here: bad-input tests
   * send wrong ones on purpose.
   */
  raw<R, V>(
    query: TypedDocumentString<R, V>,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlResponse<R>>;
  raw(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlResponse<unknown>>;
  async raw(
    query: string | TypedDocumentString<unknown, unknown>,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GqlResponse<unknown>> {
    const res = await this.pool.request({
      path: '/graphql',
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query: query.toString(), variables }),
    });
    const text = await res.body.text();
    let parsed: { data?: unknown; errors?: GqlError[] };
    try {
      parsed = JSON.parse(text) as { data?: unknown; errors?: GqlError[] };
    } catch {
      throw new Error(`non-JSON response ${res.statusCode}: ${text.slice(0, 300)}`);
    }
    return { status: res.statusCode, ...parsed };
  }

  /** Runs a typed operation (its variables checked against the schema) and throws on any GraphQL error. */
  async q<R, V>(
    query: TypedDocumentString<R, V>,
    ...variables: V extends Record<string, never> ? [] : [V]
  ): Promise<R> {
    const r = await this.raw(query, (variables[0] ?? {}) as Record<string, unknown>);
    if (r.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(r.errors)}`);
    return r.data as R;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
