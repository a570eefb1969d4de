// Record builders for the policy tests: complete records with plain defaults, overridable per test.
import {
  REPORT_VERSION,
  type ConnectionRecord,
  type ProcessInfo,
  type Report,
  type RequestRecord,
} from '../records/types.js';

export const curl: ProcessInfo = { pid: 42, exe: '/usr/bin/curl', ppid: 1, argv: ['curl'], ancestry: [] };

export function request(fields: Partial<RequestRecord> & Pick<RequestRecord, 'host'>): RequestRecord {
  const scheme = fields.scheme ?? 'https';
  const port = fields.port ?? (scheme === 'https' ? 443 : 80);
  const path = fields.path ?? '/';
  return {
    id: 'r1',
    time: '2026-01-01T00:00:00.000Z',
    durationMs: 5,
    method: 'GET',
    scheme,
    port,
    path,
    url: `${scheme}://${fields.host}${path}`,
    status: 200,
    httpVersion: '1.1',
    headers: {},
    requestBytes: 10,
    responseBytes: 20,
    connectionId: 'c1',
    process: curl,
    visibility: 'full',
    ...fields,
  };
}

export function connection(fields: Partial<ConnectionRecord>): ConnectionRecord {
  return {
    id: 'c1',
    time: '2026-01-01T00:00:00.000Z',
    transport: 'tcp',
    remoteAddress: '192.0.2.10',
    remotePort: 443,
    tls: true,
    bytesSent: 10,
    bytesReceived: 20,
    process: curl,
    requestIds: [],
    visibility: 'full',
    ...fields,
  };
}

export function report(requests: RequestRecord[], connections: ConnectionRecord[]): Report {
  return {
    version: REPORT_VERSION,
    tool: { name: 'egress-lens', version: '0.0.0-test' },
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:01:00.000Z',
    requests,
    connections,
    processes: [curl],
    dns: [],
    stats: { events: 0, lost: 0, truncated: 0, unparsed: 0 },
    warnings: [],
  };
}
