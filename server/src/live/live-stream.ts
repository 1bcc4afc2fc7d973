import { logger } from '../common/logger.js';

/**
 * One subscriber's stream: values pushed by the hub, turned into what the
 * subscriber receives by `transform` (undefined skips one), one at a time and
 * only when the consumer asks for the next. Written by hand rather than as an
 * async generator because a generator cannot be ended while it waits: a
 * client that unsubscribes between events must let go of its listener at once.
 * A consumer that falls behind loses the oldest values beyond `limit`.
 */
export class LiveStream<In, Out> implements AsyncIterableIterator<Out> {
  private readonly buffer: In[] = [];
  private waiting?: (result: IteratorResult<Out>) => void;
  private draining = false;
  private ended = false;

  constructor(
    private readonly transform: (value: In) => Promise<Out | undefined>,
    private readonly onEnd: () => void,
    private readonly limit = 100,
  ) {}

  push(value: In): void {
    if (this.ended) return;
    if (this.buffer.length >= this.limit) this.buffer.shift();
    this.buffer.push(value);
    void this.drain();
  }

  next(): Promise<IteratorResult<Out>> {
    if (this.ended) return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve) => {
      this.waiting = resolve;
      void this.drain();
    });
  }

  return(): Promise<IteratorResult<Out>> {
    this.end();
    return Promise.resolve({ done: true, value: undefined });
  }

  throw(error: unknown): Promise<IteratorResult<Out>> {
    this.end();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.waiting && this.buffer.length && !this.ended) {
        let value: Out | undefined;
        try {
          value = await this.transform(this.buffer.shift()!);
        } catch (error) {
          logger.error({ err: error }, 'a live update could not be prepared for a subscriber');
          continue;
        }
        if (value === undefined || !this.waiting || this.ended) continue;
        const resolve = this.waiting;
        this.waiting = undefined;
        resolve({ done: false, value });
      }
    } finally {
      this.draining = false;
    }
  }

  private end(): void {
    if (this.ended) return;
    this.ended = true;
    this.buffer.length = 0;
    this.onEnd();
    const resolve = this.waiting;
    this.waiting = undefined;
    resolve?.({ done: true, value: undefined });
  }
}
