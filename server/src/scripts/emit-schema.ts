// Writes schema/schema.graphql from the server's resolvers; with --check, fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RESOLVERS } from '../composition';
import { buildAppSchema, printSdl } from '../graphql/schema';

const target = fileURLToPath(new URL('../../../schema/schema.graphql', import.meta.url));
const sdl = printSdl(await buildAppSchema(RESOLVERS));
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    /* missing counts as stale */
  }
  if (current !== sdl) {
    console.error('schema/schema.graphql is stale: run pnpm schema:emit and commit it');
    process.exit(1);
  }
  console.log('schema/schema.graphql is up to date');
} else {
  writeFileSync(target, sdl);
  console.log(`wrote ${target}`);
}
