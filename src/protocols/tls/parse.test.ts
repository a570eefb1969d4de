import { spawn } from 'node:child_process';
import fc from 'fast-check';
import { once } from 'node:events';
import net from 'node:net';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseClientHello } from './parse.js';

/** A listener that keeps the first bytes each client sends, until they hold a whole ClientHello. */
class HelloRecorder {
  private readonly server = net.createServer((socket) => this.record(socket));
  private waiting: ((hello: Buffer) => void) | undefined;

  async listen(): Promise<number> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    return (this.server.address() as net.AddressInfo).port;
  }

  next(): Promise<Buffer> {
    return new Promise((resolve) => (this.waiting = resolve));
  }

  close(): void {
    this.server.close();
  }

  private record(socket: net.Socket): void {
    let received = Buffer.alloc(0);
    socket.on('error', () => undefined);
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (parseClientHello(received).kind === 'needMore') return;
      socket.destroy();
      this.waiting?.(received);
    });
  }
}

const recorder = new HelloRecorder();
let port = 0;

beforeAll(async () => {
  port = await recorder.listen();
});
afterAll(() => recorder.close());

async function captureFromCommand(command: string, args: string[]): Promise<Buffer> {
  const hello = recorder.next();
  const child = spawn(command, args, { stdio: ['pipe', 'ignore', 'ignore'] });
  try {
    return await hello;
  } finally {
    child.kill();
  }
}

async function captureFromNode(): Promise<Buffer> {
  const hello = recorder.next();
  const socket = tls.connect({
    host: '127.0.0.1',
    port,
    servername: 'x.test',
    ALPNProtocols: ['h2', 'http/1.1'],
  });
  socket.on('error', () => undefined);
  try {
    return await hello;
  } finally {
    socket.destroy();
  }
}

const TLS13_CLIENT = {
  sni: 'x.test',
  alpn: ['h2', 'http/1.1'],
  legacyVersion: 0x0303,
  supportedVersions: [0x0304, 0x0303],
};

describe('parseClientHello on real clients', () => {
  const clients: Array<[string, () => Promise<Buffer>]> = [
    [
      'openssl s_client',
      () =>
        captureFromCommand('openssl', [
          's_client',
          '-servername',
          'x.test',
          '-alpn',
          'h2,http/1.1',
          '-connect',
          `127.0.0.1:${port}`,
        ]),
    ],
    ['node tls.connect', captureFromNode],
    [
      'curl',
      () =>
        captureFromCommand('curl', [
          '--silent',
          '--insecure',
          '--max-time',
          '5',
          '--resolve',
          `x.test:${port}:127.0.0.1`,
          `https://x.test:${port}/`,
        ]),
    ],
  ];

  for (const [name, capture] of clients) {
    it(`reads the hello ${name} sends, whole and split into several records, and waits on every prefix`, async () => {
      const hello = await capture();
      const parsed = parseClientHello(hello);
      // Which older versions openssl and curl still offer depends on the machine's openssl.cnf.
      const olderVersions = parsed.kind === 'frame' ? parsed.frame.supportedVersions.slice(2) : [];
      expect(olderVersions.every((version) => version === 0x0302 || version === 0x0301)).toBe(true);
      const expected = {
        ...TLS13_CLIENT,
        supportedVersions: [...TLS13_CLIENT.supportedVersions, ...olderVersions],
      };
      expect(parsed).toEqual({ kind: 'frame', frame: expected, consumed: hello.length });
      for (let length = 0; length < hello.length; length++) {
        expect(parseClientHello(hello.subarray(0, length)).kind).toBe('needMore');
      }
      const resplit = splitIntoRecords(hello.subarray(5), 37);
      expect(parseClientHello(resplit)).toEqual({ kind: 'frame', frame: expected, consumed: resplit.length });
    });
  }
});

/** Wraps handshake bytes into handshake records of at most `size` bytes each. */
function splitIntoRecords(handshake: Buffer, size: number): Buffer {
  const records: Buffer[] = [];
  for (let offset = 0; offset < handshake.length; offset += size) {
    const fragment = handshake.subarray(offset, offset + size);
    records.push(Buffer.from([0x16, 0x03, 0x01, fragment.length >> 8, fragment.length & 0xff]), fragment);
  }
  return Buffer.concat(records);
}

const u16 = (value: number): Buffer => Buffer.from([value >> 8, value & 0xff]);
const withLength16 = (body: Buffer): Buffer => Buffer.concat([u16(body.length), body]);
const withLength8 = (body: Buffer): Buffer => Buffer.concat([Buffer.from([body.length]), body]);
const extension = (type: number, data: Buffer): Buffer => Buffer.concat([u16(type), withLength16(data)]);

