import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connection, report, request } from '../policy/test-records.js';
import { runCheck } from './check.js';
import { UsageError, type Io } from './io.js';
import { runSuggest } from './suggest.js';

const run = report(
  [
    request({ id: 'r1', host: 'registry.npmjs.org', path: '/left-pad', connectionId: 'c1' }),
    request({ id: 'r2', host: 'api.example.com', path: '/v1/items', method: 'POST', connectionId: 'c2' }),
  ],
  [
    connection({ id: 'c1', sni: 'registry.npmjs.org', requestIds: ['r1'] }),
    connection({ id: 'c2', sni: 'api.example.com', requestIds: ['r2'] }),
    connection({ id: 'c3', remoteAddress: '198.51.100.4', remotePort: 5432, tls: false }),
  ],
);

function workspace() {
  const cwd = mkdtempSync(join(tmpdir(), 'suggest-'));
  writeFileSync(join(cwd, 'report.json'), JSON.stringify(run));
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd, env: {} };
  return { cwd, io, out, err };
}

const expected = [
  '# yaml-language-server: $schema=https://raw.githubusercontent.com/egress-lens/egress-lens/main/policies/schema.json',
  '# Suggested by egress-lens from a run started 2026-01-01T00:00:00.000Z (requests: 2, connections: 3).',
  '',
  'extends: [npm]',
  'allow:',
  '  # from curl (1)',
  '  - host: api.example.com',
  '    methods: [POST]',
  '    paths: [/v1/**]',
  '  # from curl (1)',
  '  - ip: 198.51.100.4',
  '    port: 5432',
  '',
].join('\n');

describe('runSuggest', () => {
  it('prints the policy to stdout', async () => {
    const { io, out } = workspace();
    expect(await runSuggest(['report.json'], io)).toBe(0);
    expect(out.join('')).toBe(expected);
  });

  it('writes --out, and check then passes with it', async () => {
    const { cwd, io, out, err } = workspace();
    expect(await runSuggest(['--out', 'policy.yml', 'report.json'], io)).toBe(0);
    expect(readFileSync(join(cwd, 'policy.yml'), 'utf8')).toBe(expected);
    expect(err).toEqual(['wrote policy.yml\n']);
    expect(await runCheck(['--policy', 'policy.yml', 'report.json'], io)).toBe(0);
    expect(out).toEqual(['no violations (2 requests, 3 connections) against policy.yml\n']);
  });

  it('needs exactly one report file', async () => {
    const { io } = workspace();
    await expect(runSuggest(['a.json', 'b.json'], io)).rejects.toThrow(
      new UsageError('suggest: expected one report file: egress-lens suggest [--out FILE] REPORT.json'),
    );
  });
});
