// `egress-lens run [--out DIR] [--no-hold] -- COMMAND [ARGS...]`: capture one command and what it starts.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CaptureSession } from '../capture/session.js';
import { loadPolicy } from '../policy/index.js';
import { writeReportFiles } from '../report/files.js';
import { formatPolicyErrors } from '../report/policy-errors.js';
import { RequestTable } from '../report/table.js';
import type { Io } from './io.js';
import { UsageError } from './io.js';

export interface RunOptions {
  out: string;
  hold: boolean;
  policy?: string;
  mode: 'audit' | 'enforce';
  command: string[];
}

export function parseRunArgs(argv: string[], io: Io): RunOptions {
  const dash = argv.indexOf('--');
  const own = dash < 0 ? argv : argv.slice(0, dash);
  const command = dash < 0 ? [] : argv.slice(dash + 1);
  const options: RunOptions = {
    out: resolve(io.cwd, 'egress-lens-report'),
    hold: true,
    mode: 'audit',
    command,
  };
  for (let i = 0; i < own.length; i++) {
    const arg = own[i];
    if (arg === '--out') options.out = resolve(io.cwd, own[++i] ?? usage('--out needs a directory'));
    else if (arg === '--no-hold') options.hold = false;
    else if (arg === '--policy') options.policy = own[++i] ?? usage('--policy needs a file');
    else if (arg === '--mode') {
      const mode = own[++i];
      if (mode !== 'audit' && mode !== 'enforce') usage('--mode is audit or enforce');
      options.mode = mode;
    } else usage(`unknown option ${arg}`);
  }
  if (command.length === 0) usage('no command: egress-lens run [--out DIR] -- COMMAND [ARGS...]');
  return options;
}

function usage(message: string): never {
  throw new UsageError(message);
}

export async function runCommand(argv: string[], io: Io): Promise<number> {
  const options = parseRunArgs(argv, io);
  // A broken policy is reported before anything runs.
  const policy = options.policy ? loadPolicy(options.policy, { env: io.env, cwd: io.cwd }) : undefined;
  if (policy && !policy.policy) {
    io.stderr(formatPolicyErrors(policy.errors));
    return 2;
  }
  const table = new RequestTable(io.stderr);
  const session = new CaptureSession({
    hold: options.hold,
    onRequest: (request) => table.measure(request),
    spoolDir: options.out,
  });
  // Before the command, not during it: what it maps from the system's libraries is then known.
  await session.agent.librariesScanned;
  const exitCode = await runTraced(options.command, io, (pid) => session.agent.adopt(pid));
  await waitForDescendants(session);
  const { report, records } = session.finish({ command: options.command, exitCode });
  let violations = 0;
  if (policy?.policy && options.policy) {
    violations = records.judge(policy.policy);
    report.policy = { files: [options.policy], mode: options.mode, violations };
  }
  table.header(report.policy !== undefined);
  // The command has run: a report we cannot write (a full disk) is said, not thrown over its exit code.
  let reportPath: string | undefined;
  try {
    reportPath = writeReportFiles(options.out, report, (request) => table.row(request)).reportPath;
  } catch (error) {
    io.stderr(`\negress-lens: could not write the report to ${options.out}: ${(error as Error).message}\n`);
  }
  table.footer(report);
  if (reportPath !== undefined) io.stderr(`report: ${reportPath}\n`);
  records.close();
  session.agent.close();
  if (violations > 0 && options.mode === 'enforce') {
    io.stderr(`egress-lens: ${violations} requests broke the policy (enforce mode)\n`);
    return exitCode === 0 ? 1 : exitCode;
  }
  return exitCode;
}

/** Runs the command as the user who called sudo, when there is one: tracing needs root, the job does not. */
function runTraced(command: string[], io: Io, onSpawn: (pid: number) => void): Promise<number> {
  const [file, ...args] = command as [string, ...string[]];
  const identity = invokingUser(io.env);
  return new Promise((resolveExit) => {
    const child = spawn(file, args, {
      stdio: 'inherit',
      cwd: io.cwd,
      env: identity
        ? { ...io.env, HOME: identity.home, USER: identity.name, LOGNAME: identity.name }
        : io.env,
      uid: identity?.uid,
      gid: identity?.gid,
    });
    if (child.pid !== undefined) onSpawn(child.pid);
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    const done = (code: number) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolveExit(code);
    };
    child.on('error', (err) => {
      io.stderr(`egress-lens: cannot run ${file}: ${err.message}\n`);
      done(127);
    });
    child.on('exit', (code, signal) => done(code ?? 128 + signalNumber(signal)));
  });
}

/** Processes the command left running get a short grace to finish their requests. */
async function waitForDescendants(session: CaptureSession, graceMs = 2000): Promise<void> {
  const deadline = Date.now() + graceMs;
  // The process table knows of an exit once the agent has delivered it.
  for (session.agent.catchUp(); Date.now() < deadline; session.agent.catchUp()) {
    if (session.processes.running().length === 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

function invokingUser(env: Io['env']): { uid: number; gid: number; name: string; home: string } | undefined {
  const uid = Number(env.SUDO_UID);
  const gid = Number(env.SUDO_GID);
  if (!env.SUDO_UID || !Number.isInteger(uid) || !Number.isInteger(gid) || uid === 0) return undefined;
  let name = env.SUDO_USER ?? String(uid);
  let home = '/';
  try {
    const entry = readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .map((l) => l.split(':'))
      .find((f) => Number(f[2]) === uid);
    if (entry) [name, home] = [entry[0] ?? name, entry[5] ?? home];
  } catch {
    // No passwd file: keep what sudo told us.
  }
  return { uid, gid, name, home };
}

function signalNumber(signal: NodeJS.Signals | null): number {
  const numbers: Partial<Record<NodeJS.Signals, number>> = {
    SIGHUP: 1,
    SIGINT: 2,
    SIGQUIT: 3,
    SIGKILL: 9,
    SIGSEGV: 11,
    SIGPIPE: 13,
    SIGTERM: 15,
  };
  return (signal && numbers[signal]) ?? 0;
}
