// Real bytes: node's http2 client and server (nghttp2) talk through a proxy that tees each direction.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import http2 from 'node:http2';
import net from 'node:net';
import { once } from 'node:events';
import { Http2Connection, type Http2Exchange } from './connection.js';

interface Chunk {
  side: 'client' | 'server';
  data: Buffer;
}

const fuzzRuns = Number(process.env.FUZZ_RUNS ?? 30);

/** Runs `scenario` against `handler` and returns every byte each side wrote, in arrival order. */
async function capture(
  handler: (stream: http2.ServerHttp2Stream, headers: http2.IncomingHttpHeaders) => void,
  scenario: (session: http2.ClientHttp2Session) => Promise<void>,
  options: { server?: http2.ServerOptions; client?: http2.ClientSessionOptions } = {},
): Promise<{ chunks: Chunk[]; authority: string }> {
  const server = http2.createServer(options.server ?? {});
  server.on('stream', handler);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const chunks: Chunk[] = [];
  const proxy = net.createServer((downstream) => {
    const upstream = net.connect((server.address() as net.AddressInfo).port, '127.0.0.1');
    downstream.on('data', (data: Buffer) => {
      chunks.push({ side: 'client', data });
      upstream.write(data);
    });
    upstream.on('data', (data: Buffer) => {
      chunks.push({ side: 'server', data });
      downstream.write(data);
    });
    downstream.on('end', () => upstream.end());
    upstream.on('end', () => downstream.end());
    downstream.on('error', () => upstream.destroy());
    upstream.on('error', () => downstream.destroy());
  });
  proxy.listen(0, '127.0.0.1');
  await once(proxy, 'listening');
  const authority = `127.0.0.1:${(proxy.address() as net.AddressInfo).port}`;
  const session = http2.connect(`http://${authority}`, options.client ?? {});
  await scenario(session);
  session.close();
  await once(session, 'close');
  // Let the last bytes (GOAWAY) cross the proxy.
  await new Promise((resolve) => setTimeout(resolve, 50));
  proxy.close();
  await new Promise((resolve) => server.close(resolve));
  return { chunks, authority };
}

function feed(chunks: Chunk[]): { connection: Http2Connection; exchanges: Http2Exchange[] } {
  const connection = new Http2Connection();
  chunks.forEach(({ side, data }, i) => {
    if (side === 'client') connection.pushClient(data, i);
    else connection.pushServer(data, i);
  });
  connection.close(chunks.length);
  return { connection, exchanges: connection.drain().sort((a, b) => a.streamId - b.streamId) };
}

/** A request: its headers (regular ones), body size and what the server answers. */
function requestHeaders(i: number): Array<[string, string]> {
  const headers: Array<[string, string]> = [];
  for (let h = 0; h < 24; h++) {
    // Shared values get indexed and reused, unique ones push older entries out of the table.
    const shared = h % 3 === 0;
    headers.push([
      `x-header-${h}`,
      shared ? `shared value ${h} ${'s'.repeat(h * 5)}` : `request ${i} header ${h} ${'~'.repeat(i + h * 7)}`,
    ]);
  }
  headers.push(['user-agent', 'egress-lens-test/1.0 (with spaces; and "quotes")']);
  return headers;
}

function responseBody(path: string): number {
  return Number(/size=(\d+)/.exec(path)?.[1] ?? 0);
}

function handle(stream: http2.ServerHttp2Stream, headers: http2.IncomingHttpHeaders): void {
  const path = headers[':path'] ?? '';
  stream.on('error', () => {});
  if (path === '/hang') return;
  if (path.startsWith('/pkg.Greeter/')) {
    stream.resume();
    stream.on('end', () => {
      if (path.endsWith('/Fail')) {
        stream.respond(
          {
            ':status': 200,
            'content-type': 'application/grpc',
            'grpc-status': '7',
            'grpc-message': 'denied',
          },
          { endStream: true },
        );
        return;
      }
      stream.respond({ ':status': 200, 'content-type': 'application/grpc+proto' }, { waitForTrailers: true });
      stream.on('wantTrailers', () =>
        stream.sendTrailers({ 'grpc-status': '5', 'grpc-message': 'not%20found: caf%C3%A9' }),
      );
      stream.end(Buffer.from([0, 0, 0, 0, 3, 1, 2, 3]));
    });
    return;
  }
  if (path === '/pushes') {
    stream.pushStream(
      { ':path': '/pushed.css', 'x-pushed': 'yes, a pushed header value' },
      (error, pushed) => {
        if (!error) {
          pushed.on('error', () => {});
          pushed.respond({ ':status': 200, 'x-pushed-response': 'p'.repeat(300) });
          pushed.end('body { }');
        }
      },
    );
  }
  let received = 0;
  stream.on('data', (data: Buffer) => (received += data.length));
  stream.on('end', () => {
    const size = responseBody(path);
    stream.respond(
      {
        ':status': path.includes('missing') ? 404 : 200,
        'x-received': String(received),
        'x-echo-path': path,
        'content-type': 'text/plain',
      },
      { waitForTrailers: path.includes('trailers') },
    );
    stream.on('wantTrailers', () => stream.sendTrailers({ 'x-checksum': `sum-${received}` }));
    stream.end(Buffer.alloc(size, 0x61));
  });
}

