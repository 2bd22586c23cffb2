// `node test/support/pg-db.mjs create|drop NAME`: a fresh PostgreSQL database for one CI run.
import pg from 'pg';

const [command, name] = process.argv.slice(2);
const admin = process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
if (!/^[a-z_][a-z0-9_]*$/.test(name ?? '')) {
  console.error('usage: pg-db.mjs create|drop <name>');
  process.exit(2);
}
const client = new pg.Client({ connectionString: admin });
await client.connect();
if (command === 'create') await client.query(`CREATE DATABASE ${name}`);
else if (command === 'drop') await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
await client.end();
console.log(`${command}d database ${name}`);
