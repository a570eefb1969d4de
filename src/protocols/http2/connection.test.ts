import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HpackEncoder, type EncodeOptions } from '../hpack/encoder.js';
import type { HeaderField } from '../hpack/decoder.js';
import { Http2Connection } from './connection.js';
import { CLIENT_PREFACE, FrameFlag, FrameType, encodeFrame } from './frames.js';
import { MAX_HEADER_BLOCK_SIZE } from './frame-reader.js';

const {
  DATA,
  HEADERS,
  PRIORITY,
  RST_STREAM,
  SETTINGS,
  PUSH_PROMISE,
  PING,
  GOAWAY,
  WINDOW_UPDATE,
  CONTINUATION,
} = FrameType;
const { END_STREAM, END_HEADERS, PADDED, ACK } = FrameFlag;
const fuzzRuns = Number(process.env.FUZZ_RUNS ?? 300);

const u32 = (...values: number[]): Buffer => {
  const bytes = Buffer.alloc(4 * values.length);
  values.forEach((value, i) => bytes.writeUInt32BE(value, 4 * i));
  return bytes;
};
const setting = (id: number, value: number): Buffer => Buffer.concat([Buffer.from([0, id]), u32(value)]);

/** Builds both directions of a connection frame by frame, with real HPACK encoders. */
class Peer {
  readonly encoder = new HpackEncoder();
  frames: Buffer[] = [];

  constructor(preface: boolean) {
    if (preface) this.frames.push(CLIENT_PREFACE);
  }

  frame(type: number, flags: number, streamId: number, payload?: Buffer): this {
    this.frames.push(encodeFrame(type, flags, streamId, payload));
    return this;
  }

  headers(
    streamId: number,
    fields: HeaderField[],
    flags: number = END_HEADERS,
    options?: EncodeOptions,
  ): this {
    return this.frame(HEADERS, flags, streamId, this.encoder.encode(fields, options));
  }

  bytes(): Buffer {
    return Buffer.concat(this.frames);
  }
}

const get = (path: string, extra: HeaderField[] = []): HeaderField[] => [
  [':method', 'GET'],
  [':scheme', 'https'],
  [':authority', 'example.com'],
  [':path', path],
  ...extra,
];
const ok: HeaderField[] = [[':status', '200']];

function run(client: Peer, server: Peer): Http2Connection {
  const connection = new Http2Connection();
  connection.pushClient(client.bytes(), 1);
  connection.pushServer(server.bytes(), 2);
  return connection;
}