interface Sent {
  path: string;
  method: string;
  body: number;
}

function send(session: http2.ClientHttp2Session, sent: Sent, index: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = session.request(
      { ':method': sent.method, ':path': sent.path, ...Object.fromEntries(requestHeaders(index)) },
      { endStream: sent.body === 0 },
    );
    request.on('response', () => {});
    request.resume();
    request.on('end', () => resolve());
    request.on('error', reject);
    if (sent.body > 0) request.end(Buffer.alloc(sent.body, 0x62));
  });
}

const plan: Sent[] = [
  { method: 'GET', path: '/a?size=10', body: 0 },
  { method: 'POST', path: '/upload?size=3', body: 200_000 },
  { method: 'GET', path: '/missing/page', body: 0 },
  { method: 'PUT', path: '/with-trailers?size=70000', body: 5 },
  ...Array.from({ length: 20 }, (_, i) => ({
    method: 'GET',
    path: `/concurrent/${i}?size=${i * 1000}`,
    body: 0,
  })),
];

function expectPlanned(exchanges: Http2Exchange[], authority: string, first: number): void {
  plan.forEach((sent, i) => {
    const exchange = exchanges[first + i]!;
    expect(exchange.complete).toBe(true);
    expect(exchange.request).toMatchObject({
      method: sent.method,
      path: sent.path,
      scheme: 'http',
      authority,
    });
    expect(exchange.request.headers).toEqual(requestHeaders(i));
    expect(exchange.request.bodyBytes).toBe(sent.body);
    expect(exchange.request.ended).toBe(true);
    expect(exchange.response?.status).toBe(sent.path.includes('missing') ? 404 : 200);
    expect(exchange.response?.headers.filter(([name]) => name !== 'date')).toEqual([
      ['x-received', String(sent.body)],
      ['x-echo-path', sent.path],
      ['content-type', 'text/plain'],
    ]);
    expect(exchange.response?.bodyBytes).toBe(responseBody(sent.path));
    expect(exchange.response?.trailers).toEqual(
      sent.path.includes('trailers') ? [['x-checksum', `sum-${sent.body}`]] : [],
    );
    expect(exchange.grpc).toBeUndefined();
  });
}

let mixed: { chunks: Chunk[]; authority: string };

beforeAll(async () => {
  mixed = await capture(handle, async (session) => {
    // Sequential first (table fills and evicts in a known order), then all at once.
    for (const [i, sent] of plan.slice(0, 4).entries()) await send(session, sent, i);
    await Promise.all(plan.slice(4).map((sent, i) => send(session, sent, i + 4)));
  });
});

