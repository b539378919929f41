// Worker thread entry of the import pool (import-pool.ts): calculates one row per message.
import { parentPort } from 'node:worker_threads';
import { calculate } from './import-calc.js';
import type { CalcJob } from './import-protocol.js';

parentPort?.on('message', (job: CalcJob) => {
  parentPort!.postMessage(calculate(job));
});
