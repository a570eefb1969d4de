import { describe, expect, it } from 'vitest';
import type { ConnectionRecord, RequestRecord } from '../records/types.js';
import { applyPolicy, judgeConnection, judgeRequest, RecordJudge } from './judge.js';
import { parsePolicy, type Policy } from './load.js';
import { connection, curl, report, request } from './test-records.js';

function policyOf(source: string): Policy {
  const { policy, errors } = parsePolicy(source, 'p.yml', { env: {} });
  if (policy === undefined) throw new Error(JSON.stringify(errors));
  return policy;
}

/** The verdict of a policy with one allow rule, written as YAML flow mapping. */
function verdict(rule: string, req: RequestRecord, conn?: ConnectionRecord): string {
  return judgeRequest(policyOf(`allow:\n  - ${rule}\n`), req, conn).verdict;
}

describe('matching one allow rule', () => {
  const table: [string, RequestRecord, ConnectionRecord | undefined, string][] = [
    // exact hosts, case, trailing dots
    ['{ host: api.example.com }', request({ host: 'api.example.com' }), undefined, 'allowed'],
    ['{ host: api.example.com }', request({ host: 'API.Example.COM.' }), undefined, 'allowed'],
    ['{ host: "EXAMPLE.com." }', request({ host: 'example.com' }), undefined, 'allowed'],
    ['{ host: api.example.com }', request({ host: 'x.api.example.com' }), undefined, 'unmatched'],
    ['{ host: api.example.com }', request({ host: 'example.com' }), undefined, 'unmatched'],
    // * is one label (or part of one), ** any number of labels including none
    ['{ host: "*.example.com" }', request({ host: 'a.example.com' }), undefined, 'allowed'],
    ['{ host: "*.example.com" }', request({ host: 'a.b.example.com' }), undefined, 'unmatched'],
    ['{ host: "*.example.com" }', request({ host: 'example.com' }), undefined, 'unmatched'],
    ['{ host: "**.example.com" }', request({ host: 'example.com' }), undefined, 'allowed'],
    ['{ host: "**.example.com" }', request({ host: 'a.b.example.com' }), undefined, 'allowed'],
    ['{ host: "**.example.com" }', request({ host: 'badexample.com' }), undefined, 'unmatched'],
    [
      '{ host: "pipelines*.example.com" }',
      request({ host: 'pipelinesghub1.example.com' }),
      undefined,
      'allowed',
    ],
    [
      '{ host: "pipelines*.example.com" }',
      request({ host: 'pipelines.x.example.com' }),
      undefined,
      'unmatched',
    ],
    ['{ host: "*" }', request({ host: 'localhost' }), undefined, 'allowed'],
    ['{ host: "*" }', request({ host: 'a.b' }), undefined, 'unmatched'],
    // IDNA: either side may be written in Unicode or punycode
    ['{ host: bücher.de }', request({ host: 'xn--bcher-kva.de' }), undefined, 'allowed'],
    ['{ host: xn--bcher-kva.de }', request({ host: 'BÜCHER.de' }), undefined, 'allowed'],
    ['{ host: "*.bücher.de" }', request({ host: 'shop.xn--bcher-kva.de' }), undefined, 'allowed'],
    // IPs: CIDR v4 and v6, IPv4-mapped IPv6, an IP literal host without a known connection
    ['{ ip: 10.0.0.0/8 }', request({ host: 'a.com' }), connection({ remoteAddress: '10.1.2.3' }), 'allowed'],
    [
      '{ ip: 10.0.0.0/8 }',
      request({ host: 'a.com' }),
      connection({ remoteAddress: '11.0.0.1' }),
      'unmatched',
    ],
    [
      '{ ip: 10.0.0.0/8 }',
      request({ host: 'a.com' }),
      connection({ remoteAddress: '::ffff:10.1.2.3' }),
      'allowed',
    ],
    [
      '{ ip: "2001:db8::/32" }',
      request({ host: 'a.com' }),
      connection({ remoteAddress: '2001:db8:1::5' }),
      'allowed',
    ],
    [
      '{ ip: "2001:db8::/32" }',
      request({ host: 'a.com' }),
      connection({ remoteAddress: '2001:db9::1' }),
      'unmatched',
    ],
    [
      '{ ip: "::1" }',
      request({ host: 'a.com' }),
      connection({ remoteAddress: '0:0:0:0:0:0:0:1' }),
      'allowed',
    ],
    ['{ ip: "::1" }', request({ host: 'a.com' }), connection({ remoteAddress: '127.0.0.1' }), 'unmatched'],
    [
      '{ ip: "fe80::/10" }',
      request({ host: 'a.com' }),
      connection({ remoteAddress: 'fe80::1%eth0' }),
      'allowed',
    ],
    [
      '{ ip: "::ffff:10.0.0.0/104" }',
      request({ host: 'a.com' }),
      connection({ remoteAddress: '10.0.0.1' }),
      'allowed',
    ],
    [
      '{ ip: "::ffff:10.0.0.0/104" }',
      request({ host: 'a.com' }),
      connection({ remoteAddress: '11.0.0.1' }),
      'unmatched',
    ],
    [
      '{ ip: 0.0.0.0/0 }',
      request({ host: 'a.com' }),
      connection({ remoteAddress: '2001:db8::1' }),
      'unmatched',
    ],
    ['{ ip: 10.0.0.5 }', request({ host: '10.0.0.5' }), undefined, 'allowed'],
    ['{ ip: 10.0.0.5 }', request({ host: 'a.com' }), undefined, 'unmatched'],
    // ports and schemes
    ['{ host: a.com, port: 8443 }', request({ host: 'a.com', port: 8443 }), undefined, 'allowed'],
    ['{ host: a.com, port: 8443 }', request({ host: 'a.com' }), undefined, 'unmatched'],
    ['{ scheme: http }', request({ host: 'a.com', scheme: 'http' }), undefined, 'allowed'],
    ['{ scheme: http }', request({ host: 'a.com', scheme: 'https' }), undefined, 'unmatched'],
    // methods
    ['{ host: a.com, methods: [GET] }', request({ host: 'a.com', method: 'get' }), undefined, 'allowed'],
    ['{ host: a.com, methods: [GET] }', request({ host: 'a.com', method: 'POST' }), undefined, 'unmatched'],
    // paths: query ignored, case kept, dot segments and encoded unreserved characters resolved
    ['{ paths: ["/v1/**"] }', request({ host: 'a.com', path: '/v1/a/b?x=1' }), undefined, 'allowed'],
    ['{ paths: ["/v1/**"] }', request({ host: 'a.com', path: '/v1' }), undefined, 'unmatched'],
    ['{ paths: ["/v1/**"] }', request({ host: 'a.com', path: '/V1/a' }), undefined, 'unmatched'],
    ['{ paths: ["/v1/**"] }', request({ host: 'a.com', path: '/v1/../admin' }), undefined, 'unmatched'],
    ['{ paths: ["/v1/**"] }', request({ host: 'a.com', path: '/%761/x' }), undefined, 'allowed'],
    ['{ paths: ["/v1/*"] }', request({ host: 'a.com', path: '/v1/a/b' }), undefined, 'unmatched'],
    ['{ paths: ["/v1/*"] }', request({ host: 'a.com', path: '/v1/.hidden' }), undefined, 'allowed'],
    ['{ paths: ["/{a,b}/x"] }', request({ host: 'a.com', path: '/b/x' }), undefined, 'allowed'],
    // process and step
    ['{ process: "**/curl" }', request({ host: 'a.com' }), undefined, 'allowed'],
    ['{ process: "**/node" }', request({ host: 'a.com' }), undefined, 'unmatched'],
    [
      '{ step: "build*" }',
      request({ host: 'a.com', process: { ...curl, step: 'build-linux' } }),
      undefined,
      'allowed',
    ],
    ['{ step: "build*" }', request({ host: 'a.com' }), undefined, 'unmatched'],
    // every field of a rule must match
    ['{ host: a.com, process: "**/node" }', request({ host: 'a.com' }), undefined, 'unmatched'],
  ];

  it.each(table)('%s (row %#)', (rule, req, conn, expected) => {
    expect(verdict(rule, req, conn)).toBe(expected);
  });
});

