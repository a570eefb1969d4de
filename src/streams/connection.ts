// One TCP connection as user space rebuilds it: the kernel's socket, its raw bytes (for the TLS
// ClientHello, or the whole of a cleartext stream), the TLS plaintext from a library probe, and
// the protocol session that turns the plaintext into HTTP exchanges.
import type { DataEvent, SockEvent, SourceName } from '../capture/abi.js';
import { SockFlag } from '../capture/abi.js';
import { detectProtocol } from '../protocols/detect.js';
import { Http1Connection } from '../protocols/http1/stitch.js';
import { Http2Connection } from '../protocols/http2/connection.js';
import { parseClientHello } from '../protocols/tls/parse.js';
import type { HttpVersion } from '../records/types.js';
import { CallStream } from './call-stream.js';

/** An HTTP request and its response, whatever the version. */
export interface Exchange {
  httpVersion: HttpVersion;
  method: string;
  /** Request target as sent: origin-form path, or absolute-form URL for proxies. */
  target: string;
  /** Host header or :authority. */
  authority?: string;
  headers: Array<[string, string]>;
  status: number | null;
  startTs: number;
  endTs: number | null;
  requestBytes: number;
  responseBytes: number;
  complete: boolean;
  grpc?: { service: string; method: string; status?: number };
}

type Session =
  | { kind: 'pending' }
  | { kind: 'http1'; parser: Http1Connection }
  | { kind: 'http2'; parser: Http2Connection }
  | { kind: 'opaque'; why: string };

const DETECT_LIMIT = 64;
const PENDING_LIMIT = 64 * 1024;
const HELLO_LIMIT = 16 * 1024;

export class Connection {
  readonly exchanges: Exchange[] = [];
  remoteAddress?: string;
  remotePort?: number;
  localAddress?: string;
  localPort?: number;
  connectResult?: number;
  /** The kernel closed it from SYN_SENT: a non-blocking connect that failed later. */
  neverEstablished = false;
  endTs?: number;
  bytesSent = 0;
  bytesReceived = 0;
  /** The kernel saw a TLS handshake start on this socket. */
  tls = false;
  tlsLibrary?: SourceName;
  sni?: string;
  alpn?: string[];
  eventsLost = false;
  unparsedBytes = 0;
  private session: Session = { kind: 'pending' };
  private pending: Array<{ direction: 'egress' | 'ingress'; bytes: Buffer; ts: number }> = [];
  private pendingBytes = 0;
  private hello: Buffer[] = [];
  private helloBytes = 0;
  private helloDone = false;
  private readonly plaintext = {
    egress: new CallStream({
      data: (b, ts) => this.plain('egress', b, ts),
      gap: (n, ts) => this.gap('egress', n, ts),
    }),
    ingress: new CallStream({
      data: (b, ts) => this.plain('ingress', b, ts),
      gap: (n, ts) => this.gap('ingress', n, ts),
    }),
  };

  constructor(
    readonly id: string,
    readonly pid: number,
    readonly startTs: number,
    private readonly onExchange: (conn: Connection, exchange: Exchange) => void,
  ) {}

  get opaqueReason(): string | undefined {
    return this.session.kind === 'opaque' ? this.session.why : undefined;
  }

  get sawPlaintext(): boolean {
    return this.session.kind !== 'pending' || this.pendingBytes > 0;
  }

  describe(e: SockEvent): void {
    this.remoteAddress = e.remoteAddress;
    this.remotePort = e.remotePort;
    this.localAddress = e.localAddress;
    this.localPort = e.localPort;
    if (e.flags & SockFlag.connect) this.connectResult = e.ret;
  }

  data(e: DataEvent): void {
    if (e.flags & SockFlag.lost) this.eventsLost = true;
    if (e.flags & SockFlag.tls) this.tls = true;
    if (e.source !== 'syscall') {
      this.tls = true;
      this.tlsLibrary = e.source;
      this.plaintext[e.direction].push(e);
    } else if (this.tls) {
      if (e.direction === 'egress') this.clientHello(e.data);
    } else {
      this.plaintext[e.direction].push(e);
    }
  }

  close(ts: number, bytesSent: number, bytesReceived: number, flags: number): void {
    if (flags & SockFlag.lost) this.eventsLost = true;
    if (flags & SockFlag.neverEstablished) this.neverEstablished = true;
    this.endTs = ts;
    this.bytesSent = Math.max(this.bytesSent, bytesSent);
    this.bytesReceived = Math.max(this.bytesReceived, bytesReceived);
    this.plaintext.egress.endCall();
    this.plaintext.ingress.endCall();
    if (this.session.kind === 'http1' || this.session.kind === 'http2') {
      this.session.parser.close(ts);
      this.drain();
    }
  }