describe('frames', () => {
  it('stitches a request and its response by stream id, with headers, body and timing', () => {
    const client = new Peer(true)
      .frame(SETTINGS, 0, 0, setting(3, 100))
      .headers(1, get('/one', [['accept', '*/*']]), END_HEADERS | END_STREAM)
      .headers(3, [
        [':method', 'POST'],
        [':scheme', 'https'],
        [':authority', 'example.com'],
        [':path', '/two'],
      ])
      .frame(DATA, END_STREAM, 3, Buffer.alloc(10));
    const server = new Peer(false)
      .frame(SETTINGS, 0, 0)
      .frame(SETTINGS, ACK, 0)
      .headers(3, [[':status', '201']])
      .frame(DATA, 0, 3, Buffer.alloc(7))
      .frame(DATA, END_STREAM, 3, Buffer.alloc(8))
      .headers(1, [...ok, ['content-type', 'text/html']], END_HEADERS | END_STREAM);
    const connection = new Http2Connection();
    connection.pushClient(client.bytes(), 100);
    connection.pushServer(server.bytes(), 200);
    expect(connection.drain()).toEqual([
      {
        streamId: 3,
        request: {
          method: 'POST',
          scheme: 'https',
          authority: 'example.com',
          path: '/two',
          headers: [],
          trailers: [],
          headerBytes: 9 + 9, // 83 87 be (:authority from the table) + :path literal (6)
          bodyBytes: 10,
          startTs: 100,
          endTs: 100,
          ended: true,
        },
        response: {
          status: 201,
          headers: [],
          trailers: [],
          headerBytes: 9 + 5, // :status 201 literal
          bodyBytes: 15,
          startTs: 200,
          endTs: 200,
          ended: true,
        },
        complete: true,
      },
      {
        streamId: 1,
        request: {
          method: 'GET',
          scheme: 'https',
          authority: 'example.com',
          path: '/one',
          headers: [['accept', '*/*']],
          trailers: [],
          headerBytes: 9 + 26, // 82 87 + :authority (13) + :path (6) + accept (5)
          bodyBytes: 0,
          startTs: 100,
          endTs: 100,
          ended: true,
        },
        response: {
          status: 200,
          headers: [['content-type', 'text/html']],
          trailers: [],
          headerBytes: 9 + 12, // 88 + content-type literal (11)
          bodyBytes: 0,
          startTs: 200,
          endTs: 200,
          ended: true,
        },
        complete: true,
      },
    ]);
    expect(connection.drain()).toEqual([]);
    expect(connection.stats).toEqual({ frames: 10, invalidFrames: 0, hpackErrors: 0, gaps: 0 });
  });

  it('assembles HEADERS + CONTINUATION, skipping padding and priority fields', () => {
    const client = new Peer(true);
    const block = client.encoder.encode(get('/continued', [['x-long', 'v'.repeat(100)]]));
    const padded = Buffer.concat([
      Buffer.from([3]),
      u32(0x80000001),
      Buffer.from([200]),
      block.subarray(0, 10),
      Buffer.alloc(3),
    ]);
    client
      .frame(HEADERS, PADDED | FrameFlag.PRIORITY | END_STREAM, 1, padded)
      .frame(CONTINUATION, 0, 1, block.subarray(10, 50))
      .frame(CONTINUATION, END_HEADERS, 1, block.subarray(50));
    const server = new Peer(false).headers(1, ok, END_HEADERS | END_STREAM);
    const [exchange] = run(client, server).drain();
    expect(exchange?.request.path).toBe('/continued');
    expect(exchange?.request.headers).toEqual([['x-long', 'v'.repeat(100)]]);
    expect(exchange?.request.headerBytes).toBe(27 + padded.length + block.length - 10);
    expect(exchange?.complete).toBe(true);
  });

  it('counts DATA without padding, and refuses padding longer than the frame', () => {
    const client = new Peer(true).headers(1, get('/'));
    client.frame(DATA, PADDED, 1, Buffer.concat([Buffer.from([4]), Buffer.alloc(6), Buffer.alloc(4)]));
    client.frame(DATA, PADDED, 1, Buffer.from([5, 0, 0]));
    client.frame(DATA, PADDED | END_STREAM, 1, Buffer.from([0]));
    const server = new Peer(false)
      .headers(1, ok)
      .frame(DATA, END_STREAM | PADDED, 1, Buffer.from([1, 9, 9, 0]));
    const connection = run(client, server);
    const [exchange] = connection.drain();
    expect(exchange?.request.bodyBytes).toBe(6);
    expect(exchange?.response?.bodyBytes).toBe(2);
    expect(connection.stats.invalidFrames).toBe(1);
  });

  it('ignores PING, WINDOW_UPDATE, PRIORITY and unknown frame types', () => {
    const client = new Peer(true)
      .frame(PING, 0, 0, Buffer.alloc(8))
      .frame(WINDOW_UPDATE, 0, 0, u32(1000))
      .headers(1, get('/'), END_HEADERS | END_STREAM)
      .frame(PRIORITY, 0, 1, Buffer.alloc(5))
      .frame(WINDOW_UPDATE, 0, 1, u32(5))
      .frame(0xfa, 0xff, 1, Buffer.alloc(30));
    const server = new Peer(false)
      .frame(PING, ACK, 0, Buffer.alloc(8))
      .headers(1, ok, END_HEADERS | END_STREAM);
    const connection = run(client, server);
    expect(connection.drain().map((e) => [e.request.path, e.response?.status, e.complete])).toEqual([
      ['/', 200, true],
    ]);
    expect(connection.stats).toEqual({ frames: 8, invalidFrames: 0, hpackErrors: 0, gaps: 0 });
  });

  it('reads trailers, 1xx responses and gRPC names and status', () => {
    const client = new Peer(true)
      .headers(1, [
        [':method', 'POST'],
        [':scheme', 'http'],
        [':path', '/grpc.health.v1.Health/Check'],
        [':authority', 'svc:50051'],
        ['content-type', 'application/grpc'],
      ])
      .frame(DATA, END_STREAM, 1, Buffer.alloc(5));
    const server = new Peer(false)
      .headers(1, [[':status', '100']])
      .headers(1, [...ok, ['content-type', 'application/grpc']])
      .frame(DATA, 0, 1, Buffer.alloc(12))
      .headers(
        1,
        [
          ['grpc-status', '14'],
          ['grpc-message', 'unavailable%3A%20try%20later'],
        ],
        END_HEADERS | END_STREAM,
      );
    const [exchange] = run(client, server).drain();
    expect(exchange?.response?.status).toBe(200);
    expect(exchange?.response?.headers).toEqual([['content-type', 'application/grpc']]);
    expect(exchange?.response?.trailers).toEqual([
      ['grpc-status', '14'],
      ['grpc-message', 'unavailable%3A%20try%20later'],
    ]);
    expect(exchange?.grpc).toEqual({
      service: 'grpc.health.v1.Health',
      method: 'Check',
      status: 14,
      message: 'unavailable: try later',
    });
    expect(exchange?.complete).toBe(true);
  });

  it('records RST_STREAM from either side and finishes the exchange', () => {
    const client = new Peer(true).headers(1, get('/a')).headers(3, get('/b')).frame(RST_STREAM, 0, 1, u32(8));
    const server = new Peer(false).headers(3, ok).frame(RST_STREAM, 0, 3, u32(2));
    const exchanges = run(client, server).drain();
    expect(exchanges.map((e) => [e.streamId, e.reset, e.complete])).toEqual([
      [1, { errorCode: 8, by: 'client' }, false],
      [3, { errorCode: 2, by: 'server' }, false],
    ]);
  });

  it('counts a full response followed by RST_STREAM(NO_ERROR) as complete', () => {
    const client = new Peer(true).headers(1, get('/upload')).frame(DATA, 0, 1, Buffer.alloc(3));
    const server = new Peer(false)
      .headers(1, [[':status', '413']], END_HEADERS | END_STREAM)
      .frame(RST_STREAM, 0, 1, u32(0));
    const [exchange] = run(client, server).drain();
    expect([exchange?.response?.status, exchange?.reset, exchange?.complete]).toEqual([
      413,
      { errorCode: 0, by: 'server' },
      true,
    ]);
  });

  it('keeps GOAWAY and flushes the client streams it refused', () => {
    const client = new Peer(true)
      .headers(1, get('/a'), END_HEADERS | END_STREAM)
      .headers(3, get('/b'), END_HEADERS | END_STREAM);
    const server = new Peer(false).frame(
      GOAWAY,
      0,
      0,
      Buffer.concat([u32(1, 11), Buffer.from('debug data')]),
    );
    const connection = run(client, server);
    expect(connection.goaway).toEqual({ lastStreamId: 1, errorCode: 11 });
    expect(connection.drain().map((e) => [e.streamId, e.complete])).toEqual([[3, false]]);
    connection.close(9);
    expect(connection.drain().map((e) => [e.streamId, e.request.path, e.response, e.complete])).toEqual([
      [1, '/a', undefined, false],
    ]);
  });

  it('decodes PUSH_PROMISE blocks so later blocks that reference their entries decode', () => {
    const client = new Peer(true)
      .headers(1, get('/page'), END_HEADERS | END_STREAM)
      .headers(3, get('/next'), END_HEADERS | END_STREAM);
    const server = new Peer(false);
    const promised: HeaderField[] = [
      ...get('/style.css'),
      ['x-promised', 'a value only the promise inserts'],
    ];
    server.frame(
      PUSH_PROMISE,
      END_HEADERS | PADDED,
      1,
      Buffer.concat([Buffer.from([2]), u32(2), server.encoder.encode(promised), Buffer.alloc(2)]),
    );
    server.headers(2, ok).frame(DATA, END_STREAM, 2, Buffer.alloc(4));
    server.headers(1, ok, END_HEADERS | END_STREAM);
    server.headers(3, [...ok, ['x-promised', 'a value only the promise inserts']], END_HEADERS | END_STREAM);
    const connection = run(client, server);
    expect(
      connection.drain().map((e) => [e.streamId, e.request.path, e.response?.headers, e.complete]),
    ).toEqual([
      [1, '/page', [], true],
      [3, '/next', [['x-promised', 'a value only the promise inserts']], true],
    ]);
    expect(connection.stats.hpackErrors).toBe(0);
  });

  it('follows SETTINGS_HEADER_TABLE_SIZE for the other side', () => {
    const build = (limit: number): Http2Connection => {
      const client = new Peer(true)
        .frame(SETTINGS, 0, 0, setting(1, limit))
        .headers(1, get('/'), END_HEADERS | END_STREAM);
      const server = new Peer(false);
      server.encoder.setMaxTableSize(10_000);
      server.headers(1, [...ok, ['x-big', 'b'.repeat(6000)]], END_HEADERS | END_STREAM);
      return run(client, server);
    };
    const allowed = build(10_000);
    expect(allowed.drain()[0]?.response?.headers).toEqual([['x-big', 'b'.repeat(6000)]]);
    const refused = build(4096);
    expect(refused.stats.hpackErrors).toBe(1);
    expect(refused.drain()[0]?.complete).toBe(false);
  });

  it('treats frames a peer could not send as lost sync: interleaved blocks, stray CONTINUATION, DATA on stream 0', () => {
    const client = new Peer(true);
    const block = client.encoder.encode(get('/split'));
    client.frame(HEADERS, END_STREAM, 1, block.subarray(0, 5)).frame(PING, 0, 0, Buffer.alloc(8));
    client.frame(CONTINUATION, END_HEADERS, 1, block.subarray(5)).frame(DATA, 0, 0, Buffer.alloc(1));
    const connection = run(client, new Peer(false));
    connection.close(3);
    expect(connection.drain().map((e) => [e.streamId, e.request.path, e.complete])).toEqual([[1, '', false]]);
    expect(connection.stats.invalidFrames).toBe(3);
  });

  it('refuses header blocks over the cap without buffering them', () => {
    const client = new Peer(true);
    const huge = client.encoder.encode(get('/huge', [['x-huge', 'h'.repeat(MAX_HEADER_BLOCK_SIZE)]]), {
      indexing: 'none',
    });
    client.frame(HEADERS, 0, 1, huge.subarray(0, 16_000));
    for (let offset = 16_000; offset < huge.length; offset += 16_000) {
      client.frame(
        CONTINUATION,
        offset + 16_000 >= huge.length ? END_HEADERS : 0,
        1,
        huge.subarray(offset, offset + 16_000),
      );
    }
    client.headers(3, get('/small'), END_HEADERS | END_STREAM);
    const connection = new Http2Connection();
    const bytes = client.bytes();
    let maxBuffered = 0;
    for (let offset = 0; offset < bytes.length; offset += 4096) {
      connection.pushClient(bytes.subarray(offset, offset + 4096), offset);
      maxBuffered = Math.max(maxBuffered, connection.bufferedBytes);
    }
    connection.close(0);
    expect(maxBuffered).toBeLessThanOrEqual(MAX_HEADER_BLOCK_SIZE + 16_000);
    expect(connection.stats.invalidFrames).toBe(1);
    // The table state is lost with the refused block, but /small uses no dynamic entries.
    expect(connection.drain().map((e) => [e.streamId, e.request.path, e.complete])).toEqual([
      [1, '', false],
      [3, '/small', false],
    ]);
  });

  it('resyncs after a client stream that lacks the preface', () => {
    const client = new Peer(false)
      .headers(1, get('/mid'), END_HEADERS | END_STREAM, { indexing: 'none' })
      .frame(PING, 0, 0, Buffer.alloc(8));
    const connection = new Http2Connection();
    connection.pushClient(Buffer.concat([Buffer.from('GET / HTTP/1.1\r\n\r\n'), client.bytes()]), 1);
    connection.close(2);
    expect(connection.stats.invalidFrames).toBe(1);
    expect(connection.drain().map((e) => [e.request.method, e.request.path, e.complete])).toEqual([
      ['GET', '/mid', false],
    ]);
  });
});

