// Preload counting a benchmark server's garbage collections (issue 14: the quote's p99 is scavenges):
//   NODE_OPTIONS="--import /abs/path/test/bench/support/gc-count.mjs" GC_COUNT_FILE=/tmp/gc.json node ...
// On SIGUSR2 the process writes its counts so far to GC_COUNT_FILE: { minor, major, minorMs, majorMs }
// (minor: scavenges; major: mark-compact, incremental marking and weak callbacks together).
import { writeFileSync } from 'node:fs';
import { PerformanceObserver, constants } from 'node:perf_hooks';

const file = process.env.GC_COUNT_FILE;
const counts = { minor: 0, major: 0, minorMs: 0, majorMs: 0 };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    if (e.detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR) {
      counts.minor++;
      counts.minorMs += e.duration;
    } else {
      counts.major++;
      counts.majorMs += e.duration;
    }
  }
}).observe({ entryTypes: ['gc'] });
if (file) process.on('SIGUSR2', () => writeFileSync(file, JSON.stringify(counts)));