  private clientHello(bytes: Buffer): void {
    if (this.helloDone || this.helloBytes >= HELLO_LIMIT) return;
    this.hello.push(bytes);
    this.helloBytes += bytes.length;
    const result = parseClientHello(Buffer.concat(this.hello));
    if (result.kind === 'frame') {
      this.sni = result.frame.sni;
      this.alpn = result.frame.alpn.length > 0 ? result.frame.alpn : undefined;
    }
    if (result.kind !== 'needMore') {
      this.helloDone = true;
      this.hello = [];
    }
  }

  private plain(direction: 'egress' | 'ingress', bytes: Buffer, ts: number): void {
    const s = this.session;
    if (s.kind === 'pending') {
      this.pending.push({ direction, bytes, ts });
      this.pendingBytes += bytes.length;
      this.detect();
      return;
    }
    if (s.kind === 'opaque') {
      this.unparsedBytes += bytes.length;
      return;
    }
    if (s.kind === 'http1') {
      if (direction === 'egress') s.parser.pushRequest(bytes, ts);
      else s.parser.pushResponse(bytes, ts);
    } else if (direction === 'egress') s.parser.pushClient(bytes, ts);
    else s.parser.pushServer(bytes, ts);
    this.drain();
  }

  private gap(direction: 'egress' | 'ingress', bytes: number, ts: number): void {
    const s = this.session;
    if (s.kind === 'http1') {
      if (direction === 'egress') s.parser.requestGap(bytes, ts);
      else s.parser.responseGap(bytes, ts);
      this.drain();
    } else if (s.kind === 'http2') {
      if (direction === 'egress') s.parser.clientGap(bytes, ts);
      else s.parser.serverGap(bytes, ts);
      this.drain();
    } else if (s.kind === 'pending') {
      this.becomeOpaque('bytes were lost before the protocol could be recognised');
    }
  }

  private detect(): void {
    const egress = Buffer.concat(this.pending.filter((p) => p.direction === 'egress').map((p) => p.bytes));
    const kind = detectProtocol(egress.subarray(0, DETECT_LIMIT));
    if (kind === 'needMore' && egress.length < DETECT_LIMIT && this.pendingBytes < PENDING_LIMIT) return;
    if (kind === 'http1') this.session = { kind: 'http1', parser: new Http1Connection() };
    else if (kind === 'http2') this.session = { kind: 'http2', parser: new Http2Connection() };
    else {
      this.becomeOpaque(kind === 'tls' ? 'TLS inside the stream (a tunnel)' : 'not HTTP');
      return;
    }
    const replay = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    for (const p of replay) this.plain(p.direction, p.bytes, p.ts);
  }

  private becomeOpaque(why: string): void {
    this.unparsedBytes += this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
    this.session = { kind: 'opaque', why };
  }

  private drain(): void {
    const s = this.session;
    if (s.kind === 'http1') {
      for (const x of s.parser.drain()) {
        this.onExchange(this, {
          httpVersion: x.request.version,
          method: x.request.method,
          target: x.request.target,
          authority: header(x.request.headers, 'host'),
          headers: x.request.headers,
          status: x.response?.status ?? null,
          startTs: x.request.startTs,
          endTs: x.response?.endTs ?? null,
          requestBytes: x.request.bodyBytes,
          responseBytes: x.response?.bodyBytes ?? 0,
          complete: x.request.complete && (x.response?.complete ?? false),
        });
      }
    } else if (s.kind === 'http2') {
      for (const x of s.parser.drain()) {
        const exchange: Exchange = {
          httpVersion: '2',
          method: x.request.method,
          target: x.request.path,
          authority: x.request.authority || header(x.request.headers, 'host'),
          headers: x.request.headers.filter(([name]) => !name.startsWith(':')),
          status: x.response?.status ?? null,
          startTs: x.request.startTs,
          endTs: x.response?.endTs ?? null,
          requestBytes: x.request.bodyBytes,
          responseBytes: x.response?.bodyBytes ?? 0,
          complete: x.complete,
        };
        if (x.grpc) exchange.grpc = { service: x.grpc.service, method: x.grpc.method, status: x.grpc.status };
        this.onExchange(this, exchange);
      }
    }
  }
}

function header(headers: Array<[string, string]>, name: string): string | undefined {
  return headers.find(([n]) => n.toLowerCase() === name)?.[1];
}
