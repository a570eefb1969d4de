import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEADER_BLOCK_LIMIT } from './parse.js';
import { Http1Connection } from './stitch.js';
import type { Http1Exchange } from './types.js';

/** Longer runs on demand: FUZZ_RUNS=100000 npx vitest run src/protocols/http1 */
const fuzzRuns = process.env.FUZZ_RUNS === undefined ? undefined : Number(process.env.FUZZ_RUNS);
const runs = (fast: number): { numRuns: number } => ({ numRuns: fuzzRuns ?? fast });

type Body = { kind: 'none' } | { kind: 'length'; size: number } | { kind: 'chunked'; chunks: number[] };

interface MessageSpec {
  start: string;
  headers: string[];
  body: Body;
}

interface ExchangeSpec {
  request: MessageSpec;
  interim: number[];
  response: MessageSpec;
}

const bodyArbitrary: fc.Arbitrary<Body> = fc.oneof(
  fc.constant<Body>({ kind: 'none' }),
  fc.integer({ min: 0, max: 40 }).map((size): Body => ({ kind: 'length', size })),
  fc
    .array(fc.integer({ min: 1, max: 20 }), { maxLength: 3 })
    .map((chunks): Body => ({ kind: 'chunked', chunks })),
);

const headerArbitrary = fc.constantFrom(
  'Host: example.com',
  'Accept: */*',
  'X-Empty:',
  'User-Agent: test/1.0',
);

const exchangeArbitrary: fc.Arbitrary<ExchangeSpec> = fc
  .record({
    method: fc.constantFrom('GET', 'POST', 'PUT', 'HEAD', 'DELETE'),
    target: fc.stringMatching(/^\/[a-z0-9?=&]{0,12}$/),
    requestHeaders: fc.array(headerArbitrary, { maxLength: 3 }),
    requestBody: bodyArbitrary,
    interim: fc.array(fc.constantFrom(100, 102, 103), { maxLength: 2 }),
    status: fc.constantFrom(200, 201, 204, 301, 304, 404, 500),
    responseHeaders: fc.array(headerArbitrary, { maxLength: 2 }),
    responseBody: bodyArbitrary,
  })
  .map(({ method, target, requestHeaders, requestBody, interim, status, responseHeaders, responseBody }) => {
    const responseHasNoBody = method === 'HEAD' || status === 204 || status === 304;
    return {
      request: { start: `${method} ${target} HTTP/1.1`, headers: requestHeaders, body: requestBody },
      interim,
      response: {
        start: `HTTP/1.1 ${status} Reason ${status}`,
        headers: responseHeaders,
        // A response without framing would run until close; only the last one may do that (see below).
        body: responseHasNoBody || responseBody.kind !== 'none' ? responseBody : { kind: 'length', size: 0 },
      },
    };
  });

interface Encoded {
  text: string;
  headerBytes: number;
  bodyBytes: number;
}

function encode(message: MessageSpec, bodyAllowed: boolean): Encoded {
  const headers = [...message.headers];
  if (message.body.kind === 'length') headers.push(`Content-Length: ${message.body.size}`);
  if (message.body.kind === 'chunked') headers.push('Transfer-Encoding: chunked');
  const head = `${message.start}\r\n${headers.map((header) => `${header}\r\n`).join('')}\r\n`;
  let body = '';
  if (bodyAllowed && message.body.kind === 'length') body = 'b'.repeat(message.body.size);
  if (bodyAllowed && message.body.kind === 'chunked') {
    body = message.body.chunks.map((size) => `${size.toString(16)};e=1\r\n${'c'.repeat(size)}\r\n`).join('');
    body += '0\r\nTrailer: t\r\n\r\n';
  }
  return { text: head + body, headerBytes: head.length, bodyBytes: body.length };
}

interface ExpectedMessage {
  start: number;
  end: number;
  headerBytes: number;
  bodyBytes: number;
}

interface Streams {
  requests: string;
  responses: string;
  expected: Array<{ request: ExpectedMessage; interim: ExpectedMessage[]; response: ExpectedMessage }>;
}