describe('requests whose head was not seen', () => {
  const sniOnly = request({ host: 'api.example.com', visibility: 'sni-only', method: '', path: '' });
  const ipOnly = request({ host: '', visibility: 'ip-only', method: '', path: '' });
  const conn = connection({ remoteAddress: '192.0.2.10' });

  it('are allowed on host alone, and the judgement says so', () => {
    expect(judgeRequest(policyOf('allow:\n  - host: api.example.com\n'), sniOnly)).toEqual({
      verdict: 'allowed',
      rule: { kind: 'allow', file: 'p.yml', line: 2, index: 0 },
      basis: 'host-only',
    });
  });

  it('cannot be allowed by a rule that needs a path or method', () => {
    const policy = policyOf(
      'allow:\n  - { host: api.example.com, paths: ["/**"] }\n  - { methods: [GET] }\n',
    );
    expect(judgeRequest(policy, sniOnly)).toEqual({ verdict: 'unmatched', basis: 'host-only' });
  });

  it('are not denied by a deny rule on a path they may not have used', () => {
    const policy = policyOf(
      'allow:\n  - host: api.example.com\ndeny:\n  - { host: api.example.com, paths: ["/admin/**"] }\n',
    );
    expect(judgeRequest(policy, sniOnly).verdict).toBe('allowed');
  });

  it('with neither host nor SNI are judged on the IP', () => {
    expect(judgeRequest(policyOf('allow:\n  - host: "**"\n'), ipOnly, conn)).toEqual({
      verdict: 'unmatched',
      basis: 'ip-only',
    });
    expect(judgeRequest(policyOf('allow:\n  - ip: 192.0.2.0/24\n'), ipOnly, conn)).toEqual({
      verdict: 'allowed',
      rule: { kind: 'allow', file: 'p.yml', line: 2, index: 0 },
      basis: 'ip-only',
    });
  });

  it('with headers seen are judged on method and path too', () => {
    const headersOnly = request({ host: 'a.com', path: '/v1/x', visibility: 'headers-only' });
    expect(judgeRequest(policyOf('allow:\n  - paths: ["/v1/**"]\n'), headersOnly)).toEqual({
      verdict: 'allowed',
      rule: { kind: 'allow', file: 'p.yml', line: 2, index: 0 },
    });
  });
});

