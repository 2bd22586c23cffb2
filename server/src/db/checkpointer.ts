// SQLite WAL checkpoints beside the request path (the embedded profile only). Without it, every few
// ingestion batches one COMMIT also copies ~40 MiB of WAL back into the database file and fsyncs it:
// 60-70 ms added to that request. A worker thread with its own connection checkpoints PASSIVE every
// `intervalMs` instead, which never blocks the writer; the writer's autocheckpoint stays as a backstop
// (it finds little left to copy while the worker keeps up).
import { Worker } from 'node:worker_threads';

export class WalCheckpointer {
  private readonly worker: Worker;
  private readonly exited: Promise<void>;

  constructor(file: string, onError: (message: string) => void, intervalMs = 100) {
    this.worker = new Worker(new URL('./checkpoint-worker.mjs', import.meta.url), {
      workerData: { file, intervalMs },
      execArgv: [], // plain JavaScript: no TypeScript loader in the worker
    });
    this.worker.on('message', (m: { error?: string }) => m.error && onError(m.error));
    this.worker.on('error', (err) => onError(String(err)));
    this.exited = new Promise((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.unref();
  }

  /** Closes the worker's connection; resolves once the thread has ended (at once if it already has). */
  stop(): Promise<void> {
    this.worker.postMessage('stop');
    setTimeout(() => void this.worker.terminate(), 2_000).unref();
    return this.exited;
  }
}
