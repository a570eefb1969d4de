import { describe, expect, it } from 'vitest';
import { redactArgv, redactAuthority, redactHeaders, redactPath, redactText } from './redact.js';

const ghp = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';
const pat = 'github_pat_' + '11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz';
const npm = 'npm_' + 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';

describe('redaction', () => {
  it('blanks credential headers whatever their value', () => {
    expect(
      redactHeaders([
        ['Authorization', 'Bearer abc'],
        ['Cookie', 'a=b'],
        ['Proxy-Authorization', 'Basic eDp5'],
        ['Accept', 'text/html'],
      ]),
    ).toEqual({
      authorization: '[redacted]',
      cookie: '[redacted]',
      'proxy-authorization': '[redacted]',
      accept: 'text/html',
    });
  });

  it('finds token shapes in any header, path or text', () => {
    expect(redactHeaders([['X-Custom', `token ${ghp}`]])).toEqual({ 'x-custom': 'token [redacted]' });
    expect(redactText(`a ${pat} b ${npm} c ${jwt} d AKIAABCDEFGHIJKLMNOP`)).toBe(
      'a [redacted] b [redacted] c [redacted] d [redacted]',
    );
    expect(redactPath(`/repos/${ghp}/x`)).toBe('/repos/[redacted]/x');
  });

  it('blanks secret-looking query values and keeps the rest', () => {
    expect(redactPath('/api?access_token=s3cret&page=2&API_KEY=k&q=' + npm)).toBe(
      '/api?access_token=[redacted]&page=2&API_KEY=[redacted]&q=[redacted]',
    );
    expect(redactPath('/plain')).toBe('/plain');
  });

  it('drops URL userinfo', () => {
    expect(redactAuthority('user:pass@example.com:8443')).toBe('[redacted]@example.com:8443');
    expect(redactAuthority('example.com')).toBe('example.com');
  });
});

describe('redactArgv', () => {
  it('covers header arguments, credential flags, URLs with userinfo or secret queries, and token shapes', () => {
    expect(
      redactArgv([
        'curl',
        '-H',
        'Authorization: Bearer abc',
        '-u',
        'me:pw',
        'https://me:pw@h.example/x?token=t&ok=1',
        '--data',
        `t=${ghp}`,
        '-H',
        'Accept: */*',
      ]),
    ).toEqual([
      'curl',
      '-H',
      'Authorization: [redacted]',
      '-u',
      '[redacted]',
      'https://[redacted]@h.example/x?token=[redacted]&ok=1',
      '--data',
      't=[redacted]',
      '-H',
      'Accept: */*',
    ]);
  });

  it('redacts inside script arguments: URLs, headers, key assignments and credential flags', () => {
    const script = [
      `curl -sf -H 'Authorization: Bearer abc.def' -H 'Cookie: s=c00kie' -u me:pw 'https://me:pw@h.example/x?password=p4ss&ok=1'`,
      `python3 -c 'requests.get(u, headers={"X-Api-Key": "k3y"}, params={"token": "t0k"})'`,
      `node -e 'fetch(u, { headers: { cookie: "id=c00kie2" } })'`,
    ].join(' && ');
    const [redacted] = redactArgv([script]);
    for (const secret of ['abc.def', 'c00kie', 'me:pw', 'p4ss', 'k3y', 't0k', 'c00kie2']) {
      expect(redacted).not.toContain(secret);
    }
    expect(redacted).toContain('https://[redacted]@h.example/x?password=[redacted]&ok=1');
    expect(redacted).toContain("curl -sf -H 'Authorization: [redacted]'");
  });

  it('leaves an ordinary command line alone', () => {
    const argv = ['sh', '-c', 'make -j4 && ./test --verbose', 'https://example.com/a?b=1'];
    expect(redactArgv(argv)).toEqual(argv);
  });
});
