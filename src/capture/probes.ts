// Which files carry TLS code, and their uprobes. Probes attach per file, so one attach covers every
// process that maps the file, now or later. Every file inspected is recorded in the kernel's
// `known_files`, so the kernel holds a task only for a file nobody has looked at yet.
import { existsSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { encodeFileKey, encodeU32, type FileKey, fileKeyString, FileState, kernelDev } from './abi.js';
import { withExpeditedGracePeriods } from './grace-periods.js';
import type { BpfObject } from './native.js';
import { inspectFile, type ProbePoint, type TlsTarget } from './tls-targets.js';

/** BPF program base name for each probed function. */
const programs: Record<string, string> = {
  SSL_write: 'ssl_write',
  SSL_read: 'ssl_read',
  SSL_write_ex: 'ssl_write_ex',
  SSL_read_ex: 'ssl_read_ex',
  gnutls_record_send: 'gnutls_send',
  gnutls_record_recv: 'gnutls_recv',
  'crypto/tls.(*Conn).Write': 'go_tls_write',
  'crypto/tls.(*Conn).Read': 'go_tls_read',
};
const suffix: Record<ProbePoint['at'], string> = { entry: '_enter', return: '_exit', 'ret-insn': '_ret' };

export interface ProbedFile {
  path: string;
  library: TlsTarget['library'];
  probes: number;
}

export class TlsProbes {
  private readonly seen = new Map<string, ProbedFile | null>();
  readonly probed: ProbedFile[] = [];
  readonly failures: string[] = [];
  /** Per file (as its process knows it): the TLS functions found but not probed, and why. */
  readonly unprobed = new Map<string, string[]>();

  constructor(private readonly bpf: BpfObject) {}

  /** Inspect `openPath` (any path that opens the file, e.g. /proc/PID/exe) once per file. */
  ensure(key: FileKey, openPath: string, displayPath: string): ProbedFile | null {
    const id = fileKeyString(key);
    const known = this.seen.get(id);
    if (known !== undefined) return known;
    let result: ProbedFile | null = null;
    try {
      const target = inspectFile(openPath);
      if (target?.unprobed) {
        this.unprobed.set(displayPath, target.unprobed);
        for (const reason of target.unprobed) this.failures.push(`${displayPath} ${reason}`);
      }
      if (target && target.probes.length > 0) result = this.attach(target, openPath, displayPath);
    } catch (err) {
      this.failures.push(`${displayPath}: ${(err as Error).message}`);
    }
    this.seen.set(id, result);
    this.bpf.mapUpdate(
      'known_files',
      encodeFileKey(key),
      encodeU32(result ? FileState.probed : FileState.plain),
    );
    return result;
  }

  /** A path on this machine: inspect and probe it if it exists. */
  ensurePath(path: string, displayPath = path): ProbedFile | null {
    try {
      const st = statSync(path, { bigint: true });
      return this.ensure({ ino: st.ino, dev: kernelDev(st.dev) }, path, displayPath);
    } catch {
      return null;
    }
  }

  private attach(target: TlsTarget, openPath: string, displayPath: string): ProbedFile | null {
    const attached = withExpeditedGracePeriods(() => this.attachPoints(target, openPath, displayPath));
    if (attached === 0) return null;
    const file = { path: displayPath, library: target.library, probes: attached };
    this.probed.push(file);
    return file;
  }

  /** Attaches each probe point of `target`; returns how many attached. */
  private attachPoints(target: TlsTarget, openPath: string, displayPath: string): number {
    let attached = 0;
    for (const point of target.probes) {
      const base = programs[point.symbol];
      if (!base) continue;
      try {
        this.bpf.attachUprobe(base + suffix[point.at], {
          path: openPath,
          offset: point.offset,
          retprobe: point.at === 'return',
        });
        attached++;
      } catch (err) {
        this.failures.push(`${displayPath} ${point.symbol}: ${(err as Error).message}`);
      }
    }
    return attached;
  }
}

/** A file to inspect: a path that opens it here, and the name its process knows it by. */
export interface FileLocation {
  openPath: string;
  displayPath: string;
}

const LIBRARY_NAME = /\.so(?:\.|$)/;

const libraryDirs = [
  '/lib/x86_64-linux-gnu',
  '/usr/lib/x86_64-linux-gnu',
  '/lib/aarch64-linux-gnu',
  '/usr/lib/aarch64-linux-gnu',
  '/lib64',
  '/usr/lib64',
  '/usr/lib',
  '/usr/local/lib',
];

/**
 * TLS libraries worth probing before anything runs: the system's, and node's static OpenSSL.
 * A directory scan, not `ldconfig -p`: the agent starts no processes of its own. Anything missed
 * here is still caught when a process maps it.
 */
export function systemTlsFiles(): string[] {
  const files = new Set(libraryFiles(/^lib(?:ssl|gnutls)\.so\.\d/).map(realpathOr));
  for (const node of [process.execPath, '/usr/bin/node', '/usr/local/bin/node']) {
    if (existsSync(node)) files.add(realpathOr(node));
  }
  return [...files];
}

/**
 * Every shared library in the system library directories. Inspected ahead (in the background once
 * the agent is ready), they are known to the kernel before a job maps them, so mapping them does not
 * hold the job: a curl or python start maps dozens, each a stop, an inspection and a continue. Their
 * directories join `listed` (see librariesBeside).
 */
export function systemLibraries(listed: Set<string>): FileLocation[] {
  for (const dir of libraryDirs) {
    const id = directoryId(dir);
    if (id) listed.add(id);
  }
  // No realpath here (a tenth of a second for ~2,000 names): links to one file are inspected
  // once anyway, as TlsProbes knows files by device and inode.
  return [...new Set(libraryFiles(LIBRARY_NAME))].map((path) => ({ openPath: path, displayPath: path }));
}

/**
 * The other libraries in the directory of `path`, a library process `pid` just mapped, unless that
 * directory is `listed` already: a python that maps one of its extension modules maps more of the
 * same directory soon after, and each would hold it. A process in another mount namespace (a
 * container) is read through its root.
 */
export function librariesBeside(pid: number, path: string, listed: Set<string>): FileLocation[] {
  if (!LIBRARY_NAME.test(basename(path))) return [];
  const dir = dirname(path);
  const seenFrom = sameMounts(pid) ? dir : `/proc/${pid}/root${dir}`;
  const id = directoryId(seenFrom);
  if (!id || listed.has(id)) return [];
  listed.add(id);
  try {
    return readdirSync(seenFrom)
      .filter((name) => LIBRARY_NAME.test(name))
      .map((name) => ({ openPath: join(seenFrom, name), displayPath: join(dir, name) }));
  } catch {
    return [];
  }
}

function sameMounts(pid: number): boolean {
  try {
    return readlinkSync(`/proc/${pid}/ns/mnt`) === readlinkSync('/proc/self/ns/mnt');
  } catch {
    return false;
  }
}

/** A directory's identity whatever path reaches it (a container's root, a link). */
function directoryId(path: string): string | undefined {
  try {
    const st = statSync(path, { bigint: true });
    return st.isDirectory() ? `${st.dev}:${st.ino}` : undefined;
  } catch {
    return undefined;
  }
}

/** Paths of the files in the system library directories whose names match. */
function libraryFiles(name: RegExp): string[] {
  return libraryDirs.flatMap((dir) => {
    try {
      return readdirSync(dir)
        .filter((file) => name.test(file))
        .map((file) => join(dir, file));
    } catch {
      return [];
    }
  });
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * A held process's new mapping, through the descriptor it mapped (still open: the task stopped on
 * return from mmap). Null when the descriptor names another file by now (closed by another thread).
 */
export function mappedDescriptor(pid: number, fd: number, key: FileKey): FileLocation | null {
  const openPath = `/proc/${pid}/fd/${fd}`;
  try {
    const st = statSync(openPath, { bigint: true });
    if (st.ino !== key.ino || kernelDev(st.dev) !== key.dev) return null;
    return { openPath, displayPath: readlinkSync(openPath).replace(/ \(deleted\)$/, '') };
  } catch {
    return null;
  }
}

/** Where a held process's new mapping of `key` lives, from its maps: slower, for any mapping. */
export function findMapping(pid: number, key: FileKey): FileLocation | null {
  let maps: string;
  try {
    maps = readFileSync(`/proc/${pid}/maps`, 'utf8');
  } catch {
    return null;
  }
  for (const line of maps.split('\n')) {
    const m = /^([0-9a-f]+-[0-9a-f]+) \S+ \S+ ([0-9a-f]+):([0-9a-f]+) (\d+)\s+(.*)$/.exec(line);
    if (!m) continue;
    const dev = ((parseInt(m[2] ?? '0', 16) << 20) | parseInt(m[3] ?? '0', 16)) >>> 0;
    if (dev !== key.dev || BigInt(m[4] ?? '0') !== key.ino) continue;
    return {
      openPath: `/proc/${pid}/map_files/${m[1]}`,
      displayPath: (m[5] ?? '').replace(/ \(deleted\)$/, ''),
    };
  }
  return null;
}

export function executablePath(pid: number, fallback: string): string {
  try {
    return readlinkSync(`/proc/${pid}/exe`);
  } catch {
    return fallback;
  }
}
