// `egress-lens agent --out DIR --job-root PID [--exclude PID] [--no-hold]`: the action's detached
// capture (not in the help: the action's pre step starts it). It traces everything PID starts from
// now on, and the job's processes that already run, until SIGTERM (post) or until PID is gone; then
// it writes report.json (unjudged), events.ndjson and, last, status.json. It never starts a process:
// that would be traced as part of the job.
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  AGENT_FILES,
  CANARY_ARG,
  writeJsonAtomic,
  type AgentHeartbeat,
  type AgentReady,
  type AgentStatus,
} from '../action/agent-files.js';
import {
  containerOfProcess,
  liveDescendants,
  liveInNestedPidns,
  readLiveProcess,
  stepFromEnviron,
  ProcessesWithSteps,
} from '../action/attribution.js';
import type { ExecEvent, KernelEvent } from '../capture/abi.js';
import { pidNamespaceOf } from '../capture/agent.js';
import { CaptureSession } from '../capture/session.js';
import { writeReportFiles } from '../report/files.js';
import { UsageError, type Io } from './io.js';

const HEARTBEAT_MS = 1000;

interface Attribution {
  step?: string;
  container?: string;
}

export interface AgentOptions {
  out: string;
  jobRoot: number;
  exclude: Set<number>;
  hold: boolean;
}

export function parseAgentArgs(argv: string[], io: Io): AgentOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        out: { type: 'string' },
        'job-root': { type: 'string' },
        exclude: { type: 'string', multiple: true },
        'no-hold': { type: 'boolean' },
      },
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`agent: ${(error as Error).message}`);
  }
  const { out, 'job-root': jobRoot, exclude = [], 'no-hold': noHold } = parsed.values;
  const pid = (text: string | undefined, what: string): number => {
    const value = Number(text);
    if (!Number.isInteger(value) || value <= 0) throw new UsageError(`agent: ${what} needs a process id`);
    return value;
  };
  if (out === undefined) throw new UsageError('agent: --out needs a directory');
  return {
    out: resolve(io.cwd, out),
    jobRoot: pid(jobRoot, '--job-root'),
    exclude: new Set(exclude.map((e) => pid(e, '--exclude'))),
    hold: !noHold,
  };
}

