// One direction of an HTTP/1 connection: heads, bodies, gaps and resynchronisation as a state machine.

import { ByteQueue } from '../common/byte-queue.js';
import { findLineStartPrefix } from '../common/resync.js';
import type { ParseResult } from '../common/types.js';
import {
  HEADER_BLOCK_LIMIT,
  leadingBlankLineBytes,
  parseChunkHeader,
  parseLineEnd,
  parseTrailerSection,
} from './parse.js';
import type { BodyFraming, Http1Message, Http1Stats } from './types.js';

/** How a message's body ends, as decided by the connection; `tunnel` ends HTTP on this connection. */
export type Framing = BodyFraming | { kind: 'tunnel' };

export interface MessageStart {
  message: Http1Message;
  framing: Framing;
  /** Called once when the message ends, complete or not. */
  onEnd?: () => void;
}

export interface MessageSink<Head> {
  /** False while this side must wait for the other (e.g. a response before its request is known). */
  ready(): boolean;
  begin(head: Head, startTs: number, headEndTs: number): MessageStart;
}

type State =
  | { kind: 'head' }
  | { kind: 'length'; remaining: number }
  | { kind: 'chunkHeader' }
  | { kind: 'chunkData'; remaining: number }
  | { kind: 'chunkDataEnd' }
  | { kind: 'trailers' }
  | { kind: 'untilClose' }
  | { kind: 'resync'; atLineStart: boolean }
  | { kind: 'tunnel' }
  | { kind: 'closed' };

const CR = 0x0d;

export class MessageDecoder<Head> {
  private readonly queue = new ByteQueue();
  private state: State = { kind: 'head' };
  private current: MessageStart | undefined;
  /** Queued bytes already searched for the end of a header section without finding it. */
  private headScanned = 0;

  constructor(
    private readonly parseHead: (buf: Buffer, scannedWithoutEnd: number) => ParseResult<Head>,
    private readonly startPrefixes: readonly Buffer[],
    private readonly sink: MessageSink<Head>,
    private readonly stats: Http1Stats,
  ) {}

  get bufferedBytes(): number {
    return this.queue.length;
  }

  push(data: Buffer, ts: number): void {
    if (this.state.kind === 'tunnel' || this.state.kind === 'closed') return;
    this.queue.append(data, ts);
    this.process();
  }

  /** `bytes` were sent after everything pushed so far but not copied to us. */
  gap(bytes: number, ts: number): void {
    const state = this.state;
    switch (state.kind) {
      case 'tunnel':
      case 'closed':
        return;
      case 'untilClose':
        this.stats.gapsBridged++;
        this.addBody(bytes, ts);
        return;
      case 'length':
      case 'chunkData':
        if (bytes > state.remaining) {
          // The gap runs past what the framing accounts for: the next framing bytes are gone.
          this.addBody(state.remaining, ts);
          this.stats.gapsLost++;
          this.endMessage(state.kind === 'length');
          this.loseSync();
          return;
        }
        this.stats.gapsBridged++;
        state.remaining -= bytes;
        this.addBody(bytes, ts);
        if (state.remaining > 0) return;
        if (state.kind === 'length') this.endMessage(true);
        else this.state = { kind: 'chunkDataEnd' };
        return;
      case 'head':
      case 'chunkHeader':
      case 'chunkDataEnd':
      case 'trailers':
      case 'resync':
        this.stats.gapsLost++;
        if (this.current !== undefined) this.endMessage(false);
        this.loseSync();
        return;
    }
  }

  /** Runs the state machine over the queued bytes as far as they (and the sink) allow. */
  process(): void {
    for (;;) {
      const state = this.state;
      switch (state.kind) {
        case 'tunnel':
        case 'closed':
          this.queue.clear();
          return;
        case 'resync':
          if (!this.resync(state.atLineStart)) return;
          break;
        case 'head':
          if (!this.readHead()) return;
          break;
        case 'length': {
          const taken = this.takeBody(state.remaining);
          if (taken === 0) return;
          state.remaining -= taken;
          if (state.remaining === 0) this.endMessage(true);
          break;
        }
        case 'chunkData': {
          const taken = this.takeBody(state.remaining);
          if (taken === 0) return;
          state.remaining -= taken;
          if (state.remaining === 0) this.state = { kind: 'chunkDataEnd' };
          break;
        }
        case 'untilClose':
          this.takeBody(this.queue.length);
          return;
        case 'chunkHeader': {
          const size = this.readFraming(parseChunkHeader(this.queue.view()));
          if (size === undefined) return;
          this.state = size === 0 ? { kind: 'trailers' } : { kind: 'chunkData', remaining: size };
          break;
        }
        case 'chunkDataEnd':
          if (this.readFraming(parseLineEnd(this.queue.view())) === undefined) return;
          this.state = { kind: 'chunkHeader' };
          break;
        case 'trailers':
          if (this.readFraming(parseTrailerSection(this.queue.view())) === undefined) return;
          this.endMessage(true);
          break;
      }
    }
  }

