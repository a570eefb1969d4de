// End to end, one TLS library or protocol at a time: Go crypto/tls (plain and stripped binaries),
// HTTP/2 from curl, node and Go, gRPC, GnuTLS under git, and a TLS client we do not probe. Real eBPF,
// real clients, loopback servers whose own logs are the truth.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report, RequestRecord } from '../src/records/types.js';
import { buildTlsClient, withUndecodablePadding } from '../src/capture/elf-tools.test-helper.js';
import { caEnv } from './support/certs.js';
import { startGitServer } from './support/git-server.js';
import { GRPC_NOT_FOUND, startGrpcServer } from './support/grpc-server.js';
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

    it('Go with a new connection per request: requests read in full, though the server answers and closes before the write returns', async () => {
      const n = 100;
      const urls = Array.from({ length: n }, (_, i) => `https://localhost:${h2.port}/go/new/${i}`);
      const { report, served: log } = await traceAgainstServer([goPlain, '-h1', '-new', ...urls]);
      expect(log).toHaveLength(n);
      expect(new Set(report.requests.map((r) => r.connectionId)).size).toBe(n);
      expect(report.requests.map(summary).sort(byPath)).toEqual(log);
      expect(report.requests.every((r) => r.visibility === 'full' && (r.durationMs ?? 0) >= 0)).toBe(true);
    });

    it("Go exiting with its answer while the request's Write has not returned: the request is read in full", async () => {
      const url = `https://localhost:${h2.port}/go/exit-before-write-returns`;
      const started = Date.now();
      const { report, served: log } = await traceAgainstServer([goPlain, '-h1', '-slow-write', '5s', url]);
      // The program did not wait for its writer: it ended well before the write's delay was over.
      expect(Date.now() - started).toBeLessThan(4000);
      expect(log).toHaveLength(1);
      expect(report.requests.map(summary)).toEqual(log);
      expect(report.requests[0]).toMatchObject({ visibility: 'full', status: 200 });
      expect(connectionOf(report, report.requests[0] as RequestRecord)).toMatchObject({ tlsLibrary: 'go' });
    });

    it('Go with a Read we cannot place return probes in: the request from Write, why its answer is missing on it and in a warning', async () => {
      const exe = join(mkdtempSync(join(tmpdir(), 'el-go-')), 'tlsclient-undecodable-read');
      withUndecodablePadding(goPlain, 'crypto/tls.(*Conn).Read', exe);
      const url = `https://localhost:${h2.port}/go/undecodable-read`;
      const { report, served: log } = await traceAgainstServer([exe, '-h1', url]);
      expect(log.map((r) => r.path)).toEqual(['/go/undecodable-read']);
      expect(report.warnings).toContain(
        `probe failed: ${exe} crypto/tls.(*Conn).Read: no return instruction could be decoded, so its plaintext is not read`,
      );
      // The request, from Write; its answer arrived but could not be read, and the request says why.
      expect(report.requests).toMatchObject([
        {
          method: 'GET',
          path: '/go/undecodable-read',
          host: 'localhost',
          status: null,
          reason:
            'no response seen: crypto/tls.(*Conn).Read: no return instruction could be decoded, so its plaintext is not read',
          process: { exe, argv: [exe, '-h1', url] },
        },
      ]);
      expect(connectionOf(report, report.requests[0])).toMatchObject({
        tls: true,
        sni: 'localhost',
        tlsLibrary: 'go',
      });
    });

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

    it('gRPC from grpc-go over TLS: service, method and grpc-status of each call', async () => {
      const grpc = await startGrpcServer();
      try {
        const client = join(mkdtempSync(join(tmpdir(), 'el-grpc-')), 'grpcclient');
        // Modules come from the Go module proxy (or the local module cache) on first build.
        execFileSync('go', ['build', '-o', client, '.'], {
          cwd: fileURLToPath(new URL('./fixtures/go/grpcclient', import.meta.url)),
          env: { ...process.env, CGO_ENABLED: '0', GOTOOLCHAIN: 'local' },
          stdio: 'pipe',
        });
        const methods = [
          '/egress.test.Echo/Say',
          '/egress.test.Echo/SayAgain',
          '/egress.test.Echo/MissingMethod',
        ];
        const { report, result } = await traced([client, `localhost:${grpc.port}`, 'localhost', ...methods], {
          env: caEnv(grpc.caPath),
        });
        expect(result.code, result.stderr).toBe(0);
        expect(grpc.log.map((c) => [c.path, c.status])).toEqual([
          [methods[0], 0],
          [methods[1], 0],
          [methods[2], GRPC_NOT_FOUND],
        ]);
        expect(
          report.requests.map((r) => ({
            method: r.method,
            path: r.path,
            version: r.httpVersion,
            grpc: r.grpc,
          })),
        ).toEqual([
          {
            method: 'POST',
            path: methods[0],
            version: '2',
            grpc: { service: 'egress.test.Echo', method: 'Say', status: 0 },
          },
          {
            method: 'POST',
            path: methods[1],
            version: '2',
            grpc: { service: 'egress.test.Echo', method: 'SayAgain', status: 0 },
          },
          {
            method: 'POST',
            path: methods[2],
            version: '2',
            grpc: { service: 'egress.test.Echo', method: 'MissingMethod', status: GRPC_NOT_FOUND },
          },
        ]);
        for (const request of report.requests) {
          expect(request.process.exe).toBe(client);
          expect(connectionOf(report, request)).toMatchObject({ tlsLibrary: 'go', sni: 'localhost' });
        }
      } finally {
        await grpc.close();
      }
    });

    it('gRPC from python grpcio (BoringSSL built in, no symbols to probe): sni-only, with the reason', async () => {
      const grpc = await startGrpcServer();
      try {
        const script = [
          'import grpc, os',
          'creds = grpc.ssl_channel_credentials(open(os.environ["SSL_CERT_FILE"], "rb").read())',
          `channel = grpc.secure_channel("localhost:${grpc.port}", creds)`,
          'call = channel.unary_unary("/egress.test.Echo/Say")',
          'print(len(call(b"\\x0a\\x04ping", timeout=20)))',
        ].join('\n');
        const { report, result } = await traced(['python3', '-c', script], { env: caEnv(grpc.caPath) });
        expect(result.code, result.stderr).toBe(0);
        expect(grpc.log.map((c) => c.path)).toEqual(['/egress.test.Echo/Say']);
        // grpcio tries ::1 first, where nothing listens: that attempt is reported as a failed connect.
        const all = report.connections.filter((c) => c.remotePort === grpc.port);
        for (const refused of all.filter((c) => c.remoteAddress === '::1'))
          expect(refused.reason).toBe('connect failed: ECONNREFUSED');
        const connections = all.filter((c) => c.remoteAddress === '127.0.0.1');
        expect(connections).toHaveLength(1);
        expect(connections[0]).toMatchObject({ tls: true, sni: 'localhost', visibility: 'sni-only' });
        expect(connections[0]?.alpn).toContain('h2');
        expect(connections[0]?.reason).toMatch(/TLS plaintext not captured/);
        expect(connections[0]?.process.exe).toMatch(/python3/);
      } finally {
        await grpc.close();
      }
    });

    it('git clone and ls-remote over https (GnuTLS in git-remote-https): smart-HTTP requests and their process', async () => {
      const git = await startGitServer();
      try {
        const dir = mkdtempSync(join(tmpdir(), 'el-clone-'));
        const repoUrl = `https://localhost:${git.port}/${git.repo}`;
        const { report, result } = await traced(
          ['sh', '-c', `git clone -q ${repoUrl} ${dir}/clone && git ls-remote ${repoUrl}`],
          { env: { ...caEnv(git.caPath), GIT_TERMINAL_PROMPT: '0' } },
        );
        expect(result.code, result.stderr).toBe(0);
        expect(result.stdout).toContain(git.headCommit);
        const seen = report.requests.map((r) => `${r.method} ${r.path} ${r.status}`);
        expect(seen).toEqual(git.log.map((e) => `${e.method} ${e.path} ${e.status}`));
        expect(seen).toContain(`GET /${git.repo}/info/refs?service=git-upload-pack 200`);
        expect(seen).toContain(`POST /${git.repo}/git-upload-pack 200`);
        for (const request of report.requests) {
          expect(request.visibility).toBe('full');
          expect(request.process.exe).toBe('/usr/lib/git-core/git-remote-https');
          // git runs its helpers through the git in its exec path (/usr/lib/git-core/git on Debian).
          expect(request.process.ancestry[0]?.exe).toMatch(/\/git$/);
          expect(connectionOf(report, request)).toMatchObject({ tlsLibrary: 'gnutls', sni: 'localhost' });
        }
        // Two git commands, each with its own git-remote-https.
        expect(new Set(report.requests.map((r) => r.process.pid)).size).toBe(2);
      } finally {
        await git.close();
      }
    });

    it('a TLS library we do not probe (Java JSSE): one sni-only connection with SNI, ALPN and the reason', async () => {
      const sni = 'unprobed.egress-test.internal';
      const source = join(mkdtempSync(join(tmpdir(), 'el-java-')), 'Client.java');
      writeFileSync(
        source,
        `import javax.net.ssl.*;
         import java.security.cert.X509Certificate;
         import java.util.List;
         public class Client {
           public static void main(String[] args) throws Exception {
             TrustManager[] trustAll = { new X509TrustManager() {
               public void checkClientTrusted(X509Certificate[] c, String a) {}
               public void checkServerTrusted(X509Certificate[] c, String a) {}
               public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; } } };
             SSLContext context = SSLContext.getInstance("TLS");
             context.init(null, trustAll, null);
             try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", ${h2.port})) {
               SSLParameters params = socket.getSSLParameters();
               params.setServerNames(List.of(new SNIHostName("${sni}")));
               params.setApplicationProtocols(new String[] { "http/1.1" });
               socket.setSSLParameters(params);
               socket.getOutputStream().write("GET /java/unseen HTTP/1.1\\r\\nHost: ${sni}\\r\\nConnection: close\\r\\n\\r\\n".getBytes());
               System.out.println(new String(socket.getInputStream().readAllBytes()).split("\\r\\n")[0]);
             }
           }
         }`,
      );
      const before = { log: h2.log.length, sessions: h2.tlsSessions.length };
      const { report, result } = await traced(['java', source], { env, timeoutMs: 120_000 });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('HTTP/1.1 200');
      expect(h2.log.slice(before.log).map((e) => e.path)).toEqual(['/java/unseen']);
      expect(h2.tlsSessions.slice(before.sessions).map((s) => s.servername)).toEqual([sni]);

      const connections = report.connections.filter((c) => c.remotePort === h2.port);
      expect(connections).toHaveLength(1);
      expect(connections[0]).toMatchObject({
        tls: true,
        sni,
        alpn: ['http/1.1'],
        remoteAddress: '127.0.0.1',
        visibility: 'sni-only',
      });
      expect(connections[0]?.tlsLibrary).toBeUndefined();
      expect(connections[0]?.reason).toMatch(/TLS plaintext not captured/);
      expect(connections[0]?.process.exe).toMatch(/\/java$/);
      // Still one request line in the report, judged on what is known: the SNI.
      const requests = report.requests.filter((r) => r.connectionId === connections[0]?.id);
      expect(requests).toMatchObject([{ host: sni, port: h2.port, visibility: 'sni-only', path: '' }]);
    });
  });
}
