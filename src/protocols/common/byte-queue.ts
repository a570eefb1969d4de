// Bytes received but not yet parsed, each remembering the timestamp of the push that brought it.

interface Stamp {
  /** Absolute stream offset of the first byte of a push. */
  offset: number;
  ts: number;
}

/** Never written to: a queue owns its storage only once it has copied into a buffer of its own. */
const EMPTY = Buffer.alloc(0);

export class ByteQueue {
  private storage: Buffer = EMPTY;
  /** False while `storage` is a caller's buffer we must not write into. */
  private owned = false;
  private start = 0;
  private end = 0;
  /** Absolute stream offset of `storage[start]`. */
  private streamOffset = 0;
  private stamps: Stamp[] = [];
  /** `view()` until the bytes change: parsers ask for it several times per push. */
  private viewed: Buffer | undefined;

  get length(): number {
    return this.end - this.start;
  }

  /** The queued bytes. Valid only until the next `append`. */
  view(): Buffer {
    return (this.viewed ??= this.storage.subarray(this.start, this.end));
  }

  append(data: Buffer, ts: number): void {
    if (data.length === 0) return;
    this.viewed = undefined;
    this.stamps.push({ offset: this.streamOffset + this.length, ts });
    if (this.length === 0) {
      // The common case (a push parsed whole) needs no copy.
      this.storage = data;
      this.owned = false;
      this.start = 0;
      this.end = data.length;
      return;
    }
    const needed = this.length + data.length;
    if (!this.owned || this.start + needed > this.storage.length) {
      const grown = Buffer.allocUnsafe(Math.max(needed, this.owned ? this.storage.length * 2 : needed * 2));
      this.storage.copy(grown, 0, this.start, this.end);
      this.storage = grown;
      this.owned = true;
      this.end = this.length;
      this.start = 0;
    }
    data.copy(this.storage, this.end);
    this.end += data.length;
  }

  consume(count: number): void {
    const taken = Math.min(count, this.length);
    if (taken > 0) this.viewed = undefined;
    this.start += taken;
    this.streamOffset += taken;
    if (this.length === 0) {
      // Release the storage so an idle connection holds no memory.
      this.storage = EMPTY;
      this.owned = false;
      this.start = this.end = 0;
      this.stamps = [];
      return;
    }
    let firstLive = 0;
    while (firstLive + 1 < this.stamps.length && this.stamps[firstLive + 1]!.offset <= this.streamOffset) {
      firstLive++;
    }
    if (firstLive > 0) this.stamps.splice(0, firstLive);
  }

  clear(): void {
    this.consume(this.length);
  }

  /** Timestamp of the queued byte at `index` (0 = front). */
  tsAt(index: number): number {
    const offset = this.streamOffset + index;
    let low = 0;
    let high = this.stamps.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.stamps[middle]!.offset <= offset) low = middle;
      else high = middle - 1;
    }
    const stamp = this.stamps[low];
    if (stamp === undefined) throw new RangeError('ByteQueue.tsAt on an empty queue');
    return stamp.ts;
  }
}
