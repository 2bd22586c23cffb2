// One urql client for the console: queries and mutations over HTTP, subscriptions over graphql-ws
// (subprotocol graphql-transport-ws) on the same /graphql path, both authenticated with the session.
import { Client, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient } from 'graphql-ws';
import { getSession, setSession } from './session';

const wsUrl = (): string => {
  const { protocol, host } = globalThis.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
};

const bearer = (): Record<string, string> => {
  const s = getSession();
  return s ? { authorization: `Bearer ${s.token}` } : {};
};

export function createConsoleClient(): Client {
  const ws = createWsClient({ url: wsUrl, connectionParams: () => bearer(), lazy: true });
  return new Client({
    url: '/graphql',
    exchanges: [
      mapExchange({
        onError(error) {
          // An expired or revoked session: back to the login screen.
          if (error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) setSession(null);
        },
      }),
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
    fetchOptions: () => ({ headers: { ...bearer(), 'apollo-require-preflight': 'true' } }),
    requestPolicy: 'cache-and-network',
  });
}
