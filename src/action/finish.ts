// Ending a job's capture: prove the agent still sees the job, ask it to flush, read what it wrote,
// and judge the job's part of it. Anything that makes the capture untrustworthy (the agent gone
// early, probes detached, no flush) is returned as a tamper reason, never thrown.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyPolicy, type Policy, type Violation } from '../policy/index.js';
import type { Report } from '../records/types.js';
import { AGENT_FILES, CANARY_ARG, readJson, type AgentHeartbeat, type AgentStatus } from './agent-files.js';

export const FLUSH_TIMEOUT_MS = 60_000;
const POLL_MS = 100;

export interface StopResult {
  report?: Report;
  tamper: string[];
}

export async function stopAgent(
  pid: number,
  agentDir: string,
  timeoutMs = FLUSH_TIMEOUT_MS,
): Promise<StopResult> {
  const tamper: string[] = [];
  if (!isAgent(pid, agentDir)) {
    const lastSeen = readJson<AgentHeartbeat>(agentDir, AGENT_FILES.heartbeat)?.time;
    tamper.push(
      `the egress-lens agent (pid ${pid}) was gone before the job ended${lastSeen ? ` (last seen alive at ${lastSeen})` : ''}: requests made after that were not seen`,
    );
    return { report: readReport(agentDir), tamper };
  }
  // A process the agent must see if its probes are still attached and it still traces the job.
  const nonce = randomBytes(6).toString('hex');
  spawnSync('true', [CANARY_ARG, nonce], { stdio: 'ignore' });
  signalAgent(pid);
  const deadline = Date.now() + timeoutMs;
  let status = readJson<AgentStatus>(agentDir, AGENT_FILES.status);
  while (status === undefined && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    status = readJson<AgentStatus>(agentDir, AGENT_FILES.status);
  }
  if (status === undefined) {
    tamper.push(
      `the egress-lens agent (pid ${pid}) did not write its report within ${Math.round(timeoutMs / 1000)} s`,
    );
    return { tamper };
  }
  if (status.reportError !== undefined) {
    tamper.push(`the egress-lens agent could not write its report: ${status.reportError}`);
  }
  if (status.canary !== nonce) {
    tamper.push(
      'the egress-lens agent did not see a process this step started: its kernel probes were detached or it stopped tracing the job, so requests may be missing',
    );
  }
  return { report: readReport(agentDir), tamper };
}

/** Our agent, alive: the pid runs `egress-lens agent --out <agentDir>` (pids are reused). */
function isAgent(pid: number, agentDir: string): boolean {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return argv.includes('agent') && argv.includes(agentDir);
  } catch {
    return false;
  }
}

function signalAgent(pid: number): void {
  if (process.getuid?.() === 0) {
    process.kill(pid, 'SIGTERM');
    return;
  }
  // The agent runs as root: the runner user signals it through sudo, as it started it.
  spawnSync('sudo', ['-n', 'kill', '-TERM', String(pid)], { stdio: 'ignore' });
}

function readReport(agentDir: string): Report | undefined {
  return readJson<Report>(agentDir, AGENT_FILES.report);
}

export interface JudgedJob {
  report: Report;
  /** The job's violations; egress-lens's own traffic is not judged. */
  violations: Violation[];
}

/** Judge the job's requests and connections; those of egress-lens's own step (`ownStep`) stay unjudged. */
export function judgeJob(report: Report, policy: Policy, ownStep: string | undefined): JudgedJob {
  const isOwn = (p: { process: { step?: string } }) => ownStep !== undefined && p.process.step === ownStep;
  const job = {
    ...report,
    requests: report.requests.filter((r) => !isOwn(r)),
    connections: report.connections.filter((c) => !isOwn(c)),
  };
  const judged = applyPolicy(job, policy);
  const judgedRequests = new Map(judged.report.requests.map((r) => [r.id, r]));
  const judgedConnections = new Map(judged.report.connections.map((c) => [c.id, c]));
  return {
    report: {
      ...report,
      requests: report.requests.map((r) => judgedRequests.get(r.id) ?? r),
      connections: report.connections.map((c) => judgedConnections.get(c.id) ?? c),
    },
    violations: judged.violations,
  };
}

/** Where the agent writes, inside the report directory. */
export function agentDirOf(reportDir: string): string {
  return join(reportDir, 'agent');
}
