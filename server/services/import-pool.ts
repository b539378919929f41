/**
 * A small pool of worker threads that calculate import rows, so that 2,000 drawings are analyzed
 * while the event loop keeps answering requests. Plain worker_threads messages rather than comlink:
 * a worker that crashes or hangs on one drawing must be noticed per job and replaced, and a message
 * channel makes that explicit. Run from the TypeScript sources (vitest) there is no compiled worker
 * beside this file; the built one under dist/ is used then, and without a build rows are calculated
 * in-process, one per turn of the event loop.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../db/client.js';
import { calculate } from './import-calc.js';
import type { CalcJob, CalcResult } from './import-protocol.js';

/** A row whose drawing takes longer than this is given up (the worker is replaced). */
export const CALC_TIMEOUT_MS = 60_000;

interface Pending {
  job: CalcJob;
  resolve: (r: CalcResult) => void;
}

interface Slot {
  worker: Worker;
  busy: Pending | null;
  timer: NodeJS.Timeout | null;
}

function workerFile(): URL | null {
  const beside = new URL('./import-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  const built = `${packageRoot()}dist/server/services/import-worker.js`;
  return existsSync(built) ? pathToFileURL(built) : null;
}

const failed = (job: CalcJob, code: string, message: string): CalcResult => ({ id: job.id, metrics: null, error: { code, message }, quote: null, priceError: null });

export class CalcPool {
  readonly size: number;
  readonly #file: URL | null;
  readonly #slots: Slot[] = [];
  readonly #queue: Pending[] = [];
  #closed = false;

  constructor(size = Math.max(1, Math.min(4, availableParallelism() - 1)), file = workerFile()) {
    this.size = size;
    this.#file = file;
  }

  /** True when rows run in worker threads (false: in-process fallback). */
  get threaded(): boolean {
    return this.#file !== null;
  }

  /** Calculate one row; never rejects (failures come back as an error code). */
  run(job: CalcJob): Promise<CalcResult> {
    if (!this.#file) {
      // no built worker: one row per turn of the loop, so requests still get their turns
      return new Promise((resolve) => setImmediate(() => resolve(calculate(job))));
    }
    return new Promise((resolve) => {
      this.#queue.push({ job, resolve });
      this.#pump();
    });
  }

  #spawn(): Slot {
    const worker = new Worker(this.#file!);
    worker.unref(); // idle workers never keep the process alive
    const slot: Slot = { worker, busy: null, timer: null };
    worker.on('message', (r: CalcResult) => this.#finish(slot, r));
    worker.on('error', () => this.#lose(slot, 'INTERNAL_ERROR', 'The drawing could not be calculated.'));
    worker.on('exit', () => this.#lose(slot, 'INTERNAL_ERROR', 'The drawing could not be calculated.'));
    this.#slots.push(slot);
    return slot;
  }

  #pump() {
    while (this.#queue.length && !this.#closed) {
      let slot = this.#slots.find((s) => !s.busy);
      if (!slot) {
        if (this.#slots.length >= this.size) return;
        slot = this.#spawn();
      }
      const p = this.#queue.shift()!;
      slot.busy = p;
      slot.timer = setTimeout(() => this.#lose(slot!, 'DRAWING_TOO_COMPLEX', 'The drawing took too long to calculate.', true), CALC_TIMEOUT_MS);
      slot.timer.unref();
      slot.worker.ref(); // a job in flight keeps the process alive
      slot.worker.postMessage(p.job, [p.job.drawing]);
    }
  }

  #finish(slot: Slot, r: CalcResult) {
    const p = slot.busy;
    if (slot.timer) clearTimeout(slot.timer);
    slot.busy = null;
    slot.timer = null;
    slot.worker.unref();
    p?.resolve(r);
    this.#pump();
  }

  /** A worker died or hung: answer its job with a code, drop it, start another for the queue. */
  #lose(slot: Slot, code: string, message: string, terminate = false) {
    const i = this.#slots.indexOf(slot);
    if (i < 0) return;
    this.#slots.splice(i, 1);
    if (slot.timer) clearTimeout(slot.timer);
    const p = slot.busy;
    slot.busy = null;
    if (terminate) void slot.worker.terminate();
    if (p) p.resolve(failed(p.job, code, message));
    this.#pump();
  }

  /** Stop every worker; queued jobs are answered with an error. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const p of this.#queue.splice(0)) p.resolve(failed(p.job, 'INTERNAL_ERROR', 'The server is shutting down.'));
    await Promise.all(this.#slots.splice(0).map((s) => s.worker.terminate()));
  }
}

let shared: CalcPool | null = null;

/** The process's pool, started on first use. */
export function calcPool(): CalcPool {
  return (shared ??= new CalcPool());
}
