// One HTTP/2 connection seen from the outside: both directions' bytes in, request/response exchanges out.
//
// Losses are reported, never papered over: an exchange any lost byte could have changed (a header
// block we could not decode in full, frames skipped while frame sync was lost) ends with
// `complete: false`, and header fields we could not decode are left out rather than guessed. A gap
// inside a DATA payload loses nothing we keep. See frame-reader.ts and ../hpack/decoder.ts for how
// frame sync and HPACK state are regained.
import { HpackDecoder, type HeaderField, type HpackResult } from '../hpack/decoder.js';
import { FrameReader, MAX_HEADER_BLOCK_SIZE, type FrameSink, type ReadFrame } from './frame-reader.js';
import { FRAME_HEADER_SIZE, FrameFlag, FrameType, SettingId, type FrameHeader } from './frames.js';

export interface Http2Message {
  /** Regular fields in order, names as sent (lower case); pseudo-headers are broken out instead. */
  headers: Array<[string, string]>;
  trailers: Array<[string, string]>;
  /** Wire bytes of the HEADERS/CONTINUATION frames carrying headers and trailers, frame headers included. */
  headerBytes: number;
  /** DATA payload bytes without padding. */
  bodyBytes: number;
  /** Time the first frame started and the last one ended (ns). */
  startTs: number;
  endTs: number;
  /** END_STREAM seen. */
  ended: boolean;
}

export interface Http2Exchange {
  streamId: number;
  /** Pseudo-header values are '' when not seen. */
  request: Http2Message & { method: string; scheme: string; authority: string; path: string };
  /** `status` is 0 when the response's headers were not seen. */
  response?: Http2Message & { status: number };
  reset?: { errorCode: number; by: 'client' | 'server' };
  /** Set when the request's content-type is application/grpc*. */
  grpc?: { service: string; method: string; status?: number; message?: string };
  /** Both sides ended cleanly and every header block was decoded in full. */
  complete: boolean;
}

export interface Http2Stats {
  frames: number;
  /** Frames a real peer would not send: sync losses, bad padding, interleaved header blocks, over the caps. */
  invalidFrames: number;
  hpackErrors: number;
  gaps: number;
}

type Side = 'client' | 'server';

/** Beyond this many open streams the oldest is flushed as incomplete, so garbage cannot grow the map. */
const MAX_OPEN_STREAMS = 4096;
/** While resyncing, how far past the highest stream id a new client stream may be. */
const MAX_STREAM_ID_JUMP = 2000;

interface HeaderBlock {
  streamId: number;
  push: boolean;
  endStream: boolean;
  fragments: Buffer[];
  size: number;
  /** False once any of the block was lost or refused. */
  intact: boolean;
  wireBytes: number;
  startTs: number;
}

interface Direction {
  reader: FrameReader;
  /** Decodes the blocks this direction sends. */
  decoder: HpackDecoder;
  block?: HeaderBlock;
}

interface OpenExchange {
  exchange: Http2Exchange;
  requestHeadersSeen: boolean;
  finalResponseSeen: boolean;
  damaged: boolean;
}

export class Http2Connection {
  readonly stats: Http2Stats = { frames: 0, invalidFrames: 0, hpackErrors: 0, gaps: 0 };
  private lastGoaway?: { lastStreamId: number; errorCode: number };
  private readonly client: Direction;
  private readonly server: Direction;
  private readonly open = new Map<number, OpenExchange>();
  private finished: Http2Exchange[] = [];
  private highestClientStream = 0;
  private closed = false;

  constructor() {
    this.client = { reader: new FrameReader(this.sinkFor('client'), true), decoder: new HpackDecoder() };
    this.server = { reader: new FrameReader(this.sinkFor('server'), false), decoder: new HpackDecoder() };
  }

  get goaway(): { lastStreamId: number; errorCode: number } | undefined {
    return this.lastGoaway;
  }

  /** Bytes held between calls (partial frames, header blocks, resync window); bounded. */
  get bufferedBytes(): number {
    return [this.client, this.server].reduce(
      (total, direction) => total + direction.reader.bufferedBytes + (direction.block?.size ?? 0),
      0,
    );
  }

