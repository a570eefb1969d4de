import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  containerFromCgroupPath,
  liveDescendants,
  stepFromEnvironText,
  ProcessesWithSteps,
} from './attribution.js';

const ID = 'a3f1c0de'.repeat(8);

describe('containerFromCgroupPath', () => {
  it.each([
    [`/system.slice/docker-${ID}.scope`, ID],
    [`/docker/${ID}`, ID],
    [`/docker/${ID}/init.scope`, ID],
    [`/kubepods.slice/kubepods-besteffort.slice/kubepods-pod1.slice/cri-containerd-${ID}.scope`, ID],
    [`/machine.slice/libpod-${ID}.scope/container`, ID],
  ])('%s is container %s', (path, id) => {
    expect(containerFromCgroupPath(path)).toBe(id);
  });

  it.each([
    '/',
    '/user.slice/user-1001.slice/session-3.scope',
    '/system.slice/actions.runner.owner-repo.runner.service',
    `/system.slice/docker-${ID.slice(1)}.scope`,
  ])('%s is the host', (path) => {
    expect(containerFromCgroupPath(path)).toBeUndefined();
  });
});

describe('stepFromEnvironText', () => {
  it('reads GITHUB_ACTION from a NUL-separated environment', () => {
    expect(stepFromEnvironText('PATH=/bin\0GITHUB_ACTION=__run_2\0GITHUB_ACTIONS=true\0')).toBe('__run_2');
  });

  it('is undefined without it, or when it is empty', () => {
    expect(stepFromEnvironText('PATH=/bin\0GITHUB_ACTIONS=true\0')).toBeUndefined();
    expect(stepFromEnvironText('GITHUB_ACTION=\0')).toBeUndefined();
  });
});

describe('liveDescendants', () => {
  it('finds children and grandchildren, parents first, and skips an excluded subtree', async () => {
    // Each leads its own process group, so the finally block can end the sleeps too.
    const tree = spawn('sh', ['-c', 'sleep 30 & (sleep 31 & wait) & wait'], {
      stdio: 'ignore',
      detached: true,
    });
    const excluded = spawn('sh', ['-c', 'sleep 32 & wait'], { stdio: 'ignore', detached: true });
    try {
      let found = liveDescendants(process.pid, new Set([excluded.pid as number]));
      for (let i = 0; i < 100 && found.filter((p) => p.argv[0] === 'sleep').length < 2; i++) {
        await new Promise((r) => setTimeout(r, 50));
        found = liveDescendants(process.pid, new Set([excluded.pid as number]));
      }
      const sleeps = found.filter((p) => p.argv[0] === 'sleep').map((p) => p.argv[1]);
      expect(sleeps.sort()).toEqual(['30', '31']);
      expect(found.some((p) => p.pid === excluded.pid)).toBe(false);
      expect(found[0]?.pid).toBe(tree.pid);
      const index = new Map(found.map((p, i) => [p.pid, i]));
      for (const p of found)
        if (index.has(p.ppid)) expect(index.get(p.ppid)).toBeLessThan(index.get(p.pid) ?? 0);
      expect(found.find((p) => p.argv[1] === '30')?.exe).toMatch(/sleep$/);
    } finally {
      for (const child of [tree, excluded]) process.kill(-(child.pid as number), 'SIGKILL');
    }
  });
});

describe('ProcessesWithSteps', () => {
  /** A step reader per pid that notes which pids were read. */
  function recordingReads() {
    const reads: number[] = [];
    const read = (pid: number, step: string | undefined) => () => {
      reads.push(pid);
      return step;
    };
    return { reads, read };
  }

  it("reads the step of a root's child, and not of the processes below it", () => {
    const steps = new ProcessesWithSteps();
    const { reads, read } = recordingReads();
    steps.fork(1, 10); // the job root (never stepped) starts a step's shell
    expect(steps.exec(10, read(10, '__run'))).toBe('__run');
    steps.fork(10, 11);
    expect(steps.exec(11, read(11, '__run'))).toBeUndefined(); // inherited: the table has it
    steps.fork(11, 12);
    expect(steps.exec(12, read(12, '__run'))).toBeUndefined();
    expect(steps.exec(10, read(10, '__run'))).toBeUndefined(); // the shell execs again
    expect(reads).toEqual([10]);
  });

  it('reads again for a process with no step, and for a pid used again', () => {
    const steps = new ProcessesWithSteps();
    const { reads, read } = recordingReads();
    steps.fork(1, 20);
    expect(steps.exec(20, read(20, undefined))).toBeUndefined(); // a container's process, say
    steps.fork(20, 21);
    expect(steps.exec(21, read(21, '__run_2'))).toBe('__run_2');
    steps.fork(21, 22);
    // 22 exits; its pid comes back under a process with no step.
    steps.fork(20, 22);
    expect(steps.exec(22, read(22, undefined))).toBeUndefined();
    expect(reads).toEqual([20, 21, 22]);
  });
});
