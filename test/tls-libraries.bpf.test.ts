// End to end, one TLS library or protocol at a time: Go crypto/tls (plain and stripped binaries),
// HTTP/2 from curl, node and Go, gRPC, GnuTLS under git, and a TLS client we do not probe. Real eBPF,
// real clients, loopback servers whose own logs are the truth.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report, RequestRecord } from '../src/records/types.js';
import { buildTlsClient } from '../src/capture/elf-tools.test-helper.js';
import { caEnv } from './support/certs.js';
import { startHttpServer, type ServerLogEntry, type TestServer } from './support/http-server.js';
import { traced } from './support/traced.js';

const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path);
const summary = (r: RequestRecord) => ({
  method: r.method,
  path: r.path,
  status: r.status,
  httpVersion: r.httpVersion,
});
const served = (log: ServerLogEntry[], from: number) =>
  log
    .slice(from)
    .map((e) => ({
      method: e.method,
      path: e.path,
      status: e.status,
      httpVersion: e.httpVersion === '2.0' ? '2' : e.httpVersion,
    }))
    .sort(byPath);

function connectionOf(report: Report, request: RequestRecord | undefined) {
  return report.connections.find((c) => c.id === request?.connectionId);
}

if (process.getuid?.() !== 0 && !process.env.CI) {
  describe.skip('TLS libraries (needs root)', () => {});
} else {
  describe('TLS libraries and HTTP/2', () => {
    let h2: TestServer;
    let env: Record<string, string>;
    let goPlain: string;
    let goStripped: string;

    beforeAll(async () => {
      h2 = await startHttpServer({ h2: true, names: ['localhost'] });
      env = caEnv(h2.caPath as string);
      const dir = mkdtempSync(join(tmpdir(), 'el-go-'));
      goPlain = buildTlsClient('plain', dir);
      goStripped = buildTlsClient('stripped', dir);
    });
    afterAll(async () => {
      await h2.close();
    });

    /** Traces `command` and returns the report with what the h2 server logged meanwhile. */
    async function traceAgainstServer(command: string[]) {
      const before = h2.log.length;
      const run = await traced(command, { env });
      expect(run.result.code, run.result.stderr).toBe(0);
      return { ...run, served: served(h2.log, before) };
    }

    it.each([
      ['plain', () => goPlain],
      ['stripped', () => goStripped],
    ])(
      'Go crypto/tls (%s binary): HTTP/1.1 keep-alive and HTTP/2 with concurrent streams',
      async (_, binary) => {
        const exe = binary();
        const url = (path: string) => `https://localhost:${h2.port}${path}`;
        const { report, served: log } = await traceAgainstServer([
          'sh',
          '-c',
          `${exe} -h1 ${url('/go/h1/a')} ${url('/go/h1/b?x=1')} && ` +
            `${exe} -parallel ${url('/go/h2/a')} ${url('/go/h2/b')} ${url('/go/h2/c')} ${url('/status/404')}`,
        ]);
        expect(report.requests.map(summary).sort(byPath)).toEqual(log);
        expect(log).toHaveLength(6);
        expect(log.filter((r) => r.httpVersion === '2')).toHaveLength(4);
        for (const request of report.requests) {
          expect(request).toMatchObject({
            visibility: 'full',
            host: 'localhost',
            port: h2.port,
            scheme: 'https',
          });
          expect(request.process.exe).toBe(exe);
          expect(connectionOf(report, request)).toMatchObject({
            tls: true,
            tlsLibrary: 'go',
            sni: 'localhost',
          });
        }
        // One connection per client run: keep-alive on h1, multiplexed streams on h2.
        expect(new Set(report.requests.map((r) => r.connectionId)).size).toBe(2);
        expect(report.stats.lost).toBe(0);
      },
    );

    /**
     * Headers for request `n`: more than the 4 KB HPACK table holds, so entries are evicted; most
     * repeat across requests (sent as dynamic-table indexes), one changes each time (a new literal).
     * Lower-case text, which HPACK encoders Huffman-code.
     */
    function bigHeaders(n: number): Record<string, string> {
      const headers: Record<string, string> = { 'x-request-number': `request number ${n}` };
      for (let i = 0; i < 24; i++) headers[`x-fill-${i}`] = `value ${i} `.repeat(20).trim();
      return headers;
    }

    /** Every big header the server got arrived in the record of the same request, value for value. */
    function expectHeadersDecoded(report: Report, log: ServerLogEntry[]) {
      for (const entry of log) {
        const record = report.requests.find((r) => r.path === entry.path);
        const sent = Object.entries(entry.headers).filter(([name]) => name.startsWith('x-'));
        expect(sent.length).toBeGreaterThan(20);
        for (const [name, value] of sent) expect(record?.headers[name], `${entry.path} ${name}`).toBe(value);
      }
    }

    it('curl --http2: exact paths on one connection, large header sets decoded through HPACK', async () => {
      const before = h2.log.length;
      const paths = ['/curl/h2/1', '/curl/h2/2?q=a', '/curl/h2/3', '/status/503'];
      const headerArgs = Object.entries(bigHeaders(0)).flatMap(([name, value]) => [
        '-H',
        `${name}: ${value}`,
      ]);
      const { report, served: log } = await traceAgainstServer([
        'curl',
        '-s',
        '--http2',
        ...headerArgs,
        ...paths.flatMap((p) => ['-o', '/dev/null', `https://localhost:${h2.port}${p}`]),
      ]);
      expect(report.requests.map(summary).sort(byPath)).toEqual(log);
      expect(log.map((r) => r.path).sort()).toEqual([...paths].sort());
      expect(log.every((r) => r.httpVersion === '2')).toBe(true);
      expect(new Set(report.requests.map((r) => r.connectionId)).size).toBe(1);
      expect(report.requests[0]?.process.exe).toBe('/usr/bin/curl');
      expect(connectionOf(report, report.requests[0])).toMatchObject({
        tlsLibrary: 'openssl',
        alpn: ['h2', 'http/1.1'],
      });
      expectHeadersDecoded(report, h2.log.slice(before));
    });

    it('node http2.connect: concurrent streams, changing large header sets, exact paths', async () => {
      const before = h2.log.length;
      const script = `
        const http2 = require('node:http2');
        const headers = ${JSON.stringify([1, 2, 3, 4, 5, 6].map(bigHeaders))};
        const session = http2.connect('https://localhost:${h2.port}');
        let open = headers.length;
        headers.forEach((h, i) => {
          const stream = session.request({ ':path': '/node/h2/' + i + '?n=' + i, ...h });
          stream.on('response', () => {}).resume();
          stream.on('end', () => { if (--open === 0) session.close(); });
        });`;
      const { report, served: log } = await traceAgainstServer(['node', '-e', script]);
      expect(log).toHaveLength(6);
      expect(report.requests.map(summary).sort(byPath)).toEqual(log);
      expect(new Set(report.requests.map((r) => r.connectionId)).size).toBe(1);
      expect(connectionOf(report, report.requests[0])).toMatchObject({ tls: true, sni: 'localhost' });
      expectHeadersDecoded(report, h2.log.slice(before));
    });
  });
}