  pushClient(data: Buffer, ts: number): void {
    if (!this.closed) this.client.reader.push(data, ts);
  }

  pushServer(data: Buffer, ts: number): void {
    if (!this.closed) this.server.reader.push(data, ts);
  }

  clientGap(bytes: number, ts: number): void {
    this.gap(this.client, bytes, ts);
  }

  serverGap(bytes: number, ts: number): void {
    this.gap(this.server, bytes, ts);
  }

  close(_ts: number): void {
    this.closed = true;
    for (const open of [...this.open.values()]) this.finish(open);
  }

  drain(): Http2Exchange[] {
    const drained = this.finished;
    this.finished = [];
    return drained;
  }

  private gap(direction: Direction, bytes: number, ts: number): void {
    if (this.closed || !Number.isFinite(bytes) || bytes <= 0) return;
    this.stats.gaps++;
    direction.reader.gap(Math.ceil(bytes), ts);
  }

  private sinkFor(side: Side): FrameSink {
    return {
      frame: (frame) => this.onFrame(side, frame),
      syncLost: (cause) => this.onSyncLost(side, cause),
      plausible: (header) => this.plausible(side, header),
    };
  }

  private direction(side: Side): Direction {
    return side === 'client' ? this.client : this.server;
  }

  private onSyncLost(side: Side, cause: 'gap' | 'invalid'): void {
    if (cause === 'invalid') this.stats.invalidFrames++;
    const direction = this.direction(side);
    this.abandonBlock(side);
    // Header blocks may be among the skipped frames.
    direction.decoder.desync();
    // So may END_STREAM flags, DATA and header blocks of any message this side had not finished.
    for (const open of this.open.values()) {
      const message = side === 'client' ? open.exchange.request : open.exchange.response;
      if (!message?.ended) open.damaged = true;
    }
  }

  /** Whether a frame seen while resyncing fits what this connection could carry now. */
  private plausible(side: Side, header: FrameHeader): boolean {
    if (header.streamId === 0) return true;
    const known = this.open.has(header.streamId);
    switch (header.type) {
      case FrameType.HEADERS:
        if (known || side === 'server') return known;
        return (
          header.streamId % 2 === 1 &&
          header.streamId > this.highestClientStream &&
          header.streamId <= this.highestClientStream + MAX_STREAM_ID_JUMP
        );
      case FrameType.PUSH_PROMISE:
        return side === 'server' && known;
      default:
        return known;
    }
  }

  private onFrame(side: Side, frame: ReadFrame): void {
    this.stats.frames++;
    const direction = this.direction(side);
    const { header } = frame;
    if (
      direction.block !== undefined &&
      (header.type !== FrameType.CONTINUATION || header.streamId !== direction.block.streamId)
    ) {
      // RFC 9113 6.10: nothing may come between the frames of a header block.
      this.stats.invalidFrames++;
      this.abandonBlock(side);
      if (header.type === FrameType.CONTINUATION) return;
    }
    switch (header.type) {
      case FrameType.DATA:
        this.onData(side, frame);
        break;
      case FrameType.HEADERS:
        this.onHeaders(side, frame);
        break;
      case FrameType.PUSH_PROMISE:
        this.onPushPromise(side, frame);
        break;
      case FrameType.CONTINUATION:
        this.onContinuation(side, frame);
        break;
      case FrameType.RST_STREAM:
        this.onReset(side, frame);
        break;
      case FrameType.SETTINGS:
        this.onSettings(side, frame);
        break;
      case FrameType.GOAWAY:
        this.onGoaway(side, frame);
        break;
      // PRIORITY, PING, WINDOW_UPDATE and extension frames change nothing we record.
    }
  }

