// `pnpm test:pg` runs the database-facing suites on PostgreSQL: refuse to run (rather than skip) without it.
import pg from 'pg';

const url = process.env.DATABASE_URL;
if (!url || !/^postgres(ql)?:\/\//.test(url)) {
  console.error('pnpm test:pg needs DATABASE_URL=postgres://... (and REDIS_URL=redis://...)');
  process.exit(1);
}
const client = new pg.Client({ connectionString: url });
try {
  await client.connect();
  await client.query('SELECT 1');
  await client.end();
  console.log(`PostgreSQL reachable at ${url.replace(/:[^:@/]*@/, ':***@')}`);
} catch (err) {
  console.error(`PostgreSQL unreachable at ${url}: ${err.message}`);
  process.exit(1);
}
