import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caEnv } from './certs.js';
import { runWithResolver, startDnsServer, TEST_DOMAIN, type TestDnsServer } from './dns-server.js';
import { startHttpServer, type TestServer } from './http-server.js';
import { runCommand } from './run.js';

// The whole set-up an end-to-end test uses: a test name served by our DNS, a TLS server with a
// certificate for it, and each real client trusting our CA through caEnv alone.
const NAME = `api.${TEST_DOMAIN}`;

const GO_CLIENT = `package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
)

func main() {
	response, err := http.Get(os.Args[1])
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	defer response.Body.Close()
	body, _ := io.ReadAll(response.Body)
	fmt.Printf("%d %s", response.StatusCode, body)
}
`;

let dns: TestDnsServer;
let server: TestServer;
let scratch: string;
beforeAll(async () => {
  dns = await startDnsServer({ [NAME]: '127.0.0.1' });
  server = await startHttpServer({ h2: true, names: [NAME] });
  scratch = mkdtempSync(path.join(os.tmpdir(), 'clients-test-'));
});
afterAll(async () => {
  await server.close();
  await dns.close();
  rmSync(scratch, { recursive: true, force: true });
});

function urlByName(requestPath: string): string {
  return `https://${NAME}:${server.port}${requestPath}`;
}

async function runClient(cmd: string[]): Promise<string> {
  const result = await runCommand(runWithResolver('127.0.0.1', cmd), {
    env: caEnv(server.caPath ?? ''),
    timeoutMs: 30_000,
  });
  if (result.code !== 0)
    throw new Error(`${cmd[0]} failed (${result.code}): ${result.stdout}${result.stderr}`);
  return result.stdout;
}

function lastRequest(): { path: string; status: number; servername: string | null } {
  const entry = server.log.at(-1);
  const session = server.tlsSessions.find((tls) => tls.remotePort === entry?.remotePort);
  return { path: entry?.path ?? '', status: entry?.status ?? -1, servername: session?.servername ?? null };
}

describe('real clients reach the test servers by name', () => {
  it('curl', async () => {
    expect(await runClient(['curl', '--silent', '--show-error', urlByName('/status/201?by=curl')])).toBe(
      'status 201\n',
    );
    expect(lastRequest()).toEqual({ path: '/status/201?by=curl', status: 201, servername: NAME });
    expect(dns.log.map((entry) => entry.name)).toContain(NAME);
  });

  it('python requests', async () => {
    const script =
      'import sys, requests; r = requests.get(sys.argv[1]); print(r.status_code, r.text, end="")';
    expect(await runClient(['python3', '-c', script, urlByName('/status/202?by=python')])).toBe(
      '202 status 202\n',
    );
    expect(lastRequest()).toEqual({ path: '/status/202?by=python', status: 202, servername: NAME });
  });

  it('node fetch', async () => {
    const script =
      'fetch(process.argv[1]).then(async (r) => process.stdout.write(r.status + " " + (await r.text())))';
    expect(await runClient([process.execPath, '-e', script, urlByName('/status/203?by=node')])).toBe(
      '203 status 203\n',
    );
    expect(lastRequest()).toEqual({ path: '/status/203?by=node', status: 203, servername: NAME });
  });

  it('go net/http', { timeout: 180_000 }, async () => {
    writeFileSync(path.join(scratch, 'main.go'), GO_CLIENT);
    const build = await runCommand(['go', 'build', '-o', 'client', 'main.go'], {
      cwd: scratch,
      timeoutMs: 170_000,
    });
    expect(build.stderr).toBe('');
    expect(await runClient([path.join(scratch, 'client'), urlByName('/status/204?by=go')])).toBe('204 ');
    expect(lastRequest()).toEqual({ path: '/status/204?by=go', status: 204, servername: NAME });
    expect(server.log.at(-1)?.httpVersion).toBe('2.0');
  });
});
