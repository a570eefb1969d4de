import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConnectionRecord, RequestRecord, Visibility } from '../records/types.js';
import { formatPolicyErrors } from '../report/policy-errors.js';
import { applyPolicy } from './judge.js';
import { parsePolicy } from './load.js';
import { suggestPolicy } from './suggest.js';
import { connection, curl, report, request } from './test-records.js';

const node = { ...curl, pid: 7, exe: '/usr/bin/node' };

describe('suggestPolicy', () => {
  it('uses presets, folds siblings, keeps a few paths and writes the schema line', () => {
    const suggested = suggestPolicy(
      report(
        [
          request({ id: 'r1', host: 'registry.npmjs.org', path: '/lodash', process: node }),
          request({ id: 'r2', host: 'api.example.com', path: '/v1/users?page=2', method: 'POST' }),
          request({ id: 'r3', host: 'api.example.com', path: '/v1/items' }),
          request({ id: 'r4', host: 'api.example.com', path: '/health' }),
          request({ id: 'r5', host: 'a.cdn.example.net', path: '/1' }),
          request({ id: 'r6', host: 'b.cdn.example.net', path: '/2' }),
          request({ id: 'r7', host: 'c.cdn.example.net', path: '/3' }),
          request({ id: 'r8', host: 'svc.local', port: 8080, scheme: 'http', path: '/a/b' }),
          request({ id: 'r9', host: 'sni.example.org', visibility: 'sni-only', path: '', method: '' }),
        ],
        [connection({ id: 'c9', remoteAddress: '203.0.113.5', remotePort: 5432, tls: false })],
      ),
    );
    expect(suggested).toBe(
      [
        '# yaml-language-server: $schema=https://raw.githubusercontent.com/egress-lens/egress-lens/main/policies/schema.json',
        '# Suggested by egress-lens from a run started 2026-01-01T00:00:00.000Z (requests: 9, connections: 1).',
        '',
        'extends: [npm]',
        'allow:',
        '  # from curl (3)',
        '  - host: "*.cdn.example.net"',
        '    methods: [GET]',
        '    paths: [/1, /2, /3]',
        '  # from curl (3)',
        '  - host: api.example.com',
        '    methods: [GET, POST]',
        '    paths: [/health, /v1/**]',
        '  # from curl (1)',
        '  - host: sni.example.org',
        '  # from curl (1)',
        '  - host: svc.local',
        '    port: 8080',
        '    methods: [GET]',
        '    paths: [/a/**]',
        '  # from curl (1)',
        '  - ip: 203.0.113.5',
        '    port: 5432',
        '',
      ].join('\n'),
    );
  });

  it('drops paths for a host that serves many prefixes, and never folds shared hosting', () => {
    const paths = ['/a/1', '/b/1', '/c/1', '/d/1'];
    const requests = [
      ...paths.map((path, i) => request({ id: `p${i}`, host: 'registry.example.com', path })),
      ...['x', 'y', 'z'].map((name, i) => request({ id: `g${i}`, host: `${name}.github.io` })),
    ];
    expect(
      suggestPolicy(report(requests, []))
        .split('\n')
        .filter((line) => line.startsWith('  - ')),
    ).toEqual([
      '  - host: registry.example.com',
      '  - host: x.github.io',
      '  - host: y.github.io',
      '  - host: z.github.io',
    ]);
  });
});

// ---- property: the suggestion allows everything in the report it was made from -----------------------

const label = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,6}$/);
const host = fc.oneof(
  fc.constantFrom(
    'registry.npmjs.org',
    'github.com',
    'API.GitHub.com.',
    'pypi.org',
    'nodejs.org',
    'bücher.de',
    '10.0.0.7',
    '[2001:db8::1]',
    'a b.example.com',
  ),
  fc
    .tuple(label, fc.constantFrom('example.com', 'cdn.example.net', 'github.io', 'svc'))
    .map(([l, p]) => `${l}.${p}`),
);
const segment = fc.constantFrom(
  'v1',
  'a',
  'b.c',
  '%41',
  '..',
  '.',
  'x y',
  '*',
  '[',
  '{',
  '@types%2fnode',
  '',
);
const path = fc
  .tuple(fc.array(segment, { maxLength: 4 }), fc.option(fc.constantFrom('?q=1', '?a=[b]#f'), { nil: '' }))
  .map(([segments, query]) => `/${segments.join('/')}${query}`);
const address = fc.oneof(
  fc.ipV4(),
  fc.ipV6(),
  fc.ipV4().map((ip) => `::ffff:${ip}`),
);
const visibility = fc.constantFrom<Visibility>('full', 'headers-only', 'sni-only', 'ip-only');
const exe = fc.constantFrom('/usr/bin/curl', '/usr/bin/node', '/opt/go/bin/go');

const requestArb = fc.record({
  host,
  port: fc.constantFrom(80, 443, 8080, 8443),
  scheme: fc.constantFrom<'http' | 'https'>('http', 'https'),
  method: fc.constantFrom('GET', 'POST', 'put', 'PROPFIND'),
  path,
  visibility,
  hostless: fc.boolean(),
  exe,
});
const connectionArb = fc.record({
  address,
  port: fc.constantFrom(22, 80, 443, 5432),
  tls: fc.boolean(),
  sni: fc.option(host, { nil: undefined }),
  dnsName: fc.option(host, { nil: undefined }),
});

const reportArb = fc
  .tuple(fc.array(connectionArb, { minLength: 1, maxLength: 6 }), fc.array(requestArb, { maxLength: 12 }))
  .chain(([conns, reqs]) =>
    fc.tuple(
      fc.constant(conns),
      fc.constant(reqs),
      fc.array(fc.nat(conns.length - 1), { minLength: reqs.length, maxLength: reqs.length }),
    ),
  )
  .map(([conns, reqs, owners]) => {
    const requests: RequestRecord[] = reqs.map((r, i) =>
      request({
        id: `r${i}`,
        host: r.visibility === 'ip-only' && r.hostless ? '' : r.host,
        port: r.port,
        scheme: r.scheme,
        method: r.method,
        path: r.path,
        visibility: r.visibility,
        connectionId: `c${owners[i] ?? 0}`,
        process: { ...curl, exe: r.exe },
      }),
    );
    const connections: ConnectionRecord[] = conns.map((c, i) =>
      connection({
        id: `c${i}`,
        remoteAddress: c.address,
        remotePort: c.port,
        tls: c.tls,
        ...(c.sni !== undefined ? { sni: c.sni } : {}),
        ...(c.dnsName !== undefined ? { dnsName: c.dnsName } : {}),
        requestIds: requests.filter((_, j) => owners[j] === i).map((r) => r.id),
      }),
    );
    return report(requests, connections);
  });

describe('suggestPolicy, checked against its own report', () => {
  it('allows every request and connection', () => {
    fc.assert(
      fc.property(reportArb, (run) => {
        const { policy, errors } = parsePolicy(suggestPolicy(run), 'suggested.yml', { env: {} });
        expect(formatPolicyErrors(errors)).toBe('');
        if (policy === undefined) return;
        const { report: judged, violations } = applyPolicy(run, policy);
        expect(violations).toEqual([]);
        expect(
          [...judged.requests, ...judged.connections].filter((r) => r.judgement?.verdict !== 'allowed'),
        ).toEqual([]);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 100) },
    );
  });
});
