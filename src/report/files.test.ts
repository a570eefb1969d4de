import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connection, report, request } from '../policy/test-records.js';
import { toNdjson, writeReportFiles } from './files.js';

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
    const { reportPath, eventsPath } = writeReportFiles(dir, full);
    expect(readFileSync(reportPath, 'utf8')).toBe(`${JSON.stringify(full, null, 2)}\n`);
    expect(readFileSync(eventsPath, 'utf8')).toBe(toNdjson(full));
    expect(JSON.parse(readFileSync(reportPath, 'utf8'))).toEqual(JSON.parse(JSON.stringify(full)));
  });

  it('writes empty lists as JSON.stringify does', () => {
    const empty = report([], []);
    const dir = mkdtempSync(join(tmpdir(), 'el-files-'));
    writeReportFiles(dir, empty);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(`${JSON.stringify(empty, null, 2)}\n`);
    expect(readFileSync(join(dir, 'events.ndjson'), 'utf8')).toBe(toNdjson(empty));
  });
});