describe('gaps', () => {
  const largeUpload = (): { client: Peer; server: Peer } => {
    const client = new Peer(true).headers(1, get('/upload', [['x-token', 'secret-token-value']]));
    for (let i = 0; i < 8; i++) client.frame(DATA, 0, 1, Buffer.alloc(16_384, i));
    client.frame(DATA, END_STREAM, 1, Buffer.alloc(100));
    // The second request repeats x-token: a reference into the client's dynamic table.
    client.headers(3, get('/after', [['x-token', 'secret-token-value']]), END_HEADERS | END_STREAM);
    const server = new Peer(false)
      .headers(1, ok, END_HEADERS | END_STREAM)
      .headers(3, ok, END_HEADERS | END_STREAM);
    return { client, server };
  };

  it('loses nothing when a gap falls inside a DATA payload', () => {
    const { client, server } = largeUpload();
    const bytes = client.bytes();
    const gapStart = 24 + client.frames[1]!.length + 9 + 100; // inside the first DATA payload
    const connection = new Http2Connection();
    connection.pushClient(bytes.subarray(0, gapStart), 1);
    connection.clientGap(16_000, 2);
    connection.pushClient(bytes.subarray(gapStart + 16_000), 3);
    connection.pushServer(server.bytes(), 4);
    const exchanges = connection.drain();
    expect(exchanges.map((e) => [e.request.path, e.request.bodyBytes, e.complete])).toEqual([
      ['/upload', 8 * 16_384 + 100, true],
      ['/after', 0, true],
    ]);
    expect(connection.stats).toMatchObject({ gaps: 1, invalidFrames: 0, hpackErrors: 0 });
  });

  it('after a gap over frame headers, resyncs and reports what it cannot know instead of guessing', () => {
    const { client, server } = largeUpload();
    const bytes = client.bytes();
    const gapStart = 24 + client.frames[1]!.length + 9 + 100;
    const gapLength = 40_000; // ends inside the fourth DATA frame
    const connection = new Http2Connection();
    connection.pushClient(bytes.subarray(0, gapStart), 1);
    connection.clientGap(gapLength, 2);
    connection.pushClient(bytes.subarray(gapStart + gapLength), 3);
    connection.pushServer(server.bytes(), 4);
    connection.close(5);
    const exchanges = connection.drain();
    expect(exchanges.map((e) => [e.streamId, e.request.path, e.response?.status, e.complete])).toEqual([
      [1, '/upload', 200, false],
      [3, '/after', 200, false],
    ]);
    // x-token came from the dynamic table, which the gap made unknown: left out, not guessed.
    expect(exchanges[1]?.request.headers).toEqual([]);
    expect(exchanges[1]?.request.authority).toBe('');
    expect(connection.stats.gaps).toBe(1);
  });

  it('after a gap inside a header block, marks that exchange and the unknown fields', () => {
    const { client, server } = largeUpload();
    const bytes = client.bytes();
    const connection = new Http2Connection();
    connection.pushClient(bytes.subarray(0, 24 + 9 + 3), 1);
    connection.clientGap(5, 2);
    connection.pushClient(bytes.subarray(24 + 9 + 3 + 5), 3);
    connection.pushServer(server.bytes(), 4);
    const exchanges = connection.drain();
    expect(exchanges.map((e) => [e.request.path, e.request.bodyBytes, e.complete])).toEqual([
      ['', 8 * 16_384 + 100, false],
      ['/after', 0, false],
    ]);
  });
});

