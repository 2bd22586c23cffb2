// Import-boundary check. Arrows only point down: web -> schema, server -> schema, test -> schema.
// schema/ is pure: no I/O, no React, no ORM, no type-graphql. No package deep-imports another's src/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const importRe =
  /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

const schemaForbidden = [
  /^node:/,
  /^(fs|net|http|https|child_process|worker_threads|dgram|dns|tls|cluster)(\/|$)/,
  /^react/,
  /^@mikro-orm\//,
  /^type-graphql/,
  /^@apollo\//,
  /^graphql(-ws)?$/,
  /^(pg|better-sqlite3|ioredis|undici|ws|pino)$/,
];
const packages = ['schema', 'server', 'web', 'test'];

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else if (/\.(ts|tsx|mjs|js)$/.test(name)) yield p;
  }
}

const problems = [];
for (const pkg of packages) {
  for (const file of walk(join(root, pkg))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(importRe)) {
      const spec = m[1] ?? m[2] ?? m[3];
      const rel = relative(root, file);
      if (pkg === 'schema' && !/\.test\.ts$/.test(file) && schemaForbidden.some((re) => re.test(spec))) {
        problems.push(`${rel}: schema/ must stay free of I/O and frameworks, but imports '${spec}'`);
      }
      if (/^@couponflow\/[^/]+\/src/.test(spec))
        problems.push(`${rel}: deep import '${spec}'; import the package`);
      if (spec.startsWith('.')) {
        const target = relative(root, join(file, '..', spec)).split(sep)[0];
        if (target !== pkg && packages.includes(target)) {
          problems.push(
            `${rel}: relative import '${spec}' reaches into ${target}/; import @couponflow/${target}`,
          );
        }
      }
      if (pkg !== 'test' && spec.startsWith('@couponflow/test'))
        problems.push(`${rel}: nothing imports test/`);
      if (pkg === 'schema' && /^@couponflow\/(server|web)/.test(spec))
        problems.push(`${rel}: schema/ imports ${spec}`);
      if (pkg === 'web' && spec.startsWith('@couponflow/server'))
        problems.push(`${rel}: web/ imports the server`);
    }
  }
}
if (problems.length) {
  console.error(`Import boundaries violated (${problems.length}):\n` + problems.join('\n'));
  process.exit(1);
}
console.log('import boundaries: ok');
