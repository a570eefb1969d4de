// The capture agent: loads the kernel programs, attaches them, probes TLS libraries, and hands
// decoded events to a sink: later, in bulk (see BACKLOG_BYTES). Linear: preflight → open → configure →
// attach → probe → ring.
import { existsSync, readFileSync, readlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  decodeEvent,
  DropReason,
  encodeConfig,
  encodeU32,
  EventKind,
  type ExecEvent,
  type ForkEvent,
  type KernelEvent,
  Track,
} from './abi.js';
import { withExpeditedGracePeriods } from './grace-periods.js';
import { type BpfObject, forEachRecord, openObject } from './native.js';
import {
  executablePath,
  findMapping,
  librariesBeside,
  type FileLocation,
  mappedDescriptor,
  systemLibraries,
  systemTlsFiles,
  TlsProbes,
} from './probes.js';
import { HoldWatchdog, STALE_AFTER_MS } from './watchdog.js';

/** Why capture cannot run here, in one line a user can act on. */
export class CaptureUnavailable extends Error {}

const HOOKS = ['on_fork', 'on_exec', 'on_exit', 'on_sys_enter', 'on_sys_exit', 'on_sock_state'];
const HEARTBEAT_MS = 100;
/**
 * The kernel ring. It is mapped into the agent twice (libbpf's wrap-around view), so it counts twice
 * in RSS: 16 MiB cost 32 MB. A 10k req/s load writes ~11 MB/s into it, and the drain thread empties
 * it every 5 ms or once 1 MiB waits; 8 MiB leaves it 7 MiB to fall behind by. The benchmark's loss
 * runs check it (nothing lost flat out, 4 MiB neither; 8 for bursts of large downloads).
 */
const RING_BYTES = 8 << 20;
/** The background scan's share of each turn of the event loop: a held task waits no longer. */
const SCAN_SLICE_MS = 0.5;
/**
 * Events wait, undecoded, in the addon while the job runs. Handled as they come, they cost the job
 * about twice their CPU time: the agent's bursts of work land on the cores the job's client and server
 * are about to run on, whatever the agent's priority (BENCHMARKS.md, "Where the floor is"). Handled
 * once the job is over, they cost its steps nothing and the whole less. Up to 4 MiB wait (~5,000
 * requests of the benchmark's workload, ~0.4 s of work); past that they are handled at once, a slice
 * each turn of the event loop. Past 256 MiB (the addon's bound) records are dropped, counted.
 */
const BACKLOG_BYTES = 4 << 20;
const DRAIN_SLICE_MS = 2;
/** Taken and handled within a slice or so, a piece dies young: its memory goes back at once. */
const PIECE_BYTES = 16 << 10;
const STALE_AFTER_NS = BigInt(STALE_AFTER_MS) * 1_000_000n;

export interface AgentOptions {
  /**
   * Receives every decoded event, in ring order, but not as it happens: events wait until many do,
   * until catchUp(), or until the agent stops.
   */
  onEvent(event: KernelEvent): void;
  /**
   * Sees each fork and exec as it comes out of the ring (an exec before its held task is released),
   * long before onEvent does: the moment to read what only the living process can tell, such as its
   * /proc files.
   */
  onProcess?(event: ForkEvent | ExecEvent): void;
  /** Ring buffer size in bytes (a power of two). */
  ringBytes?: number;
  /** Hold tasks that run files not yet inspected (closes the first-request race). */
  hold?: boolean;
  /** Also trace every process of a pid namespace nested below ours (containers), wherever it starts. */
  containers?: boolean;
}

export interface AgentStats {
  events: number;
  malformed: number;
  drops: Record<keyof typeof DropReason, number>;
  droppedInUserspace: number;
  held: number;
  probedFiles: { path: string; library: string; probes: number }[];
  probeFailures: string[];
  readyMs: number;
}

