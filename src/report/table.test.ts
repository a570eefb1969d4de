import { describe, expect, it } from 'vitest';
import { report, request } from '../policy/test-records.js';
import type { Report } from '../records/types.js';
import { RequestTable } from './table.js';

/** The table as `run` prints it: every request measured as built, then printed as it is read back. */
function formatTable(source: Report): { text: string; writes: number } {
  let text = '';
  let writes = 0;
  const table = new RequestTable((chunk) => {
    text += chunk;
    writes++;
  });
  for (const r of source.requests) table.measure(r);
  table.header(source.policy !== undefined);
  for (const r of source.requests) table.row(r);
  table.footer(source);
  return { text, writes };
}

describe('RequestTable', () => {
  it('aligns columns to the widest cell', () => {
    const lines = formatTable(
      report(
        [
          request({ host: 'a.example', path: '/x' }),
          request({ host: 'a-much-longer-host.example', path: '/y' }),
        ],
        [],
      ),
    ).text.split('\n');
    expect(lines[0]).toMatch(/^METHOD {2}STATUS {2}URL {2,}PROCESS$/);
    const processColumn = (line: string | undefined) => line?.indexOf('curl[42]');
    expect(processColumn(lines[1])).toBe(lines[0]?.indexOf('PROCESS'));
    expect(processColumn(lines[2])).toBe(lines[0]?.indexOf('PROCESS'));
  });

  it('shows verdicts other than allowed, why a request was not read, the counts and the warnings', () => {
    const judged = {
      ...report(
        [
          request({ host: 'a.example', judgement: { verdict: 'allowed' } }),
          request({
            host: 'b.example',
            visibility: 'sni-only',
            reason: 'no plaintext',
            method: '',
            status: null,
          }),
          request({ host: 'c.example', judgement: { verdict: 'denied' } }),
          request({ host: 'd.example', visibility: 'ip-only', judgement: { verdict: 'unmatched' } }),
        ],
        [],
      ),
      warnings: ['probe failed: x', 'w2'],
      policy: { files: ['p.yml'], mode: 'audit' as const, violations: 2 },
    };
    expect(formatTable(judged).text).toBe(
      [
        'METHOD  STATUS  URL                                          PROCESS   POLICY',
        'GET     200     https://a.example/                           curl[42]',
        '-       -       https://b.example/ (sni-only: no plaintext)  curl[42]',
        'GET     200     https://c.example/                           curl[42]  DENIED',
        'GET     200     https://d.example/ (ip-only: unknown)        curl[42]  UNMATCHED',
        '',
        '4 requests, 0 connections, 0 events lost',
        'warning: probe failed: x',
        'warning: w2',
        '',
      ].join('\n'),
    );
    expect(formatTable(report([], [])).text).toBe(
      'METHOD  STATUS  URL  PROCESS\n\n0 requests, 0 connections, 0 events lost\n',
    );
  });

  it('prints 200k requests in chunks (the widths once overflowed the stack past ~100k)', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => request({ host: 'localhost', path: `/r/${i}` }));
    const { text, writes } = formatTable(report(many, []));
    expect(text.split('\n')).toHaveLength(200_000 + 4);
    expect(text).toContain('200000 requests');
    expect(writes).toBeGreaterThan(100);
  });
});
