// Requests and connections on disk as they are built, so a long capture does not hold them in memory
// (100k requests were ~100 MB of heap). Only an index stays: per record its kind, time and where its
// line ends. Records are read back in the order written, or by time as the report lists them.
import { randomUUID } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Column } from './column.js';
import type { ConnectionRecord, RequestRecord } from './types.js';

export interface RecordOfKind {
  request: RequestRecord;
  connection: ConnectionRecord;
}
export type SpooledKind = keyof RecordOfKind;

/** A record read back, with its position in the order written. */
export type Spooled = {
  [K in SpooledKind]: { kind: K; position: number; record: RecordOfKind[K] };
}[SpooledKind];

const KINDS: readonly SpooledKind[] = ['request', 'connection'];

/** Bytes gathered before a write. */
const WRITE_BYTES = 64 << 10;
/** Bytes read at once: records are mostly read in the order written. */
const READ_BYTES = 1 << 20;

export class RecordSpool {
  private readonly fd: number;
  /** Per record, in the order written: its index in KINDS. */
  private readonly kinds = new Column(Uint8Array);
  /** Per record: its time in ms since the epoch. */
  private readonly times = new Column(Float64Array);
  /** Where each record's line ends, and so where the next one starts. */
  private readonly ends = new Column(Float64Array);
  private readonly counts: Record<SpooledKind, number> = { request: 0, connection: 0 };
  /** Lines are encoded here at once (which measures them), and written when it is full. */
  private readonly unwritten = Buffer.allocUnsafe(WRITE_BYTES);
  private unwrittenBytes = 0;
  private flushed = 0;
  /**
   * Bytes past `flushed` kept in memory once a write to the file failed (a full disk): the capture
   * goes on, only lighter on memory no more. `writeError` says why, for the report's warnings.
   */
  private readonly kept: Buffer[] = [];
  private keptBytes = 0;
  writeError: string | undefined;
  private readonly block = Buffer.alloc(READ_BYTES);
  /** The range of the file `block` holds. */
  private blockStart = 0;
  private blockEnd = 0;

