// Typed access to egress_lens.node, the libbpf addon built by `npm run build:native` (native/).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ADDON_FILE_NAME = 'egress_lens.node';
/** Overrides where the addon is loaded from (the bundled action ships it beside its code in dist/). */
export const ADDON_PATH_ENV = 'EGRESS_LENS_ADDON';

export interface OpenOptions {
  /** Applied before the object is loaded, e.g. to size a ring buffer. */
  mapMaxEntries?: Record<string, number>;
}

export interface UprobeTarget {
  path: string;
  /** File offset of the probed instruction in `path`. */
  offset: number;
  retprobe: boolean;
  /** Only this process; -1 (the default) for every process that maps the file. */
  pid?: number;
}

export interface RingStats {
  /** Records taken from the kernel ring and kept for JavaScript. */
  records: number;
  /** Payload bytes of those records. */
  bytes: number;
  /** Records thrown away because 256 MiB were already waiting for JavaScript. */
  droppedInUserspace: number;
  /** Encoded bytes waiting for takeRecords. */
  pendingBytes: number;
}

export interface RingOptions {
  /** Record kinds (the u32 each record starts with) also copied to onNotice as they arrive. */
  urgentKinds: number[];
  /** Once this many bytes wait, onNotice is called even without an urgent record. */
  noticeAtBytes: number;
}

export interface BpfObject {
  /** Attach a non-uprobe program (tp_btf/raw_tp/fentry/...) by its SEC definition. Returns a link id. */
  attach(program: string): number;
  attachUprobe(program: string, target: UprobeTarget): number;
  detach(link: number): void;
  /** Key and value must have the map's exact sizes (per-CPU values: see mapLookup). */
  mapUpdate(map: string, key: Buffer, value: Buffer, flags?: number): void;
  /** False if the key was absent. */
  mapDelete(map: string, key: Buffer): boolean;
  /** Null if absent. Per-CPU maps: one value per possible CPU, each rounded up to 8 bytes, concatenated. */
  mapLookup(map: string, key: Buffer): Buffer | null;
  /**
   * Drain a BPF_MAP_TYPE_RINGBUF map on a background thread into native memory, where records wait in
   * ring order for takeRecords. onNotice runs on the event loop with copies of the urgent records that
   * arrived since the last notice (a batch, see forEachRecord) and the bytes waiting, whenever an
   * urgent record arrives or `noticeAtBytes` wait. While it runs it keeps the process alive. One ring
   * at a time per object.
   */
  startRingBuffer(
    map: string,
    options: RingOptions,
    onNotice: (urgent: Buffer, waitingBytes: number) => void,
  ): void;
  /**
   * The oldest waiting records, whole, as one batch of at most `maxBytes` (one record at least); null
   * when none waits. Also after stopRingBuffer, for what was left.
   */
  takeRecords(maxBytes: number): Buffer | null;
  /** Stop the thread after consuming everything already in the ring; gives the last notice before returning. */
  stopRingBuffer(): void;
  ringStats(): RingStats;
  programNames(): string[];
  /**
   * Stop the ring thread (records not yet taken are discarded: call stopRingBuffer and take them first),
   * destroy every link and close the object. Idempotent; also runs when the Node environment shuts down.
   */
  close(): void;
}

interface Addon {
  openObject(path: string, options?: OpenOptions): BpfObject;
  possibleCpus(): number;
}

let loadedAddon: Addon | undefined;

/** The directory holding package.json above `start`: the repository root, or the action's root when bundled. */
function findPackageRoot(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

function addonCandidates(): string[] {
  const override = process.env[ADDON_PATH_ENV];
  if (override) return [override];
  const moduleDir = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(moduleDir, ADDON_FILE_NAME)];
  const root = findPackageRoot(moduleDir);
  if (root) candidates.push(join(root, 'native', 'build', 'Release', ADDON_FILE_NAME));
  return candidates;
}

/** Loads the addon once: from $EGRESS_LENS_ADDON if set, else beside this module, else native/build/Release. */
export function loadAddon(): Addon {
  if (loadedAddon) return loadedAddon;
  const candidates = addonCandidates();
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      `egress-lens native addon not found (looked at ${candidates.join(', ')}): run \`npm run build:native\``,
    );
  }
  loadedAddon = createRequire(import.meta.url)(found) as Addon;
  return loadedAddon;
}

/** Opens and loads a BPF object file. Errors name the step and errno and quote libbpf's log (verifier output). */
export function openObject(path: string, options?: OpenOptions): BpfObject {
  return loadAddon().openObject(path, options);
}

/** Number of possible CPUs: the count of values a per-CPU map lookup returns. */
export function possibleCpus(): number {
  return loadAddon().possibleCpus();
}

const LENGTH_PREFIX_BYTES = 4;
const RECORD_ALIGNMENT = 8;

/**
 * Visits the records of a ring buffer batch, in order, by where each starts and ends in it; returns how
 * many there were. A batch is records back to back, each a u32 little-endian length, then that many
 * bytes, then zero padding so the next record starts at a multiple of 8 bytes.
 */
export function forEachRecord(batch: Buffer, visit: (start: number, end: number) => void): number {
  let count = 0;
  let offset = 0;
  while (offset < batch.length) {
    if (offset + LENGTH_PREFIX_BYTES > batch.length) {
      throw new Error(`truncated ring batch: length prefix at ${offset} of ${batch.length} bytes`);
    }
    const length = batch.readUInt32LE(offset);
    const start = offset + LENGTH_PREFIX_BYTES;
    if (start + length > batch.length) {
      throw new Error(
        `truncated ring batch: record of ${length} bytes at ${offset} of ${batch.length} bytes`,
      );
    }
    visit(start, start + length);
    count++;
    offset = Math.ceil((start + length) / RECORD_ALIGNMENT) * RECORD_ALIGNMENT;
  }
  return count;
}
