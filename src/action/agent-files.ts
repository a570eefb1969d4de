// What the detached agent leaves in its directory, read by pre (ready) and post (status, report).
// Files appear whole: each is written beside its name and renamed into place.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const AGENT_FILES = {
  ready: 'ready.json',
  heartbeat: 'heartbeat.json',
  report: 'report.json',
  events: 'events.ndjson',
  status: 'status.json',
  log: 'agent.log',
} as const;

/** argv[1] of the process post starts to prove the agent still sees the job: `true egress-lens-canary NONCE`. */
export const CANARY_ARG = 'egress-lens-canary';

export interface AgentReady {
  pid: number;
  readyMs: number;
  /** Processes of the job that already existed and are tracked from now on. */
  adopted: number;
}

/** Rewritten every second: when the agent was last seen alive. */
export interface AgentHeartbeat {
  time: string;
}

export interface AgentStatus {
  finishedAt: string;
  /** `stopped`: post asked; `job-ended`: the job's root process went away first. */
  reason: 'stopped' | 'job-ended';
  /** The nonce of the last canary process the agent saw, if any. */
  canary?: string;
  events: number;
  lost: number;
  /** Why report.json could not be written (a full disk), when it could not. */
  reportError?: string;
}

export function writeJsonAtomic(dir: string, name: string, value: unknown): void {
  const path = join(dir, name);
  writeFileSync(`${path}.tmp`, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
}

export function readJson<T>(dir: string, name: string): T | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;
  } catch {
    return undefined;
  }
}