export async function runAgent(argv: string[], io: Io): Promise<number> {
  const options = parseAgentArgs(argv, io);
  mkdirSync(options.out, { recursive: true });
  const containersByCgroup = new Map<bigint, string | undefined>();
  const hostPidns = pidNamespaceOf('self');
  // What an exec's living process said, until the agent delivers the exec in its place among the
  // job's events (later, in order): then the process table has the process to attribute.
  const seenAlive = new Map<string, Attribution>();
  const execKey = (event: ExecEvent) => `${event.tgid}@${event.ts}`;
  const steps = new ProcessesWithSteps();
  // On a hosted runner the machine is the job's: every container started during it (docker run,
  // service containers) is the job's too, though containerd, not the runner, starts it.
  const session: CaptureSession = new CaptureSession({
    hold: options.hold,
    containers: true,
    spoolDir: options.out,
    onProcess: (event) => {
      if (event.kind === 'fork') steps.fork(event.parent, event.child);
      else seenAlive.set(execKey(event), observe(event.tgid, event.cgroupId, event.pidns));
    },
    afterEvent: (event: KernelEvent) => {
      if (event.kind !== 'exec') return;
      const seen = seenAlive.get(execKey(event));
      seenAlive.delete(execKey(event));
      if (seen) attribute(event.tgid, seen);
    },
  });
  /**
   * A process's step, from its environment; its container's id, or `pidns:<inode>` when no cgroup
   * names one (`unshare --pid`, a sandbox). Read while it lives.
   */
  function observe(pid: number, cgroupId: bigint | undefined, pidns: number | undefined): Attribution {
    let container = cgroupId === undefined ? undefined : containersByCgroup.get(cgroupId);
    if (cgroupId === undefined || !containersByCgroup.has(cgroupId)) {
      container = containerOfProcess(pid);
      if (cgroupId !== undefined) containersByCgroup.set(cgroupId, container);
    }
    if (container === undefined && pidns !== undefined && pidns !== hostPidns) container = `pidns:${pidns}`;
    return { step: steps.exec(pid, () => stepFromEnviron(pid)), container };
  }
  /** A process with no step yet (a direct child of the job root) takes the one its environment names. */
  function attribute(pid: number, { step, container }: Attribution): void {
    if (step !== undefined && session.processes.stepOf(pid) === undefined)
      session.processes.setStep(pid, step);
    if (container !== undefined) session.processes.setContainer(pid, container);
  }

  const { processes, agent } = session;
  const root = readLiveProcess(options.jobRoot);
  processes.addRoot(options.jobRoot, root?.exe ?? '', root?.argv ?? []);
  agent.track(options.jobRoot, 'childrenOnly');
  // The job may have started processes before us (we are not its first step): adopt them.
  // So may containers (service containers start before the first step).
  const jobProcesses = liveDescendants(options.jobRoot, new Set([...options.exclude, process.pid]));
  const jobPids = new Set(jobProcesses.map((p) => p.pid));
  const adopted = [...jobProcesses, ...liveInNestedPidns().filter((p) => !jobPids.has(p.pid))];
  for (const live of adopted) {
    processes.fork(live.ppid, live.pid);
    processes.exec(live.pid, live.ppid, live.exe, live.argv, live.uid, 0n);
    attribute(live.pid, observe(live.pid, undefined, pidNamespaceOf(live.pid)));
    agent.track(live.pid, 'all');
  }
  const ready: AgentReady = {
    pid: process.pid,
    readyMs: Math.round(agent.readyMs),
    adopted: adopted.length,
  };
  writeJsonAtomic(options.out, AGENT_FILES.ready, ready);
  io.stderr(
    `egress-lens agent ${process.pid}: ready in ${ready.readyMs} ms, tracing the job of pid ${options.jobRoot}\n`,
  );

  return new Promise((done) => {
    let finished = false;
    const finish = (reason: AgentStatus['reason']) => {
      if (finished) return;
      finished = true;
      clearInterval(heartbeat);
      const { report, records } = session.finish();
      const canaries = report.processes.filter((p) => p.argv[1] === CANARY_ARG);
      // A report we cannot write (a full disk) is said in the status, for post to tell; never a crash.
      let reportError: string | undefined;
      try {
        writeReportFiles(options.out, report);
      } catch (error) {
        reportError = (error as Error).message;
        // Half-written files would be read as a report; gone, they leave room for the status.
        for (const name of [AGENT_FILES.report, AGENT_FILES.events])
          rmSync(join(options.out, name), { force: true });
      }
      records.close();
      const status: AgentStatus = {
        finishedAt: new Date().toISOString(),
        reason,
        canary: canaries.at(-1)?.argv[2],
        events: report.stats.events,
        lost: report.stats.lost,
        reportError,
      };
      try {
        writeJsonAtomic(options.out, AGENT_FILES.status, status);
      } catch (error) {
        io.stderr(`egress-lens agent: could not write its status: ${(error as Error).message}\n`);
      }
      io.stderr(
        reportError === undefined
          ? `egress-lens agent: ${reason}, ${report.requests.length} requests written\n`
          : `egress-lens agent: ${reason}, could not write the report: ${reportError}\n`,
      );
      agent.close();
      done(0);
    };
    const beat = () => {
      const heartbeatFile: AgentHeartbeat = { time: new Date().toISOString() };
      try {
        writeJsonAtomic(options.out, AGENT_FILES.heartbeat, heartbeatFile);
      } catch {
        // A full disk: post then only lacks the time we were last seen alive.
      }
      if (!isAlive(options.jobRoot)) finish('job-ended');
    };
    const heartbeat = setInterval(beat, HEARTBEAT_MS);
    beat();
    process.once('SIGTERM', () => finish('stopped'));
    process.once('SIGINT', () => finish('stopped'));
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