export function preflight(): void {
  if (process.platform !== 'linux')
    throw new CaptureUnavailable(`egress-lens needs Linux (this is ${process.platform})`);
  if (process.getuid?.() !== 0) {
    throw new CaptureUnavailable('egress-lens needs root to load eBPF programs: run it with sudo');
  }
  if (!existsSync('/sys/kernel/btf/vmlinux')) {
    throw new CaptureUnavailable(
      'this kernel has no BTF (/sys/kernel/btf/vmlinux is missing): egress-lens needs Linux 5.8+ built with CONFIG_DEBUG_INFO_BTF',
    );
  }
  const [major = 0, minor = 0] = readFileSync('/proc/sys/kernel/osrelease', 'utf8').split('.').map(Number);
  if (major < 5 || (major === 5 && minor < 8)) {
    throw new CaptureUnavailable(`kernel ${major}.${minor} is too old: egress-lens needs Linux 5.8 or newer`);
  }
}

export function bpfObjectPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // Bundled: dist/cli.js beside dist/egress.bpf.o. From source: src/capture/ → ../../dist.
  for (const candidate of [join(here, 'egress.bpf.o'), join(here, '..', '..', 'dist', 'egress.bpf.o')]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new CaptureUnavailable('egress.bpf.o not found: run `npm run build`');
}

export class Agent {
  private readonly bpf: BpfObject;
  private readonly probes: TlsProbes;
  private readonly heartbeat: NodeJS.Timeout;
  private readonly stillHeld = new Set<number>();
  private readonly containersPidns: number;
  private readonly watchdog: HoldWatchdog | undefined;
  /** Files to inspect ahead of use, in the background; the most recently added first. */
  private readonly backlog: FileLocation[] = [];
  /** Directories whose libraries are in the backlog or inspected (see librariesBeside). */
  private readonly listedDirs = new Set<string>();
  private backlogDone: (() => void) | undefined;
  private draining = false;
  private events = 0;
  private malformed = 0;
  private held = 0;
  private stopped = false;
  readonly readyMs: number;
  /**
   * Settles once the system libraries are inspected (in the background, after ready), so that mapping
   * them holds nobody. A caller about to start a job can wait for it; holding keeps the race closed
   * either way.
   */
  readonly librariesScanned: Promise<void>;

  constructor(private readonly options: AgentOptions) {
    const started = performance.now();
    preflight();
    this.containersPidns = options.containers ? (pidNamespaceOf('self') ?? 0) : 0;
    try {
      this.bpf = openObject(bpfObjectPath(), { mapMaxEntries: { events: options.ringBytes ?? RING_BYTES } });
    } catch (err) {
      throw new CaptureUnavailable(
        `could not load the eBPF programs: ${(err as Error).message.split('\n')[0]}`,
      );
    }
    try {
      this.beat();
      for (const hook of HOOKS) this.bpf.attach(hook);
      this.probes = new TlsProbes(this.bpf);
      for (const file of systemTlsFiles()) this.probes.ensurePath(file);
      this.bpf.startRingBuffer(
        'events',
        { urgentKinds: [EventKind.fork, EventKind.exec, EventKind.mmap], noticeAtBytes: BACKLOG_BYTES },
        (urgent, waitingBytes) => this.onNotice(urgent, waitingBytes),
      );
      if (options.hold ?? true) this.watchdog = new HoldWatchdog();
      // Last: from here on every child of ours is traced, and held while its files are inspected.
      this.bpf.mapUpdate('tracked', encodeU32(process.pid), encodeU32(Track.childrenOnly));
    } catch (err) {
      this.bpf.close();
      throw err;
    }
    this.heartbeat = setInterval(() => this.beat(), HEARTBEAT_MS);
    this.heartbeat.unref();
    this.readyMs = performance.now() - started;
    this.librariesScanned = new Promise((done) => {
      this.backlogDone = done;
      setImmediate(() => this.scanAhead(systemLibraries(this.listedDirs)));
    });
  }