  private onData(side: Side, frame: ReadFrame): void {
    const { header, payload } = frame;
    let bodyBytes = header.length;
    if (header.flags & FrameFlag.PADDED) {
      const padLength = payload[0];
      if (!frame.intact) {
        // The pad length byte was lost: count as if there were no padding.
        bodyBytes = header.length - 1;
      } else if (padLength === undefined || padLength >= header.length) {
        this.stats.invalidFrames++;
        bodyBytes = 0;
      } else {
        bodyBytes = header.length - 1 - padLength;
      }
    }
    const open = this.open.get(header.streamId);
    if (open === undefined) return;
    const message = side === 'client' ? open.exchange.request : this.responseOf(open, frame.startTs);
    message.bodyBytes += bodyBytes;
    message.endTs = frame.endTs;
    if (header.flags & FrameFlag.END_STREAM) this.endMessage(open, side, frame.endTs);
  }

  private onHeaders(side: Side, frame: ReadFrame): void {
    const prefix = frame.header.flags & FrameFlag.PRIORITY ? 5 : 0;
    this.beginBlock(side, frame, this.fragmentOf(frame, prefix), false);
  }

  private onPushPromise(side: Side, frame: ReadFrame): void {
    if (side === 'client') {
      // Only servers push; the block still has to be decoded, as the client's encoder wrote it.
      this.stats.invalidFrames++;
    }
    // Pushed streams are not recorded, but their header blocks keep the server's HPACK table right.
    this.beginBlock(side, frame, this.fragmentOf(frame, 4), true);
  }

  /** The header block fragment after the pad length and `prefix` bytes, before the padding. */
  private fragmentOf(frame: ReadFrame, prefix: number): Buffer | undefined {
    const { header, payload } = frame;
    if (!frame.intact) return undefined;
    const padded = (header.flags & FrameFlag.PADDED) !== 0;
    const padLength = padded ? (payload[0] ?? 0) : 0;
    const start = (padded ? 1 : 0) + prefix;
    const end = payload.length - padLength;
    if (start > end) {
      this.stats.invalidFrames++;
      return undefined;
    }
    return payload.subarray(start, end);
  }

  private beginBlock(side: Side, frame: ReadFrame, fragment: Buffer | undefined, push: boolean): void {
    const { header } = frame;
    if (header.length > MAX_HEADER_BLOCK_SIZE) this.stats.invalidFrames++;
    const block: HeaderBlock = {
      streamId: header.streamId,
      push,
      endStream: (header.flags & FrameFlag.END_STREAM) !== 0,
      fragments: fragment === undefined ? [] : [fragment],
      size: fragment?.length ?? 0,
      intact: fragment !== undefined,
      wireBytes: FRAME_HEADER_SIZE + header.length,
      startTs: frame.startTs,
    };
    this.direction(side).block = block;
    if (header.flags & FrameFlag.END_HEADERS) this.endBlock(side, frame.endTs);
  }

  private onContinuation(side: Side, frame: ReadFrame): void {
    const block = this.direction(side).block;
    if (block === undefined) {
      this.stats.invalidFrames++;
      return;
    }
    const { header, payload } = frame;
    block.wireBytes += FRAME_HEADER_SIZE + header.length;
    if (block.intact && block.size + header.length > MAX_HEADER_BLOCK_SIZE) this.stats.invalidFrames++;
    if (block.intact && frame.intact && block.size + header.length <= MAX_HEADER_BLOCK_SIZE) {
      block.fragments.push(payload);
      block.size += payload.length;
    } else {
      // Refused or partly lost: nothing of it is worth holding any longer.
      block.intact = false;
      block.fragments = [];
      block.size = 0;
    }
    if (header.flags & FrameFlag.END_HEADERS) this.endBlock(side, frame.endTs);
  }

  /** Gives up on an unfinished header block: its message is recorded without its fields. */
  private abandonBlock(side: Side): void {
    const direction = this.direction(side);
    const block = direction.block;
    if (block === undefined) return;
    block.intact = false;
    this.endBlock(side, block.startTs);
  }

  private endBlock(side: Side, ts: number): void {
    const direction = this.direction(side);
    const block = direction.block!;
    direction.block = undefined;
    let result: HpackResult | undefined;
    if (block.intact) {
      result = direction.decoder.decode(Buffer.concat(block.fragments, block.size));
      if (result.kind === 'error') this.stats.hpackErrors++;
    } else {
      direction.decoder.desync();
    }
    if (block.push) return;
    if (side === 'client') this.onRequestBlock(block, result, ts);
    else this.onResponseBlock(block, result, ts);
  }

