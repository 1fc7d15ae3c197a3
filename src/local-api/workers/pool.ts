/**
 * Several worker threads answering the local API's requests in parallel, each with its own SQLite
 * connection to the same WAL-mode file, as Intercom answers concurrent calls in parallel.
 *
 * Worker 0 is the writer: every write (any method but GET, searches aside) and every pinned route (scrolls, whose
 * position lives in that worker's memory) runs there, one at a time, so writes stay serialized and
 * durable exactly as with one connection. Reads go to the worker with the fewest requests in hand,
 * ties taken in turn — so consecutive reads alternate between workers. The others' connections are
 * read-only. In WAL mode a read sees every write committed before it began: a write acknowledged by
 * the writer is visible to the next read on any worker. Everything else with state (rate limit,
 * faults, recording, the clock) stays in the main thread, which hands each worker only the handler.
 */
import { once } from 'node:events';
import type { Worker } from 'node:worker_threads';
import type { HandlerJob, HandlerResult } from '../http/run-handler.js';
import { routeKey } from '../http/run-handler.js';
import { writes, type Route } from '../http/route.js';
import type { PoolMessage, WorkerMessage, WorkerSetup } from './protocol.js';
import { spawnWorker } from './spawn.js';

interface Pending {
  resolve(result: HandlerResult): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Pending>;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private turn = 0;
  private closing = false;

  private constructor(private readonly store: Omit<WorkerSetup, 'writer'>) {}

  /** Starts `count` workers on the store's file and waits until each has opened it. */
  static async start(count: number, store: Omit<WorkerSetup, 'writer'>): Promise<WorkerPool> {
    const pool = new WorkerPool(store);
    for (let index = 0; index < count; index++) pool.slots.push(pool.spawn(index));
    try {
      await Promise.all(pool.slots.map((slot) => ready(slot.worker)));
    } catch (error) {
      pool.closing = true;
      await Promise.all(pool.slots.map(({ worker }) => worker.terminate()));
      throw error;
    }
    return pool;
  }

  run(route: Route, job: HandlerJob, nowMs: number, baseUrl: string): Promise<HandlerResult> {
    const slot = route.pinned || writes(route) ? this.slots[0]! : this.leastBusy();
    const id = this.nextId++;
    return new Promise<HandlerResult>((resolve, reject) => {
      slot.inFlight.set(id, { resolve, reject });
      const message: PoolMessage = { kind: 'job', id, route: routeKey(route), job, nowMs, baseUrl };
      slot.worker.postMessage(message);
    });
  }

  /** Closes every connection (a clean WAL checkpoint) and waits for the threads to end. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(
      this.slots.map(async ({ worker }) => {
        if (worker.threadId === -1) return; // already gone
        const exited = once(worker, 'exit');
        worker.postMessage({ kind: 'close' } satisfies PoolMessage);
        await exited;
      }),
    );
  }

  private leastBusy(): Slot {
    let best: Slot | undefined;
    for (let i = 0; i < this.slots.length; i++) {
      const slot = this.slots[(this.turn + i) % this.slots.length]!;
      if (!best || slot.inFlight.size < best.inFlight.size) best = slot;
    }
    this.turn = (this.turn + 1) % this.slots.length;
    return best!;
  }

  private spawn(index: number): Slot {
    const worker = spawnWorker({ ...this.store, writer: index === 0 });
    const slot: Slot = { worker, inFlight: new Map() };
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'ready') return;
      const pending = slot.inFlight.get(message.id);
      slot.inFlight.delete(message.id);
      if (message.kind === 'result') pending?.resolve(message.result);
      else pending?.reject(new Error(`local-api worker ${index}: ${message.error}`));
    });
    worker.on('error', (error) => console.error(`local-api: worker ${index} failed`, error));
    worker.on('exit', () => {
      for (const pending of slot.inFlight.values()) pending.reject(new Error(`local-api worker ${index} exited`));
      slot.inFlight.clear();
      // A thread that died under load is replaced, so the pool keeps its size; its jobs were answered 500.
      if (!this.closing && this.slots[index] === slot) this.slots[index] = this.spawn(index);
    });
    return slot;
  }
}

/** Resolves on the worker's 'ready' message; rejects if it fails or exits first (say, the file cannot be opened). */
function ready(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: WorkerMessage) => {
      if (message.kind !== 'ready') return;
      cleanup();
      resolve();
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onExit = (code: number) => onError(new Error(`local-api worker exited with code ${code} before it was ready`));
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}
