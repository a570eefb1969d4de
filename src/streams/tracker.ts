// Connection tracker: turns socket, data and close events into Connections, keyed by the kernel's
// socket while it lives. TLS plaintext is joined to its socket through the library's handle
// (SSL*, session, *tls.Conn) when a call made no syscall of its own (buffered reads).
import type { CloseEvent, DataEvent, SockEvent, TieEvent } from '../capture/abi.js';
import { SockFlag } from '../capture/abi.js';
import { Connection, type Exchange } from './connection.js';

export interface TrackerEvents {
  exchange(conn: Connection, exchange: Exchange): void;
  connectionEnd(conn: Connection): void;
  datagram(pid: number, direction: 'egress' | 'ingress', bytes: Buffer, ts: number): void;
}

export interface SocketTotals {
  sent: number;
  received: number;
}

/**
 * How long a closed connection still takes plaintext. TLS probes report a read when it returns, and
 * the goroutine or thread that reads a connection's last bytes need not be the one that closes it:
 * on loopback the close can reach us first.
 */
const CLOSE_GRACE_NS = 200_000_000;

export class ConnectionTracker {
  private readonly bySock = new Map<bigint, Connection>();
  private readonly sockByHandle = new Map<bigint, bigint>();
  private readonly handlesBySock = new Map<bigint, Set<bigint>>();
  /** TLS plaintext we could not yet place: its handle's socket is not known. */
  private readonly orphans = new Map<bigint, DataEvent[]>();
  /** Connections the kernel closed, in close order, still open to late plaintext. */
  private readonly closing = new Map<bigint, { conn: Connection; close: CloseEvent }>();
  private nextId = 1;
  orphanBytes = 0;
  /** Plaintext that arrived after its connection had closed and been reported. */
  lateBytes = 0;

  constructor(private readonly out: TrackerEvents) {}

  sock(e: SockEvent): void {
    if (e.flags & SockFlag.udp) return;
    this.endClosedBefore(e.ts);
    // The address now belongs to a new socket: the old connection takes nothing more.
    const closed = this.closing.get(e.sock);
    if (closed) this.endClosed(e.sock, closed);
    const known = this.bySock.get(e.sock);
    // A socket address reused after close, with its close event lost: start afresh.
    if (known && e.flags & SockFlag.connect && known.connectResult !== undefined)
      this.end(e.sock, known, e.ts);
    this.connection(e.sock, e.tgid, e.ts).describe(e);
  }

  data(e: DataEvent): void {
    if (e.flags & SockFlag.udp) {
      if (e.callOffset === 0 && e.data.length > 0) this.out.datagram(e.tgid, e.direction, e.data, e.ts);
      return;
    }
    this.endClosedBefore(e.ts);
    let sock = e.sock;
    if (e.handle !== 0n) {
      if (sock !== 0n) {
        if (this.sockByHandle.get(e.handle) !== sock) this.learnHandle(e.handle, sock);
      } else {
        sock = this.sockByHandle.get(e.handle) ?? 0n;
      }
    }
    // Plaintext of a socket closed longer ago than the grace: its connection is already reported.
    if (e.flags & SockFlag.closed && !this.bySock.has(sock) && !this.closing.has(sock)) {
      this.lateBytes += e.data.length;
      return;
    }
    if (sock === 0n) {
      const list = this.orphans.get(e.handle) ?? [];
      list.push(e);
      this.orphans.set(e.handle, list);
      return;
    }
    this.connection(sock, e.tgid, e.ts).data(e);
  }

  tie(e: TieEvent): void {
    if (this.sockByHandle.get(e.handle) !== e.sock) this.learnHandle(e.handle, e.sock);
  }

  close(e: CloseEvent): void {
    this.endClosedBefore(e.ts);
    const conn = this.bySock.get(e.sock);
    if (!conn) return;
    this.bySock.delete(e.sock);
    this.closing.set(e.sock, { conn, close: e });
  }

  /** End of capture: every connection still open ends now, with the kernel's byte counts so far. */
  flush(ts: number, totals: (sock: bigint) => SocketTotals | undefined): void {
    for (const [sock, closed] of this.closing) this.endClosed(sock, closed);
    for (const [sock, conn] of this.bySock) this.end(sock, conn, ts, totals(sock));
    for (const list of this.orphans.values()) for (const e of list) this.orphanBytes += e.data.length;
    this.orphans.clear();
  }

  /** Ends the closed connections whose grace is over by `ts`. */
  private endClosedBefore(ts: number): void {
    for (const [sock, closed] of this.closing) {
      if (closed.close.ts + CLOSE_GRACE_NS > ts) return;
      this.endClosed(sock, closed);
    }
  }

  private endClosed(sock: bigint, { conn, close }: { conn: Connection; close: CloseEvent }): void {
    this.closing.delete(sock);
    conn.close(close.ts, close.bytesSent, close.bytesReceived, close.flags);
    this.forgetHandles(sock);
    this.out.connectionEnd(conn);
  }

  private end(sock: bigint, conn: Connection, ts: number, totals?: SocketTotals): void {
    conn.close(ts, totals?.sent ?? 0, totals?.received ?? 0, 0);
    this.bySock.delete(sock);
    this.forgetHandles(sock);
    this.out.connectionEnd(conn);
  }

  /** The socket's connection: open, closed but still in its grace, or new. */
  private connection(sock: bigint, pid: number, ts: number): Connection {
    const closed = this.closing.get(sock);
    if (closed) return closed.conn;
    let conn = this.bySock.get(sock);
    if (!conn) {
      conn = new Connection(`c${this.nextId++}`, pid, ts, (c, x) => this.out.exchange(c, x));
      this.bySock.set(sock, conn);
    }
    return conn;
  }

  private learnHandle(handle: bigint, sock: bigint): void {
    this.sockByHandle.set(handle, sock);
    const handles = this.handlesBySock.get(sock) ?? new Set<bigint>();
    handles.add(handle);
    this.handlesBySock.set(sock, handles);
    this.adoptOrphans(handle, sock);
  }

  private adoptOrphans(handle: bigint, sock: bigint): void {
    const list = this.orphans.get(handle);
    if (!list) return;
    this.orphans.delete(handle);
    const conn = this.connection(sock, list[0]?.tgid ?? 0, list[0]?.ts ?? 0);
    for (const e of list) conn.data(e);
  }

  private forgetHandles(sock: bigint): void {
    for (const handle of this.handlesBySock.get(sock) ?? []) this.sockByHandle.delete(handle);
    this.handlesBySock.delete(sock);
  }
}
