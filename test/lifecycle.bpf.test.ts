// The agent's life cycle on the real kernel: whatever way `egress-lens run` ends (normally, SIGTERM,
// SIGKILL), none of its BPF programs or links remain, no task it held stays stopped, and the next
// start works.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/records/types.js';
import { startHttpServer, type TestServer } from './support/http-server.js';

const cli = resolve(import.meta.dirname, '../bin/egress-lens.js');

interface BpfObjects {
  programs: number[];
  links: number[];
}

function bpftoolIds(kind: 'prog' | 'link'): Set<number> {
  const entries = JSON.parse(execFileSync('bpftool', ['-j', kind, 'show'], { encoding: 'utf8' })) as {
    id: number;
  }[];
  return new Set(entries.map((e) => e.id));
}

/** Programs and links whose file descriptors `pid` holds (from /proc/PID/fdinfo). */
function objectsOf(pid: number): BpfObjects {
  const objects: BpfObjects = { programs: [], links: [] };
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    let target: string;
    let info: string;
    try {
      target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      info = readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'utf8');
    } catch {
      continue;
    }
    const field = (name: string) => Number(new RegExp(`^${name}:\\s*(\\d+)`, 'm').exec(info)?.[1]);
    if (target === 'anon_inode:bpf-prog') objects.programs.push(field('prog_id'));
    if (target === 'anon_inode:bpf_link') objects.links.push(field('link_id'));
  }
  return objects;
}

/** Which of `objects` still exist. The kernel frees detached programs after a grace period: allow a moment. */
async function remaining(objects: BpfObjects): Promise<BpfObjects> {
  let left: BpfObjects = objects;
  for (let attempt = 0; attempt < 40; attempt++) {
    const programs = bpftoolIds('prog');
    const links = bpftoolIds('link');
    left = {
      programs: objects.programs.filter((id) => programs.has(id)),
      links: objects.links.filter((id) => links.has(id)),
    };
    if (left.programs.length === 0 && left.links.length === 0) break;
    await sleep(50);
  }
  return left;
}

async function waitFor(what: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
}

function processState(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
  } catch {
    return undefined;
  }
}

/** Pids of processes running `exe`. */
function runningExe(exe: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        return readlinkSync(`/proc/${name}/exe`) === exe;
      } catch {
        return false;
      }
    })
    .map(Number);
}