  /** HTTP stops here: whatever follows on this connection is opaque. */
  enterTunnel(): void {
    this.state = { kind: 'tunnel' };
    this.queue.clear();
  }

  /** The connection closed: a close-delimited body ends complete, anything else cut short. */
  close(): void {
    if (this.current !== undefined) this.endMessage(this.state.kind === 'untilClose');
    if (this.state.kind !== 'tunnel') this.stats.invalidBytes += this.queue.length;
    this.queue.clear();
    this.state = { kind: 'closed' };
  }

  /** Returns false when it must wait for more bytes. */
  private resync(atLineStart: boolean): boolean {
    const found = findLineStartPrefix(this.queue.view(), atLineStart, this.startPrefixes);
    if (found === undefined) {
      this.dropInvalid(this.queue.length);
      this.state = { kind: 'resync', atLineStart: false };
      return false;
    }
    this.dropInvalid(found.index);
    if (found.partial) {
      this.state = { kind: 'resync', atLineStart: true };
      return false;
    }
    this.state = { kind: 'head' };
    return true;
  }

  /** Returns false when it must wait for more bytes or for the other side. */
  private readHead(): boolean {
    const blankLines = leadingBlankLineBytes(this.queue.view());
    if (blankLines > 0) {
      this.queue.consume(blankLines);
      this.headScanned = 0;
    }
    const view = this.queue.view();
    if (view.length === 0 || (view.length === 1 && view[0] === CR)) return false;
    if (!this.sink.ready()) {
      if (this.queue.length <= HEADER_BLOCK_LIMIT) return false;
      this.abandonHead();
      return true;
    }
    const result = this.parseHead(view, this.headScanned);
    if (result.kind === 'needMore') {
      this.headScanned = view.length;
      return false;
    }
    this.headScanned = 0;
    switch (result.kind) {
      case 'invalid':
      case 'ignored':
        this.abandonHead();
        return true;
      case 'frame': {
        const startTs = this.queue.tsAt(0);
        const headEndTs = this.queue.tsAt(result.consumed - 1);
        this.queue.consume(result.consumed);
        const start = this.sink.begin(result.frame, startTs, headEndTs);
        this.current = start;
        this.startBody(start.framing);
        return true;
      }
    }
  }

  private startBody(framing: Framing): void {
    switch (framing.kind) {
      case 'length':
        if (framing.length === 0) this.endMessage(true);
        else this.state = { kind: 'length', remaining: framing.length };
        return;
      case 'chunked':
        this.state = { kind: 'chunkHeader' };
        return;
      case 'untilClose':
        this.state = { kind: 'untilClose' };
        return;
      case 'tunnel':
        this.endMessage(true);
        this.enterTunnel();
        return;
    }
  }

  /** Consumes a piece of body framing; on bad framing ends the message cut short and resyncs. */
  private readFraming<T>(result: ParseResult<T>): T | undefined {
    switch (result.kind) {
      case 'needMore':
        return undefined;
      case 'frame':
      case 'ignored': {
        const ts = this.queue.tsAt(result.consumed - 1);
        this.queue.consume(result.consumed);
        this.addBody(result.consumed, ts);
        return result.kind === 'frame' ? result.frame : undefined;
      }
      case 'invalid':
        // Framing broke at a place where a line should start: a new message may begin right here.
        this.endMessage(false);
        this.state = { kind: 'resync', atLineStart: true };
        this.stats.resyncs++;
        return undefined;
    }
  }

  /** Takes up to `limit` queued bytes as body; returns how many. */
  private takeBody(limit: number): number {
    const taken = Math.min(limit, this.queue.length);
    if (taken === 0) return 0;
    const ts = this.queue.tsAt(taken - 1);
    this.queue.consume(taken);
    this.addBody(taken, ts);
    return taken;
  }

  private addBody(bytes: number, ts: number): void {
    if (this.current === undefined) return;
    this.current.message.bodyBytes += bytes;
    this.current.message.endTs = ts;
  }

  private endMessage(complete: boolean): void {
    const current = this.current;
    this.current = undefined;
    this.state = { kind: 'head' };
    if (current === undefined) return;
    current.message.complete = complete;
    current.onEnd?.();
  }

  /** The bytes at the front cannot start a message: look for one further on. */
  private abandonHead(): void {
    this.stats.resyncs++;
    this.state = { kind: 'resync', atLineStart: false };
  }

  /** After a gap hid framing: queued bytes precede the gap and are useless; a message may start right after. */
  private loseSync(): void {
    this.dropInvalid(this.queue.length);
    this.stats.resyncs++;
    this.state = { kind: 'resync', atLineStart: true };
  }

  private dropInvalid(bytes: number): void {
    this.stats.invalidBytes += bytes;
    this.queue.consume(bytes);
    this.headScanned = 0;
  }
}