function buildStreams(exchanges: ExchangeSpec[], lastResponseUntilClose: boolean): Streams {
  let requests = '';
  let responses = '';
  const append = (stream: 'requests' | 'responses', encoded: Encoded): ExpectedMessage => {
    const start = stream === 'requests' ? requests.length : responses.length;
    if (stream === 'requests') requests += encoded.text;
    else responses += encoded.text;
    const end = start + encoded.text.length - 1;
    return { start, end, headerBytes: encoded.headerBytes, bodyBytes: encoded.bodyBytes };
  };
  const expected = exchanges.map((exchange, index) => {
    const method = exchange.request.start.split(' ')[0];
    const status = Number(exchange.response.start.split(' ')[1]);
    const request = append('requests', encode(exchange.request, true));
    const interim = exchange.interim.map((code) =>
      append(
        'responses',
        encode({ start: `HTTP/1.1 ${code} Info`, headers: [], body: { kind: 'none' } }, false),
      ),
    );
    const isLast = index === exchanges.length - 1;
    const bodyAllowed = method !== 'HEAD' && status !== 204 && status !== 304;
    const responseSpec =
      isLast && lastResponseUntilClose && bodyAllowed
        ? { ...exchange.response, body: { kind: 'none' } as const }
        : exchange.response;
    const response = append('responses', encode(responseSpec, bodyAllowed));
    if (responseSpec !== exchange.response) {
      // Close-delimited: everything after the head until close is body.
      responses += 'until close';
      response.bodyBytes = 'until close'.length;
      response.end = responses.length - 1;
    }
    return { request, interim, response };
  });
  return { requests, responses, expected };
}

const streamsArbitrary = fc
  .tuple(fc.array(exchangeArbitrary, { minLength: 1, maxLength: 5 }), fc.boolean())
  .map(([exchanges, untilClose]) => buildStreams(exchanges, untilClose));

type Push = { side: 'request' | 'response'; data: Buffer; ts: number };

function cut(text: string, cuts: number[], side: Push['side'], tsOf: (offset: number) => number): Push[] {
  const points = [...new Set(cuts.map((point) => point % (text.length + 1)))].sort((a, b) => a - b);
  const bounds = [0, ...points, text.length];
  const pushes: Push[] = [];
  for (let index = 0; index + 1 < bounds.length; index++) {
    const [from, to] = [bounds[index]!, bounds[index + 1]!];
    if (to > from) pushes.push({ side, data: Buffer.from(text.slice(from, to), 'latin1'), ts: tsOf(from) });
  }
  return pushes;
}

function run(pushes: Push[]): Http1Exchange[] {
  const connection = new Http1Connection();
  const drained: Http1Exchange[] = [];
  for (const push of pushes) {
    if (push.side === 'request') connection.pushRequest(push.data, push.ts);
    else connection.pushResponse(push.data, push.ts);
    drained.push(...connection.drain());
  }
  connection.close(Number.MAX_SAFE_INTEGER);
  drained.push(...connection.drain());
  expect(connection.stats).toEqual({ invalidBytes: 0, resyncs: 0, gapsBridged: 0, gapsLost: 0 });
  return drained;
}

/** Interleaves two push lists, keeping each one's order, following `choices`. */
function interleave(first: Push[], second: Push[], choices: boolean[]): Push[] {
  const merged: Push[] = [];
  let [a, b] = [0, 0];
  for (let index = 0; a < first.length || b < second.length; index++) {
    const takeFirst =
      b >= second.length || (a < first.length && (choices[index % Math.max(1, choices.length)] ?? true));
    merged.push(takeFirst ? first[a++]! : second[b++]!);
  }
  return merged;
}

describe('Http1Connection properties', () => {
  it('yields the same exchanges for any split and interleaving as for one push each', () => {
    fc.assert(
      fc.property(
        streamsArbitrary,
        fc.array(fc.nat(), { maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        fc.array(fc.boolean(), { maxLength: 20 }),
        (streams, requestCuts, responseCuts, choices) => {
          const whole = run([
            { side: 'request', data: Buffer.from(streams.requests, 'latin1'), ts: 0 },
            { side: 'response', data: Buffer.from(streams.responses, 'latin1'), ts: 0 },
          ]);
          const split = run(
            interleave(
              cut(streams.requests, requestCuts, 'request', () => 0),
              cut(streams.responses, responseCuts, 'response', () => 0),
              choices,
            ),
          );
          expect(split).toEqual(whole);
          expect(whole.length).toBe(streams.expected.length);
        },
      ),
      runs(150),
    );
  });

  it('reports each message at its exact byte offsets when every byte comes in its own push', () => {
    fc.assert(
      fc.property(streamsArbitrary, (streams) => {
        const everyByte = (text: string): number[] =>
          Array.from({ length: text.length }, (_, offset) => offset);
        const exchanges = run([
          ...cut(streams.requests, everyByte(streams.requests), 'request', (offset) => offset),
          ...cut(streams.responses, everyByte(streams.responses), 'response', (offset) => offset),
        ]);
        const observed = exchanges.map(({ request, response, interim }) => {
          const shape = (message: {
            startTs: number;
            endTs: number;
            headerBytes: number;
            bodyBytes: number;
          }) => ({
            start: message.startTs,
            end: message.endTs,
            headerBytes: message.headerBytes,
            bodyBytes: message.bodyBytes,
          });
          expect(request.complete && response?.complete).toBe(true);
          return {
            request: shape(request),
            interim: interim.map(shape),
            response: response && shape(response),
          };
        });
        expect(observed).toEqual(streams.expected);
      }),
      runs(60),
    );
  });
});

/** HTTP-flavoured pieces, so random input reaches deep parser states instead of failing at byte one. */
const fragmentArbitrary = fc.oneof(
  fc.constantFrom(
    'GET / HTTP/1.1\r\n',
    'POST /x HTTP/1.0\r\n',
    'CONNECT h:443 HTTP/1.1\r\n',
    'HTTP/1.1 200 OK\r\n',
    'HTTP/1.1 101 Switching\r\n',
    'HTTP/1.1 100 Continue\r\n',
    'Content-Length: 5\r\n',
    'Content-Length: 99999\r\n',
    'Transfer-Encoding: chunked\r\n',
    'Upgrade: websocket\r\n',
    ' folded\r\n',
    '\r\n',
    '\n',
    '5\r\nhello\r\n',
    '0\r\n\r\n',
    'ffffff;x\r\n',
  ),
  fc.uint8Array({ maxLength: 24 }).map((array) => Buffer.from(array).toString('latin1')),
);

type FuzzStep =
  | { kind: 'push'; side: 'request' | 'response'; data: Buffer }
  | { kind: 'gap'; side: 'request' | 'response'; bytes: number };

const sideArbitrary = fc.constantFrom<'request' | 'response'>('request', 'response');
const stepArbitrary: fc.Arbitrary<FuzzStep> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({ side: sideArbitrary, parts: fc.array(fragmentArbitrary, { minLength: 1, maxLength: 6 }) })
      .map(({ side, parts }): FuzzStep => ({
        kind: 'push',
        side,
        data: Buffer.from(parts.join(''), 'latin1'),
      })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ side: sideArbitrary, bytes: fc.integer({ min: 1, max: 200000 }) })
      .map(({ side, bytes }): FuzzStep => ({ kind: 'gap', side, bytes })),
  },
);

