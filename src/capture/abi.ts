// Decodes the kernel's events: the TypeScript view of bpf/events.h. abi.test.ts compiles the C
// header and checks every size and offset used here against it.

export const EventKind = { exec: 1, fork: 2, exit: 3, sock: 4, data: 5, close: 6, mmap: 7, tie: 8 } as const;
export const Track = { all: 1, childrenOnly: 2 } as const;
export const FileState = { probed: 1, plain: 2 } as const;
export const Source = { syscall: 0, openssl: 1, gnutls: 2, go: 3 } as const;
export type SourceName = 'syscall' | 'openssl' | 'gnutls' | 'go';
const sourceNames: SourceName[] = ['syscall', 'openssl', 'gnutls', 'go'];

export const EXEC_FLAG_STOPPED = 1;
export const SockFlag = { tls: 1, udp: 2, lost: 4, connect: 8, closed: 16, neverEstablished: 32 } as const;
export const DATA_FLAG_FAULT = 0x100;

/** Indexes of the per-CPU `drops` array (enum el_drop). */
export const DropReason = {
  ringbuf: 0,
  truncated: 1,
  readFault: 2,
  stateFull: 3,
  stopSkipped: 4,
  iovTruncated: 5,
} as const;
export const DROP_SLOTS = 8;

export const Layout = {
  header: 24,
  exec: {
    size: 840,
    ppid: 24,
    uid: 28,
    cgroupId: 32,
    ino: 40,
    dev: 48,
    flags: 52,
    filenameLen: 56,
    argsLen: 60,
    pidns: 64,
    filename: 72,
    args: 328,
  },
  fork: { size: 32, parent: 24, child: 28 },
  exit: { size: 32, exitCode: 24 },
  mmap: { size: 48, ino: 24, dev: 32, flags: 36, fd: 40 },
  sock: {
    size: 80,
    sock: 24,
    fd: 32,
    ret: 36,
    family: 40,
    dport: 42,
    sport: 44,
    flags: 46,
    daddr: 48,
    saddr: 64,
  },
  data: {
    size: 72,
    sock: 24,
    handle: 32,
    callLen: 40,
    callOffset: 48,
    fd: 56,
    len: 60,
    direction: 64,
    source: 65,
    flags: 66,
  },
  close: { size: 56, sock: 24, sent: 32, received: 40, flags: 48 },
  tie: { size: 40, sock: 24, handle: 32 },
  config: { size: 32, heartbeat: 0, staleAfter: 8, agentTgid: 16, holdUnknown: 20, containersPidns: 24 },
  fileKey: { size: 16, ino: 0, dev: 8 },
} as const;

interface Base {
  tgid: number;
  tid: number;
  /** CLOCK_MONOTONIC nanoseconds. */
  ts: number;
}
export interface ExecEvent extends Base {
  kind: 'exec';
  ppid: number;
  uid: number;
  cgroupId: bigint;
  /** Inode of the process's pid namespace: a container's differs from the host's. */
  pidns: number;
  file: FileKey;
  stopped: boolean;
  filename: string;
  argv: string[];
}
export interface ForkEvent extends Base {
  kind: 'fork';
  parent: number;
  child: number;
}
export interface ExitEvent extends Base {
  kind: 'exit';
  exitCode: number;
}
export interface MmapEvent extends Base {
  kind: 'mmap';
  file: FileKey;
  stopped: boolean;
  /** The descriptor the task mapped the file through, still open while it is held. */
  fd: number;
}
export interface SockEvent extends Base {
  kind: 'sock';
  sock: bigint;
  fd: number;
  ret: number;
  family: 4 | 6;
  remoteAddress: string;
  remotePort: number;
  localAddress: string;
  localPort: number;
  flags: number;
}
export interface DataEvent extends Base {
  kind: 'data';
  sock: bigint;
  handle: bigint;
  callLen: number;
  callOffset: number;
  fd: number;
  direction: 'egress' | 'ingress';
  source: SourceName;
  flags: number;
  data: Buffer;
}
export interface CloseEvent extends Base {
  kind: 'close';
  sock: bigint;
  bytesSent: number;
  bytesReceived: number;
  flags: number;
}
/** The TLS object `handle` writes through `sock`. */
export interface TieEvent extends Base {
  kind: 'tie';
  sock: bigint;
  handle: bigint;
}
export type KernelEvent =
  ExecEvent | ForkEvent | ExitEvent | MmapEvent | SockEvent | DataEvent | CloseEvent | TieEvent;

