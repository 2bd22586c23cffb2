// A local round-robin HTTP proxy (keep-alive to each upstream), as a load balancer would be, in its
// own process so that the scale bench can count its CPU apart from the load generator's:
//   node test/bench/support/rr-proxy.mjs http://127.0.0.1:4001 http://127.0.0.1:4002
// Listens on a free port of 127.0.0.1 and prints {"listening":PORT} on stdout.
import { Agent, createServer, request } from 'node:http';

const upstreams = process.argv.slice(2).map((t) => ({
  url: new URL(t),
  agent: new Agent({ keepAlive: true, maxSockets: 256 }),
}));
if (upstreams.length === 0) {
  console.error('usage: rr-proxy.mjs UPSTREAM_URL...');
  process.exit(2);
}
let next = 0;
const server = createServer((req, res) => {
  const up = upstreams[next++ % upstreams.length];
  const headers = { ...req.headers };
  delete headers.connection;
  const forward = request(
    {
      host: up.url.hostname,
      port: up.url.port,
      method: req.method,
      path: req.url,
      headers,
      agent: up.agent,
    },
    (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    },
  );
  forward.on('error', (err) => {
    res.statusCode = 502;
    res.end(String(err));
  });
  req.pipe(forward);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ listening: server.address().port }));
});
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
