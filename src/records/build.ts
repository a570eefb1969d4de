// Builds the report's records from what the tracker rebuilt. Redaction happens here, before any
// record exists; nothing downstream ever sees a raw header value or path.
import { parseDnsMessage } from '../protocols/dns/parse.js';
import type { Connection, Exchange } from '../streams/connection.js';
import { DnsNames } from './dns.js';
import type { ProcessTable } from './processes.js';
import { redactAuthority, redactHeaders, redactPath } from './redact.js';
import { Column } from './column.js';
import type { RecordSpool } from './spool.js';
import type { ConnectionRecord, DnsRecord, RequestRecord, Visibility } from './types.js';

/** Kernel timestamps are CLOCK_MONOTONIC; the report speaks wall-clock time. */
export class Clock {
  private readonly offsetMs = Date.now() - Number(process.hrtime.bigint()) / 1e6;
  /** The last second formatted ("2026-11-23T04:20:16."): records come in bursts within one. */
  private second = NaN;
  private secondText = '';

  /** Milliseconds since the epoch of a kernel (monotonic) timestamp, whole as Date keeps them. */
  epochMs(monotonicNs: number): number {
    return Math.trunc(monotonicNs / 1e6 + this.offsetMs);
  }

  /** As `new Date(ms).toISOString()`, without formatting the date each time. */
  iso(monotonicNs: number): string {
    const ms = this.epochMs(monotonicNs);
    const second = Math.floor(ms / 1000);
    if (second !== this.second) {
      this.second = second;
      this.secondText = new Date(second * 1000).toISOString().slice(0, -4);
    }
    return `${this.secondText}${String(ms - second * 1000).padStart(3, '0')}Z`;
  }

  nowNs(): number {
    return Number(process.hrtime.bigint());
  }
}

const errnoNames: Record<number, string> = {
  1: 'EPERM',
  4: 'EINTR',
  13: 'EACCES',
  99: 'EADDRNOTAVAIL',
  101: 'ENETUNREACH',
  104: 'ECONNRESET',
  110: 'ETIMEDOUT',
  111: 'ECONNREFUSED',
  113: 'EHOSTUNREACH',
};
const EINPROGRESS = -115;

/**
 * Requests and connections go to the spool as they are built (a connection when it ends, after its
 * requests); DNS answers are few and stay here. Requests are numbered in the order they are spooled:
 * rN is the N-th.
 */
export class RecordBuilder {
  readonly dns: DnsRecord[] = [];
  private readonly dnsNames = new DnsNames();
  /** The numbers of the requests of connections that have not ended. */
  private readonly requestsOf = new Map<Connection, number[]>();
  /** By request number - 1: its connection's remote address in `addresses`, 0 until that ends. */
  private readonly addressOf = new Column(Uint32Array);
  /** Each remote address once, by the number `addressOf` gives it. */
  private readonly addresses: Array<string | undefined> = [undefined];
  private readonly addressNumbers = new Map<string, number>();
  private nextRequest = 1;
  unparsedBytes = 0;

  constructor(
    private readonly processes: ProcessTable,
    private readonly clock: Clock,
    readonly spool: RecordSpool,
    /** Sees every request record as it is built. */
    private readonly onRequest?: (request: RequestRecord) => void,
    /** The TLS functions of an executable found but not probed: why its answers may be missing. */
    private readonly unprobedIn: (exe: string) => string[] | undefined = () => undefined,
  ) {}

  /** The remote address of the connection request rN went over, for the policy's `ip` rules. */
  remoteAddressOf(requestNumber: number): string | undefined {
    return this.addresses[this.addressOf.at(requestNumber - 1)];
  }

  exchange(conn: Connection, x: Exchange): void {
    const scheme = conn.tls ? 'https' : 'http';
    const target = splitTarget(x.target);
    const authority = redactAuthority(target.authority ?? x.authority ?? '');
    const { host, port } = splitAuthority(authority, conn.remotePort ?? (scheme === 'https' ? 443 : 80));
    const finalHost = host || conn.sni || this.dnsName(conn) || conn.remoteAddress || '';
    const path = redactPath(target.path);
    const number = this.nextRequest++;
    const record: RequestRecord = {
      id: `r${number}`,
      time: this.clock.iso(x.startTs),
      // A write reported at its return (its syscall unseen) can stamp the request after its answer: never < 0.
      durationMs: x.endTs === null ? null : round(Math.max(0, x.endTs - x.startTs) / 1e6),
      method: x.method,
      scheme,
      host: finalHost,
      port,
      path,
      url: `${scheme}://${formatHost(finalHost)}${port === defaultPort(scheme) ? '' : `:${port}`}${path}`,
      status: x.status,
      httpVersion: x.httpVersion,
      headers: redactHeaders(x.headers),
      requestBytes: x.requestBytes,
      responseBytes: x.responseBytes,
      connectionId: conn.id,
      process: this.processes.info(conn.pid),
      visibility: 'full',
    };
    if (!x.complete)
      record.reason = x.status === null ? this.noResponse(record.process.exe) : 'message cut short';
    if (x.grpc) record.grpc = x.grpc;
    this.addRequest(record, x.startTs);
    const numbers = this.requestsOf.get(conn) ?? [];
    numbers.push(number);
    this.requestsOf.set(conn, numbers);
  }

