// The README's first command: a local HTTPS server, and `egress-lens run` watching curl call it.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'egress-lens-example-'));
execFileSync(
  'openssl',
  [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '1',
    '-subj',
    '/CN=localhost',
    '-addext',
    'subjectAltName=DNS:localhost',
    '-keyout',
    join(dir, 'key.pem'),
    '-out',
    join(dir, 'cert.pem'),
  ],
  { stdio: 'ignore' },
);
const server = createServer(
  { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
  (req, res) => {
    res.end(`hello from ${req.url}\n`);
  },
);
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `https://localhost:${server.address().port}`;
console.log(`example server at ${url}; running: egress-lens run -- curl ...`);
const child = spawn(
  process.execPath,
  [
    'bin/egress-lens.js',
    'run',
    '--out',
    join(dir, 'report'),
    '--',
    'curl',
    '-s',
    '--cacert',
    join(dir, 'cert.pem'),
    `${url}/hello?from=example`,
    `${url}/api/v1/items`,
  ],
  { stdio: 'inherit' },
);
const code = await new Promise((resolve) => child.on('exit', resolve));
server.close();
process.exitCode = code ?? 1;
