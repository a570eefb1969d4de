import fc from 'fast-check';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connection, curl, report, request } from '../policy/test-records.js';
import type { Report } from '../records/types.js';
import { writeReportFiles } from './files.js';
import { expectedNdjson } from './ndjson.test-helper.js';

describe('writeReportFiles', () => {
  it('writes, a record at a time, the same bytes as JSON.stringify and a joined NDJSON', () => {
    const requests = Array.from({ length: 3000 }, (_, i) =>
      request({
        id: `r${i}`,
        host: 'api.example.com',
        path: `/v1/${i}?q="quoted"\n`,
        time: `2026-01-01T00:00:0${i % 10}.000Z`,
      }),
    );
    const full = {
      ...report(requests, [connection({ requestIds: ['r1', 'r2'] })]),
      command: undefined, // dropped, as JSON.stringify drops it
      exitCode: 0,
      policy: { files: ['p.yml'], mode: 'audit' as const, violations: 0 },
    };
    const dir = mkdtempSync(join(tmpdir(), 'el-files-'));
    const seen: string[] = [];
    const { reportPath, eventsPath } = writeReportFiles(dir, full, (r) => seen.push(r.id));
    expect(seen).toEqual(requests.map((r) => r.id));
    expect(readFileSync(reportPath, 'utf8')).toBe(`${JSON.stringify(full, null, 2)}\n`);
    expect(readFileSync(eventsPath, 'utf8')).toBe(expectedNdjson(full));
    expect(JSON.parse(readFileSync(reportPath, 'utf8'))).toEqual(JSON.parse(JSON.stringify(full)));
  });

  it('writes empty lists as JSON.stringify does', () => {
    const empty = report([], []);
    const dir = mkdtempSync(join(tmpdir(), 'el-files-'));
    writeReportFiles(dir, empty);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(`${JSON.stringify(empty, null, 2)}\n`);
    expect(readFileSync(join(dir, 'events.ndjson'), 'utf8')).toBe(expectedNdjson(empty));
  });

  it('lists events by time, ties as a stable sort of processes, DNS, connections and requests would', () => {
    // A few distinct times, so that every kind ties with every other, in any order.
    const time = fc.constantFrom(...[1, 2, 3].map((s) => `2026-01-01T00:00:0${s}.000Z`));
    const dir = mkdtempSync(join(tmpdir(), 'el-files-'));
    fc.assert(
      fc.property(
        fc.array(time, { maxLength: 8 }),
        fc.array(time, { maxLength: 8 }),
        fc.array(time, { maxLength: 8 }),
        fc.array(time, { maxLength: 3 }),
        time,
        (requestTimes, connectionTimes, dnsTimes, processes, startedAt) => {
          const mixed: Report = {
            ...report(
              requestTimes.map((t, i) => request({ id: `r${i}`, host: 'a.example', time: t })),
              connectionTimes.map((t, i) => connection({ id: `c${i}`, time: t })),
            ),
            startedAt,
            processes: processes.map((_, i) => ({ ...curl, pid: i })),
            dns: dnsTimes.map((t, i) => ({ time: t, name: `n${i}.example`, type: 'A', answers: [], pid: i })),
          };
          writeReportFiles(dir, mixed);
          expect(readFileSync(join(dir, 'events.ndjson'), 'utf8')).toBe(expectedNdjson(mixed));
        },
      ),
    );
  });
});
