import { describe, expect, it } from 'vitest';
import { report, request } from '../policy/test-records.js';
import { formatTable } from './table.js';

describe('formatTable', () => {
  it('aligns columns to the widest cell', () => {
    const lines = formatTable(
      report(
        [
          request({ host: 'a.example', path: '/x' }),
          request({ host: 'a-much-longer-host.example', path: '/y' }),
        ],
        [],
      ),
    ).split('\n');
    expect(lines[0]).toMatch(/^METHOD {2}STATUS {2}URL {2,}PROCESS$/);
    const processColumn = (line: string | undefined) => line?.indexOf('curl[42]');
    expect(processColumn(lines[1])).toBe(lines[0]?.indexOf('PROCESS'));
    expect(processColumn(lines[2])).toBe(lines[0]?.indexOf('PROCESS'));
  });

  it('prints 200k requests (the widths once overflowed the stack past ~100k)', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => request({ host: 'localhost', path: `/r/${i}` }));
    const text = formatTable(report(many, []));
    expect(text.split('\n')).toHaveLength(200_000 + 4);
    expect(text).toContain('200000 requests');
  });
});
