// The record format: what report.json holds and what the policy engine judges.
// Versioned: bump REPORT_VERSION on any incompatible change.

export const REPORT_VERSION = 1;

/** How much of a request or connection we could see. */
export type Visibility = 'full' | 'headers-only' | 'sni-only' | 'ip-only';

export type HttpVersion = '1.0' | '1.1' | '2';

export type Verdict = 'allowed' | 'denied' | 'unmatched';

/** The rule that decided a verdict, by where it is written. */
export interface RuleRef {
  kind: 'allow' | 'deny';
  /** Policy file (or preset name, as `preset:github`). */
  file: string;
  line: number;
  /** Index of the rule in its list. */
  index: number;
}

export interface Judgement {
  verdict: Verdict;
  rule?: RuleRef;
  /** Set when the path was not visible and the verdict rests on host, SNI or IP alone. */
  basis?: 'host-only' | 'ip-only';
}

export interface ProcessRef {
  pid: number;
  exe: string;
}

export interface ProcessInfo extends ProcessRef {
  ppid: number;
  argv: string[];
  /** Parent first, up to the traced root. */
  ancestry: ProcessRef[];
  uid?: number;
  /** Step name or id, when known (action mode). */
  step?: string;
  /** Container id, when the process runs in one. */
  container?: string;
}

export interface RequestRecord {
  id: string;
  /** ISO 8601 time the request's first byte was sent. */
  time: string;
  /** First request byte to last response byte; null if no response was seen. */
  durationMs: number | null;
  method: string;
  scheme: 'http' | 'https';
  /** From Host / :authority, lower-cased, without port. */
  host: string;
  port: number;
  /** As sent, query included (redacted). */
  path: string;
  url: string;
  status: number | null;
  httpVersion: HttpVersion;
  /** Request header names and (redacted) values; bodies are never kept. */
  headers: Record<string, string>;
  requestBytes: number;
  responseBytes: number;
  connectionId: string;
  process: ProcessInfo;
  visibility: Visibility;
  reason?: string;
  grpc?: { service: string; method: string; status?: number };
  judgement?: Judgement;
}

export interface ConnectionRecord {
  id: string;
  time: string;
  endTime?: string;
  transport: 'tcp';
  remoteAddress: string;
  remotePort: number;
  localAddress?: string;
  localPort?: number;
  /** TLS server name from the ClientHello. */
  sni?: string;
  alpn?: string[];
  /** The DNS name this process asked for that resolved to remoteAddress. */
  dnsName?: string;
  tls: boolean;
  /** Which probe saw the plaintext: openssl, gnutls, go; absent when none did. */
  tlsLibrary?: string;
  bytesSent: number;
  bytesReceived: number;
  process: ProcessInfo;
  requestIds: string[];
  visibility: Visibility;
  reason?: string;
  judgement?: Judgement;
}

export interface DnsRecord {
  time: string;
  name: string;
  type: string;
  answers: string[];
  pid: number;
}

export interface ReportStats {
  events: number;
  /** Events the kernel could not hand us (ring buffer full, map full). */
  lost: number;
  /** Calls larger than we copy; their length is known, so streams stay in sync. */
  truncated: number;
  /** Bytes we could not parse as any protocol. */
  unparsed: number;
}

export interface Report {
  version: typeof REPORT_VERSION;
  tool: { name: 'egress-lens'; version: string };
  startedAt: string;
  finishedAt: string;
  command?: string[];
  exitCode?: number;
  requests: RequestRecord[];
  connections: ConnectionRecord[];
  processes: ProcessInfo[];
  dns: DnsRecord[];
  stats: ReportStats;
  /** Problems the agent had that a reader must know about (agent killed, probes detached...). */
  warnings: string[];
  policy?: { files: string[]; mode: 'audit' | 'enforce'; violations: number };
}
