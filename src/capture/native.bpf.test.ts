// The native addon against the real kernel: needs root (as in CI) and `npm run build:native`.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildBpfFixtures, type BpfFixtures } from '../../test/fixtures/bpf/build-fixtures.js';
import { forEachRecord, openObject, possibleCpus, type BpfObject, type RingOptions } from './native.js';

const SMOKE_EXEC = 1;
const SMOKE_ADD_ENTRY = 2;
const SMOKE_ADD_RETURN = 3;
const SMOKE_PROGRAMS = ['smoke_add_entry', 'smoke_add_return', 'smoke_exec'];

interface SmokeEvent {
  kind: number;
  pid: number;
  first: number;
  second: number;
}

function decodeEvent(record: Buffer): SmokeEvent {
  if (record.length !== 24) throw new Error(`smoke event of ${record.length} bytes, expected 24`);
  return {
    kind: record.readUInt32LE(0),
    pid: record.readUInt32LE(4),
    first: Number(record.readBigInt64LE(8)),
    second: Number(record.readBigInt64LE(16)),
  };
}

function decodeBatch(batch: Buffer): SmokeEvent[] {
  const events: SmokeEvent[] = [];
  forEachRecord(batch, (start, end) => events.push(decodeEvent(batch.subarray(start, end))));
  return events;
}

/** Reads the smoke ring: what each notice brought, and every event in order, as taken. */
function readRing(object: BpfObject, options: RingOptions = { urgentKinds: [], noticeAtBytes: 1 << 30 }) {
  const notices: { urgent: SmokeEvent[]; waitingBytes: number }[] = [];
  const taken: SmokeEvent[] = [];
  object.startRingBuffer('smoke_events', options, (urgent, waitingBytes) =>
    notices.push({ urgent: decodeBatch(urgent), waitingBytes }),
  );
  /** Takes every waiting record, in pieces of at most `pieceBytes`, each checked against that bound. */
  const takeAll = (pieceBytes = 1 << 20): SmokeEvent[] => {
    for (let piece = object.takeRecords(pieceBytes); piece; piece = object.takeRecords(pieceBytes)) {
      expect(piece.length).toBeLessThanOrEqual(pieceBytes);
      taken.push(...decodeBatch(piece));
    }
    return taken;
  };
  /** Stops the ring and takes what is left. */
  const stop = (): SmokeEvent[] => {
    object.stopRingBuffer();
    return takeAll();
  };
  return { notices, taken, takeAll, stop };
}

/** Sums a per-CPU u64 counter, checking the lookup has one 8-byte slot per possible CPU. */
function perCpuSum(object: BpfObject, slot: number): number {
  const key = Buffer.alloc(4);
  key.writeUInt32LE(slot);
  const values = object.mapLookup('smoke_counters', key);
  expect(values?.length).toBe(possibleCpus() * 8);
  let sum = 0n;
  for (let offset = 0; offset < (values?.length ?? 0); offset += 8)
    sum += values?.readBigUInt64LE(offset) ?? 0n;
  return Number(sum);
}

async function runToExit(command: string, args: string[]): Promise<{ pid: number; stdout: string }> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(code).toBe(0);
  return { pid: child.pid ?? -1, stdout };
}

interface BpftoolProgram {
  id: number;
  name?: string;
}

function smokeProgramIds(): number[] {
  const programs = JSON.parse(
    execFileSync('bpftool', ['-j', 'prog', 'show'], { encoding: 'utf8' }),
  ) as BpftoolProgram[];
  return programs.filter((program) => program.name?.startsWith('smoke_')).map((program) => program.id);
}

/** The kernel frees a detached tracing program after an RCU grace period: allow it a moment. */
async function remainingSmokePrograms(): Promise<number[]> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const ids = smokeProgramIds();
    if (ids.length === 0) return ids;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return smokeProgramIds();
}

function linkedProgramIds(): number[] {
  const links = JSON.parse(execFileSync('bpftool', ['-j', 'link', 'show'], { encoding: 'utf8' })) as {
    prog_id: number;
  }[];
  return links.map((link) => link.prog_id);
}

