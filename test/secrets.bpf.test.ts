// Secrets never leave: tokens planted in real requests (headers, query strings, path segments, URL
// userinfo, command lines) over HTTP/1.1, HTTP/2 and plain HTTP must appear in none of the files
// `egress-lens run` writes, nor in what it prints.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/records/types.js';
import { caEnv } from './support/certs.js';
import { startHttpServer, type TestServer } from './support/http-server.js';
import { runCommand } from './support/run.js';

const cli = resolve(import.meta.dirname, '../bin/egress-lens.js');

// Shapes of real credentials, values made up. Each is unique, so finding it anywhere is a leak.
const secrets = {
  bearerJwt:
    'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwbGFudGVkLWp3dCIsImlhdCI6MTUxNjIzOTAyMn0.c2lnbmF0dXJlLW9mLXBsYW50ZWQtand0',
  ghp: 'ghp_' + 'Pl4nt3dGh9TokenXXXXXXXXXXXXXXXXXXXXXX',
  githubPat:
    'github_pat_' + '11PLANTED0000000000000_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfGhIjKlMnOpQrSt',
  npm: 'npm_' + 'PlantedNpmToken0000000000000000000000',
  awsKeyId: 'AKIA' + 'PLANTEDKEY000001',
  awsSecret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYplantedSECRET',
  cookie: 'planted-session-cookie-7f3a9c',
  basicUser: 'planteduser',
  basicPassword: 'planted-password-9b2e',
  apiKey: 'planted-api-key-5d1c',
  queryPassword: 'planted-query-password-3e8f',
};
const basicBase64 = Buffer.from(`${secrets.basicUser}:${secrets.basicPassword}`).toString('base64');
const planted = [...Object.values(secrets), basicBase64];

if (process.getuid?.() !== 0 && !process.env.CI) {
  describe.skip('secrets (needs root)', () => {});
} else {
  describe('secrets never reach the report, the event log or the output', () => {
    let https: TestServer;
    let h2: TestServer;
    let http: TestServer;
    let env: Record<string, string>;

    beforeAll(async () => {
      https = await startHttpServer({ tls: true });
      h2 = await startHttpServer({ h2: true });
      http = await startHttpServer({});
      env = caEnv(https.caPath as string);
    });
    afterAll(async () => {
      await Promise.all([https.close(), h2.close(), http.close()]);
    });

    it('curl, python and node requests carrying tokens everywhere', async () => {
      const port = (server: TestServer) => server.port;
      const query = `access_token=${secrets.ghp}&password=${secrets.queryPassword}&q=${secrets.npm}&X-Amz-Credential=${secrets.awsKeyId}/20260101/us-east-1/s3/aws4_request`;
      const curl = (server: TestServer, extra: string[]) => [
        'curl',
        '-sf',
        '-o',
        '/dev/null',
        ...extra,
        '-H',
        `Authorization: Bearer ${secrets.bearerJwt}`,
        '-H',
        `Cookie: session=${secrets.cookie}`,
        '-H',
        `X-Api-Key: ${secrets.apiKey}`,
        '-H',
        `X-Amz-Security-Token: ${secrets.awsSecret}`,
        `${server.origin.replace('://', `://${secrets.basicUser}:${secrets.basicPassword}@`)}/s/${secrets.githubPat}?${query}`,
      ];
      const python = [
        'import requests',
        `requests.get("https://localhost:${port(https)}/py/${secrets.npm}", params={"token": "${secrets.ghp}"},`,
        `  headers={"Authorization": "token ${secrets.githubPat}"}, auth=None).raise_for_status()`,
      ].join('\n');
      const node = `fetch("https://localhost:${port(https)}/node?api_key=${secrets.apiKey}", { headers: { authorization: "Bearer ${secrets.bearerJwt}", cookie: "id=${secrets.cookie}" } }).then((r) => process.exit(r.ok ? 0 : 1))`;
      const script = [
        curl(https, [])
          .map((a) => `'${a}'`)
          .join(' '),
        curl(h2, ['--http2'])
          .map((a) => `'${a}'`)
          .join(' '),
        curl(http, [])
          .map((a) => `'${a}'`)
          .join(' '),
        `python3 -c '${python}'`,
        `node -e '${node}'`,
      ].join(' && ');

      const out = mkdtempSync(join(tmpdir(), 'el-secrets-'));
      const before = https.log.length + h2.log.length + http.log.length;
      const result = await runCommand(
        [process.execPath, cli, 'run', '--out', out, '--', 'sh', '-c', script],
        {
          env,
          timeoutMs: 60_000,
        },
      );
      expect(result.code).toBe(0);

      // The requests really carried the secrets, and the report really holds the requests.
      const served = [...https.log, ...h2.log, ...http.log].slice(before);
      expect(served).toHaveLength(5);
      expect(served.some((entry) => entry.headers.authorization === `Bearer ${secrets.bearerJwt}`)).toBe(
        true,
      );
      const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
      expect(report.requests.filter((r) => r.visibility === 'full')).toHaveLength(5);
      expect(report.requests.map((r) => r.httpVersion).sort()).toEqual(['1.1', '1.1', '1.1', '1.1', '2']);

      const written = readdirSync(out).map((name) => ({ name, text: readFileSync(join(out, name), 'utf8') }));
      expect(written.map((w) => w.name).sort()).toEqual(['events.ndjson', 'report.json']);
      const places = [
        ...written,
        { name: 'stdout', text: result.stdout },
        { name: 'stderr', text: result.stderr },
      ];
      const leaks = places.flatMap(({ name, text }) =>
        planted.filter((secret) => text.includes(secret)).map((secret) => `${secret} in ${name}`),
      );
      expect(leaks).toEqual([]);
    });
  });
}