/** Runs steps, checking after each that nothing throws and buffering stays bounded. */
function runSteps(steps: FuzzStep[]): void {
  const connection = new Http1Connection();
  let ts = 0;
  for (const step of steps) {
    ts++;
    if (step.kind === 'push' && step.side === 'request') connection.pushRequest(step.data, ts);
    if (step.kind === 'push' && step.side === 'response') connection.pushResponse(step.data, ts);
    if (step.kind === 'gap' && step.side === 'request') connection.requestGap(step.bytes, ts);
    if (step.kind === 'gap' && step.side === 'response') connection.responseGap(step.bytes, ts);
    expect(connection.bufferedBytes).toBeLessThanOrEqual(2 * HEADER_BLOCK_LIMIT);
    for (const exchange of connection.drain()) {
      expect(exchange.request.startTs).toBeLessThanOrEqual(exchange.request.endTs);
    }
  }
  connection.close(ts + 1);
  connection.drain();
  expect(connection.bufferedBytes).toBe(0);
  expect(connection.drain()).toEqual([]);
}

describe('Http1Connection on hostile input', () => {
  it('never throws and stays bounded on random HTTP-flavoured input with gaps', () => {
    fc.assert(fc.property(fc.array(stepArbitrary, { maxLength: 40 }), runSteps), runs(300));
  });

  it('never throws and stays bounded on mutated valid streams', () => {
    const mutation = fc.record({
      at: fc.nat(),
      deleteCount: fc.integer({ min: 0, max: 4 }),
      insert: fragmentArbitrary,
    });
    fc.assert(
      fc.property(
        streamsArbitrary,
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        (streams, mutations, cuts) => {
          let requests = streams.requests;
          let responses = streams.responses;
          for (const [index, { at, deleteCount, insert }] of mutations.entries()) {
            const mutate = (text: string): string => {
              const position = at % (text.length + 1);
              return text.slice(0, position) + insert + text.slice(position + deleteCount);
            };
            if (index % 2 === 0) requests = mutate(requests);
            else responses = mutate(responses);
          }
          const steps = interleave(
            cut(requests, cuts, 'request', () => 0),
            cut(responses, cuts, 'response', () => 0),
            [true, false],
          ).map((push): FuzzStep => ({ kind: 'push', side: push.side, data: push.data }));
          runSteps(steps);
        },
      ),
      runs(300),
    );
  });

  it('keeps memory bounded under a flood of bytes that never form a message', () => {
    const connection = new Http1Connection();
    const noise = Buffer.alloc(10000, 'G');
    for (let index = 0; index < 100; index++) {
      connection.pushRequest(noise, index);
      connection.pushResponse(noise, index);
      expect(connection.bufferedBytes).toBeLessThanOrEqual(2 * HEADER_BLOCK_LIMIT);
    }
    expect(connection.stats.invalidBytes).toBeGreaterThanOrEqual(2 * 1_000_000 - 2 * HEADER_BLOCK_LIMIT);
  });
});
