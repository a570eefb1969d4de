import dnsPacket from 'dns-packet';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPolicy, parsePolicy, type Policy } from '../policy/index.js';
import { Clock, RecordBuilder } from '../records/build.js';
import { ProcessTable } from '../records/processes.js';
import { RecordSpool } from '../records/spool.js';
import { REPORT_VERSION, type Judgement, type Report } from '../records/types.js';
import { Connection, type Exchange } from '../streams/connection.js';
import { CapturedRecords } from './captured.js';
import { writeReportFiles, type StreamedReport } from './files.js';
import { expectedNdjson } from './ndjson.test-helper.js';

const policySource = `allow:
  - host: api.example.com
  - ip: 203.0.113.0/24
  - host: other.example
deny:
  - host: api.example.com
    paths: ["/secret/**"]
`;

function policyOf(source: string): Policy {
  const { policy, errors } = parsePolicy(source, 'p.yml', { env: {} });
  if (policy === undefined) throw new Error(JSON.stringify(errors));
  return policy;
}

/** A capture as the session makes one: records built from connections, spooled as they are. */
function capture() {
  const clock = new Clock();
  const base = clock.nowNs();
  const ns = (ms: number) => base + ms * 1e6;
  const processes = new ProcessTable();
  processes.exec(100, 1, '/usr/bin/curl', ['curl', 'https://api.example.com/ünï'], 0, 0n);
  processes.exec(200, 1, '/usr/bin/python3', ['python3', '-c', 'print("héllo 😀")'], 0, 0n);
  const builder = new RecordBuilder(processes, clock, new RecordSpool());
  const open = (id: string, pid: number, startMs: number, remote: string, port: number, tls: boolean) => {
    const conn = new Connection(id, pid, ns(startMs), () => {});
    Object.assign(conn, {
      remoteAddress: remote,
      remotePort: port,
      tls,
      tlsLibrary: tls ? 'openssl' : 'syscall',
    });
    return conn;
  };
  const exchange = (conn: Connection, method: string, target: string, startMs: number, host?: string) => {
    const x: Exchange = {
      httpVersion: '1.1',
      method,
      target,
      authority: host,
      headers: [
        ['user-agent', 'curl/8 ✓'],
        ['authorization', 'Bearer secret-token'],
      ],
      status: 200,
      startTs: ns(startMs),
      endTs: ns(startMs + 3),
      requestBytes: 100,
      responseBytes: 2000,
      complete: true,
    };
    builder.exchange(conn, x);
  };
  const end = (conn: Connection, endMs: number) => {
    conn.endTs = ns(endMs);
    builder.connectionEnd(conn);
  };

  const answer = dnsPacket.encode({
    type: 'response',
    id: 1,
    questions: [{ type: 'A', name: 'api.example.com' }],
    answers: [{ type: 'A', name: 'api.example.com', data: '192.0.2.10' }],
  });
  builder.datagram(100, 'ingress', Buffer.from(answer), ns(5));
  // Kept alive: requests built out of time order, one denied, one with a path far from ASCII.
  const api = open('c1', 100, 10, '192.0.2.10', 443, true);
  api.sni = 'api.example.com';
  exchange(api, 'GET', '/ok', 30, 'api.example.com');
  exchange(api, 'POST', '/secret/ключ?q=😀"\\', 20, 'api.example.com');
  exchange(api, 'GET', '/\u2028x', 20, 'api.example.com');
  // TLS no probe read: one request-like record, judged on SNI, built before its connection.
  const hidden = open('c2', 200, 20, '198.51.100.7', 443, true);
  hidden.sni = 'b.example';
  hidden.tlsLibrary = undefined;
  end(hidden, 25);
  // Cleartext, allowed by the address its connection reached; at the same time as others.
  const plain = open('c3', 200, 20, '203.0.113.9', 80, false);
  exchange(plain, 'GET', '/', 20, 'plain.example');
  // Refused: nothing but the attempt.
  const refused = open('c4', 100, 30, '192.0.2.50', 8080, false);
  refused.connectResult = -111;
  end(refused, 31);
  end(api, 40);
  end(plain, 50);
  // Both allowed, by different rules: the connection takes the first built, not the first in time.
  const two = open('c5', 200, 60, '192.0.2.20', 443, true);
  exchange(two, 'GET', '/x', 70, 'api.example.com');
  exchange(two, 'GET', '/y', 65, 'other.example');
  end(two, 80);
  // Never ended (the session's flush ends every connection; a report may still lack one): no
  // address to judge by.
  exchange(open('c6', 100, 90, '203.0.113.99', 443, true), 'GET', '/late', 91, 'late.example');
  return { builder, processes };
}

