// Plays dockerd for the capture tests: a server in the test process, outside any traced tree, that
// starts a "container" when a client asks over its unix socket, as `docker run` asks dockerd. The
// container is `unshare --pid --fork --mount-proc sh -c SCRIPT`: a new pid namespace whose first
// process has an untraced parent, as containerd-shim is. Docker itself needs a daemon and images
// that CI machines here do not have.
import { rmSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand, type RunResult } from './run.js';

export interface ContainerDaemon {
  /** The unix socket: `curl --unix-socket SOCKET --data-binary SCRIPT http://daemon/run`. */
  socket: string;
  /** Each container's run, in order. */
  runs: RunResult[];
  close(): Promise<void>;
}

/** Containers get `env` and nothing of a step's (no GITHUB_ACTION), as docker's do. */
export async function startContainerDaemon(env: Record<string, string>): Promise<ContainerDaemon> {
  const dir = mkdtempSync(join(tmpdir(), 'el-containerd-'));
  const socket = join(dir, 'daemon.sock');
  const runs: RunResult[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const script = Buffer.concat(chunks).toString('utf8');
      runCommand(['unshare', '--pid', '--fork', '--mount-proc', 'sh', '-c', script], {
        env: { ...env, GITHUB_ACTION: undefined },
        timeoutMs: 60_000,
      }).then(
        (run) => {
          runs.push(run);
          res.writeHead(run.code === 0 ? 200 : 500).end(run.stdout + run.stderr);
        },
        (error: Error) => res.writeHead(500).end(error.message),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(socket, resolve));
  return {
    socket,
    runs,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
