// One urql client per session: queries and mutations over HTTP, subscriptions over graphql-ws
// (subprotocol graphql-transport-ws) on the same /graphql path, both authenticated with the session's
// bearer token. A new session gets a new client, so nothing cached for one staff member is shown to
// the next, and the previous client's socket is closed.
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import {
  Client,
  type CombinedError,
  cacheExchange,
  fetchExchange,
  mapExchange,
  subscriptionExchange,
} from 'urql';
import { endSession, getSession } from './session';

/** The Authorization header for a token (none without one). */
export function authHeaders(token: string | null | undefined): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** graphql-ws connection parameters: the server reads `authorization` from them. */
export const wsConnectionParams = (token: string | null | undefined): Record<string, string> =>
  authHeaders(token);

export const wsUrl = (location: Pick<Location, 'protocol' | 'host'> = globalThis.location): string =>
  `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;

/** The server refused the credential (expired, revoked, signed with another secret). */
export const isUnauthenticated = (error: CombinedError): boolean =>
  error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') ||
  (error.response instanceof Response && error.response.status === 401);

export function createConsoleClient(token: string | null): { client: Client; ws: WsClient } {
  const ws = createWsClient({
    url: () => wsUrl(),
    connectionParams: () => wsConnectionParams(token),
    lazy: true,
    retryAttempts: 5,
  });
  const client = new Client({
    url: '/graphql',
    exchanges: [
      mapExchange({
        onError(error) {
          // This client's session was refused: end it (the shell then shows the login screen and
          // says why). A refused login carries no session, so it ends nothing.
          if (token && getSession()?.token === token && isUnauthenticated(error)) endSession('expired');
        },
      }),
      // The document cache: a mutation returning a Rule refetches the queries that showed rules.
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({
            unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink),
          }),
        }),
      }),
    ],
    // Apollo's CSRF prevention wants a non-simple request: JSON bodies and this header.
    fetchOptions: () => ({ headers: { ...authHeaders(token), 'apollo-require-preflight': 'true' } }),
    requestPolicy: 'cache-and-network',
  });
  return { client, ws };
}

let cached: { token: string | null; client: Client; ws: WsClient } | null = null;

/** The client for this token: the same one while the token stays, a new one (closing the old socket) after. */
export function clientFor(token: string | null): Client {
  if (cached && cached.token === token) return cached.client;
  const previous = cached;
  cached = { token, ...createConsoleClient(token) };
  if (previous) void previous.ws.dispose();
  return cached.client;
}
