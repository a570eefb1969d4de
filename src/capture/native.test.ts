import { afterEach, describe, expect, it } from 'vitest';
import { ADDON_PATH_ENV, forEachRecord, loadAddon } from './native.js';

/** Encodes records the way the addon does: u32 LE length, bytes, zero padding to a multiple of 8. */
function encodeBatch(records: Buffer[]): Buffer {
  const parts: Buffer[] = [];
  for (const record of records) {
    const entry = Buffer.alloc(Math.ceil((4 + record.length) / 8) * 8);
    entry.writeUInt32LE(record.length, 0);
    record.copy(entry, 4);
    parts.push(entry);
  }
  return Buffer.concat(parts);
}

/** The records of a batch, as forEachRecord visits them. */
function splitBatch(batch: Buffer): Buffer[] {
  const records: Buffer[] = [];
  const count = forEachRecord(batch, (start, end) => records.push(batch.subarray(start, end)));
  expect(count).toBe(records.length);
  return records;
}

describe('forEachRecord', () => {
  it('returns nothing for an empty batch', () => {
    expect(splitBatch(Buffer.alloc(0))).toEqual([]);
  });

  it('splits records of every padding remainder', () => {
    const records = [0, 1, 3, 4, 5, 8, 12, 13].map((length) =>
      Buffer.from(Array.from({ length }, (_, index) => (length * 16 + index) & 0xff)),
    );
    const batch = encodeBatch(records);
    expect(batch.length).toBe(8 + 8 + 8 + 8 + 16 + 16 + 16 + 24);
    expect(splitBatch(batch)).toEqual(records);
  });

  it('reads a hand-written batch', () => {
    const batch = Buffer.from([
      3, 0, 0, 0, 0xaa, 0xbb, 0xcc, 0, 5, 0, 0, 0, 1, 2, 3, 4, 5, 0, 0, 0, 0, 0, 0, 0,
    ]);
    expect(splitBatch(batch)).toEqual([Buffer.from([0xaa, 0xbb, 0xcc]), Buffer.from([1, 2, 3, 4, 5])]);
  });

  it('rejects a record running past the end', () => {
    const batch = Buffer.from([9, 0, 0, 0, 1, 2, 3, 4]);
    expect(() => splitBatch(batch)).toThrow('truncated ring batch: record of 9 bytes at 0 of 8 bytes');
  });

  it('rejects a cut length prefix', () => {
    const batch = Buffer.from([1, 0, 0, 0, 7, 0, 0, 0, 2, 0]);
    expect(() => splitBatch(batch)).toThrow('truncated ring batch: length prefix at 8 of 10 bytes');
  });
});

describe('loadAddon', () => {
  const saved = process.env[ADDON_PATH_ENV];
  afterEach(() => {
    if (saved === undefined) delete process.env[ADDON_PATH_ENV];
    else process.env[ADDON_PATH_ENV] = saved;
  });

  it(`loads only from $${ADDON_PATH_ENV} when it is set`, () => {
    process.env[ADDON_PATH_ENV] = '/nonexistent/egress_lens.node';
    expect(() => loadAddon()).toThrow(
      'egress-lens native addon not found (looked at /nonexistent/egress_lens.node): run `npm run build:native`',
    );
  });
});
