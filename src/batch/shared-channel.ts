import { BroadcastChannel } from "node:worker_threads";

/**
 * Hands the stages' shared resources (StageDefinition.shared, on SharedArrayBuffers) to worker threads that
 * are already running: the pool's threads start first and load their own models while the starting thread
 * builds the shared ones, then every thread takes them from this channel (a BroadcastChannel, by name, as
 * workerData cannot change after a thread has started). A thread asks when it is ready to take them; the
 * starting thread answers every ask once they are built, so a thread started later (piscina replaces one
 * that ran out of memory) gets them too.
 */
const WANT = "newsfacts/shared?";

interface Offer {
  resources: Record<string, unknown>;
}

let channels = 0;

/** A unique channel name for one pool. */
export function sharedChannelName(): string {
  return `newsfacts-shared-${process.pid}-${++channels}`;
}

/** The starting thread's end: publish() once the resources are built, close() with the pool. */
export class SharedOffer {
  private readonly channel: BroadcastChannel;
  private offer: Offer | null = null;

  constructor(readonly name: string) {
    this.channel = new BroadcastChannel(name);
    // the channel alone must not keep the process alive
    this.channel.unref();
    this.channel.onmessage = (event) => {
      if ((event as MessageEvent).data === WANT && this.offer) this.channel.postMessage(this.offer);
    };
  }

  publish(resources: Record<string, unknown>): void {
    this.offer = { resources };
    this.channel.postMessage(this.offer);
  }

  close(): void {
    this.channel.close();
  }
}

/** A worker thread's end: the resources, once the starting thread has built them. */
export function receiveShared(name: string): Promise<Record<string, unknown>> {
  const channel = new BroadcastChannel(name);
  return new Promise((resolve) => {
    channel.onmessage = (event) => {
      const data = (event as MessageEvent).data as Offer | string;
      if (typeof data === "string") return; // another thread's ask
      channel.close();
      resolve(data.resources);
    };
    channel.postMessage(WANT);
  });
}

/**
 * The order in which a pool's threads build their pipelines: an Int32Array on shared memory, [threads that
 * asked, first one done]. The first thread to ask goes at once; the others wait until it is done (startedFirst)
 * or `timeoutMs` passed. A thread started later (replacing one) finds the first done and goes at once.
 */
export function startTurns(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(8));
}

// Atomics.waitAsync is in Node 20 (V8) but in TypeScript's lib only from ES2024
type WaitAsync = (a: Int32Array, index: number, value: number, timeoutMs: number) => { async: boolean; value: Promise<string> | string };

export async function waitTurn(turn: Int32Array, timeoutMs = 10_000): Promise<void> {
  if (Atomics.add(turn, 0, 1) === 0) return;
  const waited = (Atomics as unknown as { waitAsync: WaitAsync }).waitAsync(turn, 1, 0, timeoutMs);
  if (waited.async) await waited.value;
}

export function startedFirst(turn: Int32Array): void {
  Atomics.store(turn, 1, 1);
  Atomics.notify(turn, 1);
}
