// Starting the agent for a job: as root (through `sudo -n` when the runner user is not), detached so
// it outlives this step, and waited for until its probes are attached.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
    cli,
    'agent',
    '--out',
    options.agentDir,
    '--job-root',
    String(options.jobRoot),
    '--exclude',
    String(process.pid),
  ];
  const isRoot = process.getuid?.() === 0;
  const [command, ...args] = isRoot
    ? [process.execPath, ...agentArgs]
    : ['sudo', '-n', process.execPath, ...agentArgs];
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
    if (exited !== undefined) return { started: false, reason: explain(exited, logPath, isRoot) };
    if (Date.now() > deadline) {
      return {
        started: false,
        reason: `the agent was not ready after ${Math.round((options.timeoutMs ?? READY_TIMEOUT_MS) / 1000)} s (log: ${logPath})`,
      };
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** The agent's own last words say best why it could not start (no root, no BTF, a container without privileges). */
function explain(exited: string, logPath: string, isRoot: boolean): string {
  let last = '';
  try {
    last =
      readFileSync(logPath, 'utf8')
        .trim()
        .split('\n')
        .at(-1)
        ?.replace(/^egress-lens: /, '') ?? '';
  } catch {
    // No log: fall back to how it ended.
  }
  if (!isRoot && /^sudo: /.test(last)) return `egress-lens needs root and \`sudo -n\` failed: ${last}`;
  return last || exited;
}
