import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bodyPattern, startHttpServer, type HttpServerOptions, type TestServer } from './http-server.js';
import { runCommand } from './run.js';

const TEST_NAME = 'api.egress-test.internal';
const UPLOAD_BYTES = 5 * 1024 * 1024;

let scratch: string;
let uploadPath: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'http-server-test-'));
  uploadPath = path.join(scratch, 'upload.bin');
  writeFileSync(uploadPath, Buffer.alloc(UPLOAD_BYTES, 7));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function curl(args: string[]): Promise<string> {
  const result = await runCommand(['curl', '--silent', '--show-error', ...args], { timeoutMs: 20_000 });
  if (result.code !== 0) throw new Error(`curl failed (${result.code}): ${result.stderr}`);
  return result.stdout;
}

const modes: { name: string; options: HttpServerOptions; curlVersion: string; logVersion: string }[] = [
  { name: 'plain http', options: {}, curlVersion: '1.1', logVersion: '1.1' },
  { name: 'https h1', options: { tls: true }, curlVersion: '1.1', logVersion: '1.1' },
  { name: 'https h2', options: { h2: true }, curlVersion: '2', logVersion: '2.0' },
];

describe.each(modes)('$name', ({ options, curlVersion, logVersion }) => {
  let server: TestServer;
  let clientArgs: string[];
  beforeAll(async () => {
    server = await startHttpServer({ ...options, names: [TEST_NAME] });
    clientArgs = [
      ...(server.caPath === undefined ? [] : ['--cacert', server.caPath]),
      ...(options.h2 === true ? ['--http2'] : []),
    ];
  });
  afterAll(() => server.close());
  afterEach(() => {
    server.log.length = 0;
    server.tlsSessions.length = 0;
  });

  it('answers /status/NNN with that status and logs the exact path', async () => {
    const out = await curl([
      ...clientArgs,
      '-o',
      '/dev/null',
      '-w',
      '%{http_code} %{http_version}',
      server.url('/status/418?a=1&b=%20x'),
    ]);
    expect(out).toBe(`418 ${curlVersion}`);
    expect(server.log).toHaveLength(1);
    expect(server.log[0]).toMatchObject({
      method: 'GET',
      path: '/status/418?a=1&b=%20x',
      httpVersion: logVersion,
      bodyBytes: 0,
      status: 418,
    });
  });

  it('answers any other path with 200 ok', async () => {
    expect(await curl([...clientArgs, server.url('/anything/at/all')])).toBe('ok\n');
    expect(server.log.map((entry) => [entry.path, entry.status])).toEqual([['/anything/at/all', 200]]);
  });

  it('sends N pattern bytes for /bytes/N and /chunked/N', async () => {
    const sized = await curl([...clientArgs, '-w', '|%header{content-length}', server.url('/bytes/100000')]);
    expect(sized).toBe(`${bodyPattern(100000).toString()}|100000`);
    const chunked = await curl([
      ...clientArgs,
      '-w',
      '|%header{transfer-encoding}',
      server.url('/chunked/50001'),
    ]);
    const framing = options.h2 === true ? '' : 'chunked';
    expect(chunked).toBe(`${bodyPattern(50001).toString()}|${framing}`);
  });

  it('logs an upload of 5 MiB to /echo-len byte-exactly and echoes its length', async () => {
    const out = await curl([...clientArgs, '--data-binary', `@${uploadPath}`, server.url('/echo-len')]);
    expect(out).toBe(String(UPLOAD_BYTES));
    expect(server.log).toHaveLength(1);
    expect(server.log[0]).toMatchObject({
      method: 'POST',
      path: '/echo-len',
      bodyBytes: UPLOAD_BYTES,
      status: 200,
    });
  });

  it('delays /slow/MS by MS milliseconds', async () => {
    const started = Date.now();
    expect(await curl([...clientArgs, server.url('/slow/300')])).toBe('ok\n');
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it('keeps the connection alive between requests of one client', async () => {
    await curl([...clientArgs, server.url('/one'), server.url('/two')]);
    expect(server.log.map((entry) => entry.path)).toEqual(['/one', '/two']);
    expect(server.log[0]?.remotePort).toBe(server.log[1]?.remotePort);
    expect(server.log[0]?.remotePort).toBeGreaterThan(0);
  });

  it('logs a request whose client left before the answer with status 0', async () => {
    const result = await runCommand([
      'curl',
      '--silent',
      '--max-time',
      '0.3',
      ...clientArgs,
      server.url('/slow/3000'),
    ]);
    expect(result.code).toBe(28);
    await expect
      .poll(() => server.log.map((entry) => [entry.path, entry.status]))
      .toEqual([['/slow/3000', 0]]);
  });

  it('logs SNI and ALPN of each TLS session, and none without TLS', async () => {
    const byName = `${server.origin.replace('127.0.0.1', TEST_NAME)}/by-name`;
    await curl([...clientArgs, '--resolve', `${TEST_NAME}:${server.port}:127.0.0.1`, byName]);
    await curl([...clientArgs, server.url('/by-ip')]);
    expect(server.log.map((entry) => entry.path)).toEqual(['/by-name', '/by-ip']);
    const sessions = server.tlsSessions.map(({ servername, alpnProtocol }) => ({ servername, alpnProtocol }));
    if (server.caPath === undefined) {
      expect(sessions).toEqual([]);
      return;
    }
    const alpn = options.h2 === true ? 'h2' : 'http/1.1';
    expect(sessions).toEqual([
      { servername: TEST_NAME, alpnProtocol: alpn },
      { servername: null, alpnProtocol: alpn },
    ]);
    expect(server.tlsSessions[0]?.remotePort).toBe(server.log[0]?.remotePort);
  });
});

describe('h2 server', () => {
  it('also serves HTTP/1.1 clients', async () => {
    const server = await startHttpServer({ h2: true });
    try {
      const out = await curl([
        '--cacert',
        server.caPath ?? '',
        '--http1.1',
        '-w',
        '|%{http_version}',
        server.url('/x'),
      ]);
      expect(out).toBe('ok\n|1.1');
      expect(server.tlsSessions.map((session) => session.alpnProtocol)).toEqual(['http/1.1']);
      expect(server.log[0]?.httpVersion).toBe('1.1');
    } finally {
      await server.close();
    }
  });
});

describe('IPv6 loopback', () => {
  it('listens on [::1] when asked', async () => {
    const server = await startHttpServer({ host: '::1' });
    try {
      expect(server.origin).toBe(`http://[::1]:${server.port}`);
      expect(await curl([server.url('/v6')])).toBe('ok\n');
      expect(server.log.map((entry) => entry.path)).toEqual(['/v6']);
    } finally {
      await server.close();
    }
  });
});
