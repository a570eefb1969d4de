import { describe, expect, it } from 'vitest';
import { caEnv, makeCert } from './certs.js';
import { runCommand } from './run.js';

async function verify(caPath: string, certPath: string, check: string[]): Promise<string> {
  const result = await runCommand([
    'openssl',
    'verify',
    '-x509_strict',
    '-CAfile',
    caPath,
    ...check,
    certPath,
  ]);
  return `${result.stdout}${result.stderr}`.trim();
}

describe('makeCert', () => {
  it('makes a leaf the CA verifies for each name and both loopback addresses', async () => {
    const cert = await makeCert(['api.egress-test.internal', 'localhost']);
    expect(cert.cert).toMatch(/^-----BEGIN CERTIFICATE-----\n/);
    expect(cert.key).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    for (const check of [
      ['-verify_hostname', 'api.egress-test.internal'],
      ['-verify_hostname', 'localhost'],
      ['-verify_ip', '127.0.0.1'],
      ['-verify_ip', '::1'],
    ]) {
      expect(await verify(cert.caPath, cert.certPath, check)).toBe(`${cert.certPath}: OK`);
    }
    expect(await verify(cert.caPath, cert.certPath, ['-verify_hostname', 'other.internal'])).toContain(
      'hostname mismatch',
    );
  });

  it('caches per name set and signs every leaf with one CA', async () => {
    const first = await makeCert(['b.test', 'a.test']);
    expect(await makeCert(['a.test', 'b.test', 'A.test'])).toBe(first);
    const other = await makeCert(['c.test']);
    expect(other.certPath).not.toBe(first.certPath);
    expect(other.caPath).toBe(first.caPath);
  });

  it('refuses a name that is not a DNS name', () => {
    expect(() => makeCert(['bad name'])).toThrow('not a DNS name: "bad name"');
  });

  it('points every client CA variable at the CA', () => {
    expect(caEnv('/x/ca.pem')).toEqual({
      SSL_CERT_FILE: '/x/ca.pem',
      CURL_CA_BUNDLE: '/x/ca.pem',
      REQUESTS_CA_BUNDLE: '/x/ca.pem',
      NODE_EXTRA_CA_CERTS: '/x/ca.pem',
      GIT_SSL_CAINFO: '/x/ca.pem',
    });
  });
});
