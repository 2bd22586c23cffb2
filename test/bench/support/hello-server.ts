// The framework baseline for `pnpm bench api`: a bare Apollo Server 5 + type-graphql `{ hello }`
// schema behind the same kind of plain node:http handler the product uses (server/src/graphql/http.ts:
// read the body, build a HeaderMap, apollo.executeHTTPGraphQLRequest, copy status/headers/body back).
// Run as its own process: `node --import tsx test/bench/support/hello-server.ts` (PORT, HOST env);
// prints one JSON line {"msg":"listening","port":N} like the real server's logger.
import 'reflect-metadata';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { buildSchema, Ctx, Query, Resolver } from 'type-graphql';

interface HelloContext {
  principal: string | undefined;
}

@Resolver()
class HelloResolver {
  @Query(() => String)
  hello(@Ctx() ctx: HelloContext): string {
    return ctx.principal ? `hello ${ctx.principal}` : 'world';
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const schema = await buildSchema({ resolvers: [HelloResolver], validate: false });
const apollo = new ApolloServer<HelloContext>({
  schema,
  csrfPrevention: true,
  allowBatchedHttpRequests: false,
});
await apollo.start();

async function graphql(req: IncomingMessage, res: ServerResponse, search: string): Promise<void> {
  const headers = new HeaderMap();
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  let body: unknown = undefined;
  if (req.method === 'POST') {
    const text = await readBody(req);
    body = (headers.get('content-type') ?? '').includes('application/json')
      ? text.length
        ? JSON.parse(text)
        : {}
      : text;
  }
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search, body },
    context: async () => ({ principal: undefined }),
  });
  res.statusCode = response.status ?? 200;
  for (const [k, v] of response.headers) res.setHeader(k, v);
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
  } else {
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
}

const server = createServer((req, res) => {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const pathname = q === -1 ? url : url.slice(0, q);
  if (pathname !== '/graphql') {
    res.writeHead(404).end();
    return;
  }
  graphql(req, res, q === -1 ? '' : url.slice(q)).catch((err: unknown) => {
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ errors: [{ message: String(err) }] }));
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(JSON.stringify({ msg: 'listening', port }));
});
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
