// A minimal GraphQL-over-HTTP client: the demo builds its workspace through the public API only.

// Results are read by the seeding code that wrote the query next to it; no codegen for a script.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;
export class Api {
  constructor(
    readonly url: string,
    private token?: string,
  ) {}

  with(token: string): Api {
    return new Api(this.url, token);
  }

  async q<T = Loose>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: unknown }[] };
    if (body.errors?.length) {
      const name = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? query.slice(0, 60);
      throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
    }
    return body.data as T;
  }
}

/**
 * One request for many calls of the same field, as aliases (`a0: field(arg: $v0) { … }`, …), in
 * chunks of `chunk`: the history sends a day's quotes, locks, redemptions and claims this way.
 * Mutation fields run one after the other, as the GraphQL spec says.
 */
export async function aliased(
  api: Api,
  op: 'query' | 'mutation',
  field: string,
  arg: string,
  type: string,
  selection: string,
  inputs: unknown[],
  chunk = 50,
): Promise<Loose[]> {
  const out: Loose[] = [];
  for (let start = 0; start < inputs.length; start += chunk) {
    const part = inputs.slice(start, start + chunk);
    const vars = part.map((_, i) => `$v${i}: ${type}`).join(', ');
    const calls = part.map((_, i) => `a${i}: ${field}(${arg}: $v${i}) ${selection}`).join('\n');
    const data = await api.q(
      `${op} Demo_${field}(${vars}) {\n${calls}\n}`,
      Object.fromEntries(part.map((v, i) => [`v${i}`, v])),
    );
    for (let i = 0; i < part.length; i++) out.push(data[`a${i}`]);
  }
  return out;
}
