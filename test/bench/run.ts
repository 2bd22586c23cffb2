// `pnpm bench [suite ...]`: runs the benchmark suites in test/bench/suites/ and prints every figure
// with its target. Results also go to bench-results/latest.json.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { type BenchFigure, type BenchSuite, fmt, machine } from './lib';

const dir = new URL('./suites/', import.meta.url);
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .sort();

const figures: BenchFigure[] = [];
console.log(`Couponflow benchmarks on ${machine()}\n`);
for (const file of files) {
  const mod = (await import(new URL(file, dir).href)) as { default: BenchSuite };
  const suite = mod.default;
  if (wanted.length && !wanted.includes(suite.name)) continue;
  console.log(`## ${suite.name}`);
  const got = await suite.run();
  for (const f of got) {
    const verdict = f.ok === undefined ? '' : f.ok ? '  ok' : '  MISSED';
    console.log(
      `  ${f.name.padEnd(62)} ${fmt(f.value).padStart(14)} ${f.unit.padEnd(10)} ${f.target ? `target ${f.target}` : ''}${verdict}${f.note ? `\n      ${f.note}` : ''}`,
    );
  }
  figures.push(...got);
  console.log('');
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/latest.json',
  JSON.stringify({ machine: machine(), at: new Date().toISOString(), figures }, null, 2),
);