  connectionEnd(conn: Connection): void {
    const numbers = this.requestsOf.get(conn) ?? [];
    this.requestsOf.delete(conn);
    this.unparsedBytes += conn.unparsedBytes;
    const dnsName = this.dnsName(conn);
    const { visibility, reason } = judgeVisibility(conn, numbers.length > 0);
    const record: ConnectionRecord = {
      id: conn.id,
      time: this.clock.iso(conn.startTs),
      transport: 'tcp',
      remoteAddress: conn.remoteAddress ?? '',
      remotePort: conn.remotePort ?? 0,
      tls: conn.tls,
      bytesSent: conn.bytesSent,
      bytesReceived: conn.bytesReceived,
      process: this.processes.info(conn.pid),
      requestIds: numbers.map((n) => `r${n}`),
      visibility,
    };
    if (conn.endTs !== undefined) record.endTime = this.clock.iso(conn.endTs);
    if (conn.localAddress) record.localAddress = conn.localAddress;
    if (conn.localPort) record.localPort = conn.localPort;
    if (conn.sni) record.sni = conn.sni;
    if (conn.alpn) record.alpn = conn.alpn;
    if (dnsName) record.dnsName = dnsName;
    if (conn.tlsLibrary && conn.tlsLibrary !== 'syscall') record.tlsLibrary = conn.tlsLibrary;
    if (reason) record.reason = reason;
    if (numbers.length === 0) numbers.push(this.invisibleRequest(conn, record));
    this.spool.append('connection', record, this.clock.epochMs(conn.startTs));
    let address = this.addressNumbers.get(record.remoteAddress);
    if (address === undefined) {
      address = this.addresses.push(record.remoteAddress) - 1;
      this.addressNumbers.set(record.remoteAddress, address);
    }
    for (const n of numbers) this.addressOf.set(n - 1, address);
  }

  datagram(pid: number, direction: 'egress' | 'ingress', bytes: Buffer, ts: number): void {
    if (direction !== 'ingress') return;
    const parsed = parseDnsMessage(bytes);
    if (parsed.kind !== 'frame' || !parsed.frame.isResponse) return;
    const msg = parsed.frame;
    const question = msg.questions[0];
    if (!question) return;
    const answers = msg.answers.filter((a) => a.type === 'A' || a.type === 'AAAA').map((a) => a.data);
    for (const address of answers) this.dnsNames.add(address, question.name, pid, ts);
    this.dns.push({ time: this.clock.iso(ts), name: question.name, type: question.type, answers, pid });
  }

  private addRequest(record: RequestRecord, startTs: number): void {
    this.onRequest?.(record);
    this.spool.append('request', record, this.clock.epochMs(startTs));
    this.addressOf.push(0);
  }

  private noResponse(exe: string): string {
    const unprobed = this.unprobedIn(exe);
    return unprobed ? `no response seen: ${unprobed.join('; ')}` : 'no response seen';
  }

  /** A connection whose requests we could not read still appears as one request-like record: its number. */
  private invisibleRequest(conn: Connection, c: ConnectionRecord): number {
    const host = c.sni ?? c.dnsName ?? c.remoteAddress;
    const scheme = conn.tls ? 'https' : 'http';
    const number = this.nextRequest++;
    c.requestIds.push(`r${number}`);
    this.addRequest(
      {
        id: `r${number}`,
        time: c.time,
        durationMs: conn.endTs === undefined ? null : round((conn.endTs - conn.startTs) / 1e6),
        method: '',
        scheme,
        host,
        port: c.remotePort,
        path: '',
        url: `${scheme}://${formatHost(host)}${c.remotePort === defaultPort(scheme) ? '' : `:${c.remotePort}`}`,
        status: null,
        httpVersion: '1.1',
        headers: {},
        requestBytes: c.bytesSent,
        responseBytes: c.bytesReceived,
        connectionId: c.id,
        process: c.process,
        visibility: c.visibility,
        reason: c.reason,
      },
      conn.startTs,
    );
    return number;
  }

  private dnsName(conn: Connection): string | undefined {
    return conn.remoteAddress ? this.dnsNames.lookup(conn.remoteAddress, conn.pid, conn.startTs) : undefined;
  }
}

function judgeVisibility(
  conn: Connection,
  hasRequests: boolean,
): { visibility: Visibility; reason?: string } {
  const lost = conn.eventsLost ? '; some of its events were lost (ring buffer full)' : '';
  if (hasRequests) return { visibility: 'full', reason: lost ? lost.slice(2) : undefined };
  const fallback: Visibility = conn.sni ? 'sni-only' : 'ip-only';
  if (conn.connectResult !== undefined && conn.connectResult < 0 && conn.connectResult !== EINPROGRESS) {
    const errno = -conn.connectResult;
    return { visibility: fallback, reason: `connect failed: ${errnoNames[errno] ?? `errno ${errno}`}` };
  }
  if (conn.neverEstablished) {
    return {
      visibility: fallback,
      reason: 'connect failed: refused or unanswered (closed before the handshake)',
    };
  }
  if (conn.tls && !conn.tlsLibrary) {
    return {
      visibility: fallback,
      reason: `TLS plaintext not captured: the client's TLS library is not one egress-lens probes${lost}`,
    };
  }
  if (conn.opaqueReason) return { visibility: fallback, reason: `${conn.opaqueReason}${lost}` };
  if (!conn.sawPlaintext) return { visibility: fallback, reason: `no application data seen${lost}` };
  return { visibility: fallback, reason: `no complete HTTP request seen${lost}` };
}

/** Absolute-form targets (forward proxies) carry their own authority. */
function splitTarget(target: string): { authority?: string; path: string } {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)(.*)$/i.exec(target);
  if (!m) return { path: target };
  return { authority: m[1] ?? '', path: m[2] || '/' };
}

function splitAuthority(authority: string, fallbackPort: number): { host: string; port: number } {
  const hostPart = authority.slice(authority.lastIndexOf('@') + 1);
  const m = /^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/.exec(hostPart);
  const host = (m?.[1] ?? hostPart)
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
  return { host, port: m?.[2] ? Number(m[2]) : fallbackPort };
}

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

function defaultPort(scheme: string): number {
  return scheme === 'https' ? 443 : 80;
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