describe.skipIf(process.getuid?.() !== 0)('native addon on the kernel', () => {
  let fixtures: BpfFixtures;
  let object: BpfObject | undefined;

  beforeAll(() => {
    fixtures = buildBpfFixtures();
  });

  afterAll(() => {
    rmSync(fixtures.dir, { recursive: true, force: true });
  });

  afterEach(() => {
    object?.close();
    object = undefined;
  });

  function openSmoke(ringBytes?: number): BpfObject {
    object = openObject(
      fixtures.smokeObject,
      ringBytes ? { mapMaxEntries: { smoke_events: ringBytes } } : {},
    );
    return object;
  }

  function attachAdd(smoke: BpfObject): void {
    smoke.attachUprobe('smoke_add_entry', {
      path: fixtures.addBinary,
      offset: fixtures.addOffset,
      retprobe: false,
    });
    smoke.attachUprobe('smoke_add_return', {
      path: fixtures.addBinary,
      offset: fixtures.addOffset,
      retprobe: true,
    });
  }

  it('counts the possible CPUs as the kernel lists them', () => {
    // e.g. "0-1" or "0-3,8-11"
    const ranges = readFileSync('/sys/devices/system/cpu/possible', 'utf8').trim().split(',');
    const count = ranges
      .map((range) => range.split('-').map(Number))
      .reduce((sum, [first = 0, last = first]) => sum + last - first + 1, 0);
    expect(possibleCpus()).toBe(count);
  });

  it('lists the programs of the object', () => {
    expect(openSmoke().programNames().sort()).toEqual(SMOKE_PROGRAMS);
  });

  it('reports the pid of an exec from tp_btf/sched_process_exec, at once as an urgent kind', async () => {
    const smoke = openSmoke();
    smoke.attach('smoke_exec');
    const ring = readRing(smoke, { urgentKinds: [SMOKE_EXEC], noticeAtBytes: 1 << 30 });
    const { pid } = await runToExit('/bin/true', []);
    const exec = { kind: SMOKE_EXEC, pid, first: pid, second: 0 };
    const noticed = () => ring.notices.flatMap((n) => n.urgent).filter((event) => event.pid === pid);
    for (let waited = 0; noticed().length === 0 && waited < 2000; waited += 10)
      await new Promise((resolve) => setTimeout(resolve, 10));
    // A copy, while the record itself still waits for takeRecords.
    expect(noticed()).toEqual([exec]);
    expect(ring.taken).toEqual([]);
    expect(ring.stop().filter((event) => event.pid === pid)).toEqual([exec]);
  });

  it('sees the arguments at a uprobe and the result at a uretprobe, kept until taken', async () => {
    const smoke = openSmoke();
    attachAdd(smoke);
    const ring = readRing(smoke);
    const { pid } = await runToExit(fixtures.addBinary, ['40', '-2']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Not an urgent kind, and far from noticeAtBytes: no notice, the records wait.
    expect(ring.notices).toEqual([]);
    expect(ring.takeAll().filter((event) => event.pid === pid)).toEqual([
      { kind: SMOKE_ADD_ENTRY, pid, first: 40, second: -2 },
      { kind: SMOKE_ADD_RETURN, pid, first: 38, second: 0 },
    ]);
    ring.stop();
  });

  it('counts uprobe hits in a per-CPU array, one value per possible CPU', async () => {
    const smoke = openSmoke();
    attachAdd(smoke);
    expect(perCpuSum(smoke, 0)).toBe(0);
    await runToExit(fixtures.addBinary, ['1', '2', '7']);
    await runToExit(fixtures.addBinary, ['1', '2', '5']);
    expect(perCpuSum(smoke, 0)).toBe(12);
  });

  it('updates, looks up and deletes hash map entries exactly', () => {
    const smoke = openSmoke();
    const key = Buffer.from([7, 0, 0, 0]);
    const value = Buffer.from('0123456789abcdef', 'hex');
    expect(smoke.mapLookup('smoke_table', key)).toBeNull();
    smoke.mapUpdate('smoke_table', key, value);
    expect(smoke.mapLookup('smoke_table', key)).toEqual(value);
    expect(smoke.mapDelete('smoke_table', key)).toBe(true);
    expect(smoke.mapDelete('smoke_table', key)).toBe(false);
    expect(smoke.mapLookup('smoke_table', key)).toBeNull();
  });

  it('names what is wrong with a bad call', () => {
    const smoke = openSmoke();
    expect(() => smoke.attach('nope')).toThrow('unknown program "nope"');
    expect(() => smoke.mapLookup('nope', Buffer.alloc(4))).toThrow('unknown map "nope"');
    expect(() => smoke.mapLookup('smoke_table', Buffer.alloc(3))).toThrow(
      'key for map "smoke_table" must be 4 bytes, got 3',
    );
    expect(() => smoke.mapUpdate('smoke_table', Buffer.alloc(4), Buffer.alloc(4))).toThrow(
      'value for map "smoke_table" must be 8 bytes, got 4',
    );
    expect(() => smoke.detach(99)).toThrow('unknown link 99');
    expect(() =>
      smoke.startRingBuffer('smoke_table', { urgentKinds: [], noticeAtBytes: 1 }, () => {}),
    ).toThrow('map "smoke_table" is not a ring buffer');
    expect(() =>
      smoke.attachUprobe('smoke_add_entry', { path: '/nonexistent/binary', offset: 0, retprobe: false }),
    ).toThrow(/^failed to attach uprobe "smoke_add_entry" to \/nonexistent\/binary\+0x0: .* \(errno \d+\)/);
  });

  it('delivers a burst of 100k events complete, in order, noticing when many wait', async () => {
    const smoke = openSmoke(16 << 20);
    attachAdd(smoke);
    const noticeAtBytes = 64 << 10;
    const ring = readRing(smoke, { urgentKinds: [], noticeAtBytes });
    // Taken while the burst runs, a notice at a time, in pieces of 4 KiB.
    const { pid } = await new Promise<{ pid: number }>((resolve) => {
      const child = spawn(fixtures.addBinary, ['3', '4', '100000'], { stdio: 'ignore' });
      const taking = setInterval(() => {
        if (ring.notices.length > 0) ring.takeAll(4096);
      }, 1);
      child.on('close', () => {
        clearInterval(taking);
        resolve({ pid: child.pid ?? -1 });
      });
    });
    // Each notice comes once that many wait; by the time it runs, earlier takes may have left fewer.
    expect(ring.notices.some((n) => n.waitingBytes >= noticeAtBytes)).toBe(true);
    expect(ring.notices.every((n) => n.urgent.length === 0)).toBe(true);
    const events = ring.stop();
    const ours = events.filter((event) => event.pid === pid);
    expect(ours.length).toBe(200_000);
    // Entry then return, a hundred thousand times over: nothing reordered or doubled across pieces.
    expect(ours.every((event, i) => event.kind === (i % 2 === 0 ? SMOKE_ADD_ENTRY : SMOKE_ADD_RETURN))).toBe(
      true,
    );
    expect(perCpuSum(smoke, 1)).toBe(0); // nothing lost in the kernel ring
    const stats = smoke.ringStats();
    expect(stats.droppedInUserspace).toBe(0);
    expect(stats.pendingBytes).toBe(0);
    expect(stats.records).toBe(events.length);
    expect(stats.bytes).toBe(events.length * 24);
  });

  it('leaves no program or link behind after close, and opens again', async () => {
    expect(await remainingSmokePrograms()).toEqual([]);
    const smoke = openSmoke();
    smoke.attach('smoke_exec');
    attachAdd(smoke);
    const ids = smokeProgramIds();
    expect(ids.length).toBe(SMOKE_PROGRAMS.length);
    expect(linkedProgramIds().filter((id) => ids.includes(id)).length).toBe(3);

    smoke.close();
    smoke.close();
    expect(await remainingSmokePrograms()).toEqual([]);
    expect(linkedProgramIds().filter((id) => ids.includes(id))).toEqual([]);
    expect(() => smoke.attach('smoke_exec')).toThrow(`BPF object ${fixtures.smokeObject} is closed`);

    const again = openSmoke();
    again.attach('smoke_exec');
    const ring = readRing(again);
    const { pid } = await runToExit('/bin/true', []);
    expect(
      ring
        .stop()
        .filter((event) => event.pid === pid)
        .map((event) => event.kind),
    ).toEqual([SMOKE_EXEC]);
  });

  it('closes an object left open, ring running, when its worker thread ends', async () => {
    expect(await remainingSmokePrograms()).toEqual([]);
    const addonPath = join(
      dirname(fileURLToPath(import.meta.url)),
      '..',
      '..',
      'native',
      'build',
      'Release',
      'egress_lens.node',
    );
    const worker = new Worker(
      `
      const { parentPort, workerData } = require('node:worker_threads');
      const addon = require(workerData.addonPath);
      const smoke = addon.openObject(workerData.smokeObject);
      smoke.attach('smoke_exec');
      smoke.startRingBuffer('smoke_events', { urgentKinds: [1], noticeAtBytes: 1 }, () => {});
      parentPort.postMessage('ready');
      `,
      { eval: true, workerData: { addonPath, smokeObject: fixtures.smokeObject } },
    );
    await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    expect(smokeProgramIds().length).toBe(SMOKE_PROGRAMS.length);
    await worker.terminate();
    expect(await remainingSmokePrograms()).toEqual([]);
  });

  it('quotes the verifier when it rejects a program', () => {
    let message = '';
    try {
      openObject(fixtures.rejectObject).close();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(new RegExp(`^failed to load ${fixtures.rejectObject}: .* \\(errno \\d+\\)\\n`));
    expect(message).toContain("invalid mem access 'map_value_or_null'");
  });

  it('names the file it could not open', () => {
    expect(() => openObject('/nonexistent/x.bpf.o')).toThrow(
      'failed to open /nonexistent/x.bpf.o: No such file or directory (errno 2)',
    );
  });
});
