import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Clock } from './build.js';

describe('Clock', () => {
  it('formats a time as Date.toISOString does, in any order, across seconds and days', () => {
    const clock = new Clock();
    const now = Number(process.hrtime.bigint());
    const day = 86_400e9;
    fc.assert(
      fc.property(fc.double({ min: now - day, max: now + day, noNaN: true }), (ns) => {
        expect(clock.iso(ns)).toBe(new Date(clock.epochMs(ns)).toISOString());
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps whole milliseconds, as Date does, and pads them', () => {
    const clock = new Clock();
    const base = Number(process.hrtime.bigint());
    const start = clock.epochMs(base);
    // The next second's first millisecond, then 7 and 42 ms into it, then a fraction short of the next.
    const second = Math.ceil((start + 1) / 1000) * 1000;
    for (const extra of [0, 7, 42, 999.9]) {
      const ns = base + (second - start + extra) * 1e6;
      expect(Number.isInteger(clock.epochMs(ns))).toBe(true);
      expect(clock.iso(ns)).toBe(new Date(clock.epochMs(ns)).toISOString());
    }
  });
});