  /** Add files to the backlog, and start working through it if it was idle. */
  private scanAhead(files: FileLocation[]): void {
    const idle = this.backlog.length === 0;
    this.backlog.push(...files);
    if (idle) setImmediate(() => this.scanBacklog());
  }

  /** Inspect the backlog a slice of each turn of the event loop, until it is empty or we stop. */
  private scanBacklog(): void {
    const until = performance.now() + SCAN_SLICE_MS;
    while (this.backlog.length > 0 && !this.stopped && performance.now() < until) {
      const { openPath, displayPath } = this.backlog.pop() as FileLocation;
      this.probes.ensurePath(openPath, displayPath);
    }
    if (this.backlog.length > 0 && !this.stopped) {
      setImmediate(() => this.scanBacklog());
      return;
    }
    this.backlog.length = 0;
    this.backlogDone?.();
    this.backlogDone = undefined;
  }

  /** Capture `pid` and everything it starts from now on. */
  track(pid: number, mode: 'all' | 'childrenOnly' = 'all'): void {
    this.bpf.mapUpdate('tracked', encodeU32(pid), encodeU32(Track[mode]));
    this.watchdog?.note(pid);
  }

  /** A child the caller just started (traced already, by the kernel): released too if we die. */
  adopt(pid: number): void {
    this.watchdog?.note(pid);
  }

  /** The TLS functions of `path` (an executable or library) found but not probed, and why. */
  unprobedIn(path: string): string[] | undefined {
    return this.probes.unprobed.get(path);
  }

  /** Bytes the kernel has counted on a socket so far (struct sock_state: tx, rx, flags, tgid). */
  socketTotals(sock: bigint): { sent: number; received: number } | undefined {
    const key = Buffer.alloc(8);
    key.writeBigUInt64LE(sock);
    const state = this.bpf.mapLookup('socks', key);
    if (!state || state.length < 16) return undefined;
    return { sent: Number(state.readBigUInt64LE(0)), received: Number(state.readBigUInt64LE(8)) };
  }

  /** Deliver every event that waits, now (the job is over, or the caller needs its state). */
  catchUp(): void {
    for (let piece = this.bpf.takeRecords(PIECE_BYTES); piece; piece = this.bpf.takeRecords(PIECE_BYTES))
      this.deliver(piece);
  }

  /** Stop holding and deliver everything still in the ring. Probes stay until close(). */
  stop(): AgentStats {
    if (!this.stopped) {
      this.stopped = true;
      clearInterval(this.heartbeat);
      this.writeConfig(false);
      this.bpf.stopRingBuffer();
    }
    this.catchUp();
    for (const pid of this.stillHeld) release(pid);
    this.watchdog?.close();
    return this.stats();
  }

  /** Detach everything (the kernel waits out grace periods), after the report is out. */
  close(): void {
    withExpeditedGracePeriods(() => this.bpf.close());
  }

  private stats(): AgentStats {
    const drops = Object.fromEntries(Object.keys(DropReason).map((k) => [k, 0])) as AgentStats['drops'];
    for (const [name, slot] of Object.entries(DropReason) as [keyof typeof DropReason, number][]) {
      const values = this.bpf.mapLookup('drops', encodeU32(slot));
      if (!values) continue;
      for (let off = 0; off + 8 <= values.length; off += 8)
        drops[name] += Number(values.readBigUInt64LE(off));
    }
    return {
      events: this.events,
      malformed: this.malformed,
      drops,
      droppedInUserspace: this.bpf.ringStats().droppedInUserspace,
      held: this.held,
      probedFiles: this.probes.probed,
      probeFailures: this.probes.failures,
      readyMs: this.readyMs,
    };
  }

  private beat(): void {
    this.writeConfig(true);
  }