describe('node http2 captured bytes', () => {
  it('decodes sequential and concurrent exchanges with large, evicting, Huffman-coded headers', () => {
    const { connection, exchanges } = feed(mixed.chunks);
    expect(exchanges.map((e) => e.streamId)).toEqual(plan.map((_, i) => 2 * i + 1));
    expectPlanned(exchanges, mixed.authority, 0);
    expect(connection.stats).toMatchObject({ invalidFrames: 0, hpackErrors: 0, gaps: 0 });
    // The server's GOAWAY answering the client's close names the last stream it processed.
    expect(connection.goaway).toEqual({ lastStreamId: 2 * plan.length - 1, errorCode: 0 });
  });

  it('decodes gRPC-shaped exchanges, with trailers and trailers-only', async () => {
    const grpc = await capture(handle, async (session) => {
      for (const method of ['SayHello', 'Fail']) {
        await new Promise<void>((resolve, reject) => {
          const request = session.request({
            ':method': 'POST',
            ':path': `/pkg.Greeter/${method}`,
            'content-type': 'application/grpc',
            te: 'trailers',
          });
          request.resume();
          request.on('end', resolve);
          request.on('error', reject);
          request.end(Buffer.from([0, 0, 0, 0, 2, 8, 1]));
        });
      }
    });
    const { exchanges } = feed(grpc.chunks);
    expect(exchanges).toHaveLength(2);
    expect(exchanges[0]!.grpc).toEqual({
      service: 'pkg.Greeter',
      method: 'SayHello',
      status: 5,
      message: 'not found: café',
    });
    expect(exchanges[0]!.response?.trailers).toEqual([
      ['grpc-status', '5'],
      ['grpc-message', 'not%20found: caf%C3%A9'],
    ]);
    expect(exchanges[0]!.request.bodyBytes).toBe(7);
    expect(exchanges[0]!.response?.bodyBytes).toBe(8);
    expect(exchanges[0]!.complete).toBe(true);
    expect(exchanges[1]!.grpc).toEqual({
      service: 'pkg.Greeter',
      method: 'Fail',
      status: 7,
      message: 'denied',
    });
    expect(exchanges[1]!.response?.ended).toBe(true);
    expect(exchanges[1]!.complete).toBe(true);
  });

  it('records a client reset and keeps HPACK right across a server push', async () => {
    const captured = await capture(handle, async (session) => {
      const hanging = session.request({ ':path': '/hang' });
      hanging.on('error', () => {});
      await new Promise((resolve) => setTimeout(resolve, 20));
      hanging.close(http2.constants.NGHTTP2_CANCEL);
      session.on('stream', (pushed) => pushed.resume());
      await send(session, { method: 'GET', path: '/pushes?size=5', body: 0 }, 0);
      await send(session, { method: 'GET', path: '/after-push?size=6', body: 0 }, 1);
    });
    const { connection, exchanges } = feed(captured.chunks);
    expect(
      exchanges.map((e) => [e.streamId, e.request.path, e.response?.status, e.reset, e.complete]),
    ).toEqual([
      [1, '/hang', undefined, { errorCode: 8, by: 'client' }, false],
      [3, '/pushes?size=5', 200, undefined, true],
      [5, '/after-push?size=6', 200, undefined, true],
    ]);
    expect(exchanges[2]!.request.headers).toEqual(requestHeaders(1));
    expect(connection.stats.hpackErrors).toBe(0);
  });

  it('follows SETTINGS_HEADER_TABLE_SIZE both ways', async () => {
    const captured = await capture(
      handle,
      async (session) => {
        for (const [i, sent] of plan.slice(0, 4).entries()) await send(session, sent, i);
      },
      {
        server: { settings: { headerTableSize: 256 }, maxDeflateDynamicTableSize: 65536 },
        client: { settings: { headerTableSize: 65536 } },
      },
    );
    const { connection, exchanges } = feed(captured.chunks);
    expect(exchanges).toHaveLength(4);
    exchanges.forEach((exchange, i) => {
      expect(exchange.request.headers).toEqual(requestHeaders(i));
      expect(exchange.response?.headers.find(([name]) => name === 'x-echo-path')?.[1]).toBe(plan[i]!.path);
      expect(exchange.complete).toBe(true);
    });
    expect(connection.stats.hpackErrors).toBe(0);
  });
});

describe('properties of captured bytes', () => {
  const summary = (exchanges: Http2Exchange[]): unknown =>
    JSON.stringify(
      exchanges.map((e) => ({
        ...e,
        request: { ...e.request, startTs: 0, endTs: 0 },
        response: e.response && { ...e.response, startTs: 0, endTs: 0 },
      })),
    );

  it('decodes identically however the bytes are split into chunks', () => {
    const whole = summary(feed(mixed.chunks).exchanges);
    const client = Buffer.concat(mixed.chunks.filter((c) => c.side === 'client').map((c) => c.data));
    const server = Buffer.concat(mixed.chunks.filter((c) => c.side === 'server').map((c) => c.data));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 50 }), (sizes) => {
        // Client bytes first, then server bytes: the order the kernel reports them in across
        // directions does not matter here since every request precedes its response.
        const chunks: Chunk[] = [];
        for (const [side, bytes] of [
          ['client', client],
          ['server', server],
        ] as const) {
          for (let offset = 0, i = 0; offset < bytes.length; i++) {
            const size = sizes[i % sizes.length]!;
            chunks.push({ side, data: bytes.subarray(offset, offset + size) });
            offset += size;
          }
        }
        expect(summary(feed(chunks).exchanges)).toBe(whole);
      }),
      { numRuns: fuzzRuns },
    );
  });
});

