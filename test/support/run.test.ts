import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCommand, which } from './run.js';

/** 'gone', or the state letter from /proc (a killed child whose parent died may linger as a zombie, 'Z'). */
function processState(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0] ?? '?';
  } catch {
    return 'gone';
  }
}

describe('which', () => {
  it('finds an installed command and not a missing one', () => {
    expect(which('sh')).toMatch(/\/sh$/);
    expect(which('no-such-command-egress-lens')).toBeUndefined();
  });
});

describe('runCommand', () => {
  it('returns exit code, output and input round trip', async () => {
    const result = await runCommand(['sh', '-c', 'cat; echo err >&2; exit 3'], { input: 'hello' });
    expect(result).toEqual({ code: 3, signal: null, stdout: 'hello', stderr: 'err\n', timedOut: false });
  });

  it('adds to and removes from the environment', async () => {
    process.env['EGRESS_LENS_RUN_TEST'] = 'inherited';
    try {
      const script = 'echo "${EGRESS_LENS_RUN_TEST-unset} $EXTRA"';
      const added = await runCommand(['sh', '-c', script], { env: { EXTRA: 'x' } });
      expect(added.stdout).toBe('inherited x\n');
      const removed = await runCommand(['sh', '-c', script], { env: { EGRESS_LENS_RUN_TEST: undefined } });
      expect(removed.stdout).toBe('unset \n');
    } finally {
      delete process.env['EGRESS_LENS_RUN_TEST'];
    }
  });

  it('kills the whole process group on timeout', async () => {
    const started = Date.now();
    // The background sleep keeps stdout open: only a group kill lets the command finish.
    const result = await runCommand(['sh', '-c', 'sleep 30 & echo $!; sleep 30'], { timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result).toMatchObject({ code: null, signal: 'SIGKILL', timedOut: true });
    const backgroundPid = Number(result.stdout.trim());
    expect(backgroundPid).toBeGreaterThan(0);
    expect(processState(backgroundPid)).toMatch(/^(gone|Z)$/);
  });

  it('rejects a command that does not exist', async () => {
    await expect(runCommand(['no-such-command-egress-lens'])).rejects.toThrow('ENOENT');
  });
});
