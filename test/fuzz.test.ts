// Fuzzing every parser the capture feeds with bytes it does not control, and the policy loader: random
// input and mutations of real input, cut at random places with random gaps. Whatever comes in, the
// public API must not throw, must not hang and must not buffer without bound.
// Short in CI; a long run on demand: FUZZ_RUNS=100000 npx vitest run test/fuzz.test.ts
import { connect } from 'node:tls';
import { createServer, type AddressInfo } from 'node:net';
import dnsPacket from 'dns-packet';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDnsMessage } from '../src/protocols/dns/parse.js';
import { HpackDecoder, MAX_TRACKED_TABLE_SIZE } from '../src/protocols/hpack/decoder.js';
import { HpackEncoder } from '../src/protocols/hpack/encoder.js';
import { HEADER_BLOCK_LIMIT } from '../src/protocols/http1/parse.js';
import { Http1Connection } from '../src/protocols/http1/stitch.js';
import { Http2Connection } from '../src/protocols/http2/connection.js';
import { CLIENT_PREFACE, encodeFrame, FrameFlag, FrameType } from '../src/protocols/http2/frames.js';
import { parseClientHello } from '../src/protocols/tls/parse.js';
import { parsePolicy } from '../src/policy/load.js';
import { makeCert } from './support/certs.js';

const numRuns = Number(process.env.FUZZ_RUNS ?? 200);
/** Far above any honest case (a few ms): a parser that loops or goes quadratic on a bad input trips it. */
const CASE_BUDGET_MS = 500;
const FUZZ_TIMEOUT_MS = Math.max(60_000, numRuns * 50);

/** Runs `body` and fails if it took longer than the per-case budget. */
function bounded<T>(body: () => T): T {
  const started = performance.now();
  const result = body();
  const took = performance.now() - started;
  if (took > CASE_BUDGET_MS) throw new Error(`one case took ${took.toFixed(0)} ms`);
  return result;
}

// ---- mutations ---------------------------------------------------------------------------

type Mutation =
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'repeat'; at: number; length: number; times: number }
  | { kind: 'truncate'; at: number };

