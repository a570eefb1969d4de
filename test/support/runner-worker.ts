// Plays GitHub's Runner.Worker for one job, as a process of its own: runs the plan's steps one after
// another as its children, each with the environment the runner gives a step (GITHUB_ACTION, INPUT_*,
// STATE_*, fresh GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY files), and writes what each
// step printed and left behind. Bundled by the test and run with `node worker.mjs plan.json`.
import { spawnSync } from 'node:child_process';
import { chownSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type PlanStep =
  | {
      kind: 'action';
      stage: 'pre' | 'main' | 'post';
      contextId: string;
      inputs: Record<string, string>;
      /** Run as this user and group id instead of ours, like a runner user without root. */
      uid?: number;
    }
  | { kind: 'run'; contextId: string; script: string }
  /** Kills the egress-lens agent, as a hostile step with root could. */
  | { kind: 'kill-agent' }
  /** Removes this worker from the agent's `tracked` map (bpftool), so later steps go unseen. */
  | { kind: 'untrack-job' };

export interface JobPlan {
  /** GITHUB_* and RUNNER_* of the job, plus anything the steps need. */
  env: Record<string, string>;
  /** The action's checkout: dist/pre.js, dist/main.js, dist/post.js. */
  actionDir: string;
  steps: PlanStep[];
  resultPath: string;
}

export interface StepResult {
  step: PlanStep;
  exitCode: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}

/** Parses a file-command file: `name=value` lines and `name<<DELIMITER` ... `DELIMITER` blocks. */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter] = heredoc;
      const end = lines.indexOf(delimiter ?? '', i + 1);
      values[name] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      values[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return values;
}

function runJob(plan: JobPlan): StepResult[] {
  const commandDir = join(plan.env.RUNNER_TEMP ?? '/tmp', '_runner_file_commands');
  mkdirSync(commandDir, { recursive: true });
  const stateByAction = new Map<string, Record<string, string>>();
  const results: StepResult[] = [];
  plan.steps.forEach((step, index) => {
    if (step.kind === 'kill-agent' || step.kind === 'untrack-job') {
      const agentPid = readAgentPid(plan.env.RUNNER_TEMP ?? '/tmp');
      const outcome = step.kind === 'kill-agent' ? killAgent(agentPid) : untrackJob(agentPid);
      results.push({ step, ...outcome, summary: '', outputs: {} });
      return;
    }
    const files = {
      GITHUB_OUTPUT: join(commandDir, `set_output_${index}`),
      GITHUB_STATE: join(commandDir, `save_state_${index}`),
      GITHUB_STEP_SUMMARY: join(commandDir, `step_summary_${index}`),
      GITHUB_ENV: join(commandDir, `set_env_${index}`),
      GITHUB_PATH: join(commandDir, `add_path_${index}`),
    };
    for (const file of Object.values(files)) writeFileSync(file, '');
    const env: Record<string, string> = { ...plan.env, ...files, GITHUB_ACTION: step.contextId };
    let argv: string[];
    if (step.kind === 'run') {
      argv = ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '-c', step.script];
    } else {
      for (const [name, value] of Object.entries(step.inputs)) {
        env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
      }
      for (const [name, value] of Object.entries(stateByAction.get(step.contextId) ?? {}))
        env[`STATE_${name}`] = value;
      env.GITHUB_ACTION_PATH = plan.actionDir;
      argv = [process.execPath, join(plan.actionDir, 'dist', `${step.stage}.js`)];
    }
    const [command, ...args] = argv as [string, ...string[]];
    const uid = step.kind === 'action' ? step.uid : undefined;
    if (uid !== undefined) for (const file of Object.values(files)) chownSync(file, uid, uid);
    const child = spawnSync(command, args, {
      uid,
      gid: uid,
      env,
      cwd: plan.env.GITHUB_WORKSPACE,
      encoding: 'utf8',
      timeout: 180_000,
    });
    if (step.kind === 'action') {
      const saved = parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8'));
      stateByAction.set(step.contextId, { ...stateByAction.get(step.contextId), ...saved });
    }
    results.push({
      step,
      exitCode: child.status,
      stdout: child.stdout ?? '',
      stderr: child.stderr ?? '',
      summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    });
  });
  return results;
}

function readAgentPid(runnerTemp: string): number {
  const ready = readFileSync(join(runnerTemp, 'egress-lens', 'agent', 'ready.json'), 'utf8');
  return (JSON.parse(ready) as { pid: number }).pid;
}

type Outcome = { exitCode: number | null; stdout: string; stderr: string };

/** A file's text, or '' once it is gone (an agent's descriptor can close while we list them). */
function readIfPresent(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function untrackJob(agentPid: number): Outcome {
  // The agent's own maps are the ones its descriptors point at: other tracers may run on this machine.
  const fdinfo = `/proc/${agentPid}/fdinfo`;
  const mapIds = new Set(
    readdirSync(fdinfo).flatMap((fd) => {
      const id = /^map_id:\s+(\d+)$/m.exec(readIfPresent(join(fdinfo, fd)))?.[1];
      return id ? [id] : [];
    }),
  );
  const tracked = [...mapIds].find((id) =>
    /\bname tracked\b/.test(spawnSync('bpftool', ['map', 'show', 'id', id], { encoding: 'utf8' }).stdout),
  );
  if (tracked === undefined) return { exitCode: 1, stdout: '', stderr: 'no tracked map found' };
  const key = Buffer.alloc(4);
  key.writeUInt32LE(process.pid);
  const removed = spawnSync('bpftool', ['map', 'delete', 'id', tracked, 'key', ...[...key].map(String)], {
    encoding: 'utf8',
  });
  return { exitCode: removed.status, stdout: removed.stdout, stderr: removed.stderr };
}

function killAgent(agentPid: number): Outcome {
  process.kill(agentPid, 'SIGKILL');
  // Wait until it is gone (reaped by whoever is its parent), as a later step would find it.
  for (let i = 0; i < 500; i++) {
    try {
      const stat = readFileSync(`/proc/${agentPid}/stat`, 'utf8');
      if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) break;
    } catch {
      break;
    }
    // Not a `sleep` process: one exec'd after the SIGKILL but before the agent's exit hook turns
    // holding off is stopped by the kernel with no agent left to release it (a known gap).
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  }
  return { exitCode: 0, stdout: `killed agent ${agentPid}\n`, stderr: '' };
}

if (process.argv[2]) {
  const plan = JSON.parse(readFileSync(process.argv[2], 'utf8')) as JobPlan;
  writeFileSync(plan.resultPath, JSON.stringify(runJob(plan)));
}