  private onRequestBlock(block: HeaderBlock, result: HpackResult | undefined, ts: number): void {
    const open = this.open.get(block.streamId) ?? this.openNewStream(block.streamId, block.startTs);
    if (open === undefined) return;
    const { fields, known } = fieldsOf(result);
    if (!known) open.damaged = true;
    const request = open.exchange.request;
    request.headerBytes += block.wireBytes;
    request.endTs = ts;
    // Headers carry :method, trailers no pseudo-header; a block we cannot place is left out.
    const method = fieldValue(fields, ':method');
    if (method !== undefined && !open.requestHeadersSeen) {
      open.requestHeadersSeen = true;
      request.headers = regularFields(fields);
      request.method = method;
      request.scheme = fieldValue(fields, ':scheme') ?? '';
      request.authority = fieldValue(fields, ':authority') ?? fieldValue(fields, 'host') ?? '';
      request.path = fieldValue(fields, ':path') ?? '';
    } else if (method === undefined && known) {
      request.trailers = fields;
    } else {
      open.damaged = true;
    }
    if (block.endStream) this.endMessage(open, 'client', ts);
  }

  private onResponseBlock(block: HeaderBlock, result: HpackResult | undefined, ts: number): void {
    let open = this.open.get(block.streamId);
    if (open === undefined) {
      // A response to a request we never saw (its frames were lost); server streams (push) are skipped.
      open = this.openNewStream(block.streamId, block.startTs);
      if (open === undefined) return;
      open.damaged = true;
    }
    const { fields, known } = fieldsOf(result);
    if (!known) open.damaged = true;
    const response = this.responseOf(open, block.startTs);
    response.headerBytes += block.wireBytes;
    response.endTs = ts;
    // Headers carry :status, trailers no pseudo-header; a block we cannot place is left out.
    const statusText = fieldValue(fields, ':status');
    if (statusText !== undefined && !open.finalResponseSeen) {
      const status = /^\d{3}$/.test(statusText) ? Number(statusText) : 0;
      // 1xx responses come before the final one (RFC 9113 8.1).
      if (status < 100 || status > 199) {
        open.finalResponseSeen = true;
        response.status = status;
        response.headers = regularFields(fields);
      }
    } else if (statusText === undefined && known) {
      response.trailers = fields;
    } else {
      open.damaged = true;
    }
    if (block.endStream) this.endMessage(open, 'server', ts);
  }

  /** A new client stream; undefined for ids that cannot start one (server-initiated, or already closed). */
  private openNewStream(streamId: number, ts: number): OpenExchange | undefined {
    if (streamId % 2 === 0 || streamId <= this.highestClientStream) return undefined;
    this.highestClientStream = streamId;
    if (this.open.size >= MAX_OPEN_STREAMS) this.finish(this.open.values().next().value!);
    const open: OpenExchange = {
      exchange: {
        streamId,
        request: { ...emptyMessage(ts), method: '', scheme: '', authority: '', path: '' },
        complete: false,
      },
      requestHeadersSeen: false,
      finalResponseSeen: false,
      damaged: false,
    };
    this.open.set(streamId, open);
    return open;
  }

  private responseOf(open: OpenExchange, ts: number): NonNullable<Http2Exchange['response']> {
    open.exchange.response ??= { ...emptyMessage(ts), status: 0 };
    return open.exchange.response;
  }

  private endMessage(open: OpenExchange, side: Side, ts: number): void {
    const { request } = open.exchange;
    const message = side === 'client' ? request : this.responseOf(open, ts);
    message.ended = true;
    message.endTs = ts;
    if (request.ended && open.exchange.response?.ended) this.finish(open);
  }

  private onReset(side: Side, frame: ReadFrame): void {
    const open = this.open.get(frame.header.streamId);
    if (open === undefined || frame.payload.length < 4) return;
    open.exchange.reset = { errorCode: frame.payload.readUInt32BE(0), by: side };
    this.finish(open);
  }

