// Which step, and which container, a process of the job belongs to. Read from /proc, by the agent:
// the runner gives every step's process GITHUB_ACTION (the step's context id), and a container's
// processes live in a cgroup named after the container.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { pidNamespaceOf } from '../capture/agent.js';

/**
 * Which processes have a step, followed as they fork and exec: a child inherits its parent's step in
 * the process table (a root's children excepted: no root is ever in here), so its environment (~40 µs
 * to read, on every exec of the job) need not be read.
 */
export class ProcessesWithSteps {
  private readonly stepped = new Set<number>();

  fork(parent: number, child: number): void {
    if (this.stepped.has(parent)) this.stepped.add(child);
    else this.stepped.delete(child); // a pid used again
  }

  /** The step `readStep` finds for a process that execs, unless it has one already. */
  exec(pid: number, readStep: () => string | undefined): string | undefined {
    if (this.stepped.has(pid)) return undefined;
    const step = readStep();
    if (step !== undefined) this.stepped.add(pid);
    return step;
  }
}

/** The GITHUB_ACTION a process was started with, if /proc still shows it. */
export function stepFromEnviron(pid: number): string | undefined {
  let environ: string;
  try {
    environ = readFileSync(`/proc/${pid}/environ`, 'latin1');
  } catch {
    return undefined;
  }
  return stepFromEnvironText(environ);
}

export function stepFromEnvironText(environ: string): string | undefined {
  const entry = environ.split('\0').find((e) => e.startsWith('GITHUB_ACTION='));
  const value = entry?.slice('GITHUB_ACTION='.length);
  return value === '' ? undefined : value;
}

// Docker, containerd (nerdctl, k8s) and podman name a container's cgroup after its 64-hex id:
// /system.slice/docker-<id>.scope, /docker/<id>, /kubepods/.../cri-containerd-<id>.scope, libpod-<id>.scope.
const CONTAINER_ID = /(?:^|[/-])([0-9a-f]{64})(?:\.scope)?$/;

/** The container id a cgroup path names, or undefined for a host cgroup. */
export function containerFromCgroupPath(path: string): string | undefined {
  // Nested cgroups inside a container (/docker/<id>/init.scope) belong to it too: take the deepest id.
  const segments = path.split('/');
  for (let i = segments.length; i > 0; i--) {
    const match = CONTAINER_ID.exec(segments.slice(0, i).join('/'));
    if (match) return match[1];
  }
  return undefined;
}

/** The container a process runs in, from its cgroup v2 path (the `0::` line of /proc/PID/cgroup). */
export function containerOfProcess(pid: number): string | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/cgroup`, 'utf8');
  } catch {
    return undefined;
  }
  for (const line of text.split('\n')) {
    const path = line.split(':').slice(2).join(':');
    const id = path ? containerFromCgroupPath(path) : undefined;
    if (id) return id;
  }
  return undefined;
}

export interface LiveProcess {
  pid: number;
  ppid: number;
  exe: string;
  argv: string[];
  uid: number;
}

/** Processes that already descend from `root` (not `root` itself), parents before children. */
export function liveDescendants(root: number, exclude: ReadonlySet<number>): LiveProcess[] {
  const byParent = new Map<number, LiveProcess[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const found = readLiveProcess(Number(name));
    if (!found) continue;
    const siblings = byParent.get(found.ppid) ?? [];
    siblings.push(found);
    byParent.set(found.ppid, siblings);
  }
  const result: LiveProcess[] = [];
  const queue = [root];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    for (const child of byParent.get(pid) ?? []) {
      // An excluded process (whoever started the agent) hides its whole subtree.
      if (exclude.has(child.pid)) continue;
      result.push(child);
      queue.push(child.pid);
    }
  }
  return result;
}

/**
 * Processes in pid namespaces other than ours: containers, whose processes /proc shows us because
 * their namespaces are nested below ours.
 */
export function liveInNestedPidns(): LiveProcess[] {
  const own = pidNamespaceOf('self');
  const found: LiveProcess[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pidns = pidNamespaceOf(Number(name));
    const live = pidns !== undefined && pidns !== own ? readLiveProcess(Number(name)) : undefined;
    if (live) found.push(live);
  }
  return found;
}

/** What /proc shows of a process, or undefined once it is gone. */
export function readLiveProcess(pid: number): LiveProcess | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is parenthesised and may hold spaces or parentheses: fields follow the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const uid = Number(/^Uid:\s+(\d+)/m.exec(status)?.[1] ?? -1);
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').slice(0, -1);
    let exe = '';
    try {
      exe = readlinkSync(`/proc/${pid}/exe`);
    } catch {
      // Kernel threads hide their executable.
    }
    return { pid, ppid: Number(fields[1]), exe, argv, uid };
  } catch {
    return undefined;
  }
}
