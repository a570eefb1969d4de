import { describe, expect, it } from 'vitest';
import { parseAgentArgs } from './agent.js';
import { UsageError, type Io } from './io.js';

const io: Io = { stdout: () => {}, stderr: () => {}, cwd: '/work', env: {} };

describe('parseAgentArgs', () => {
  it('reads the directory, the job root and the processes to leave alone', () => {
    expect(
      parseAgentArgs(['--out', 'out', '--job-root', '41', '--exclude', '42', '--exclude', '43'], io),
    ).toEqual({
      out: '/work/out',
      jobRoot: 41,
      exclude: new Set([42, 43]),
      hold: true,
    });
    expect(parseAgentArgs(['--out', '/o', '--job-root', '41', '--no-hold'], io).hold).toBe(false);
  });

  it.each([
    [['--job-root', '41'], 'agent: --out needs a directory'],
    [['--out', '/o'], 'agent: --job-root needs a process id'],
    [['--out', '/o', '--job-root', '0'], 'agent: --job-root needs a process id'],
    [['--out', '/o', '--job-root', '41', '--exclude', 'x'], 'agent: --exclude needs a process id'],
    [['--out', '/o', '--job-root', '41', '--verbose'], "agent: Unknown option '--verbose'"],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseAgentArgs(argv, io)).toThrow(UsageError);
    expect(() => parseAgentArgs(argv, io)).toThrow(message);
  });
});
