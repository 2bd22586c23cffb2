// Preload for profiling a benchmark's server process (Node 20 refuses --cpu-prof in NODE_OPTIONS):
//   NODE_OPTIONS="--import /abs/path/test/bench/support/cpu-profile.mjs" CPU_PROF_DIR=/tmp/prof node ...
// Starts the V8 sampling profiler at once and writes CPU_PROF_DIR/<pid>.cpuprofile when the process
// exits (open it in Chrome DevTools or speedscope). The in-thread inspector session answers
// synchronously, so the profile can be written from the 'exit' handler.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

const dir = process.env.CPU_PROF_DIR ?? '.';
const session = new Session();
session.connect();
session.post('Profiler.setSamplingInterval', { interval: 200 });
session.post('Profiler.enable');
session.post('Profiler.start');
process.on('exit', () => {
  session.post('Profiler.stop', (err, result) => {
    if (err) return;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
  });
});