  private onSettings(side: Side, frame: ReadFrame): void {
    if (frame.header.flags & FrameFlag.ACK) return;
    const { payload } = frame;
    for (let offset = 0; offset + 6 <= payload.length; offset += 6) {
      if (payload.readUInt16BE(offset) === SettingId.HEADER_TABLE_SIZE) {
        // Our decoder for the other side's blocks follows the bound this side set on that encoder.
        this.direction(side === 'client' ? 'server' : 'client').decoder.setTableSizeLimit(
          payload.readUInt32BE(offset + 2),
        );
      }
    }
  }

  private onGoaway(side: Side, frame: ReadFrame): void {
    if (frame.payload.length < 8) return;
    const lastStreamId = frame.payload.readUInt32BE(0) & 0x7fffffff;
    this.lastGoaway = { lastStreamId, errorCode: frame.payload.readUInt32BE(4) };
    if (side === 'client') return;
    // The server will not process client streams above lastStreamId.
    for (const open of [...this.open.values()]) {
      if (open.exchange.streamId > lastStreamId) this.finish(open);
    }
  }

  private finish(open: OpenExchange): void {
    const { exchange } = open;
    this.open.delete(exchange.streamId);
    const endedCleanly =
      exchange.reset === undefined ? exchange.request.ended : exchange.reset.errorCode === 0;
    exchange.complete =
      !open.damaged &&
      open.requestHeadersSeen &&
      open.finalResponseSeen &&
      isWellFormed(exchange) &&
      exchange.response?.ended === true &&
      endedCleanly;
    const contentType = exchange.request.headers.find(([name]) => name === 'content-type')?.[1];
    if (contentType?.startsWith('application/grpc')) exchange.grpc = grpcInfo(exchange);
    this.finished.push(exchange);
  }
}

/** RFC 9113 8.3: the pseudo-headers every request and response carries. */
function isWellFormed({ request, response }: Http2Exchange): boolean {
  const target = request.method === 'CONNECT' ? request.authority : request.path && request.scheme;
  return (
    request.method !== '' &&
    target !== '' &&
    response !== undefined &&
    response.status >= 200 &&
    response.status <= 599
  );
}

function emptyMessage(ts: number): Http2Message {
  return { headers: [], trailers: [], headerBytes: 0, bodyBytes: 0, startTs: ts, endTs: ts, ended: false };
}

function fieldsOf(result: HpackResult | undefined): { fields: HeaderField[]; known: boolean } {
  if (result?.kind !== 'headers') return { fields: [], known: false };
  return { fields: result.headers, known: result.unknownFields === 0 };
}

function fieldValue(fields: HeaderField[], name: string): string | undefined {
  return fields.find(([fieldName]) => fieldName === name)?.[1];
}

function regularFields(fields: HeaderField[]): HeaderField[] {
  return fields.filter(([name]) => !name.startsWith(':'));
}

/** Service and method from `/package.Service/Method`; status and message from the trailers. */
function grpcInfo(exchange: Http2Exchange): NonNullable<Http2Exchange['grpc']> {
  const match = /^\/([^/]+)\/([^/?]+)$/.exec(exchange.request.path);
  const info: NonNullable<Http2Exchange['grpc']> = { service: match?.[1] ?? '', method: match?.[2] ?? '' };
  const response = exchange.response;
  if (response === undefined) return info;
  // A "Trailers-Only" response carries the status in its headers.
  const statusText =
    fieldValue(response.trailers, 'grpc-status') ?? fieldValue(response.headers, 'grpc-status');
  if (statusText !== undefined && /^\d{1,9}$/.test(statusText)) info.status = Number(statusText);
  const message =
    fieldValue(response.trailers, 'grpc-message') ?? fieldValue(response.headers, 'grpc-message');
  if (message !== undefined) info.message = percentDecode(message);
  return info;
}

/** gRPC percent-encodes grpc-message as UTF-8; malformed escapes are kept as they are. */
function percentDecode(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '%' && /^[0-9a-fA-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(text.charCodeAt(i) & 0xff);
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
