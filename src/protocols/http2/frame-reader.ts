// Splits one direction's byte stream into frames across any chunk boundaries, keeping only the payload
// bytes a frame's meaning needs (never DATA), and follows capture gaps of known length.
//
// Gap policy: the gap's length is known, so a gap that ends inside the current frame's payload keeps
// frame sync (the frame is delivered with `intact: false`; for DATA nothing is lost but the bytes).
// A gap that covers any frame header loses sync: the reader then scans for a chain of two consecutive
// frame headers that look like real ones (`looksLikeRealFrame` plus the caller's stream check) and
// resumes there. The caller is told, since header blocks may have been in what was skipped.
import {
  CLIENT_PREFACE,
  FRAME_HEADER_SIZE,
  FrameFlag,
  FrameType,
  frameHeaderProblem,
  looksLikeRealFrame,
  readFrameHeader,
  type FrameHeader,
} from './frames.js';

/** Header block bytes kept per frame; a larger frame is delivered without them. */
export const MAX_HEADER_BLOCK_SIZE = 256 * 1024;
const MAX_SETTINGS_PAYLOAD = 6 * 64;

export interface ReadFrame {
  header: FrameHeader;
  /** The bytes of the payload this frame type needs (see `bytesToKeep`), from its start. */
  payload: Buffer;
  /** False when a gap took some of the kept bytes or they were over the limit. */
  intact: boolean;
  startTs: number;
  endTs: number;
}

export interface FrameSink {
  frame(frame: ReadFrame): void;
  /** Frame sync is lost from here, to a gap over a frame header or to bytes no peer would send. */
  syncLost(cause: 'gap' | 'invalid'): void;
  /** Whether a frame header seen while resyncing is one the connection could receive now. */
  plausible(header: FrameHeader): boolean;
}

type State =
  | { kind: 'preface'; matched: number }
  | { kind: 'header'; filled: number }
  | {
      kind: 'payload';
      header: FrameHeader;
      remaining: number;
      keep: number;
      intact: boolean;
      startTs: number;
    }
  | { kind: 'resync' };

export class FrameReader {
  private state: State;
  private readonly headerBytes = Buffer.alloc(FRAME_HEADER_SIZE);
  private headerStartTs = 0;
  private kept: Buffer[] = [];
  private keptLength = 0;
  /** Bytes waiting to be scanned while resyncing; bounded by one frame plus two headers. */
  private resyncBuffer = Buffer.alloc(0);

  constructor(
    private readonly sink: FrameSink,
    expectPreface: boolean,
  ) {
    this.state = expectPreface ? { kind: 'preface', matched: 0 } : { kind: 'header', filled: 0 };
  }

  /** Bytes held between calls: kept payload of the current frame and bytes waiting to be resynced. */
  get bufferedBytes(): number {
    return this.keptLength + this.resyncBuffer.length;
  }

  push(data: Buffer, ts: number): void {
    let rest: Buffer | undefined = data;
    while (rest !== undefined) rest = this.consume(rest, ts);
  }

  /** Reads `data`; returns the bytes to read next when a resync found frames again. */
  private consume(data: Buffer, ts: number): Buffer | undefined {
    let offset = 0;
    while (offset < data.length) {
      const state = this.state;
      switch (state.kind) {
        case 'preface': {
          const take = Math.min(CLIENT_PREFACE.length - state.matched, data.length - offset);
          const expected = CLIENT_PREFACE.subarray(state.matched, state.matched + take);
          if (!data.subarray(offset, offset + take).equals(expected)) {
            this.loseSync('invalid');
            break;
          }
          offset += take;
          state.matched += take;
          if (state.matched === CLIENT_PREFACE.length) this.state = { kind: 'header', filled: 0 };
          break;
        }
        case 'header': {
          if (state.filled === 0) this.headerStartTs = ts;
          const take = Math.min(FRAME_HEADER_SIZE - state.filled, data.length - offset);
          data.copy(this.headerBytes, state.filled, offset, offset + take);
          offset += take;
          state.filled += take;
          if (state.filled === FRAME_HEADER_SIZE) this.beginFrame(readFrameHeader(this.headerBytes), ts);
          break;
        }
        case 'payload': {
          const take = Math.min(state.remaining, data.length - offset);
          const keepNow = Math.min(take, state.keep - this.keptLength);
          if (keepNow > 0) {
            // Copy: the caller may reuse its buffer.
            this.kept.push(Buffer.from(data.subarray(offset, offset + keepNow)));
            this.keptLength += keepNow;
          }
          offset += take;
          state.remaining -= take;
          if (state.remaining === 0) this.endFrame(state, ts);
          break;
        }
        case 'resync':
          this.resyncBuffer = Buffer.concat([this.resyncBuffer, data.subarray(offset)]);
          return this.scanForFrames();
      }
    }
    return undefined;
  }

