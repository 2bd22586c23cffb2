// One fresh database and one real server process per test file, with the bootstrap admin signed in:
// the set-up every end-to-end suite shares. Call useServer() at the top level of a test file; its
// fields are filled by the time the file's own beforeAll hooks and tests run.
import { afterAll, beforeAll } from 'vitest';
import type { GqlClient } from './gql';
import {
  type RunningServer,
  type Scope,
  type TestDatabase,
  adminToken,
  apiKey,
  freshDatabase,
  startServer,
} from './server';

export interface TestServer {
  db: TestDatabase;
  server: RunningServer;
  /** No credentials. */
  anon: GqlClient;
  /** The bootstrap admin. */
  staff: GqlClient;
  staffToken: string;
  /** A new API key with these scopes (limited to `merchantIds` when given). */
  key(scopes: Scope[], merchantIds?: string[]): Promise<string>;
  /** A client authenticated by a new API key with these scopes. */
  withKey(scopes: Scope[], merchantIds?: string[]): Promise<GqlClient>;
  /** Kills the server (a crash) and starts a new one on the same database; `anon` and `staff` are renewed. */
  restart(): Promise<void>;
}

export interface ServerOptions {
  /** Server environment on top of the test defaults (see startServer). */
  env?: Record<string, string>;
  /** HTTP connections per client pool. */
  connections?: number;
}

export function useServer(options: ServerOptions = {}): TestServer {
  const t = {} as TestServer;
  const connect = async () => {
    t.anon = t.server.client(undefined, options.connections);
    t.staffToken = await adminToken(t.anon);
    t.staff = t.anon.withToken(t.staffToken);
  };
  t.key = (scopes, merchantIds) => apiKey(t.staff, scopes, merchantIds);
  t.withKey = async (scopes, merchantIds) => t.anon.withToken(await t.key(scopes, merchantIds));
  t.restart = async () => {
    await t.server.kill();
    t.server = await startServer(t.db.url, options.env);
    await connect();
  };
  beforeAll(async () => {
    t.db = await freshDatabase();
    t.server = await startServer(t.db.url, options.env);
    await connect();
  });
  afterAll(async () => {
    await t.server?.stop();
    await t.db?.drop();
  });
  return t;
}