const head: Pick<Report, 'version' | 'tool' | 'startedAt' | 'finishedAt' | 'command' | 'exitCode'> = {
  version: REPORT_VERSION,
  tool: { name: 'egress-lens', version: '0.0.0-test' },
  startedAt: '2020-01-01T00:00:00.000Z',
  finishedAt: '2030-01-01T00:00:00.000Z',
  command: ['sh', '-c', 'curl https://api.example.com/ünï'],
  exitCode: 0,
};

function tail(processes: ProcessTable, builder: RecordBuilder) {
  return {
    processes: processes.all(),
    dns: builder.dns,
    stats: { events: 10, lost: 0, truncated: 0, unparsed: 0 },
    warnings: ['probe failed: ✗'],
  };
}

/** The report as it was built before the spool: every record in memory, sorted by time. */
function inMemory(spool: RecordSpool, processes: ProcessTable, builder: RecordBuilder): Report {
  const built = [...spool.written()];
  const byTime = (a: { time: string }, b: { time: string }) => a.time.localeCompare(b.time);
  return {
    ...head,
    requests: built.flatMap((s) => (s.kind === 'request' ? [s.record] : [])).sort(byTime),
    connections: built.flatMap((s) => (s.kind === 'connection' ? [s.record] : [])).sort(byTime),
    ...tail(processes, builder),
  };
}

function written(report: Report | StreamedReport): { json: string; events: string } {
  const dir = mkdtempSync(join(tmpdir(), 'el-captured-'));
  const { reportPath, eventsPath } = writeReportFiles(dir, report);
  return { json: readFileSync(reportPath, 'utf8'), events: readFileSync(eventsPath, 'utf8') };
}

describe('CapturedRecords', () => {
  it('judges and writes the same bytes as judging and writing the whole report in memory', () => {
    const { builder, processes } = capture();
    const policy = policyOf(policySource);
    const expected = applyPolicy(inMemory(builder.spool, processes, builder), policy);
    const violations = expected.violations.length;
    const judgedReport = {
      ...expected.report,
      policy: { files: ['p.yml'], mode: 'audit' as const, violations },
    };

    const records = new CapturedRecords(builder.spool, (n) => builder.remoteAddressOf(n));
    const report: StreamedReport = {
      ...head,
      requests: records.requests,
      connections: records.connections,
      ...tail(processes, builder),
    };
    expect(records.judge(policy)).toBe(violations);
    report.policy = { files: ['p.yml'], mode: 'audit', violations };
    const { json, events } = written(report);
    expect(json).toBe(`${JSON.stringify(judgedReport, null, 2)}\n`);
    expect(events).toBe(expectedNdjson(judgedReport));
    // What the capture holds, so that the comparison covers every case it was built for.
    const verdicts = (records: Array<{ id: string; judgement?: Judgement }>) =>
      records.map(
        ({ id, judgement: j }) => `${id} ${j?.verdict}${j?.rule ? ` ${j.rule.kind}#${j.rule.index}` : ''}`,
      );
    expect(verdicts(expected.report.requests)).toEqual([
      'r2 denied deny#0',
      'r3 allowed allow#0',
      'r4 unmatched',
      'r5 allowed allow#1',
      'r1 allowed allow#0',
      'r6 unmatched',
      'r8 allowed allow#2',
      'r7 allowed allow#0',
      'r9 unmatched',
    ]);
    expect(verdicts(expected.report.connections)).toEqual([
      'c1 denied deny#0',
      'c2 unmatched',
      'c3 allowed allow#1',
      'c4 unmatched',
      'c5 allowed allow#0',
    ]);
    expect(violations).toBe(4);
    records.close();
  });

  it('writes records unjudged when there is no policy (the agent)', () => {
    const { builder, processes } = capture();
    const expected = inMemory(builder.spool, processes, builder);
    const records = new CapturedRecords(builder.spool, (n) => builder.remoteAddressOf(n));
    const { json, events } = written({
      ...head,
      requests: records.requests,
      connections: records.connections,
      ...tail(processes, builder),
    });
    expect(json).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    expect(events).toBe(expectedNdjson(expected));
    expect(json).not.toContain('judgement');
    expect(json).not.toContain('secret-token');
    records.close();
  });

  it('writes an empty capture as an empty report', () => {
    const processes = new ProcessTable();
    const builder = new RecordBuilder(processes, new Clock(), new RecordSpool());
    const records = new CapturedRecords(builder.spool, (n) => builder.remoteAddressOf(n));
    expect(records.judge(policyOf(policySource))).toBe(0);
    const { json, events } = written({
      ...head,
      requests: records.requests,
      connections: records.connections,
      ...tail(processes, builder),
    });
    const expected = { ...head, requests: [], connections: [], ...tail(processes, builder) };
    expect(json).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    expect(events).toBe('');
    records.close();
  });
});