  constructor(dir = tmpdir()) {
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `egress-lens-spool-${process.pid}-${randomUUID()}`);
    this.fd = openSync(path, 'wx+', 0o600);
    // Nameless from now on: the file goes with the process, however it ends.
    unlinkSync(path);
  }

  /**
   * Appends a record, final from now on; returns its position in the order written. `timeMs` is its
   * `time` as ms since the epoch, which the caller has as a number already.
   */
  append<K extends SpooledKind>(kind: K, record: RecordOfKind[K], timeMs: number): number {
    const json = JSON.stringify(record);
    // eventLine cuts the record's text where its id and time end: they must come first.
    if (!json.startsWith(`{"id":${JSON.stringify(record.id)},"time":${JSON.stringify(record.time)},`)) {
      throw new Error(`record spool: ${kind} ${record.id} does not begin with its id and time`);
    }
    const line = `${json}\n`;
    // UTF-8 takes at most 3 bytes per UTF-16 unit: with that much room, a line is encoded whole.
    if (this.unwrittenBytes + 3 * line.length > this.unwritten.length) this.flush();
    let bytes: number;
    if (3 * line.length <= this.unwritten.length) {
      bytes = this.unwritten.write(line, this.unwrittenBytes);
      this.unwrittenBytes += bytes;
    } else {
      bytes = this.writeOut(Buffer.from(line));
    }
    const position = this.kinds.length;
    this.kinds.push(KINDS.indexOf(kind));
    this.counts[kind]++;
    this.times.push(timeMs);
    this.ends.push(this.start(position) + bytes);
    return position;
  }

  count(kind: SpooledKind): number {
    return this.counts[kind];
  }

  /** Every record, in the order written. */
  *written(): Generator<Spooled> {
    for (let position = 0; position < this.kinds.length; position++) {
      const kind = KINDS[this.kinds.at(position)] as SpooledKind;
      yield { kind, position, record: this.record(position) } as Spooled;
    }
  }

  /** The positions of one kind's records by time, ties in the order written. */
  byTime(kind: SpooledKind): Uint32Array {
    const k = KINDS.indexOf(kind);
    const positions = new Uint32Array(this.counts[kind]);
    for (let position = 0, n = 0; position < this.kinds.length; position++) {
      if (this.kinds.at(position) === k) positions[n++] = position;
    }
    const times = this.times;
    return positions.sort((a, b) => times.at(a) - times.at(b) || a - b);
  }

  /** A record's time, in ms since the epoch. */
  time(position: number): number {
    return this.times.at(position);
  }

  record<K extends SpooledKind>(position: number): RecordOfKind[K] {
    return JSON.parse(this.text(position)) as RecordOfKind[K];
  }

  /**
   * The record as its events.ndjson line (no newline), as JSON.stringify({ type, time, ...record })
   * writes it: the same text with the type first and the time before the id. Neither an id nor a time
   * can hold `,"` (a quote in a JSON string is escaped), so the first ones after them end them.
   */
  eventLine(position: number): string {
    const text = this.text(position);
    const idEnd = text.indexOf(',"time":');
    const timeEnd = text.indexOf(',"', idEnd + ',"time":'.length);
    const kind = KINDS[this.kinds.at(position)] as SpooledKind;
    return `{"type":"${kind}",${text.slice(idEnd + 1, timeEnd + 1)}${text.slice(1, idEnd + 1)}${text.slice(timeEnd + 1)}`;
  }

  close(): void {
    closeSync(this.fd);
  }

  /** The record's line, without its newline. */
  private text(position: number): string {
    this.flush();
    const start = this.start(position);
    const end = this.ends.at(position) - 1;
    if (end - start > this.block.length) {
      return this.readRange(start, end, Buffer.alloc(end - start)).toString('utf8');
    }
    if (start < this.blockStart || end > this.blockEnd) {
      // Reads mostly go on in the order written: the block holds the records after this one too.
      this.blockStart = start;
      this.blockEnd =
        start +
        this.readRange(start, Math.min(start + this.block.length, this.flushed + this.keptBytes), this.block)
          .length;
    }
    return this.block.toString('utf8', start - this.blockStart, end - this.blockStart);
  }

  private start(position: number): number {
    return position === 0 ? 0 : this.ends.at(position - 1);
  }

  /** Reads the spool's bytes from `start` to `end` (file, then what is kept in memory) into the head of `into`. */
  private readRange(start: number, end: number, into: Buffer): Buffer {
    const fromFile = Math.max(0, Math.min(end, this.flushed) - start);
    for (let done = 0; done < fromFile;) {
      const read = readSync(this.fd, into, done, fromFile - done, start + done);
      if (read === 0) throw new Error(`record spool: the file ends at ${start + done}, before ${end}`);
      done += read;
    }
    let offset = this.flushed;
    for (const piece of this.kept) {
      const from = Math.max(start, offset);
      const to = Math.min(end, offset + piece.length);
      if (from < to) piece.copy(into, from - start, from - offset, to - offset);
      offset += piece.length;
    }
    return into.subarray(0, end - start);
  }

  private flush(): void {
    this.writeOut(this.unwritten.subarray(0, this.unwrittenBytes));
    this.unwrittenBytes = 0;
  }

  /** Writes `bytes` at the end of the spool (the file, or memory once the file failed); returns how many. */
  private writeOut(bytes: Buffer): number {
    let done = 0;
    if (this.writeError === undefined) {
      try {
        while (done < bytes.length)
          done += writeSync(this.fd, bytes, done, bytes.length - done, this.flushed + done);
      } catch (error) {
        this.writeError = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      }
      this.flushed += done;
    }
    if (done < bytes.length) {
      // A copy: `bytes` may be the reused write buffer.
      this.kept.push(Buffer.from(bytes.subarray(done)));
      this.keptBytes += bytes.length - done;
    }
    return bytes.length;
  }
}