/** A file as the kernel names it: inode number and kernel dev_t (major << 20 | minor). */
export interface FileKey {
  ino: bigint;
  dev: number;
}

export function fileKeyString(key: FileKey): string {
  return `${key.dev}:${key.ino}`;
}

/** stat()'s st_dev uses the user-space encoding; the kernel's s_dev is major << 20 | minor. */
export function kernelDev(userDev: bigint): number {
  const major = ((userDev >> 8n) & 0xfffn) | ((userDev >> 32n) & ~0xfffn);
  const minor = (userDev & 0xffn) | ((userDev >> 12n) & ~0xffn);
  return Number(((major << 20n) | minor) & 0xffffffffn);
}

export function encodeFileKey(key: FileKey): Buffer {
  const buf = Buffer.alloc(Layout.fileKey.size);
  buf.writeBigUInt64LE(key.ino, Layout.fileKey.ino);
  buf.writeUInt32LE(key.dev, Layout.fileKey.dev);
  return buf;
}

export function encodeConfig(config: {
  heartbeatNs: bigint;
  staleAfterNs: bigint;
  agentTgid: number;
  holdUnknown: boolean;
  /** Containers mode: the agent's pid namespace inode, 0 = off. */
  containersPidns: number;
}): Buffer {
  const buf = Buffer.alloc(Layout.config.size);
  buf.writeBigUInt64LE(config.heartbeatNs, Layout.config.heartbeat);
  buf.writeBigUInt64LE(config.staleAfterNs, Layout.config.staleAfter);
  buf.writeUInt32LE(config.agentTgid, Layout.config.agentTgid);
  buf.writeUInt32LE(config.holdUnknown ? 1 : 0, Layout.config.holdUnknown);
  buf.writeUInt32LE(config.containersPidns, Layout.config.containersPidns);
  return buf;
}

export function encodeU32(value: number): Buffer {
  const buf = Buffer.alloc(4);
  buf.writeUInt32LE(value);
  return buf;
}

function cString(buf: Buffer, start: number, length: number): string {
  return buf.toString('utf8', start, start + length);
}

function address(buf: Buffer, at: number, family: number): string {
  if (family === 2) return `${buf[at]}.${buf[at + 1]}.${buf[at + 2]}.${buf[at + 3]}`;
  const words: number[] = [];
  for (let i = 0; i < 16; i += 2) words.push(buf.readUInt16BE(at + i));
  // Dual-stack sockets show IPv4 peers as ::ffff:a.b.c.d; report the IPv4 address.
  if (words.slice(0, 5).every((w) => w === 0) && words[5] === 0xffff) return address(buf, at + 12, 2);
  return formatIpv6(words);
}

