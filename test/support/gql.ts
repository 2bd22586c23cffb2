// A small GraphQL-over-HTTP client on an undici pool: real HTTP, bounded sockets.
import { Pool } from 'undici';

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

  async raw<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GqlResponse<T>> {
    const res = await this.pool.request({
      path: '/graphql',
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.body.text();
    let parsed: { data?: T; errors?: GqlError[] };
    try {
      parsed = JSON.parse(text) as { data?: T; errors?: GqlError[] };
    } catch {
      throw new Error(`non-JSON response ${res.statusCode}: ${text.slice(0, 300)}`);
    }
    return { status: res.statusCode, ...parsed };
  }

  /** Runs an operation and throws on any GraphQL error. */
  async q<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const r = await this.raw<T>(query, variables);
    if (r.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(r.errors)}`);
    return r.data as T;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
