// Starting the agent for a job: as root (through `sudo -n` when the runner user is not), detached so
// it outlives this step, and waited for until its probes are attached.
import { spawn } from 'node:child_process';
import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CAPTURE_NODE_FLAGS } from '../cli/node-flags.js';
import { AGENT_FILES, readJson, type AgentReady } from './agent-files.js';

export const READY_TIMEOUT_MS = 120_000;
const POLL_MS = 100;

export type StartResult =
  { started: true; pid: number; readyMs: number } | { started: false; reason: string };

export interface StartOptions {
  /** Where the agent writes; created here, owned by the runner user. */
  agentDir: string;
  /** The process whose children are the job: the runner worker, our parent. */
  jobRoot: number;
  timeoutMs?: number;
}

/** Why eBPF cannot work here, before trying: one line a user can act on. */
export function unavailableHere(): string | undefined {
  if (process.platform !== 'linux')
    return `egress-lens needs a Linux runner (this one is ${process.platform})`;
  if (!existsSync('/sys/kernel/btf/vmlinux')) {
    return 'this kernel has no BTF (/sys/kernel/btf/vmlinux is missing): egress-lens needs Linux 5.8+ with CONFIG_DEBUG_INFO_BTF';
  }
  return undefined;
}

export async function startAgent(options: StartOptions): Promise<StartResult> {
  mkdirSync(options.agentDir, { recursive: true });
  const cli = join(dirname(fileURLToPath(import.meta.url)), 'cli.js');
  const agentArgs = [
    ...CAPTURE_NODE_FLAGS,
    cli,
    'agent',
    '--out',
    options.agentDir,
    '--job-root',
    String(options.jobRoot),
    '--exclude',
    String(process.pid),
  ];
  const sudo = process.getuid?.() === 0 ? undefined : findExecutable('sudo');
  if (process.getuid?.() !== 0 && sudo === undefined) {
    return {
      started: false,
      reason: 'egress-lens needs root to load eBPF programs, and this runner has no sudo',
    };
  }
  const [command, ...args] = sudo
    ? [sudo, '-n', process.execPath, ...agentArgs]
    : [process.execPath, ...agentArgs];
  const logPath = join(options.agentDir, AGENT_FILES.log);
  const log = openSync(logPath, 'a');
  let exited: string | undefined;
  try {
    // Its own session, and a file for output: the runner neither waits for it nor kills it with this step.
    const child = spawn(command as string, args, { detached: true, stdio: ['ignore', log, log] });
    child.on('error', (error) => (exited = `cannot run ${command}: ${error.message}`));
    child.on(
      'exit',
      (code, signal) => (exited ??= `the agent exited (${signal ?? `code ${code}`}) before it was ready`),
    );
    child.unref();
  } finally {
    closeSync(log);
  }

  const deadline = Date.now() + (options.timeoutMs ?? READY_TIMEOUT_MS);
  for (;;) {
    const ready = readJson<AgentReady>(options.agentDir, AGENT_FILES.ready);
    if (ready) return { started: true, pid: ready.pid, readyMs: ready.readyMs };
    if (exited !== undefined) return { started: false, reason: explain(exited, logPath, sudo !== undefined) };
    if (Date.now() > deadline) {
      return {
        started: false,
        reason: `the agent was not ready after ${Math.round((options.timeoutMs ?? READY_TIMEOUT_MS) / 1000)} s (log: ${logPath})`,
      };
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

function findExecutable(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // Not here, or not ours to run.
    }
  }
  return undefined;
}

/**
 * The agent's own last words (`egress-lens: ...`) say best why it could not start (no BTF, a container
 * without privileges); anything else in its log before it was ready came from sudo refusing.
 */
function explain(exited: string, logPath: string, viaSudo: boolean): string {
  let last = '';
  try {
    last = readFileSync(logPath, 'utf8').trim().split('\n').at(-1) ?? '';
  } catch {
    // No log: fall back to how it ended.
  }
  if (last.startsWith('egress-lens: ')) return last.slice('egress-lens: '.length);
  if (viaSudo)
    return `egress-lens needs root to load eBPF programs, and \`sudo -n\` failed: ${last || exited}`;
  return last || exited;
}
