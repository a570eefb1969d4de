import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connection, curl, report, request } from '../policy/test-records.js';
import { runCheck } from './check.js';
import { UsageError, type Io } from './io.js';

function workspace(): { io: Io; out: string[]; err: string[]; write(file: string, text: string): void } {
  const cwd = mkdtempSync(join(tmpdir(), 'check-'));
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd,
    env: { API: 'api.example.com' },
  };
  const write = (file: string, text: string) => {
    mkdirSync(join(cwd, file, '..'), { recursive: true });
    writeFileSync(join(cwd, file), text);
  };
  return { io, out, err, write };
}

const run = report(
  [
    request({ id: 'r1', host: 'api.example.com', path: '/v1/x', connectionId: 'c1' }),
    request({
      id: 'r2',
      host: 'api.example.com',
      path: '/admin',
      connectionId: 'c1',
      process: { ...curl, step: 'deploy' },
    }),
    request({ id: 'r3', host: 'evil.example.org', connectionId: 'c2' }),
  ],
  [
    connection({ id: 'c1', sni: 'api.example.com', requestIds: ['r1', 'r2'] }),
    connection({ id: 'c2', sni: 'evil.example.org', requestIds: ['r3'] }),
    connection({ id: 'c3', remoteAddress: '203.0.113.9', remotePort: 22, tls: false }),
  ],
);

describe('runCheck', () => {
  it('prints each violation with the rule that decided it and exits 1', async () => {
    const { io, out, err, write } = workspace();
    write('report.json', JSON.stringify(run));
    write('policy.yml', 'allow:\n  - host: ${env.API}\ndeny:\n  - paths: ["/admin/**", "/admin"]\n');
    expect(await runCheck(['--policy', 'policy.yml', 'report.json'], io)).toBe(1);
    expect(out.join('')).toBe(
      'denied: GET https://api.example.com/admin (deny rule at policy.yml:4) by /usr/bin/curl [pid 42, step deploy]\n' +
        'unmatched: GET https://evil.example.org/ (no rule allowed) by /usr/bin/curl [pid 42]\n' +
        'unmatched: 203.0.113.9:22 (no rule allowed, judged on IP only) by /usr/bin/curl [pid 42]\n' +
        '3 violations (3 requests, 3 connections) against policy.yml\n',
    );
    expect(err).toEqual([]);
  });

  it('exits 0 when everything is allowed, reading .github/egress-policy.yml by default', async () => {
    const { io, out, write } = workspace();
    write('report.json', JSON.stringify(run));
    write('.github/egress-policy.yml', 'allow:\n  - host: "**.example.*"\n  - ip: 203.0.113.0/24\n');
    expect(await runCheck(['report.json'], io)).toBe(0);
    expect(out.join('')).toBe(
      'no violations (3 requests, 3 connections) against .github/egress-policy.yml\n',
    );
  });

  it('exits 2 with file:line:column errors for a broken policy', async () => {
    const { io, out, err, write } = workspace();
    write('report.json', JSON.stringify(run));
    write('policy.yml', 'allow:\n  - host: a.com\n    port: 0\n');
    expect(await runCheck(['--policy', 'policy.yml', 'report.json'], io)).toBe(2);
    expect(err.join('')).toBe(
      'policy.yml:3:11: allow[0].port: got 0, expected a TCP port, an integer from 1 to 65535\n',
    );
    expect(out).toEqual([]);
  });

  it('rejects a wrong call or a file that is not a report as a usage error', async () => {
    const { io, write } = workspace();
    write('not-a-report.json', '{"hello": 1}');
    await expect(runCheck([], io)).rejects.toThrow(
      new UsageError('check: expected one report file: egress-lens check [--policy FILE] REPORT.json'),
    );
    await expect(runCheck(['--polcy', 'x', 'r.json'], io)).rejects.toThrow(UsageError);
    await expect(runCheck(['not-a-report.json'], io)).rejects.toThrow(
      new UsageError('not-a-report.json: not an egress-lens report of version 1'),
    );
  });
});
