import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withExpeditedGracePeriods } from './grace-periods.js';

// A stand-in for /sys/kernel/rcu_expedited: the real flag is shared by every test that attaches probes.
describe('withExpeditedGracePeriods', () => {
  let dir: string;
  let flag: string;
  const read = () => readFileSync(flag, 'utf8').trim();
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rcu-'));
    flag = join(dir, 'rcu_expedited');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('turns expedited grace periods on for the work only', () => {
    writeFileSync(flag, '0\n');
    expect(withExpeditedGracePeriods(read, flag)).toBe('1');
    expect(read()).toBe('0');
  });

  it('puts the flag back when the work throws', () => {
    writeFileSync(flag, '0\n');
    expect(() =>
      withExpeditedGracePeriods(() => {
        throw new Error('attach failed');
      }, flag),
    ).toThrow('attach failed');
    expect(read()).toBe('0');
  });

  it('leaves a flag someone else turned on as it was', () => {
    writeFileSync(flag, '1\n');
    expect(withExpeditedGracePeriods(read, flag)).toBe('1');
    expect(read()).toBe('1');
  });

  it('still runs the work where the flag is missing', () => {
    expect(withExpeditedGracePeriods(() => 42, join(dir, 'missing'))).toBe(42);
  });
});