if (process.getuid?.() !== 0 && !process.env.CI) {
  describe.skip('agent life cycle (needs root)', () => {});
} else {
  describe('agent life cycle', () => {
    let http: TestServer;

    beforeAll(async () => {
      http = await startHttpServer({});
    });
    afterAll(async () => {
      await http.close();
    });

    /** Starts `egress-lens run` on a command that writes `up` once it runs, and waits for that. */
    async function startRun(script: (dir: string) => string) {
      const dir = mkdtempSync(join(tmpdir(), 'el-life-'));
      const out = join(dir, 'out');
      // A file no agent has seen: its exec is held until the agent has looked at it.
      copyFileSync('/usr/bin/true', join(dir, 'mytrue'));
      chmodSync(join(dir, 'mytrue'), 0o755);
      const command = ['sh', '-c', `echo > ${dir}/up; ${script(dir)}`];
      const child = spawn(process.execPath, [cli, 'run', '--out', out, '--', ...command], {
        stdio: 'ignore',
      });
      const exit = exited(child);
      await waitFor('the traced command to start', () => existsSync(join(dir, 'up')));
      const objects = objectsOf(child.pid ?? -1);
      expect(objects.programs.length).toBeGreaterThan(10);
      expect(objects.links.length).toBeGreaterThan(5);
      return { child, exit, dir, out, objects };
    }

    it('a normal end leaves no program or link of ours', async () => {
      const run = await startRun(() => `curl -sf ${http.url('/life/normal')} >/dev/null`);
      expect((await run.exit).code).toBe(0);
      expect(await remaining(run.objects)).toEqual({ programs: [], links: [] });
      const report = JSON.parse(readFileSync(join(run.out, 'report.json'), 'utf8')) as Report;
      expect(report.requests.map((r) => r.path)).toEqual(['/life/normal']);
    });

    it('SIGTERM: the report is still written, and nothing of ours remains', async () => {
      const run = await startRun(() => 'sleep 30');
      run.child.kill('SIGTERM');
      const { code } = await run.exit;
      expect(code).toBe(128 + 15);
      expect(existsSync(join(run.out, 'report.json'))).toBe(true);
      expect(await remaining(run.objects)).toEqual({ programs: [], links: [] });
    });

    it('SIGKILL while a task is held: the task is released, and nothing of ours remains', async () => {
      const run = await startRun(
        // Bounded (10 s), so a failed run leaves no shell polling behind.
        (dir) =>
          `n=0; while [ ! -e ${dir}/go ] && [ $n -lt 500 ]; do sleep 0.02; n=$((n+1)); done; ${dir}/mytrue; echo > ${dir}/after`,
      );
      const mytrue = join(run.dir, 'mytrue');
      // The agent cannot release anything while stopped; the kernel still holds (the heartbeat is fresh).
      process.kill(run.child.pid ?? -1, 'SIGSTOP');
      writeFileSync(join(run.dir, 'go'), '');
      await waitFor(
        'the exec of mytrue to be held',
        () => runningExe(mytrue).some((pid) => processState(pid) === 'T'),
        1500,
      );
      process.kill(run.child.pid ?? -1, 'SIGKILL');
      expect((await run.exit).signal).toBe('SIGKILL');
      await waitFor('the held task to run on', () => existsSync(join(run.dir, 'after')), 5000);
      expect(runningExe(mytrue)).toEqual([]);
      expect(await remaining(run.objects)).toEqual({ programs: [], links: [] });
    });

    it('SIGKILL amid a stream of held execs: none stays stopped, even those held during teardown', async () => {
      // Each copy is a file never seen, so every exec is held. A killed agent's exec hook outlives its
      // pipe to the watchdog by a second or two (links are released last-opened first), and execs held
      // then are released only if the watchdog keeps sweeping.
      const run = await startRun(
        (dir) =>
          `i=0; while [ $i -lt 300 ]; do cp ${dir}/mytrue ${dir}/t$i; ${dir}/t$i; rm ${dir}/t$i; i=$((i+1)); done; echo > ${dir}/after`,
      );
      await sleep(300);
      process.kill(run.child.pid ?? -1, 'SIGKILL');
      expect((await run.exit).signal).toBe('SIGKILL');
      await waitFor('the exec loop to finish', () => existsSync(join(run.dir, 'after')), 15_000);
    });

    it("a report the disk has no room for: one clear line, and the command's exit code kept", async () => {
      const out = mkdtempSync(join(tmpdir(), 'el-full-'));
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', out]);
      try {
        const urls = Array.from({ length: 40 }, (_, i) => http.url(`/life/full/${i}`)).join(' ');
        const command = ['sh', '-c', `for u in ${urls}; do curl -sf "$u" >/dev/null; done; exit 3`];
        const child = spawn(process.execPath, [cli, 'run', '--out', out, '--', ...command], {
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let stderr = '';
        child.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
        expect((await exited(child)).code).toBe(3);
        expect(stderr).toContain(`egress-lens: could not write the report to ${out}: ENOSPC`);
        expect(stderr).not.toMatch(/\n\s+at /);
        expect(stderr).not.toContain('report: ');
      } finally {
        execFileSync('umount', [out]);
      }
    });

    it('starts again after a killed run, and captures', async () => {
      const run = await startRun(() => `curl -sf ${http.url('/life/again')} >/dev/null`);
      expect((await run.exit).code).toBe(0);
      const report = JSON.parse(readFileSync(join(run.out, 'report.json'), 'utf8')) as Report;
      expect(report.requests.map((r) => r.path)).toEqual(['/life/again']);
    });
  });
}