  /** Alive: a fresh heartbeat (holding allowed while it stays fresh). Not alive: never hold again. */
  private writeConfig(alive: boolean): void {
    const config = alive
      ? {
          heartbeatNs: process.hrtime.bigint(),
          staleAfterNs: STALE_AFTER_NS,
          holdUnknown: this.options.hold ?? true,
          containersPidns: this.containersPidns,
        }
      : { heartbeatNs: 0n, staleAfterNs: 0n, holdUnknown: false, containersPidns: 0 };
    this.bpf.mapUpdate('agent_config', encodeU32(0), encodeConfig({ ...config, agentTgid: process.pid }));
  }

  /** Urgent records, copied as they arrived (they wait with the rest too); and whether many wait. */
  private onNotice(urgent: Buffer, waitingBytes: number): void {
    forEachRecord(urgent, (start, end) => this.onArrival(urgent, start, end));
    if (waitingBytes >= BACKLOG_BYTES && !this.draining) {
      this.draining = true;
      setImmediate(() => this.drainSlice());
    }
  }

  /**
   * What cannot wait: a held task (inspected, then released), a new process (the watchdog's to
   * release if we die), an exec (its process is alive now, maybe not later).
   */
  private onArrival(batch: Buffer, start: number, end: number): void {
    // Malformed records are counted when they are delivered.
    const event = decodeEvent(batch.subarray(start, end));
    if (event?.kind === 'fork') {
      this.watchdog?.note(event.child);
      this.options.onProcess?.(event);
    }
    if (event?.kind !== 'exec' && event?.kind !== 'mmap') return;
    if (!event.stopped) {
      if (event.kind === 'exec') this.options.onProcess?.(event);
      return;
    }
    // Released only once onProcess has seen it too: it may read the task's /proc files.
    try {
      this.inspectHeld(event);
      if (event.kind === 'exec') this.options.onProcess?.(event);
    } finally {
      release(event.tgid);
      this.stillHeld.delete(event.tgid);
    }
  }

  /** Delivers what waits a slice each turn of the event loop: a held task waits one slice at most. */
  private drainSlice(): void {
    const until = performance.now() + DRAIN_SLICE_MS;
    do {
      const piece = this.bpf.takeRecords(PIECE_BYTES);
      if (!piece) {
        this.draining = false;
        return;
      }
      this.deliver(piece);
    } while (performance.now() < until);
    setImmediate(() => this.drainSlice());
  }

  private deliver(batch: Buffer): void {
    forEachRecord(batch, (start, end) => {
      const event = decodeEvent(batch.subarray(start, end));
      if (!event) {
        this.malformed++;
        return;
      }
      this.events++;
      this.options.onEvent(event);
    });
  }

  /** The kernel stopped this task before it ran a file we had not seen, or as a job's new step: probe it. */
  private inspectHeld(event: Extract<KernelEvent, { kind: 'exec' | 'mmap' }>): void {
    const pid = event.tgid;
    this.watchdog?.note(pid);
    this.held++;
    this.stillHeld.add(pid);
    if (event.kind === 'exec') {
      this.probes.ensure(event.file, `/proc/${pid}/exe`, executablePath(pid, event.filename));
    } else {
      const mapping = mappedDescriptor(pid, event.fd, event.file) ?? findMapping(pid, event.file);
      if (!mapping) return;
      this.probes.ensure(event.file, mapping.openPath, mapping.displayPath);
      // Listed once the task runs again: the hold is for this file only.
      setImmediate(() => {
        const beside = librariesBeside(pid, mapping.displayPath, this.listedDirs);
        if (beside.length > 0) this.scanAhead(beside);
      });
    }
  }
}

/** The inode of a process's pid namespace (`pid:[4026531836]`), or undefined once it is gone. */
export function pidNamespaceOf(pid: number | 'self'): number | undefined {
  try {
    const inode = Number(/^pid:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/ns/pid`))?.[1]);
    return Number.isInteger(inode) ? inode : undefined;
  } catch {
    return undefined;
  }
}

function release(pid: number): void {
  try {
    process.kill(pid, 'SIGCONT');
  } catch {
    // Already gone.
  }
}
