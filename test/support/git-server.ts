import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { makeCert } from './certs.js';
import { trackRequest, type ServerLogEntry } from './http-server.js';
import { listenOnLoopback, originOf } from './loopback.js';
import { runCommand } from './run.js';

export interface TestGitServer {
  port: number;
  origin: string;
  /** `${origin}/${repo}`, e.g. url(server.repo) for the one repository served. */
  url(repo: string): string;
  /** Name of the bare repository served: 'repo.git'. */
  repo: string;
  /** Commit id its `main` branch pointed at on start (a test's push moves it). */
  headCommit: string;
  /** CA file for `git -c http.sslCAInfo=...`. */
  caPath: string;
  /** Entries are added before the response ends, with the whole request body counted. */
  log: ServerLogEntry[];
  close(): Promise<void>;
}

const REPO = 'repo.git';
const COMMITS = [
  { file: 'README.md', content: '# test repository\n', message: 'Add readme' },
  { file: 'src/main.txt', content: 'hello from the test git server\n', message: 'Add main.txt' },
];

/**
 * Smart-HTTP git over HTTPS on 127.0.0.1: each request runs `git http-backend` as a CGI program on a bare
 * repository with two commits on `main`. Clone, fetch, ls-remote and push all work.
 */
export async function startGitServer(): Promise<TestGitServer> {
  const projectRoot = await mkdtemp(path.join(os.tmpdir(), 'egress-lens-git-'));
  const headCommit = await createRepository(projectRoot);
  const cert = await makeCert(['localhost']);
  const log: ServerLogEntry[] = [];
  const server = https.createServer(
    { key: cert.key, cert: cert.cert, ALPNProtocols: ['http/1.1'] },
    (req, res) => runHttpBackend(req, res, projectRoot, log),
  );
  const listening = await listenOnLoopback(server, '127.0.0.1');
  const origin = originOf('https', '127.0.0.1', listening.port);
  return {
    port: listening.port,
    origin,
    url: (repo) => `${origin}/${repo}`,
    repo: REPO,
    headCommit,
    caPath: cert.caPath,
    log,
    close: async () => {
      await listening.close();
      await rm(projectRoot, { recursive: true, force: true });
    },
  };
}

async function git(args: string[], cwd: string): Promise<string> {
  // Fixed identities and dates make the commit ids the same on every run.
  const result = await runCommand(['git', ...args], {
    cwd,
    env: {
      GIT_AUTHOR_NAME: 'Test Author',
      GIT_AUTHOR_EMAIL: 'author@example.invalid',
      GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
      GIT_COMMITTER_NAME: 'Test Author',
      GIT_COMMITTER_EMAIL: 'author@example.invalid',
      GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
    },
  });
  if (result.code !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout.trim();
}

async function createRepository(projectRoot: string): Promise<string> {
  const work = path.join(projectRoot, 'work');
  const bare = path.join(projectRoot, REPO);
  await git(['init', '--quiet', '--bare', '--initial-branch=main', bare], projectRoot);
  // Lets pushes through without REMOTE_USER, which http-backend otherwise demands for receive-pack.
  await git(['config', 'http.receivepack', 'true'], bare);
  await git(['init', '--quiet', '--initial-branch=main', work], projectRoot);
  for (const commit of COMMITS) {
    await mkdir(path.dirname(path.join(work, commit.file)), { recursive: true });
    await writeFile(path.join(work, commit.file), commit.content);
    await git(['add', commit.file], work);
    await git(['commit', '--quiet', '-m', commit.message], work);
  }
  await git(['push', '--quiet', bare, 'main'], work);
  await rm(work, { recursive: true, force: true });
  return git(['rev-parse', 'main'], bare);
}

/** The CGI/1.1 variables http-backend reads, with every request header as HTTP_* (Git-Protocol among them). */
function cgiEnvironment(req: IncomingMessage, projectRoot: string): NodeJS.ProcessEnv {
  const url = new URL(req.url ?? '/', 'http://path.invalid');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    GATEWAY_INTERFACE: 'CGI/1.1',
    GIT_PROJECT_ROOT: projectRoot,
    GIT_HTTP_EXPORT_ALL: '1',
    PATH_INFO: decodeURIComponent(url.pathname),
    QUERY_STRING: url.search.slice(1),
    REQUEST_METHOD: req.method ?? 'GET',
    CONTENT_TYPE: req.headers['content-type'] ?? '',
    REMOTE_ADDR: req.socket.remoteAddress ?? '',
    SERVER_PROTOCOL: `HTTP/${req.httpVersion}`,
  };
  const contentLength = req.headers['content-length'];
  if (contentLength !== undefined) env['CONTENT_LENGTH'] = contentLength;
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    env[`HTTP_${name.toUpperCase().replaceAll('-', '_')}`] = Array.isArray(value) ? value.join(', ') : value;
  }
  return env;
}

function runHttpBackend(
  req: IncomingMessage,
  res: ServerResponse,
  projectRoot: string,
  log: ServerLogEntry[],
): void {
  const { logWithStatus } = trackRequest(req, res, log);
  const backend = spawn('git', ['http-backend'], {
    cwd: projectRoot,
    env: cgiEnvironment(req, projectRoot),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  // Its complaints (e.g. "Not a git repository" behind a 404) matter only when it produced no answer at all.
  const backendErrors: Buffer[] = [];
  backend.stderr.on('data', (chunk: Buffer) => backendErrors.push(chunk));
  backend.on('error', (error) => backendErrors.push(Buffer.from(`${error.message}\n`)));
  // The backend may exit without reading the whole body (e.g. on a bad request): that EPIPE is not ours.
  backend.stdin.on('error', () => {});
  req.pipe(backend.stdin);
  res.on('close', () => {
    if (backend.exitCode === null) backend.kill('SIGKILL');
  });

  let head = Buffer.alloc(0);
  let status: number | undefined;
  backend.stdout.on('data', (chunk: Buffer) => {
    if (status !== undefined) {
      res.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const parsed = parseCgiHead(head);
    if (parsed === undefined) return;
    status = parsed.status;
    res.writeHead(parsed.status, parsed.headers);
    if (parsed.body.length > 0) res.write(parsed.body);
  });

  // Finish only when both the request body is in and the backend is done, so the log entry is complete
  // before the client sees the end of the response.
  const requestDone = new Promise<void>((resolve) => {
    if (req.readableEnded) resolve();
    else req.on('end', resolve).on('close', resolve);
  });
  const backendDone = new Promise<void>((resolve) => backend.on('close', () => resolve()));
  void Promise.all([requestDone, backendDone]).then(() => {
    if (status === undefined) {
      if (!logWithStatus(502)) return;
      res.writeHead(502, { 'content-type': 'text/plain' }).end(Buffer.concat(backendErrors));
      return;
    }
    logWithStatus(status);
    res.end();
  });
}

interface CgiHead {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Splits CGI output into its header block and the start of the body; undefined until the block is complete. */
function parseCgiHead(output: Buffer): CgiHead | undefined {
  const crlfEnd = output.indexOf('\r\n\r\n');
  const lfEnd = output.indexOf('\n\n');
  const useCrlf = crlfEnd !== -1 && (lfEnd === -1 || crlfEnd < lfEnd);
  const end = useCrlf ? crlfEnd : lfEnd;
  if (end === -1) return undefined;
  let status = 200;
  const headers: Record<string, string> = {};
  for (const line of output.subarray(0, end).toString('latin1').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon === -1) continue;
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
    else headers[name] = value;
  }
  return { status, headers, body: output.subarray(end + (useCrlf ? 4 : 2)) };
}
