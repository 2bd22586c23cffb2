// Writes schema/schema.graphql from the server's resolvers, and schema/events/<type>.json (the JSON
// Schema of each webhook event type); with --check, fails when either is stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EVENT_TYPE_NAMES, eventJsonSchema } from '@couponflow/schema';
import { RESOLVERS } from '../composition';
import { buildAppSchema, printSdl } from '../graphql/schema';

const target = fileURLToPath(new URL('../../../schema/schema.graphql', import.meta.url));
const eventsDir = fileURLToPath(new URL('../../../schema/events/', import.meta.url));
const files = new Map<string, string>([[target, printSdl(await buildAppSchema(RESOLVERS))]]);
for (const name of EVENT_TYPE_NAMES)
  files.set(`${eventsDir}${name}.json`, `${JSON.stringify(eventJsonSchema(name), null, 2)}\n`);

if (process.argv.includes('--check')) {
  const stale = [...files].filter(([path, text]) => {
    try {
      return readFileSync(path, 'utf8') !== text;
    } catch {
      return true; // missing counts as stale
    }
  });
  if (stale.length > 0) {
    console.error(`stale: ${stale.map(([p]) => p).join(', ')}: run pnpm schema:emit and commit them`);
    process.exit(1);
  }
  console.log('schema/schema.graphql and schema/events/ are up to date');
} else {
  mkdirSync(eventsDir, { recursive: true });
  for (const [path, text] of files) writeFileSync(path, text);
  console.log(`wrote ${target} and ${files.size - 1} event schemas in ${eventsDir}`);
}
