import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { connection, request } from '../policy/test-records.js';
import { RecordSpool } from './spool.js';

/** An events.ndjson line as the report writer first wrote it. */
const expectedLine = (type: string, { time, ...body }: { time: string }) =>
  JSON.stringify({ type, time, ...body });

const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString();
/** A record's time as the record builder hands it to the spool. */
const timeOf = (record: { time: string }) => Date.parse(record.time);

describe('RecordSpool', () => {
  let spool: RecordSpool | undefined;
  afterEach(() => {
    spool?.close();
    spool = undefined;
  });

  it('reads records back as they were written, in the order written', () => {
    spool = new RecordSpool();
    const written = [
      { kind: 'request' as const, record: request({ id: 'r1', host: 'a.example', time: at(2) }) },
      { kind: 'connection' as const, record: connection({ id: 'c1', time: at(1), requestIds: ['r1'] }) },
      { kind: 'request' as const, record: request({ id: 'r2', host: 'b.example', time: at(0) }) },
    ];
    expect(written.map(({ kind, record }) => spool?.append(kind, record, timeOf(record)))).toEqual([0, 1, 2]);
    expect([...spool.written()]).toEqual(written.map((w, position) => ({ ...w, position })));
    expect(spool.count('request')).toBe(2);
    expect(spool.count('connection')).toBe(1);
  });

  it('lists one kind by time, ties in the order written', () => {
    spool = new RecordSpool();
    const seconds = [5, 1, 3, 1, 0, 5, 3];
    seconds.forEach((s, i) => {
      spool?.append('request', request({ id: `r${i}`, host: 'a.example', time: at(s) }), Date.parse(at(s)));
      spool?.append('connection', connection({ id: `c${i}`, time: at(10 - s) }), Date.parse(at(10 - s)));
    });
    const ids = (kind: 'request' | 'connection') =>
      [...(spool?.byTime(kind) ?? [])].map((position) => spool?.record(position).id);
    expect(ids('request')).toEqual(['r4', 'r1', 'r3', 'r2', 'r6', 'r0', 'r5']);
    expect(ids('connection')).toEqual(['c0', 'c5', 'c2', 'c6', 'c1', 'c3', 'c4']);
    expect([...spool.byTime('request')]).toEqual([8, 2, 6, 4, 12, 0, 10]);
    expect([...spool.byTime('request')].map((position) => spool?.time(position))).toEqual(
      [0, 1, 1, 3, 3, 5, 5].map((second) => Date.parse(at(second))),
    );
  });

  it('keeps text as it was: non-ASCII, escapes, lone surrogates, line separators', () => {
    spool = new RecordSpool();
    const paths = ['/ünï/😀', '/中文?q="x"\\', '/\u2028\u2029\n\t', '/\ud800lone', '/'.padEnd(3000, 'é')];
    const records = paths.map((path, i) => request({ id: `r${i}`, host: 'a.example', path, time: at(i) }));
    for (const record of records) spool.append('request', record, timeOf(record));
    expect([...spool.byTime('request')].map((position) => spool?.record(position))).toEqual(records);
    expect([...spool.byTime('request')].map((position) => spool?.eventLine(position))).toEqual(
      records.map((record) => expectedLine('request', record)),
    );
  });

  it('cuts events.ndjson lines as JSON.stringify({ type, time, ...record }) writes them', () => {
    spool = new RecordSpool();
    const records = [
      { kind: 'request' as const, record: request({ id: 'r1', host: 'a.example', path: '/,"time":"x",' }) },
      {
        kind: 'connection' as const,
        record: connection({ id: 'c,"time":1', sni: '"time"', requestIds: ['r1'] }),
      },
    ];
    for (const { kind, record } of records) spool.append(kind, record, timeOf(record));
    expect([0, 1].map((position) => spool?.eventLine(position))).toEqual(
      records.map(({ kind, record }) => expectedLine(kind, record)),
    );
  });

  it('takes only records that begin with their id and time', () => {
    spool = new RecordSpool();
    const { id, ...rest } = request({ host: 'a.example' });
    expect(() => spool?.append('request', { ...rest, id }, 0)).toThrow(/does not begin with its id and time/);
    expect(spool.count('request')).toBe(0);
  });

  it('reads across its read-ahead block, records larger than it, and records not yet flushed', () => {
    spool = new RecordSpool();
    const big = request({ id: 'big', host: 'a.example', path: `/${'x'.repeat(3 << 20)}`, time: at(30) });
    const records = Array.from({ length: 5000 }, (_, i) =>
      request({ id: `r${i}`, host: 'a.example', path: `/${'p'.repeat(i % 700)}`, time: at(i % 60) }),
    );
    records.splice(2500, 0, big);
    for (const record of records) spool.append('request', record, timeOf(record));
    const byTime = [...records].sort((a, b) => a.time.localeCompare(b.time));
    expect([...spool.byTime('request')].map((position) => spool?.record(position))).toEqual(byTime);
    expect([...spool.written()].map((s) => s.record)).toEqual(records);
    // Appending after reading: the new record is read, the old ones still are.
    const late = request({ id: 'late', host: 'a.example', time: at(0) });
    spool.append('request', late, timeOf(late));
    expect(spool.record(spool.byTime('request')[0] ?? -1)).toEqual(byTime[0]);
    expect([...spool.written()].at(-1)?.record).toEqual(late);
  });

  it('is empty when nothing was written', () => {
    spool = new RecordSpool();
    expect([...spool.written()]).toEqual([]);
    expect([...spool.byTime('request')]).toEqual([]);
    expect(spool.count('connection')).toBe(0);
  });

  it('makes its directory, and leaves no file in it', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'el-spool-')), 'report');
    spool = new RecordSpool(dir);
    spool.append('request', request({ host: 'a.example' }), 0);
    expect(readdirSync(dir)).toEqual([]);
    expect([...spool.written()]).toHaveLength(1);
  });

  // Mounting a small tmpfs needs root, as capture does.
  describe.skipIf(process.getuid?.() !== 0 && !process.env.CI)('on a disk that fills up', () => {
    it('keeps the records that no longer fit in memory, every one read back, and says why', () => {
      const dir = mkdtempSync(join(tmpdir(), 'spool-full-'));
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]);
      try {
        const full = new RecordSpool(dir);
        const records = Array.from({ length: 1500 }, (_, i) =>
          request({ id: `r${i}`, host: 'a.example', path: `/${'x'.repeat(i % 300)}/${i}`, time: at(i % 60) }),
        );
        try {
          for (const record of records) full.append('request', record, timeOf(record));
          expect(full.writeError).toBe('ENOSPC');
          expect([...full.written()].map((w) => w.record)).toEqual(records);
          const byTime = [...full.byTime('request')];
          expect(byTime.map((position) => full.eventLine(position))).toEqual(
            byTime.map((position) => expectedLine('request', records[position] as { time: string })),
          );
        } finally {
          full.close();
        }
      } finally {
        execFileSync('umount', [dir]);
        rmdirSync(dir);
      }
    });
  });
});
