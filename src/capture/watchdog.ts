// A task the kernel holds (SIGSTOP at exec or mmap of an uninspected file) is released by the agent
// with SIGCONT. If the agent dies first (SIGKILL, OOM), nothing in the kernel can release it. So a
// small process outlives the agent: it learns the pids the agent traces through a pipe and, when the
// pipe closes without a goodbye, continues every stopped task that is one of them or descends from
// one. Not once but until holding cannot happen any more: a killed process's files are released
// last-closed first, so the pipe closes while the exec hook may still be attached for a second or
// two (uprobe links wait out grace periods), and the kernel holds while the heartbeat is fresh.
import { spawn, type ChildProcess } from 'node:child_process';

const GOODBYE = 'done';
/** The kernel holds tasks only while the agent's last heartbeat is younger than this. */
export const STALE_AFTER_MS = 2000;
/** Keep releasing this long after the agent is gone: its last heartbeat goes stale within STALE_AFTER_MS. */
const LINGER_MS = STALE_AFTER_MS + 1000;

/** Runs in the watchdog process, as plain JS for `node -e`. */
const WATCHDOG_SOURCE = `
const fs = require('node:fs');
const known = new Set();
let rest = '';
let goodbye = false;
process.stdin.setEncoding('utf8');
process.stdin.on('data', (text) => {
  const lines = (rest + text).split('\\n');
  rest = lines.pop();
  for (const line of lines) {
    if (line === '${GOODBYE}') goodbye = true;
    else if (/^\\d+$/.test(line)) known.add(Number(line));
  }
});
process.stdin.on('end', () => {
  if (goodbye) process.exit(0);
  const until = Date.now() + ${LINGER_MS};
  const sweep = () => {
    releaseStopped();
    if (Date.now() < until) setTimeout(sweep, 20);
    else process.exit(0);
  };
  sweep();
});
process.stdin.on('error', () => process.exit(0));
function stat(pid) {
  try {
    const text = fs.readFileSync('/proc/' + pid + '/stat', 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0], ppid: Number(fields[1]) };
  } catch {
    return undefined;
  }
}
function ours(pid) {
  for (let p = pid, depth = 0; p > 1 && depth < 4096; depth++) {
    if (known.has(p)) return true;
    const s = stat(p);
    if (!s) return false;
    p = s.ppid;
  }
  return false;
}
function releaseStopped() {
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\\d+$/.test(name)) continue;
    const pid = Number(name);
    const s = stat(pid);
    if (s && s.state === 'T' && ours(pid)) {
      try { process.kill(pid, 'SIGCONT'); } catch {}
    }
  }
}
`;

export class HoldWatchdog {
  private readonly child: ChildProcess;
  private closed = false;

  constructor() {
    // Its own session: a signal to the agent's process group must not take the watchdog with it.
    this.child = spawn(process.execPath, ['-e', WATCHDOG_SOURCE], {
      stdio: ['pipe', 'ignore', 'ignore'],
      detached: true,
    });
    this.child.on('error', () => {});
    this.child.stdin?.on('error', () => {});
    this.child.unref();
    (this.child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  }

  /** A pid the agent traces: it and its descendants are released if the agent dies. */
  note(pid: number): void {
    if (!this.closed) this.child.stdin?.write(`${pid}\n`);
  }

  /** The agent released everything itself: the watchdog leaves quietly. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.child.stdin?.end(`${GOODBYE}\n`);
  }
}
