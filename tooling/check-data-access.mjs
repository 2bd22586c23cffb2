// The data-access rule (docs/data-access.md), checked where it can be checked. Run by `pnpm lint`.
//
//   sql            SQL statement text (SELECT … FROM, INSERT INTO, UPDATE … SET, DELETE FROM) in a
//                  string or template literal of server/src, outside `*.sql.ts`, db/ and migrations/.
//   foreign-write  an INSERT, UPDATE or DELETE on a table that another feature folder declares
//                  (`tableName` in its `*.entity.ts`): a feature writes only its own tables.
//   resolver-sql   a `*.resolver.ts` importing values from db/sql, db/writes, db/event-log or a
//                  `*.sql` module: resolvers parse, authorise and delegate to services.
//   layer          db/ or graphql/ importing a feature folder, or anything importing the top
//                  (app.ts, composition.ts, main.ts): arrows point top -> features -> db/, graphql/.
//   loop           server/src folders that import each other, directly or round a longer loop.
//
// For layers and loops, imports count whether they are type-only or not: both are arrows a reader
// has to follow. Loops leave out `*.test.ts`: a unit test exercises its feature together with the
// collaborators it is wired to (as composition wires them, through the shared set-up in testing.ts at
// the top) and nothing imports a test, so its imports are no arrow between the folders' code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep, dirname, basename } from 'node:path';
import ts from 'typescript';

const root = new URL('..', import.meta.url).pathname;
const src = join(root, 'server/src');

const TOP = new Set(['app.ts', 'composition.ts', 'main.ts', 'index.ts']);
const LOWER = new Set(['db', 'graphql']);
const NOT_FEATURES = new Set(['db', 'graphql', 'migrations', 'scripts']);

const SQL_PATTERNS = [
  /\bSELECT\b[\s\S]*?\bFROM\b/,
  /\bINSERT\s+INTO\b/,
  /\bUPDATE\s+[a-z_"]+\s+SET\b/,
  /\bDELETE\s+FROM\b/,
];
const WRITE_PATTERN = /\b(?:INSERT\s+INTO|DELETE\s+FROM)\s+"?([a-z_]+)"?|\bUPDATE\s+"?([a-z_]+)"?\s+SET\b/g;

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else if (/\.(ts|mts)$/.test(name) && !name.endsWith('.d.ts')) yield p;
  }
}

/** The server/src folder a file belongs to ('' for files at the top of server/src). */
const folderOf = (rel) => (rel.includes(sep) ? rel.split(sep)[0] : '');

/** The text of every string and template literal (template parts joined, substitutions left out). */
function literals(file, text) {
  const out = [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      out.push({ text: node.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    } else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((s) => ` ${s.literal.text}`)];
      out.push({
        text: parts.join(''),
        line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { source, strings: out };
}

/** Whether an import brings in types only (`import type …`, or every name marked `type`). */
function typeOnly(node) {
  const clause = ts.isImportDeclaration(node) ? node.importClause : null;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const named = clause.namedBindings;
  return !clause.name && !!named && ts.isNamedImports(named) && named.elements.every((e) => e.isTypeOnly);
}

/** Relative module specifiers of every import, export-from and dynamic import. */
function imports(source) {
  const out = [];
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier)
      out.push({ spec: node.moduleSpecifier.text, types: typeOnly(node) });
    else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    )
      out.push({ spec: node.arguments[0].text, types: false });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out.filter((i) => i.spec.startsWith('.'));
}

// Which feature declares each table.
const owner = new Map();
for (const file of walk(src)) {
  if (!file.endsWith('.entity.ts')) continue;
  const folder = folderOf(relative(src, file));
  for (const m of readFileSync(file, 'utf8').matchAll(/tableName:\s*'([a-z_]+)'/g)) owner.set(m[1], folder);
}

const problems = [];
const report = (rel, rule, message) => problems.push(`server/src/${rel}: [${rule}] ${message}`);

/** folder -> folders it imports */
const graph = new Map();
/** "from -> to" -> an example file */
const example = new Map();

for (const file of walk(src)) {
  const rel = relative(src, file);
  const folder = folderOf(rel);
  if (folder === 'migrations') continue;
  const { source, strings } = literals(file, readFileSync(file, 'utf8'));
  const sqlFile = rel.endsWith('.sql.ts');
  const test = rel.endsWith('.test.ts');

  for (const s of strings) {
    if (folder !== 'db' && !sqlFile && SQL_PATTERNS.some((re) => re.test(s.text)))
      report(
        rel,
        'sql',
        `line ${s.line}: SQL text outside a *.sql.ts file: ${s.text.replace(/\s+/g, ' ').trim().slice(0, 60)}…`,
      );
    if (folder === 'db' || test || NOT_FEATURES.has(folder) || folder === '') continue;
    for (const m of s.text.matchAll(WRITE_PATTERN)) {
      const table = m[1] ?? m[2];
      const by = owner.get(table);
      if (by && by !== folder)
        report(rel, 'foreign-write', `line ${s.line}: writes ${table}, a table of ${by}/`);
    }
  }

  for (const { spec, types } of imports(source)) {
    const target = relative(src, join(dirname(file), spec));
    if (target.startsWith('..')) continue; // another package: tooling/check-boundaries.mjs
    const to = folderOf(target);
    if (!types && rel.endsWith('.resolver.ts') && /(^|\/)(db\/(sql|writes|event-log)|[^/]+\.sql)$/.test(spec))
      report(rel, 'resolver-sql', `imports '${spec}': resolvers delegate to services`);
    if (to === '' && TOP.has(`${basename(target)}.ts`) && folder !== '' && folder !== 'scripts')
      report(rel, 'layer', `imports the top ('${spec}'): the top imports features, not the reverse`);
    if (LOWER.has(folder) && to !== folder && to !== '' && !NOT_FEATURES.has(to))
      report(
        rel,
        'layer',
        `${folder}/ imports the feature ${to}/ ('${spec}'); pass it in from composition.ts`,
      );
    if (folder && to && folder !== to && !test) {
      if (!graph.has(folder)) graph.set(folder, new Set());
      graph.get(folder).add(to);
      if (!example.has(`${folder} -> ${to}`)) example.set(`${folder} -> ${to}`, rel);
    }
  }
}

// Folder loops: strongly connected components of more than one folder (Tarjan).
const loops = [];
{
  let index = 0;
  const stack = [];
  const info = new Map();
  const connect = (v) => {
    info.set(v, { index, low: index, on: true });
    index++;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!info.has(w)) {
        connect(w);
        info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
      } else if (info.get(w).on) info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
    }
    if (info.get(v).low === info.get(v).index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        info.get(w).on = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1) loops.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!info.has(v)) connect(v);
}
for (const loop of loops) {
  const key = loop.join(', ');
  const arrows = [...example.entries()]
    .filter(([k]) => {
      const [a, b] = k.split(' -> ');
      return loop.includes(a) && loop.includes(b);
    })
    .map(([k, file]) => `${k} (${file})`);
  problems.push(`server/src: [loop] folders ${key} import each other: ${arrows.join('; ')}`);
}

if (problems.length) {
  console.error(
    `Data-access rule broken (${problems.length}; see docs/data-access.md):\n` + problems.join('\n'),
  );
  process.exit(1);
}
console.log('data access: ok');
