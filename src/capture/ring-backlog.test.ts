import { describe, expect, it } from 'vitest';
import { RingBacklog } from './ring-backlog.js';

const batchOf = (bytes: number, tag: number) => Buffer.alloc(bytes, tag);

describe('RingBacklog', () => {
  it('asks to be drained once its threshold waits, not before', () => {
    const backlog = new RingBacklog({ drainAtBytes: 100, capBytes: 1000 });
    backlog.add(batchOf(60, 1), 3);
    expect(backlog.shouldDrain).toBe(false);
    backlog.add(batchOf(40, 2), 2);
    expect(backlog.shouldDrain).toBe(true);
    expect(backlog.bytes).toBe(100);
  });

  it('hands batches over oldest first, and is empty after', () => {
    const backlog = new RingBacklog({ drainAtBytes: 10, capBytes: 1000 });
    for (let tag = 1; tag <= 5; tag++) backlog.add(batchOf(8, tag), 1);
    const seen: number[] = [];
    expect(backlog.drain((b) => seen.push(b[0] as number))).toBe(true);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(backlog.bytes).toBe(0);
    expect(backlog.drain(() => seen.push(0))).toBe(true);
    expect(seen).toHaveLength(5);
  });

  it('drains in slices when told to stop, and keeps order with batches added between them', () => {
    const backlog = new RingBacklog({ drainAtBytes: 10, capBytes: 1000 });
    for (let tag = 1; tag <= 4; tag++) backlog.add(batchOf(8, tag), 1);
    const seen: number[] = [];
    let budget = 2;
    // One batch at least per slice, then as long as `more` allows.
    expect(
      backlog.drain(
        (b) => seen.push(b[0] as number),
        () => --budget > 0,
      ),
    ).toBe(false);
    expect(seen).toEqual([1, 2]);
    expect(backlog.bytes).toBe(16);
    backlog.add(batchOf(8, 5), 1);
    expect(
      backlog.drain(
        (b) => seen.push(b[0] as number),
        () => false,
      ),
    ).toBe(false);
    expect(seen).toEqual([1, 2, 3]);
    expect(backlog.drain((b) => seen.push(b[0] as number))).toBe(true);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses what would pass its cap and counts the records it refused', () => {
    const backlog = new RingBacklog({ drainAtBytes: 50, capBytes: 100 });
    expect(backlog.add(batchOf(90, 1), 4)).toBe(true);
    expect(backlog.add(batchOf(20, 2), 7)).toBe(false);
    expect(backlog.add(batchOf(10, 3), 1)).toBe(true);
    expect(backlog.dropped).toBe(7);
    const seen: number[] = [];
    backlog.drain((b) => seen.push(b[0] as number));
    expect(seen).toEqual([1, 3]);
    // Room again once drained.
    expect(backlog.add(batchOf(90, 4), 4)).toBe(true);
  });

  it('a handler that throws loses that batch only, never replays it', () => {
    const backlog = new RingBacklog({ drainAtBytes: 10, capBytes: 1000 });
    for (let tag = 1; tag <= 3; tag++) backlog.add(batchOf(8, tag), 1);
    const seen: number[] = [];
    expect(() =>
      backlog.drain((b) => {
        if (b[0] === 2) throw new Error('bad batch');
        seen.push(b[0] as number);
      }),
    ).toThrow('bad batch');
    backlog.drain((b) => seen.push(b[0] as number));
    expect(seen).toEqual([1, 3]);
  });
});
