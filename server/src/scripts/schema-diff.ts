// Diffs schema/schema.graphql against schema/released.graphql (the schema of the last release) with
// graphql-inspector and fails on a breaking change that schema/announced-changes.json does not list.
// Run by `pnpm schema:check` (CI). A release copies schema.graphql over released.graphql and empties
// the announcements.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

const at = (name: string) => fileURLToPath(new URL(`../../../schema/${name}`, import.meta.url));
const released = buildSchema(readFileSync(at('released.graphql'), 'utf8'));
const current = buildSchema(readFileSync(at('schema.graphql'), 'utf8'));

interface Announcement {
  /** The change as graphql-inspector words it (its `message`). */
  message: string;
  /** Why, what replaces it, and until when both shapes are served. */
  announcement: string;
}
const announced = JSON.parse(readFileSync(at('announced-changes.json'), 'utf8')) as Announcement[];
const known = new Set(announced.map((a) => a.message));

const changes = await diff(released, current);
const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
const dangerous = changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous);
const unannounced = breaking.filter((c) => !known.has(c.message));
const stale = announced.filter((a) => !breaking.some((c) => c.message === a.message));

for (const c of dangerous) console.log(`dangerous: ${c.message}`);
for (const c of breaking.filter((b) => known.has(b.message)))
  console.log(`breaking (announced): ${c.message}`);
console.log(
  `schema diff against released.graphql: ${changes.length} changes, ${breaking.length} breaking, ${unannounced.length} unannounced`,
);
if (stale.length > 0)
  console.log(`announced but no longer in the diff:\n  ${stale.map((a) => a.message).join('\n  ')}`);
if (unannounced.length > 0) {
  console.error(
    `unannounced breaking changes (serve both shapes with a deprecation, or list them in schema/announced-changes.json):\n  ${unannounced
      .map((c) => `${c.path ?? ''}: ${c.message}`)
      .join('\n  ')}`,
  );
  process.exit(1);
}