describe('deny beats allow', () => {
  const policy = policyOf(
    'allow:\n  - host: "**.example.com"\ndeny:\n  - host: api.example.com\n    paths: ["/admin/**"]\n',
  );

  it('denies with the deny rule', () => {
    expect(judgeRequest(policy, request({ host: 'api.example.com', path: '/admin/users' }))).toEqual({
      verdict: 'denied',
      rule: { kind: 'deny', file: 'p.yml', line: 4, index: 0 },
    });
  });

  it('denies a path dressed up with dot segments or encoding', () => {
    expect(judgeRequest(policy, request({ host: 'api.example.com', path: '/v1/../%61dmin/x' })).verdict).toBe(
      'denied',
    );
  });

  it('leaves the rest to the allow rule', () => {
    expect(judgeRequest(policy, request({ host: 'api.example.com', path: '/v1' }))).toEqual({
      verdict: 'allowed',
      rule: { kind: 'allow', file: 'p.yml', line: 2, index: 0 },
    });
  });
});

describe('judgeConnection', () => {
  const policy = policyOf('allow:\n  - host: api.example.com\n  - ip: 198.51.100.0/24\n');

  it('uses the SNI, then the DNS name, as the host', () => {
    expect(judgeConnection(policy, connection({ sni: 'api.example.com' }))).toEqual({
      verdict: 'allowed',
      rule: { kind: 'allow', file: 'p.yml', line: 2, index: 0 },
      basis: 'host-only',
    });
    expect(judgeConnection(policy, connection({ dnsName: 'api.example.com' })).verdict).toBe('allowed');
    expect(judgeConnection(policy, connection({ sni: 'other.com' }))).toEqual({
      verdict: 'unmatched',
      basis: 'host-only',
    });
  });

  it('falls back to the IP', () => {
    expect(judgeConnection(policy, connection({ remoteAddress: '198.51.100.7' }))).toEqual({
      verdict: 'allowed',
      rule: { kind: 'allow', file: 'p.yml', line: 3, index: 1 },
      basis: 'ip-only',
    });
  });
});