describe('garbage', () => {
  const input = fc.array(
    fc.oneof(
      fc.record({ side: fc.constantFrom('client', 'server'), bytes: fc.uint8Array({ maxLength: 600 }) }),
      fc.record({ side: fc.constantFrom('client', 'server'), gap: fc.integer({ min: -5, max: 70_000 }) }),
    ),
    { maxLength: 40 },
  );

  it('never throws, never buffers without bound, and drains only well-formed exchanges', () => {
    fc.assert(
      fc.property(input, fc.boolean(), (steps, withPreface) => {
        const connection = new Http2Connection();
        if (withPreface) connection.pushClient(CLIENT_PREFACE, 0);
        steps.forEach((step, ts) => {
          if ('bytes' in step) {
            const data = Buffer.from(step.bytes);
            if (step.side === 'client') connection.pushClient(data, ts);
            else connection.pushServer(data, ts);
          } else if (step.side === 'client') connection.clientGap(step.gap, ts);
          else connection.serverGap(step.gap, ts);
          expect(connection.bufferedBytes).toBeLessThanOrEqual(
            2 * (2 * MAX_HEADER_BLOCK_SIZE + 16_402 + 600),
          );
        });
        connection.close(steps.length);
        for (const exchange of connection.drain()) {
          expect(exchange.streamId % 2).toBe(1);
          expect(typeof exchange.complete).toBe('boolean');
        }
      }),
      { numRuns: fuzzRuns },
    );
  });

  it('never throws on mutated real-looking streams', () => {
    const client = new Peer(true).headers(1, get('/x', [['a', 'b']]), END_HEADERS | END_STREAM, {
      huffman: true,
    });
    const server = new Peer(false).headers(1, ok, END_HEADERS | END_STREAM, { huffman: true });
    const clientBytes = client.bytes();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        (mutations) => {
          const mutated = Buffer.from(clientBytes);
          for (const [position, value] of mutations) mutated[position % mutated.length] = value;
          const connection = new Http2Connection();
          connection.pushClient(mutated, 1);
          connection.pushServer(server.bytes(), 2);
          connection.close(3);
          for (const exchange of connection.drain()) {
            if (exchange.complete) expect(exchange.request.method.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: fuzzRuns },
    );
  });
});
