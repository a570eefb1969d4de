// End to end: `egress-lens run` (the bundled CLI, real eBPF) against real clients talking to
// loopback servers whose own logs are the truth.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectionRecord, Report, RequestRecord } from '../src/records/types.js';
import { caEnv } from './support/certs.js';
import { startContainerDaemon } from './support/container-daemon.js';
import { runWithResolver, startDnsServer, TEST_DOMAIN } from './support/dns-server.js';
import { startHttpServer, type TestServer } from './support/http-server.js';
import { listenOnLoopback } from './support/loopback.js';
import { runCommand } from './support/run.js';
import { CLI as cli, traced as tracedRun } from './support/traced.js';

/** A loopback port nothing listens on (bound, then released). */
async function unusedPort(): Promise<number> {
  const listening = await listenOnLoopback(createServer(), '127.0.0.1');
  await listening.close();
  return listening.port;
}

if (process.getuid?.() !== 0 && !process.env.CI) {
  describe.skip('capture (needs root)', () => {});
} else {
  describe('egress-lens run', () => {
    let https: TestServer;
    let http: TestServer;
    let env: Record<string, string>;

    beforeAll(async () => {
      https = await startHttpServer({ tls: true, names: ['localhost', `api.${TEST_DOMAIN}`] });
      http = await startHttpServer({});
      env = caEnv(https.caPath as string);
    });
    afterAll(async () => {
      await https.close();
      await http.close();
    });

    /** Runs `command` under the tracer; returns the report and what the servers logged meanwhile. */
    async function traced(command: string[], extraEnv: Record<string, string | undefined> = {}) {
      const before = { https: https.log.length, http: http.log.length };
      const run = await tracedRun(command, { env: { ...env, ...extraEnv } });
      const served = [...https.log.slice(before.https), ...http.log.slice(before.http)];
      return { ...run, served };
    }

    const summary = (r: RequestRecord) => ({ method: r.method, path: r.path, status: r.status });
    const paths = (rs: { path: string }[]) => rs.map((r) => r.path).sort();

    it('curl over HTTPS and plain HTTP: exact requests and process', async () => {
      const { result, report, served } = await traced([
        'sh',
        '-c',
        `curl -sf https://localhost:${https.port}/tls/one?q=1 >/dev/null && curl -sf -X POST -d x=1 ${http.url('/plain/two')} >/dev/null`,
      ]);
      expect(result.code).toBe(0);
      expect(report.requests.map(summary).sort((a, b) => a.path.localeCompare(b.path))).toEqual([
        { method: 'POST', path: '/plain/two', status: 200 },
        { method: 'GET', path: '/tls/one?q=1', status: 200 },
      ]);
      expect(paths(report.requests)).toEqual(paths(served));
      const tls = report.requests.find((r) => r.path === '/tls/one?q=1');
      expect(tls).toMatchObject({
        scheme: 'https',
        host: 'localhost',
        port: https.port,
        httpVersion: '1.1',
        visibility: 'full',
      });
      expect(tls?.url).toBe(`https://localhost:${https.port}/tls/one?q=1`);
      expect(tls?.process.exe).toBe('/usr/bin/curl');
      // As executed: /usr/bin/sh (a link to dash on Debian), the path the kernel was given.
      expect(tls?.process.ancestry.map((a) => a.exe)).toEqual(['/usr/bin/sh']);
      const conn = report.connections.find((c) => c.id === tls?.connectionId);
      expect(conn).toMatchObject({
        tls: true,
        tlsLibrary: 'openssl',
        sni: 'localhost',
        remoteAddress: '127.0.0.1',
        remotePort: https.port,
      });
      expect(report.stats.lost).toBe(0);
    });

    it('keep-alive: several requests on one connection, in order', async () => {
      const { report } = await traced([
        'curl',
        '-sf',
        '-o',
        '/dev/null',
        '-o',
        '/dev/null',
        '-o',
        '/dev/null',
        https.url('/ka/1'),
        https.url('/ka/2'),
        https.url('/status/404'),
      ]);
      expect(report.requests.map(summary)).toEqual([
        { method: 'GET', path: '/ka/1', status: 200 },
        { method: 'GET', path: '/ka/2', status: 200 },
        { method: 'GET', path: '/status/404', status: 404 },
      ]);
      expect(new Set(report.requests.map((r) => r.connectionId)).size).toBe(1);
      expect(report.connections).toHaveLength(1);
      expect(report.connections[0]?.requestIds).toEqual(report.requests.map((r) => r.id));
    });

    it('python urllib and requests, and python that imports ssl only later', async () => {
      const script = [
        'import sys, time, urllib.request',
        `urllib.request.urlopen("${https.url('/py/urllib')}").read()`,
        'import requests',
        `requests.get("${https.url('/py/requests?page=2')}").raise_for_status()`,
      ].join('\n');
      const late = `import time\ntime.sleep(0.3)\nimport ssl, urllib.request\nurllib.request.urlopen("${https.url('/py/late')}").read()`;
      const { report, served } = await traced(['sh', '-c', `python3 -c '${script}' && python3 -c '${late}'`]);
      expect(report.requests.map(summary).sort((a, b) => a.path.localeCompare(b.path))).toEqual([
        { method: 'GET', path: '/py/late', status: 200 },
        { method: 'GET', path: '/py/requests?page=2', status: 200 },
        { method: 'GET', path: '/py/urllib', status: 200 },
      ]);
      expect(paths(report.requests)).toEqual(paths(served));
      for (const r of report.requests) expect(r.process.exe).toMatch(/python3/);
    });

    it('a private copy of OpenSSL mapped after start is probed before its first request', async () => {
      // Like a wheel that bundles its own libssl: a file no probe has seen, loaded by `import ssl`.
      const dir = mkdtempSync(join(tmpdir(), 'el-libssl-'));
      copyFileSync('/usr/lib/x86_64-linux-gnu/libssl.so.3', join(dir, 'libssl.so.3'));
      const script = `import ssl, urllib.request\nurllib.request.urlopen("${https.url('/private-openssl/first')}").read()`;
      const { report } = await traced(['python3', '-c', script], { LD_LIBRARY_PATH: dir });
      expect(report.requests.map(summary)).toEqual([
        { method: 'GET', path: '/private-openssl/first', status: 200 },
      ]);
      expect(report.connections[0]?.tlsLibrary).toBe('openssl');
    });

    it('node https.get and fetch, from a node binary first seen at exec', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'el-node-'));
      const node = join(dir, 'node-copy');
      copyFileSync(process.execPath, node);
      const script = [
        "const https = require('node:https');",
        `https.get('${https.url('/node/get')}', (res) => { res.resume(); res.on('end', async () => {`,
        `  const r = await fetch('${https.url('/node/fetch')}', { method: 'PUT', body: 'abc' }); await r.text(); }); });`,
      ].join('\n');
      const { report } = await traced(['sh', '-c', `chmod +x ${node} && ${node} -e "${script}"`]);
      expect(report.requests.map(summary).sort((a, b) => a.path.localeCompare(b.path))).toEqual([
        { method: 'PUT', path: '/node/fetch', status: 200 },
        { method: 'GET', path: '/node/get', status: 200 },
      ]);
      for (const r of report.requests) expect(r.process.exe).toBe(node);
    });

    it('a grandchild process is attributed with its ancestry', async () => {
      const { report } = await traced([
        'sh',
        '-c',
        `bash -c "curl -sf -o /dev/null ${http.url('/grandchild')}; true"; true`,
      ]);
      expect(report.requests.map(summary)).toEqual([{ method: 'GET', path: '/grandchild', status: 200 }]);
      const p = report.requests[0]?.process;
      expect(p?.exe).toBe('/usr/bin/curl');
      expect(p?.ancestry.map((a) => a.exe)).toEqual(['/usr/bin/bash', '/usr/bin/sh']);
    });

    it('a process that execs another program after its requests: each request carries the program that made it', async () => {
      // The 6 MiB download is more than the agent leaves waiting while a job runs: it handles the
      // backlog in slices while python goes on, and the exec arrives meanwhile. Requests must still
      // meet the process table as it was when they were made.
      const big = 6 * 1024 * 1024;
      const script = [
        'import os, sys, urllib.request',
        `base = "https://localhost:${https.port}"`,
        `assert len(urllib.request.urlopen(base + "/bytes/${big}").read()) == ${big}`,
        'urllib.request.urlopen(base + "/before-exec").read()',
        'sys.stdout.flush()',
        'os.execv("/usr/bin/curl", ["curl", "-sf", "-o", "/dev/null", base + "/after-exec"])',
      ].join('\n');
      const { result, report, served } = await traced(['python3', '-c', script]);
      expect(result.code).toBe(0);
      expect(served.map((s) => s.path)).toEqual([`/bytes/${big}`, '/before-exec', '/after-exec']);
      expect(
        report.requests.map((r) => ({
          path: r.path,
          status: r.status,
          exe: r.process.exe,
          arg1: r.process.argv[1],
        })),
      ).toEqual([
        { path: `/bytes/${big}`, status: 200, exe: expect.stringMatching(/python3/), arg1: '-c' },
        { path: '/before-exec', status: 200, exe: expect.stringMatching(/python3/), arg1: '-c' },
        { path: '/after-exec', status: 200, exe: '/usr/bin/curl', arg1: '-sf' },
      ]);
      expect(report.requests[0]?.responseBytes).toBe(big);
      const pids = new Set(report.requests.map((r) => r.process.pid));
      expect(pids.size).toBe(1);
      expect(report.stats.lost).toBe(0);
    });

    it('a pipelined HTTP/1.1 burst in one write', async () => {
      const burst = [1, 2, 3, 4, 5].map((i) => `GET /pipe/${i} HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n`).join('');
      const script = [
        'import socket',
        `s = socket.create_connection(("127.0.0.1", ${http.port}))`,
        `s.sendall(b"${burst}")`,
        'data = b""',
        'while data.count(b"HTTP/1.1 200") < 5:',
        '    data += s.recv(65536)',
        's.close()',
      ].join('\n');
      const { report, served } = await traced(['python3', '-c', script]);
      expect(report.requests.map(summary)).toEqual(
        [1, 2, 3, 4, 5].map((i) => ({ method: 'GET', path: `/pipe/${i}`, status: 200 })),
      );
      expect(paths(served)).toEqual(paths(report.requests));
      expect(new Set(report.requests.map((r) => r.connectionId)).size).toBe(1);
    });

    it('bytes peeked at (recv and recvmsg with MSG_PEEK) are read once, when they are read', async () => {
      const script = [
        'import socket',
        `s = socket.create_connection(("127.0.0.1", ${http.port}))`,
        's.sendall(b"GET /peek/1 HTTP/1.1\\r\\nHost: x\\r\\nConnection: close\\r\\n\\r\\n")',
        'assert s.recv(12, socket.MSG_PEEK) == b"HTTP/1.1 200"',
        'assert s.recvmsg(12, 0, socket.MSG_PEEK)[0] == b"HTTP/1.1 200"',
        'data = b""',
        'while chunk := s.recv(65536):',
        '    data += chunk',
        'print(len(data))',
      ].join('\n');
      const { report, result } = await traced(['python3', '-c', script]);
      expect(result.code, result.stderr).toBe(0);
      expect(report.requests.map(summary)).toEqual([{ method: 'GET', path: '/peek/1', status: 200 }]);
      const conn = report.connections.find((c) => c.id === report.requests[0]?.connectionId);
      expect(conn?.bytesReceived).toBe(Number(result.stdout.trim()));
      expect(report.stats.unparsed).toBe(0);
    });

    it('of a TLS connection the kernel copies the ClientHello, not the ciphertext after it', async () => {
      // The same upload written whole and in 30 pieces: 29 more SSL_write calls, each one plaintext
      // event. Were the ciphertext copied too, each would bring a second event from its write().
      const upload = (pieces: number) =>
        [
          'import socket, ssl',
          `s = ssl.create_default_context().wrap_socket(socket.create_connection(("127.0.0.1", ${https.port})), server_hostname="localhost")`,
          `s.sendall(b"POST /upload/${pieces} HTTP/1.1\\r\\nHost: localhost\\r\\nContent-Length: 3000\\r\\nConnection: close\\r\\n\\r\\n")`,
          `for _ in range(${pieces}): s.sendall(b"x" * ${3000 / pieces})`,
          'while s.recv(65536): pass',
        ].join('\n');
      const whole = await traced(['python3', '-c', upload(1)]);
      const pieces = await traced(['python3', '-c', upload(30)]);
      for (const [count, { report, result, served }] of [
        [1, whole],
        [30, pieces],
      ] as const) {
        expect(result.code, result.stderr).toBe(0);
        expect(served.map((r) => r.path)).toEqual([`/upload/${count}`]);
        expect(report.requests).toMatchObject([
          {
            method: 'POST',
            path: `/upload/${count}`,
            status: 200,
            requestBytes: 3000,
            visibility: 'full',
            process: { exe: expect.stringMatching(/python3/) },
          },
        ]);
        expect(report.connections).toMatchObject([{ tls: true, sni: 'localhost', tlsLibrary: 'openssl' }]);
      }
      // 29 more give or take a few: the answer's reads (and TLS 1.3's session tickets) do not always
      // come in the same number of pieces. With the ciphertext copied it was 56-59.
      const more = pieces.report.stats.events - whole.report.stats.events;
      expect(more).toBeGreaterThan(20);
      expect(more).toBeLessThan(40);
    });

    it('a refused non-blocking connect is reported as a failed connect, not as silence', async () => {
      const closedPort = await unusedPort();
      // curl connects non-blocking: connect() says EINPROGRESS, the refusal comes later.
      const { report } = await traced(['sh', '-c', `curl -s http://127.0.0.1:${closedPort}/nowhere; true`]);
      const conn = report.connections.find((c) => c.remotePort === closedPort);
      expect(conn).toMatchObject({ visibility: 'ip-only', remoteAddress: '127.0.0.1' });
      expect(conn?.reason).toMatch(/^connect failed/);
      expect(report.connections.filter((c) => c.remotePort === closedPort)).toHaveLength(1);
    });

    it('a connection still open when capture ends carries the bytes moved so far', async () => {
      // The child keeps its connection open past the run's grace period for descendants.
      const script = [
        'import os, socket, time',
        'if os.fork() == 0:',
        `    s = socket.create_connection(("127.0.0.1", ${http.port}))`,
        '    s.sendall(b"GET /left-open HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n")',
        '    s.recv(65536)',
        '    time.sleep(6)',
      ].join('\n');
      const { report } = await traced(['python3', '-c', script]);
      const request = report.requests.find((r) => r.path === '/left-open');
      expect(request?.status).toBe(200);
      const conn = report.connections.find((c) => c.id === request?.connectionId);
      expect(conn?.bytesSent).toBe('GET /left-open HTTP/1.1\r\nHost: x\r\n\r\n'.length);
      expect(conn?.bytesReceived).toBeGreaterThan(0);
    });

    it('a 5 MB upload is recorded whole, headers intact', async () => {
      const file = join(mkdtempSync(join(tmpdir(), 'el-upload-')), 'blob');
      writeFileSync(file, Buffer.alloc(5 * 1024 * 1024, 7));
      const { report, served } = await traced([
        'curl',
        '-sf',
        '-o',
        '/dev/null',
        '-H',
        'X-Upload: yes',
        '--data-binary',
        `@${file}`,
        https.url('/echo-len'),
        https.url('/after-upload'),
      ]);
      // curl sends the same --data-binary body to each URL.
      expect(served.map((s) => s.bodyBytes)).toEqual([5 * 1024 * 1024, 5 * 1024 * 1024]);
      expect(report.requests.map(summary)).toEqual([
        { method: 'POST', path: '/echo-len', status: 200 },
        { method: 'POST', path: '/after-upload', status: 200 },
      ]);
      expect(report.requests.map((r) => r.requestBytes)).toEqual([5 * 1024 * 1024, 5 * 1024 * 1024]);
      expect(report.requests[0]?.headers['x-upload']).toBe('yes');
    });

    it('a process outside the traced tree is not recorded', async () => {
      const outsider = runCommand(['sh', '-c', `sleep 0.3; curl -sf -o /dev/null ${http.url('/outside')}`], {
        env,
      });
      const { report, served } = await traced([
        'sh',
        '-c',
        `sleep 0.6; curl -sf -o /dev/null ${http.url('/inside')}`,
      ]);
      await outsider;
      expect(paths(served)).toEqual(['/inside', '/outside']);
      expect(report.requests.map(summary)).toEqual([{ method: 'GET', path: '/inside', status: 200 }]);
    });

    it('a container the traced command has started (a pid namespace) is not recorded: containers mode is off', async () => {
      const daemon = await startContainerDaemon(env);
      try {
        const { report, served } = await traced(
          [
            'sh',
            '-c',
            `curl -sf --unix-socket "$DAEMON" --data-binary "$SCRIPT" http://daemon/run && curl -sf -o /dev/null ${https.url('/cli/own')}`,
          ],
          {
            DAEMON: daemon.socket,
            SCRIPT: `curl -sf -o /dev/null ${https.url('/in/container')}`,
          },
        );
        expect(daemon.runs.map((r) => r.code)).toEqual([0]);
        expect(paths(served)).toEqual(['/cli/own', '/in/container']);
        expect(report.requests.map(summary)).toEqual([{ method: 'GET', path: '/cli/own', status: 200 }]);
        expect(report.processes.map((p) => p.exe).sort()).toEqual([
          '/usr/bin/curl',
          '/usr/bin/curl',
          '/usr/bin/sh',
        ]);
      } finally {
        await daemon.close();
      }
    });

    it('each connection carries the DNS name the process asked for', async () => {
      const name = `api.${TEST_DOMAIN}`;
      const dns = await startDnsServer({ [name]: '127.0.0.1' });
      try {
        const { report } = await traced(
          runWithResolver('127.0.0.1', [
            'curl',
            '-sf',
            '-o',
            '/dev/null',
            `https://${name}:${https.port}/dns/attributed`,
          ]),
        );
        expect(report.requests.map(summary)).toEqual([
          { method: 'GET', path: '/dns/attributed', status: 200 },
        ]);
        expect(report.requests[0]?.host).toBe(name);
        const conn = report.connections[0] as ConnectionRecord;
        expect(conn).toMatchObject({ dnsName: name, sni: name, remoteAddress: '127.0.0.1' });
        expect(report.dns.filter((d) => d.type === 'A')).toEqual([
          expect.objectContaining({ name, answers: ['127.0.0.1'] }),
        ]);
      } finally {
        await dns.close();
      }
    });

    it('secrets in headers and query strings never reach the report', async () => {
      const token = 'ghp_' + 'Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0Fe9Dc8';
      const { report, out } = await traced([
        'curl',
        '-sf',
        '-o',
        '/dev/null',
        '-H',
        `Authorization: Bearer ${token}`,
        '-H',
        'Cookie: session=abc123',
        https.url(`/secret?access_token=s3cr3tvalue&ok=1`),
      ]);
      const written =
        readFileSync(join(out, 'report.json'), 'utf8') + readFileSync(join(out, 'events.ndjson'), 'utf8');
      for (const secret of [token, 'abc123', 's3cr3tvalue']) expect(written).not.toContain(secret);
      expect(report.requests[0]?.path).toBe('/secret?access_token=[redacted]&ok=1');
      expect(report.requests[0]?.headers.authorization).toBe('[redacted]');
    });

    it('enforce mode: a request outside the policy fails the run and is judged in the report', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'el-policy-'));
      const policy = join(dir, 'policy.yml');
      writeFileSync(policy, `allow:\n  - host: '127.0.0.1'\n    paths: ['/allowed/**']\n`);
      const out = join(dir, 'out');
      const result = await runCommand(
        [
          process.execPath,
          cli,
          'run',
          '--out',
          out,
          '--policy',
          policy,
          '--mode',
          'enforce',
          '--',
          'sh',
          '-c',
          `curl -sf -o /dev/null ${http.url('/allowed/ok')} && curl -sf -o /dev/null ${http.url('/forbidden')}`,
        ],
        { env, timeoutMs: 60_000 },
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('1 requests broke the policy (enforce mode)');
      const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
      expect(report.requests.map((r) => [r.path, r.judgement?.verdict])).toEqual([
        ['/allowed/ok', 'allowed'],
        ['/forbidden', 'unmatched'],
      ]);
      expect(report.policy).toEqual({ files: [policy], mode: 'enforce', violations: 1 });
    });

    it('a broken policy is named by file, line and field before anything runs', async () => {
      const policy = join(mkdtempSync(join(tmpdir(), 'el-policy-')), 'bad.yml');
      writeFileSync(policy, `allow:\n  - host: example.com\n    port: 99999\n`);
      const result = await runCommand([process.execPath, cli, 'run', '--policy', policy, '--', 'true']);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`^${policy}:3:11: allow\\[0\\]\\.port: `));
    });

    it('without root: one clear line and exit code 2', async () => {
      const result = await runCommand([
        'setpriv',
        '--reuid=65534',
        '--regid=65534',
        '--clear-groups',
        process.execPath,
        cli,
        'run',
        '--',
        'true',
      ]);
      expect(result.code).toBe(2);
      expect(result.stderr.trim()).toBe(
        'egress-lens: egress-lens needs root to load eBPF programs: run it with sudo',
      );
    });
  });
}