const position = fc.nat({ max: 1 << 16 });
const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: position, value: fc.nat({ max: 255 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: position, bytes: fc.uint8Array({ maxLength: 16 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.nat({ max: 16 }) }),
  fc.record({
    kind: fc.constant('repeat' as const),
    at: position,
    length: fc.integer({ min: 1, max: 64 }),
    times: fc.integer({ min: 1, max: 64 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
);

function mutate(seed: Buffer, mutations: Mutation[]): Buffer {
  let out = seed;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % (out.length + 1);
    switch (m.kind) {
      case 'flip':
        if (at < out.length)
          out = Buffer.concat([out.subarray(0, at), Buffer.from([m.value]), out.subarray(at + 1)]);
        break;
      case 'insert':
        out = Buffer.concat([out.subarray(0, at), m.bytes, out.subarray(at)]);
        break;
      case 'delete':
        out = Buffer.concat([out.subarray(0, at), out.subarray(at + m.length)]);
        break;
      case 'repeat': {
        const piece = out.subarray(at, at + m.length);
        out = Buffer.concat([out.subarray(0, at), ...Array<Buffer>(m.times).fill(piece), out.subarray(at)]);
        break;
      }
      case 'truncate':
        out = out.subarray(0, at);
        break;
    }
  }
  return out;
}

/** Random bytes, or a mutated seed: most bugs live near valid input. */
function inputFrom(seeds: () => Buffer[]): fc.Arbitrary<Buffer> {
  return fc.oneof(
    fc.uint8Array({ maxLength: 2048 }).map((bytes) => Buffer.from(bytes)),
    fc
      .tuple(fc.nat(), fc.array(mutationArbitrary, { minLength: 1, maxLength: 6 }))
      .map(([pick, mutations]) => {
        const all = seeds();
        return mutate(all[pick % all.length] as Buffer, mutations);
      }),
  );
}

/** The input cut into pieces, some of them lost (a gap of their length), as a capture delivers it. */
type Piece = { data: Buffer } | { gap: number };
const cutsArbitrary = fc.array(fc.record({ size: fc.integer({ min: 1, max: 300 }), lost: fc.boolean() }), {
  minLength: 1,
  maxLength: 12,
});

function cut(input: Buffer, cuts: { size: number; lost: boolean }[]): Piece[] {
  const pieces: Piece[] = [];
  let offset = 0;
  for (let i = 0; offset < input.length; i++) {
    const c = cuts[i % cuts.length] as { size: number; lost: boolean };
    const data = input.subarray(offset, offset + c.size);
    // Lose at most every other piece, never the first: the stream has to start somewhere.
    pieces.push(c.lost && i % 2 === 1 ? { gap: data.length } : { data });
    offset += data.length;
  }
  return pieces;
}

// ---- seeds -------------------------------------------------------------------------------

const http1Requests = [
  'GET /a?b=1 HTTP/1.1\r\nHost: example.com\r\nAccept: */*\r\n\r\n',
  'POST /upload HTTP/1.1\r\nHost: example.com\r\nContent-Length: 5\r\n\r\nhello',
  'PUT /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\nTrailer: t\r\n\r\n',
  'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n',
].map((text) => Buffer.from(text.repeat(2), 'latin1'));
const http1Responses = [
  'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok',
  'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n',
  'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n\x81\x00',
  'HTTP/1.0 304 Not Modified\r\n\r\n',
].map((text) => Buffer.from(text.repeat(2), 'latin1'));

function http2Seeds(): { client: Buffer[]; server: Buffer[] } {
  const requestHeaders = new HpackEncoder().encode([
    [':method', 'GET'],
    [':scheme', 'https'],
    [':authority', 'example.com'],
    [':path', '/pkg.Service/Method?x=1'],
    ['content-type', 'application/grpc'],
  ]);
  const responseHeaders = new HpackEncoder().encode([
    [':status', '200'],
    ['content-type', 'application/grpc'],
  ]);
  const settings = encodeFrame(FrameType.SETTINGS, 0, 0, Buffer.from([0, 1, 0, 0, 0x10, 0]));
  const client = Buffer.concat([
    CLIENT_PREFACE,
    settings,
    encodeFrame(FrameType.HEADERS, FrameFlag.END_HEADERS, 1, requestHeaders),
    encodeFrame(FrameType.DATA, FrameFlag.END_STREAM, 1, Buffer.from('body')),
    encodeFrame(FrameType.HEADERS, FrameFlag.END_HEADERS | FrameFlag.END_STREAM, 3, requestHeaders),
  ]);
  const server = Buffer.concat([
    settings,
    encodeFrame(FrameType.HEADERS, FrameFlag.END_HEADERS, 1, responseHeaders),
    encodeFrame(FrameType.DATA, FrameFlag.END_STREAM, 1, Buffer.from('reply')),
    encodeFrame(FrameType.HEADERS, FrameFlag.END_HEADERS | FrameFlag.END_STREAM, 3, responseHeaders),
  ]);
  return { client: [client], server: [server] };
}

/** Real ClientHellos, as node's OpenSSL writes them (with SNI and ALPN, and without). */
async function clientHellos(): Promise<Buffer[]> {
  const cert = await makeCert(['localhost']);
  const hellos: Buffer[] = [];
  for (const options of [{ servername: 'api.example.com', ALPNProtocols: ['h2', 'http/1.1'] }, {}]) {
    const server = createServer((socket) => {
      socket.once('data', (data: Buffer) => {
        hellos.push(data);
        socket.destroy();
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((done) => {
      const client = connect({ host: '127.0.0.1', port, ca: cert.cert, ...options }, () => done());
      client.on('error', () => done());
      client.on('close', () => done());
    });
    await new Promise<void>((done) => server.close(() => done()));
  }
  return hellos;
}

function dnsSeeds(): Buffer[] {
  return [
    dnsPacket.encode({
      type: 'query',
      id: 7,
      flags: dnsPacket.RECURSION_DESIRED,
      questions: [{ type: 'A', name: 'api.example.com' }],
    }),
    dnsPacket.encode({
      type: 'response',
      id: 7,
      flags: dnsPacket.RECURSION_DESIRED,
      questions: [{ type: 'AAAA', name: 'api.example.com' }],
      answers: [
        { type: 'CNAME', name: 'api.example.com', data: 'edge.example.net' },
        { type: 'AAAA', name: 'edge.example.net', data: '2001:db8::1' },
        { type: 'A', name: 'edge.example.net', data: '192.0.2.1' },
      ],
    }),
  ];
}

const policySeed = `# yaml-language-server: $schema=../policies/schema.json
extends: [github, npm]
allow:
  - host: api.example.com
    methods: [GET, POST]
    paths: ['/v1/**']
  - host: '*.internal.example.com'
    process: '**/terraform'
  - ip: 10.0.0.0/8
    port: 443
deny:
  - host: api.github.com
    paths: ['/repos/*/*/actions/secrets/**']
`;

// ---- the properties ------------------------------------------------------------------------

describe('fuzz: parsers never throw, never hang, never buffer without bound', () => {
  let hellos: Buffer[] = [];
  const h2 = http2Seeds();

  beforeAll(async () => {
    hellos = await clientHellos();
    expect(hellos.length).toBe(2);
  });

  it('HTTP/1 connection: random and mutated streams, cut with gaps', { timeout: FUZZ_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(
        inputFrom(() => http1Requests),
        inputFrom(() => http1Responses),
        cutsArbitrary,
        (requests, responses, cuts) =>
          bounded(() => {
            const conn = new Http1Connection();
            const out = cut(requests, cuts);
            const back = cut(responses, cuts);
            let exchanges = 0;
            for (let i = 0; i < Math.max(out.length, back.length); i++) {
              const a = out[i];
              const b = back[i];
              if (a && 'gap' in a) conn.requestGap(a.gap, i);
              else if (a) conn.pushRequest(a.data, i);
              if (b && 'gap' in b) conn.responseGap(b.gap, i);
              else if (b) conn.pushResponse(b.data, i);
              // Bodies stream through; only an unfinished head (capped) may wait for more.
              expect(conn.bufferedBytes).toBeLessThanOrEqual(2 * HEADER_BLOCK_LIMIT);
              exchanges += conn.drain().length;
            }
            conn.close(1e9);
            exchanges += conn.drain().length;
            // Every exchange needs at least a request line: more of them than bytes is invention.
            expect(exchanges).toBeLessThanOrEqual(requests.length);
          }),
      ),
      { numRuns },
    );
  });

  it(
    'HTTP/2 connection (frames and HPACK): random and mutated, cut with gaps',
    { timeout: FUZZ_TIMEOUT_MS },
    () => {
      fc.assert(
        fc.property(
          inputFrom(() => h2.client),
          inputFrom(() => h2.server),
          cutsArbitrary,
          (client, server, cuts) =>
            bounded(() => {
              const conn = new Http2Connection();
              const out = cut(client, cuts);
              const back = cut(server, cuts);
              for (let i = 0; i < Math.max(out.length, back.length); i++) {
                const a = out[i];
                const b = back[i];
                if (a && 'gap' in a) conn.clientGap(a.gap, i);
                else if (a) conn.pushClient(a.data, i);
                if (b && 'gap' in b) conn.serverGap(b.gap, i);
                else if (b) conn.pushServer(b.data, i);
                expect(conn.bufferedBytes).toBeLessThanOrEqual(client.length + server.length);
                conn.drain();
              }
              conn.close(1e9);
              conn.drain();
            }),
        ),
        { numRuns },
      );
    },
  );

  it(
    'HPACK decoder: random and mutated header blocks, one table across blocks',
    { timeout: FUZZ_TIMEOUT_MS },
    () => {
      const blocks = [
        new HpackEncoder().encode([
          [':method', 'GET'],
          [':path', '/'],
          ['authorization', 'Bearer x'],
          ['cookie', 'a=b'],
        ]),
      ];
      fc.assert(
        fc.property(
          fc.array(
            inputFrom(() => blocks),
            { minLength: 1, maxLength: 8 },
          ),
          (inputs) =>
            bounded(() => {
              const decoder = new HpackDecoder();
              for (const block of inputs) decoder.decode(block);
              // The dynamic table never outgrows what we agree to track.
              expect(decoder.tableSize).toBeLessThanOrEqual(MAX_TRACKED_TABLE_SIZE);
            }),
        ),
        { numRuns },
      );
    },
  );

  it('TLS ClientHello: random and mutated real hellos', { timeout: FUZZ_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(
        inputFrom(() => hellos),
        (input) =>
          bounded(() => {
            const result = parseClientHello(input);
            if (result.kind === 'frame' || result.kind === 'ignored') {
              expect(result.consumed).toBeLessThanOrEqual(input.length);
            }
          }),
      ),
      { numRuns },
    );
  });

  it(
    'DNS: random and mutated queries and answers (compression pointers included)',
    { timeout: FUZZ_TIMEOUT_MS },
    () => {
      const seeds = dnsSeeds();
      fc.assert(
        fc.property(
          inputFrom(() => seeds),
          (input) =>
            bounded(() => {
              const result = parseDnsMessage(input);
              if (result.kind === 'frame') expect(result.consumed).toBeLessThanOrEqual(input.length);
            }),
        ),
        { numRuns },
      );
    },
  );

  it(
    'policy loader: random and mutated YAML reports errors as data, never throws',
    { timeout: FUZZ_TIMEOUT_MS },
    () => {
      const seed = Buffer.from(policySeed);
      const text = fc.oneof(
        fc.string({ maxLength: 400 }),
        fc
          .array(mutationArbitrary, { minLength: 1, maxLength: 6 })
          .map((mutations) => mutate(seed, mutations).toString('utf8')),
        // Structure-aware: valid YAML shapes with wrong types, unknown keys, odd globs and CIDRs.
        fc
          .record({
            key: fc.constantFrom('allow', 'deny', 'extends', 'hosts', 'version'),
            field: fc.constantFrom(
              'host',
              'ip',
              'port',
              'paths',
              'methods',
              'process',
              'step',
              'scheme',
              'nope',
            ),
            value: fc.oneof(
              fc.string({ maxLength: 30 }),
              fc.integer(),
              fc.constantFrom(
                '**/**/**',
                '10.0.0.0/33',
                '[',
                '${{ env.X }}',
                '{a,b',
                '*.*.*.example',
                '::/0',
              ),
            ),
          })
          .map(({ key, field, value }) => `${key}:\n  - ${field}: ${JSON.stringify(value)}\n`),
      );
      fc.assert(
        fc.property(text, (source) =>
          bounded(() => {
            const result = parsePolicy(source, 'fuzz.yml', { env: { X: 'y' } });
            expect(Array.isArray(result.errors)).toBe(true);
            // A policy comes out, or the reasons why not.
            expect(result.policy !== undefined || result.errors.length > 0).toBe(true);
          }),
        ),
        { numRuns },
      );
    },
  );
});
