// Ring batches wait here, undecoded, while the job runs. Handled as they come, they cost the job about
// twice their CPU time: the agent's bursts of work land on the cores the job's client and server are
// about to run on, whatever the agent's priority (BENCHMARKS.md, "Where the floor is"). Handled in
// bulk once the job is over, or once enough has piled up, they cost their CPU time once.

export interface RingBacklogLimits {
  /** Once this many bytes wait, they should be handled now rather than later. */
  drainAtBytes: number;
  /** Beyond this many waiting bytes, batches are refused and their records counted as dropped. */
  capBytes: number;
}

export class RingBacklog {
  private batches: Buffer[] = [];
  private next = 0;
  private waitingBytes = 0;
  /** Records refused because the cap was reached. */
  dropped = 0;

  constructor(private readonly limits: RingBacklogLimits) {}

  /** Queues a batch of `records` records; false if it was refused (the cap). */
  add(batch: Buffer, records: number): boolean {
    if (this.waitingBytes + batch.length > this.limits.capBytes) {
      this.dropped += records;
      return false;
    }
    this.batches.push(batch);
    this.waitingBytes += batch.length;
    return true;
  }

  get bytes(): number {
    return this.waitingBytes;
  }

  get shouldDrain(): boolean {
    return this.waitingBytes >= this.limits.drainAtBytes;
  }

  /**
   * Hands waiting batches to `handle`, oldest first, for as long as `more()` says (asked before each
   * batch but the first). True once nothing waits.
   */
  drain(handle: (batch: Buffer) => void, more: () => boolean = () => true): boolean {
    let handled = 0;
    while (this.next < this.batches.length && (handled === 0 || more())) {
      const batch = this.batches[this.next] as Buffer;
      // Let go of it before handling it: a handler that throws does not get it twice.
      this.batches[this.next++] = EMPTY;
      this.waitingBytes -= batch.length;
      handled++;
      handle(batch);
    }
    if (this.next < this.batches.length) return false;
    this.batches = [];
    this.next = 0;
    return true;
  }
}

const EMPTY = Buffer.alloc(0);
