// Runs SQLite WAL checkpoints on its own connection in a worker thread, so that copying committed pages
// back into the database file (and its fsync) happens beside the request path instead of inside the
// COMMIT of whichever request crossed the autocheckpoint threshold. PASSIVE checkpoints never block the
// writer; the writer's own autocheckpoint stays on as a backstop (see checkpointer.ts).
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const { file, intervalMs } = workerData;
const db = new Database(file, { fileMustExist: true });
db.pragma('busy_timeout = 1000');

let failures = 0;
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    failures = 0;
  } catch (err) {
    // SQLITE_BUSY: the writer is checkpointing itself; try again on the next tick. Tell the parent once.
    if (failures++ === 0) parentPort?.postMessage({ error: String(err) });
  }
}, intervalMs);

parentPort?.on('message', (msg) => {
  if (msg !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort?.close();
});
