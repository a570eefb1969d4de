// One direction of one connection, rebuilt from the kernel's chunks. Each syscall or TLS call
// arrives as chunks at offsets within the call, with the call's full length; whatever no chunk
// covers (a large body, an unreadable page, a lost event) becomes an explicit gap, so parsers
// can skip a body they know the length of instead of losing sync.

export interface StreamSink {
  data(bytes: Buffer, ts: number): void;
  gap(bytes: number, ts: number): void;
}

export interface Chunk {
  callLen: number;
  callOffset: number;
  data: Buffer;
  ts: number;
}

export class CallStream {
  private callLen = 0;
  private covered = 0;
  private lastTs = 0;
  bytes = 0;
  gapBytes = 0;

  constructor(private readonly sink: StreamSink) {}

  push(chunk: Chunk): void {
    if (chunk.callOffset === 0) this.endCall();
    else if (chunk.callOffset > this.covered) this.skip(chunk.callOffset - this.covered, chunk.ts);
    this.callLen = chunk.callLen;
    this.lastTs = chunk.ts;
    if (chunk.data.length > 0) {
      this.bytes += chunk.data.length;
      this.sink.data(chunk.data, chunk.ts);
    }
    this.covered = Math.max(this.covered, chunk.callOffset + chunk.data.length);
  }

  /** The current call is over: report the part of it we never received. */
  endCall(): void {
    if (this.covered < this.callLen) this.skip(this.callLen - this.covered, this.lastTs);
    this.callLen = 0;
    this.covered = 0;
  }

  private skip(bytes: number, ts: number): void {
    this.gapBytes += bytes;
    this.sink.gap(bytes, ts);
  }
}
