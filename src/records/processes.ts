// The traced process tree, rebuilt from fork/exec/exit events.
import { redactArgv } from './redact.js';
import type { ProcessInfo, ProcessRef } from './types.js';

interface ProcessEntry {
  pid: number;
  ppid: number;
  exe: string;
  argv: string[];
  uid?: number;
  cgroupId?: bigint;
  step?: string;
  container?: string;
  exitCode?: number;
  /** A root we track only for its children (the agent, the runner): never part of ancestry. */
  root: boolean;
}

export class ProcessTable {
  private readonly entries = new Map<number, ProcessEntry>();
  /** Bumped by every change info() could see: a cached info is good while it matches. */
  private generation = 0;
  /** Records of one process share one info object: 100k requests from wrk hold one, not 100k. */
  private readonly infoCache = new Map<number, { generation: number; info: ProcessInfo }>();

  addRoot(pid: number, exe: string, argv: string[]): void {
    this.generation++;
    this.entries.set(pid, { pid, ppid: 0, exe, argv: redactArgv(argv), root: true });
  }

  fork(parent: number, child: number): void {
    this.generation++;
    const p = this.entries.get(parent);
    // Until it execs, a child runs its parent's program.
    this.entries.set(child, {
      pid: child,
      ppid: parent,
      exe: p?.exe ?? '',
      argv: p?.argv ?? [],
      uid: p?.uid,
      step: p?.root ? undefined : p?.step,
      container: p?.container,
      root: false,
    });
  }

  exec(pid: number, ppid: number, exe: string, argv: string[], uid: number, cgroupId: bigint): void {
    this.generation++;
    const known = this.entries.get(pid);
    this.entries.set(pid, {
      ...known,
      pid,
      ppid: known?.ppid ?? ppid,
      exe,
      argv: redactArgv(argv),
      uid,
      cgroupId,
      root: false,
    });
  }

  exit(pid: number, exitCode: number): void {
    const known = this.entries.get(pid);
    if (known) known.exitCode = exitCode;
  }

  setStep(pid: number, step: string): void {
    const known = this.entries.get(pid);
    if (!known || known.step === step) return;
    known.step = step;
    this.generation++;
  }

  setContainer(pid: number, container: string): void {
    const known = this.entries.get(pid);
    if (!known || known.container === container) return;
    known.container = container;
    this.generation++;
  }

  /** The step a traced process was attributed to, if any. */
  stepOf(pid: number): string | undefined {
    return this.entries.get(pid)?.step;
  }

  has(pid: number): boolean {
    return this.entries.has(pid);
  }

  info(pid: number): ProcessInfo {
    const cached = this.infoCache.get(pid);
    if (cached?.generation === this.generation) return cached.info;
    const info = this.describe(pid);
    this.infoCache.set(pid, { generation: this.generation, info });
    return info;
  }

  private describe(pid: number): ProcessInfo {
    const e = this.entries.get(pid);
    const ancestry: ProcessRef[] = [];
    const seen = new Set([pid]);
    for (
      let p = e ? this.entries.get(e.ppid) : undefined;
      p && !p.root && !seen.has(p.pid);
      p = this.entries.get(p.ppid)
    ) {
      seen.add(p.pid);
      ancestry.push({ pid: p.pid, exe: p.exe });
    }
    const info: ProcessInfo = { pid, ppid: e?.ppid ?? 0, exe: e?.exe ?? '', argv: e?.argv ?? [], ancestry };
    if (e?.uid !== undefined) info.uid = e.uid;
    if (e?.step !== undefined) info.step = e.step;
    if (e?.container !== undefined) info.container = e.container;
    return info;
  }

  /** Traced processes that have not exited. */
  running(): number[] {
    return [...this.entries.values()].filter((e) => !e.root && e.exitCode === undefined).map((e) => e.pid);
  }

  /** Every traced process (roots excluded), for the report. */
  all(): ProcessInfo[] {
    return [...this.entries.values()].filter((e) => !e.root).map((e) => this.info(e.pid));
  }
}
