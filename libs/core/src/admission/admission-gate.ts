import { ServiceUnavailableError } from '../errors';

interface Waiter {
  admit(): void;
  timer: NodeJS.Timeout;
}

export interface AdmissionGateOptions {
  /** At most this many run at once. */
  concurrency: number;
  /** A caller waits at most this long for its turn (0: never waits). */
  queueMs: number;
  /** At most this many wait; the next is refused at once. */
  maxQueue: number;
  /** Why a refused caller was refused, in words a person understands. */
  refusal: string;
}

/**
 * Admission for expensive work (search): a few run at once, a bounded number wait their turn in order for a
 * bounded time, the rest are refused at once with SERVICE_UNAVAILABLE. A burst of expensive requests then costs
 * cheap ones nothing: it cannot take the whole connection pool, and nobody waits without bound.
 */
export class AdmissionGate {
  private running = 0;
  private readonly waiting: Waiter[] = [];
  private refusedCount = 0;

  constructor(private readonly options: AdmissionGateOptions) {}

  /** Runs `work` once admitted; throws ServiceUnavailableError if not admitted in time. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.enter();
    try {
      return await work();
    } finally {
      this.leave();
    }
  }

  get stats(): { running: number; waiting: number; refused: number } {
    return { running: this.running, waiting: this.waiting.length, refused: this.refusedCount };
  }

  private enter(): Promise<void> {
    if (this.running < this.options.concurrency) {
      this.running += 1;
      return Promise.resolve();
    }
    if (this.options.queueMs === 0 || this.waiting.length >= this.options.maxQueue) return Promise.reject(this.refuse());
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        admit: resolve,
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          reject(this.refuse());
        }, this.options.queueMs),
      };
      this.waiting.push(waiter);
    });
  }

  /** Hands the place to the longest waiting caller, if any. */
  private leave(): void {
    const next = this.waiting.shift();
    if (!next) {
      this.running -= 1;
      return;
    }
    clearTimeout(next.timer);
    next.admit();
  }

  private refuse(): ServiceUnavailableError {
    this.refusedCount += 1;
    return new ServiceUnavailableError(this.options.refusal, Math.max(1, Math.ceil(this.options.queueMs / 1000)));
  }
}