describe('applyPolicy', () => {
  const policy = policyOf('allow:\n  - host: a.com\ndeny:\n  - { host: a.com, paths: ["/secret"] }\n');
  const ok = request({ id: 'r1', host: 'a.com', path: '/ok', connectionId: 'c1' });
  const secret = request({ id: 'r2', host: 'a.com', path: '/secret', connectionId: 'c1' });
  const other = request({ id: 'r3', host: 'b.com', connectionId: 'c2' });
  const withRequests = connection({ id: 'c1', sni: 'a.com', requestIds: ['r1', 'r2'] });
  const allowedAlone = connection({ id: 'c2', sni: 'a.com', requestIds: ['r3'] });
  const bare = connection({ id: 'c3', remoteAddress: '203.0.113.9', remotePort: 22, tls: false });
  const { report: judged, violations } = applyPolicy(
    report([ok, secret, other], [withRequests, allowedAlone, bare]),
    policy,
  );

  it('fills a judgement on every request', () => {
    expect(judged.requests.map((r) => r.judgement?.verdict)).toEqual(['allowed', 'denied', 'unmatched']);
  });

  it('judges a connection through its requests (worst first), else on SNI or IP', () => {
    expect(judged.connections.map((c) => c.judgement)).toEqual([
      { verdict: 'denied', rule: { kind: 'deny', file: 'p.yml', line: 4, index: 0 } },
      { verdict: 'unmatched' },
      { verdict: 'unmatched', basis: 'ip-only' },
    ]);
  });

  it('lists each violation once, connections only when no request tells about them', () => {
    expect(violations).toEqual([
      {
        kind: 'request',
        id: 'r2',
        destination: 'GET https://a.com/secret',
        judgement: { verdict: 'denied', rule: { kind: 'deny', file: 'p.yml', line: 4, index: 0 } },
        process: curl,
      },
      {
        kind: 'request',
        id: 'r3',
        destination: 'GET https://b.com/',
        judgement: { verdict: 'unmatched' },
        process: curl,
      },
      {
        kind: 'connection',
        id: 'c3',
        destination: '203.0.113.9:22',
        judgement: { verdict: 'unmatched', basis: 'ip-only' },
        process: curl,
      },
    ]);
  });

  it('shows a request without a seen head by its URL alone', () => {
    const hidden = request({
      id: 'r9',
      host: 'c.com',
      visibility: 'sni-only',
      method: '',
      path: '',
      url: 'https://c.com',
    });
    expect(applyPolicy(report([hidden], []), policy).violations.map((v) => v.destination)).toEqual([
      'https://c.com',
    ]);
  });

  it('judges the same one record at a time, in the order records are built', () => {
    const judge = new RecordJudge(policy);
    const address = (c: ConnectionRecord) => c.remoteAddress;
    const built = [
      judge.request(ok, address(withRequests)),
      judge.request(secret, address(withRequests)),
      judge.connection(withRequests),
      judge.request(other, address(allowedAlone)),
      judge.connection(allowedAlone),
      judge.connection(bare),
    ];
    const [okJ, secretJ, otherJ] = judged.requests.map((r) => r.judgement);
    const [withRequestsJ, allowedAloneJ, bareJ] = judged.connections.map((c) => c.judgement);
    expect(built).toEqual([okJ, secretJ, withRequestsJ, otherJ, allowedAloneJ, bareJ]);
    expect(judge.violations).toBe(violations.length);
  });

  it('leaves the input report untouched', () => {
    expect(ok.judgement).toBeUndefined();
    expect(bare.judgement).toBeUndefined();
  });
});