/** A ClientHello record from parts; `extensions` undefined leaves the extensions block out entirely. */
function buildHello(legacyVersion: number, extensions: Buffer[] | undefined): Buffer {
  const body = Buffer.concat([
    u16(legacyVersion),
    Buffer.alloc(32, 7),
    withLength8(Buffer.alloc(32, 1)),
    withLength16(Buffer.from([0x13, 0x01, 0x00, 0x2f])),
    withLength8(Buffer.from([0])),
    ...(extensions === undefined ? [] : [withLength16(Buffer.concat(extensions))]),
  ]);
  const handshake = Buffer.concat([Buffer.from([1, 0, body.length >> 8, body.length & 0xff]), body]);
  return Buffer.concat([Buffer.from([0x16, 0x03, 0x01]), withLength16(handshake)]);
}

const sniExtension = (name: string): Buffer =>
  extension(0, withLength16(Buffer.concat([Buffer.from([0]), withLength16(Buffer.from(name))])));
const alpnExtension = (names: Buffer[]): Buffer =>
  extension(16, withLength16(Buffer.concat(names.map(withLength8))));
const versionsExtension = (versions: number[]): Buffer =>
  extension(43, withLength8(Buffer.concat(versions.map(u16))));

describe('parseClientHello on built hellos', () => {
  it('reads a hello without extensions', () => {
    const hello = buildHello(0x0301, undefined);
    expect(parseClientHello(hello)).toEqual({
      kind: 'frame',
      frame: { legacyVersion: 0x0301, alpn: [], supportedVersions: [] },
      consumed: hello.length,
    });
  });

  it('drops GREASE values, skips unknown extensions and ignores what follows the hello', () => {
    const hello = buildHello(0x0303, [
      extension(0x1a1a, Buffer.alloc(0)),
      sniExtension('api.example.com'),
      alpnExtension([Buffer.from([0x3a, 0x3a]), Buffer.from('http/1.1')]),
      versionsExtension([0xdada, 0x0304]),
      extension(0xff01, Buffer.from([0])),
    ]);
    const followed = Buffer.concat([hello, Buffer.from([0x14, 0x03, 0x03, 0x00, 0x01, 0x01])]);
    expect(parseClientHello(followed)).toEqual({
      kind: 'frame',
      frame: {
        sni: 'api.example.com',
        alpn: ['http/1.1'],
        legacyVersion: 0x0303,
        supportedVersions: [0x0304],
      },
      consumed: hello.length,
    });
  });

  it('rejects what is not a ClientHello', () => {
    expect(parseClientHello(Buffer.from('GET / HTTP/1.1\r\n'))).toEqual({
      kind: 'invalid',
      reason: 'not a TLS handshake record',
    });
    expect(parseClientHello(Buffer.from([0x16, 0x03, 0x09]))).toEqual({
      kind: 'invalid',
      reason: 'unknown TLS record version',
    });
    expect(parseClientHello(Buffer.from([0x16, 0x03, 0x03, 0x00, 0x00]))).toEqual({
      kind: 'invalid',
      reason: 'bad TLS record length',
    });
    const serverHello = buildHello(0x0303, []);
    serverHello[5] = 2;
    expect(parseClientHello(serverHello)).toEqual({ kind: 'invalid', reason: 'not a ClientHello' });
  });

  it('rejects inconsistent lengths inside a complete hello', () => {
    const truncatedName = extension(
      0,
      withLength16(Buffer.concat([Buffer.from([0]), u16(50), Buffer.from('short')])),
    );
    expect(parseClientHello(buildHello(0x0303, [truncatedName]))).toEqual({
      kind: 'invalid',
      reason: 'bad server_name extension',
    });
    expect(parseClientHello(buildHello(0x0303, [Buffer.from([0, 16, 0, 9, 0])]))).toEqual({
      kind: 'invalid',
      reason: 'truncated extension',
    });
    expect(parseClientHello(buildHello(0x0303, [extension(43, Buffer.from([3, 3, 4]))]))).toEqual({
      kind: 'invalid',
      reason: 'bad supported_versions extension',
    });
  });

  it('rejects a hello that claims to be larger than any real one', () => {
    const record = Buffer.from([0x16, 0x03, 0x01, 0x00, 0x04, 0x01, 0x02, 0x00, 0x00]);
    expect(parseClientHello(record)).toEqual({ kind: 'invalid', reason: 'ClientHello too large' });
  });
});

describe('parseClientHello on hostile input', () => {
  const fuzzRuns = process.env.FUZZ_RUNS === undefined ? 300 : Number(process.env.FUZZ_RUNS);

  it('never throws on mutated hellos', () => {
    const hello = buildHello(0x0303, [
      sniExtension('a.test'),
      alpnExtension([Buffer.from('h2')]),
      versionsExtension([0x0304, 0x0303]),
    ]);
    const edit = fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), fc.nat(), (edits, cutAt) => {
        const mutated = Buffer.from(hello);
        for (const { at, value } of edits) mutated[at % mutated.length] = value;
        const result = parseClientHello(mutated.subarray(0, cutAt % (mutated.length + 1)));
        expect(['frame', 'needMore', 'invalid']).toContain(result.kind);
        if (result.kind === 'frame') expect(result.consumed).toBeLessThanOrEqual(mutated.length);
      }),
      { numRuns: fuzzRuns },
    );
  });
});
