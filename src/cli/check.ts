// `egress-lens check [--policy FILE] REPORT.json`: judge a saved report against a policy.
// Exit 0 when everything is allowed, 1 on any violation, 2 when the policy or the call is wrong.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { applyPolicy, loadPolicy, type Violation } from '../policy/index.js';
import { REPORT_VERSION, type Report } from '../records/types.js';
import { formatPolicyErrors } from '../report/policy-errors.js';
import { UsageError, type Io } from './io.js';

export const DEFAULT_POLICY_FILE = '.github/egress-policy.yml';

export async function runCheck(argv: string[], io: Io): Promise<number> {
  const { policyFile, reportFile } = parseCheckArgs(argv);
  const report = readReportFile(reportFile, io);
  const { policy, errors } = loadPolicy(policyFile, { env: io.env, cwd: io.cwd });
  if (policy === undefined) {
    io.stderr(formatPolicyErrors(errors));
    return 2;
  }
  const { violations } = applyPolicy(report, policy);
  for (const violation of violations) io.stdout(`${formatViolation(violation)}\n`);
  const seen = `${report.requests.length} requests, ${report.connections.length} connections`;
  io.stdout(
    violations.length === 0
      ? `no violations (${seen}) against ${policyFile}\n`
      : `${violations.length} ${violations.length === 1 ? 'violation' : 'violations'} (${seen}) against ${policyFile}\n`,
  );
  return violations.length === 0 ? 0 : 1;
}

function parseCheckArgs(argv: string[]): { policyFile: string; reportFile: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { policy: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`check: ${(error as Error).message}`);
  }
  const [reportFile, ...extra] = parsed.positionals;
  if (reportFile === undefined || extra.length > 0) {
    throw new UsageError('check: expected one report file: egress-lens check [--policy FILE] REPORT.json');
  }
  return { policyFile: parsed.values.policy ?? DEFAULT_POLICY_FILE, reportFile };
}

/** `denied: GET https://x/y (deny rule at p.yml:4) by /usr/bin/curl [pid 42, step build]` */
export function formatViolation(violation: Violation): string {
  const { judgement, process } = violation;
  const rule = judgement.rule;
  const decided = rule === undefined ? 'no rule allowed' : `${rule.kind} rule at ${rule.file}:${rule.line}`;
  const basis =
    judgement.basis === undefined
      ? ''
      : `, judged on ${judgement.basis === 'host-only' ? 'host' : 'IP'} only`;
  const where = [`pid ${process.pid}`, ...(process.step === undefined ? [] : [`step ${process.step}`])].join(
    ', ',
  );
  return `${judgement.verdict}: ${violation.destination} (${decided}${basis}) by ${process.exe} [${where}]`;
}

/** A report.json written by `egress-lens run` or the action; a file that is not one is a usage error. */
export function readReportFile(file: string, io: Io): Report {
  let report: Partial<Report>;
  try {
    report = JSON.parse(readFileSync(resolve(io.cwd, file), 'utf8')) as Partial<Report>;
  } catch (error) {
    throw new UsageError(`${file}: cannot read the report (${(error as Error).message})`);
  }
  if (
    report.version !== REPORT_VERSION ||
    !Array.isArray(report.requests) ||
    !Array.isArray(report.connections)
  ) {
    throw new UsageError(`${file}: not an egress-lens report of version ${REPORT_VERSION}`);
  }
  return report as Report;
}