/** RFC 5952 text: lower-case hex, the longest run of two or more zero groups as `::`. */
function formatIpv6(words: number[]): string {
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < words.length;) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < words.length && words[j] === 0) j++;
    if (j - i > bestLength) [bestStart, bestLength] = [i, j - i];
    i = j;
  }
  const hex = words.map((w) => w.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/**
 * An unsigned 64-bit field as a number (exact below 2^53, as Number(bigint) would round above): read in
 * two halves, because a BigInt per field costs more than the rest of an event's decoding.
 */
function readU64Number(buf: Buffer, offset: number): number {
  return buf.readUInt32LE(offset) + buf.readUInt32LE(offset + 4) * 2 ** 32;
}

/** Decode one ring-buffer record; null for a record too short for its kind (counted by caller). */
export function decodeEvent(buf: Buffer): KernelEvent | null {
  if (buf.length < Layout.header) return null;
  const kind = buf.readUInt32LE(0);
  const base = { tgid: buf.readUInt32LE(4), tid: buf.readUInt32LE(8), ts: readU64Number(buf, 16) };
  switch (kind) {
    case EventKind.exec: {
      const L = Layout.exec;
      if (buf.length < L.size) return null;
      const filenameLen = Math.min(buf.readUInt32LE(L.filenameLen), L.args - L.filename);
      const argsLen = Math.min(buf.readUInt32LE(L.argsLen), L.size - L.args);
      const argv = cString(buf, L.args, argsLen).split('\0');
      if (argv.length > 0 && argv[argv.length - 1] === '') argv.pop();
      return {
        kind: 'exec',
        ...base,
        ppid: buf.readUInt32LE(L.ppid),
        uid: buf.readUInt32LE(L.uid),
        cgroupId: buf.readBigUInt64LE(L.cgroupId),
        pidns: buf.readUInt32LE(L.pidns),
        file: { ino: buf.readBigUInt64LE(L.ino), dev: buf.readUInt32LE(L.dev) },
        stopped: (buf.readUInt32LE(L.flags) & EXEC_FLAG_STOPPED) !== 0,
        filename: cString(buf, L.filename, filenameLen),
        argv,
      };
    }
    case EventKind.fork: {
      const L = Layout.fork;
      if (buf.length < L.size) return null;
      return { kind: 'fork', ...base, parent: buf.readUInt32LE(L.parent), child: buf.readUInt32LE(L.child) };
    }
    case EventKind.exit: {
      const L = Layout.exit;
      if (buf.length < L.size) return null;
      return { kind: 'exit', ...base, exitCode: buf.readUInt32LE(L.exitCode) };
    }
    case EventKind.mmap: {
      const L = Layout.mmap;
      if (buf.length < L.size) return null;
      return {
        kind: 'mmap',
        ...base,
        file: { ino: buf.readBigUInt64LE(L.ino), dev: buf.readUInt32LE(L.dev) },
        stopped: (buf.readUInt32LE(L.flags) & EXEC_FLAG_STOPPED) !== 0,
        fd: buf.readInt32LE(L.fd),
      };
    }
    case EventKind.sock: {
      const L = Layout.sock;
      if (buf.length < L.size) return null;
      const family = buf.readUInt16LE(L.family);
      const remoteAddress = address(buf, L.daddr, family);
      return {
        kind: 'sock',
        ...base,
        sock: buf.readBigUInt64LE(L.sock),
        fd: buf.readInt32LE(L.fd),
        ret: buf.readInt32LE(L.ret),
        family: remoteAddress.includes(':') ? 6 : 4,
        remoteAddress,
        remotePort: buf.readUInt16LE(L.dport),
        localAddress: address(buf, L.saddr, family),
        localPort: buf.readUInt16LE(L.sport),
        flags: buf.readUInt16LE(L.flags),
      };
    }
    case EventKind.data: {
      const L = Layout.data;
      if (buf.length < L.size) return null;
      const len = buf.readUInt32LE(L.len);
      if (buf.length < L.size + len) return null;
      return {
        kind: 'data',
        ...base,
        sock: buf.readBigUInt64LE(L.sock),
        handle: buf.readBigUInt64LE(L.handle),
        callLen: readU64Number(buf, L.callLen),
        callOffset: readU64Number(buf, L.callOffset),
        fd: buf.readInt32LE(L.fd),
        direction: buf[L.direction] === 0 ? 'egress' : 'ingress',
        source: sourceNames[buf[L.source] ?? 0] ?? 'syscall',
        flags: buf.readUInt16LE(L.flags),
        data: buf.subarray(L.size, L.size + len),
      };
    }
    case EventKind.close: {
      const L = Layout.close;
      if (buf.length < L.size) return null;
      return {
        kind: 'close',
        ...base,
        sock: buf.readBigUInt64LE(L.sock),
        bytesSent: readU64Number(buf, L.sent),
        bytesReceived: readU64Number(buf, L.received),
        flags: buf.readUInt32LE(L.flags),
      };
    }
    case EventKind.tie: {
      const L = Layout.tie;
      if (buf.length < L.size) return null;
      return {
        kind: 'tie',
        ...base,
        sock: buf.readBigUInt64LE(L.sock),
        handle: buf.readBigUInt64LE(L.handle),
      };
    }
    default:
      return null;
  }
}
