import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Report } from '../../src/records/types.js';
import { runCommand, type RunResult } from './run.js';

/** The bundled CLI, as a user runs it. */
export const CLI = resolve(import.meta.dirname, '../../bin/egress-lens.js');

export interface Traced {
  result: RunResult;
  report: Report;
  /** The report directory (report.json, events.ndjson). */
  out: string;
}

/** Runs `command` under `egress-lens run` and reads the report it wrote. */
export async function traced(
  command: readonly string[],
  options: { env?: Record<string, string | undefined>; cliArgs?: string[]; timeoutMs?: number } = {},
): Promise<Traced> {
  const out = mkdtempSync(join(tmpdir(), 'el-run-'));
  const result = await runCommand(
    [process.execPath, CLI, 'run', '--out', out, ...(options.cliArgs ?? []), '--', ...command],
    { env: options.env, timeoutMs: options.timeoutMs ?? 60_000 },
  );
  if (!result.stderr.includes('report:')) {
    throw new Error(`egress-lens run wrote no report (exit ${result.code}):\n${result.stderr}`);
  }
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
  return { result, report, out };
}