describe('gaps in captured bytes', () => {
  const stripTimes = (exchange: Http2Exchange): unknown => ({
    ...exchange,
    request: { ...exchange.request, startTs: 0, endTs: 0 },
    response: exchange.response && { ...exchange.response, startTs: 0, endTs: 0 },
  });
  /** Differences that would be wrong values (as opposed to missing ones), as readable strings. */
  const wrongValues = (exchange: Http2Exchange, expected: Http2Exchange): string[] => {
    const wrong: string[] = [];
    const check = (what: string, value: unknown, truth: unknown, empty: unknown): void => {
      if (value !== empty && value !== truth)
        wrong.push(`${what}: ${String(value)} instead of ${String(truth)}`);
    };
    const checkFields = (
      what: string,
      part: Array<[string, string]>,
      whole: Array<[string, string]> = [],
    ): void => {
      const known = new Set(whole.map((field) => field.join('\n')));
      for (const field of part) if (!known.has(field.join('\n'))) wrong.push(`${what}: ${field.join(': ')}`);
    };
    const { request, response } = exchange;
    check('method', request.method, expected.request.method, '');
    check('path', request.path, expected.request.path, '');
    check('authority', request.authority, expected.request.authority, '');
    checkFields('request header', request.headers, expected.request.headers);
    if (request.bodyBytes > expected.request.bodyBytes) wrong.push(`request body ${request.bodyBytes}`);
    if (response !== undefined) {
      check('status', response.status, expected.response?.status, 0);
      checkFields('response header', response.headers, expected.response?.headers);
      checkFields('trailer', response.trailers, expected.response?.trailers);
      if (response.bodyBytes > (expected.response?.bodyBytes ?? 0))
        wrong.push(`response body ${response.bodyBytes}`);
    }
    return wrong;
  };

  it('a gap anywhere loses information but never yields a wrong value', () => {
    const truth = new Map(feed(mixed.chunks).exchanges.map((e) => [e.streamId, e]));
    const streams = {
      client: Buffer.concat(mixed.chunks.filter((c) => c.side === 'client').map((c) => c.data)),
      server: Buffer.concat(mixed.chunks.filter((c) => c.side === 'server').map((c) => c.data)),
    };
    fc.assert(
      fc.property(
        fc.constantFrom('client' as const, 'server' as const),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 150_000 }),
        // Small chunks are the split property's business; here they would only make runs slow.
        fc.integer({ min: 1024, max: 70_000 }),
        (side, where, gapLength, chunkSize) => {
          const bytes = streams[side];
          const gapStart = Math.floor(where * bytes.length);
          const connection = new Http2Connection();
          let ts = 0;
          const push = (s: 'client' | 'server', data: Buffer): void => {
            for (let offset = 0; offset < data.length; offset += chunkSize) {
              const chunk = data.subarray(offset, offset + chunkSize);
              if (s === 'client') connection.pushClient(chunk, ts++);
              else connection.pushServer(chunk, ts++);
            }
          };
          const other = side === 'client' ? 'server' : 'client';
          if (side === 'server') push('client', streams.client);
          push(side, bytes.subarray(0, gapStart));
          if (side === 'client') connection.clientGap(gapLength, ts++);
          else connection.serverGap(gapLength, ts++);
          push(side, bytes.subarray(gapStart + gapLength));
          if (side === 'client') push(other, streams[other]);
          connection.close(ts);
          for (const exchange of connection.drain()) {
            const expected = truth.get(exchange.streamId);
            expect(expected).toBeDefined();
            if (expected === undefined) continue;
            if (exchange.complete) expect(stripTimes(exchange)).toEqual(stripTimes(expected));
            expect(wrongValues(exchange, expected)).toEqual([]);
          }
        },
      ),
      { numRuns: fuzzRuns * 3 },
    );
  });
});