  gap(bytes: number, ts: number): void {
    let left = bytes;
    while (left > 0) {
      const state = this.state;
      switch (state.kind) {
        case 'preface': {
          // We trust the missing preface bytes were right: the rest of the stream will tell.
          const skip = Math.min(left, CLIENT_PREFACE.length - state.matched);
          state.matched += skip;
          left -= skip;
          if (state.matched === CLIENT_PREFACE.length) this.state = { kind: 'header', filled: 0 };
          break;
        }
        case 'header':
          this.loseSync('gap');
          return;
        case 'payload': {
          const skip = Math.min(left, state.remaining);
          if (this.keptLength < state.keep) state.intact = false;
          state.remaining -= skip;
          left -= skip;
          if (state.remaining === 0) this.endFrame(state, ts);
          break;
        }
        case 'resync':
          // A chain of frames cannot be checked across a gap.
          this.resyncBuffer = Buffer.alloc(0);
          return;
      }
    }
  }

  private beginFrame(header: FrameHeader, ts: number): void {
    if (frameHeaderProblem(header) !== undefined) {
      this.loseSync('invalid');
      return;
    }
    const wanted = Math.min(bytesToKeep(header), header.length);
    const withinCap = wanted <= MAX_HEADER_BLOCK_SIZE;
    const state: State = {
      kind: 'payload',
      header,
      remaining: header.length,
      keep: withinCap ? wanted : 0,
      intact: withinCap,
      startTs: this.headerStartTs,
    };
    this.state = state;
    if (header.length === 0) this.endFrame(state, ts);
  }

  private endFrame(state: Extract<State, { kind: 'payload' }>, ts: number): void {
    const payload = Buffer.concat(this.kept, this.keptLength);
    this.kept = [];
    this.keptLength = 0;
    this.state = { kind: 'header', filled: 0 };
    this.sink.frame({
      header: state.header,
      payload,
      intact: state.intact,
      startTs: state.startTs,
      endTs: ts,
    });
  }

  private loseSync(cause: 'gap' | 'invalid'): void {
    this.kept = [];
    this.keptLength = 0;
    this.resyncBuffer = Buffer.alloc(0);
    this.state = { kind: 'resync' };
    this.sink.syncLost(cause);
  }

  /** Looks for two chained plausible frame headers; returns the bytes from the first one on. */
  private scanForFrames(): Buffer | undefined {
    const buffer = this.resyncBuffer;
    let position = 0;
    for (; position + FRAME_HEADER_SIZE <= buffer.length; position++) {
      // Cheap test first: length at most 16384 and a known type rule out almost every position.
      if (
        buffer[position] !== 0 ||
        buffer[position + 1]! > 0x40 ||
        buffer[position + 3]! > FrameType.CONTINUATION
      ) {
        continue;
      }
      const first = readFrameHeader(buffer, position);
      if (!this.resyncCandidate(first)) continue;
      const next = position + FRAME_HEADER_SIZE + first.length;
      // Wait for the second header; what we keep meanwhile is at most one frame and two headers.
      if (next + FRAME_HEADER_SIZE > buffer.length) break;
      if (!this.resyncCandidate(readFrameHeader(buffer, next))) continue;
      this.resyncBuffer = Buffer.alloc(0);
      this.state = { kind: 'header', filled: 0 };
      return buffer.subarray(position);
    }
    this.resyncBuffer = Buffer.from(buffer.subarray(position));
    return undefined;
  }

  private resyncCandidate(header: FrameHeader): boolean {
    // A CONTINUATION's header block started in what we missed: never a place to resume.
    return (
      header.type !== FrameType.CONTINUATION && looksLikeRealFrame(header) && this.sink.plausible(header)
    );
  }
}

/** How much of a payload to keep: what the frame means, never bodies. */
function bytesToKeep(header: FrameHeader): number {
  switch (header.type) {
    case FrameType.DATA:
      return header.flags & FrameFlag.PADDED ? 1 : 0;
    case FrameType.HEADERS:
    case FrameType.PUSH_PROMISE:
    case FrameType.CONTINUATION:
      return header.length;
    case FrameType.SETTINGS:
      return Math.min(header.length, MAX_SETTINGS_PAYLOAD);
    case FrameType.RST_STREAM:
      return 4;
    case FrameType.GOAWAY:
      return 8;
    default:
      return 0;
  }
}
