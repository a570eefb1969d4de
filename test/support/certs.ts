import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runCommand } from './run.js';

export interface TestCert {
  /** PEM of the leaf's private key. */
  key: string;
  /** PEM of the leaf certificate. */
  cert: string;
  keyPath: string;
  certPath: string;
  /**
   * PEM of the CA that signed every leaf of this run. Point clients at it (`curl --cacert`, SSL_CERT_FILE,
   * NODE_EXTRA_CA_CERTS, REQUESTS_CA_BUNDLE, `git -c http.sslCAInfo=`).
   */
  caPath: string;
}

/**
 * Environment that makes common clients trust exactly `caPath`. It overrides every CA variable such a client
 * reads, since a machine may already set some of them (GIT_SSL_CAINFO, for one, beats `git -c http.sslCAInfo`).
 * NODE_EXTRA_CA_CERTS adds to node's built-in roots rather than replacing them.
 */
export function caEnv(caPath: string): Record<string, string> {
  return {
    SSL_CERT_FILE: caPath,
    CURL_CA_BUNDLE: caPath,
    REQUESTS_CA_BUNDLE: caPath,
    NODE_EXTRA_CA_CERTS: caPath,
    GIT_SSL_CAINFO: caPath,
  };
}

/** Every leaf also covers the loopback addresses, so clients can connect by IP without a name. */
const LOOPBACK_IPS = ['127.0.0.1', '::1'];
const VALID_DAYS = 7;
const DNS_NAME = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i;

let workDir: string | undefined;
let caReady: Promise<string> | undefined;
const leaves = new Map<string, Promise<TestCert>>();

/**
 * A leaf certificate for `names` (plus 127.0.0.1 and ::1) signed by a per-run test CA. Leaves are cached
 * per name set, so servers that ask for the same names share one and clients need just the one CA file.
 */
export function makeCert(names: readonly string[]): Promise<TestCert> {
  for (const name of names) {
    if (!DNS_NAME.test(name)) throw new Error(`not a DNS name: ${JSON.stringify(name)}`);
  }
  const sortedNames = [...new Set(names.map((name) => name.toLowerCase()))].sort();
  const cacheKey = sortedNames.join(',');
  let leaf = leaves.get(cacheKey);
  if (leaf === undefined) {
    leaf = createLeaf(sortedNames);
    leaves.set(cacheKey, leaf);
  }
  return leaf;
}

function certDir(): string {
  if (workDir === undefined) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'egress-lens-certs-'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    workDir = dir;
  }
  return workDir;
}

async function openssl(args: string[]): Promise<void> {
  const result = await runCommand(['openssl', ...args], { cwd: certDir() });
  if (result.code !== 0) throw new Error(`openssl ${args[0]} failed: ${result.stderr}`);
}

// Our own config files keep the result independent of the distribution's openssl.cnf. The CA carries
// keyUsage and key identifiers because strict verifiers (Python's VERIFY_X509_STRICT, Go) insist on them.
const CA_CONFIG = `[req]
distinguished_name = dn
prompt = no
x509_extensions = ca_ext
[dn]
CN = egress-lens test CA
[ca_ext]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
`;

const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

function createCa(): Promise<string> {
  caReady ??= (async () => {
    await writeFile(path.join(certDir(), 'ca.cnf'), CA_CONFIG);
    await openssl([
      'req',
      '-x509',
      ...EC_KEY,
      '-days',
      String(VALID_DAYS),
      '-config',
      'ca.cnf',
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
    ]);
    return path.join(certDir(), 'ca.pem');
  })();
  return caReady;
}

function leafConfig(names: readonly string[]): string {
  const altNames = [
    ...names.map((name, index) => `DNS.${index + 1} = ${name}`),
    ...LOOPBACK_IPS.map((ip, index) => `IP.${index + 1} = ${ip}`),
  ];
  return `[req]
distinguished_name = dn
prompt = no
[dn]
CN = ${names[0] ?? LOOPBACK_IPS[0]}
[leaf_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
subjectAltName = @alt_names
[alt_names]
${altNames.join('\n')}
`;
}

async function createLeaf(names: readonly string[]): Promise<TestCert> {
  const caPath = await createCa();
  const base = `leaf-${leaves.size}-${randomBytes(4).toString('hex')}`;
  const file = (suffix: string): string => path.join(certDir(), `${base}.${suffix}`);
  await writeFile(file('cnf'), leafConfig(names));
  await openssl([
    'req',
    '-new',
    ...EC_KEY,
    '-config',
    file('cnf'),
    '-keyout',
    file('key'),
    '-out',
    file('csr'),
  ]);
  await openssl([
    'x509',
    '-req',
    '-in',
    file('csr'),
    '-CA',
    caPath,
    '-CAkey',
    path.join(certDir(), 'ca.key'),
    '-set_serial',
    `0x${randomBytes(8).toString('hex')}`,
    '-days',
    String(VALID_DAYS),
    '-extfile',
    file('cnf'),
    '-extensions',
    'leaf_ext',
    '-out',
    file('pem'),
  ]);
  return {
    key: await readFile(file('key'), 'utf8'),
    cert: await readFile(file('pem'), 'utf8'),
    keyPath: file('key'),
    certPath: file('pem'),
    caPath,
  };
}
