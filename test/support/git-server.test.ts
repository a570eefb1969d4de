import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { caEnv } from './certs.js';
import { startGitServer, type TestGitServer } from './git-server.js';
import { runCommand } from './run.js';

let server: TestGitServer;
let scratch: string;
beforeAll(async () => {
  server = await startGitServer();
  scratch = mkdtempSync(path.join(os.tmpdir(), 'git-server-test-'));
});
afterAll(async () => {
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
});
afterEach(() => {
  server.log.length = 0;
});

async function git(args: string[], cwd = scratch): Promise<string> {
  const result = await runCommand(['git', '-c', `http.sslCAInfo=${server.caPath}`, ...args], {
    cwd,
    timeoutMs: 30_000,
    env: {
      // The machine may set GIT_SSL_CAINFO, which would beat the -c option under test.
      GIT_SSL_CAINFO: undefined,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_TERMINAL_PROMPT: '0',
      GIT_AUTHOR_NAME: 'Pusher',
      GIT_AUTHOR_EMAIL: 'pusher@example.invalid',
      GIT_COMMITTER_NAME: 'Pusher',
      GIT_COMMITTER_EMAIL: 'pusher@example.invalid',
    },
  });
  if (result.code !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

const requestLines = (): string[] =>
  server.log.map((entry) => `${entry.status} ${entry.method} ${entry.path}`);

describe('git smart-HTTP server', () => {
  it('serves a repository whose url names it', () => {
    expect(server.repo).toBe('repo.git');
    expect(server.url(server.repo)).toBe(`https://127.0.0.1:${server.port}/repo.git`);
    expect(server.headCommit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('answers ls-remote with the head commit', async () => {
    const out = await git(['ls-remote', server.url(server.repo)]);
    expect(out).toBe(`${server.headCommit}\tHEAD\n${server.headCommit}\trefs/heads/main\n`);
    expect(requestLines()).toEqual([
      '200 GET /repo.git/info/refs?service=git-upload-pack',
      '200 POST /repo.git/git-upload-pack',
    ]);
  });

  it('clones both commits and logs the smart-HTTP requests with their bodies', async () => {
    await git(['clone', '--quiet', server.url(server.repo), 'clone']);
    const clone = path.join(scratch, 'clone');
    expect(readFileSync(path.join(clone, 'src/main.txt'), 'utf8')).toBe('hello from the test git server\n');
    expect(await git(['log', '--format=%s'], clone)).toBe('Add main.txt\nAdd readme\n');
    expect(requestLines()).toContain('200 GET /repo.git/info/refs?service=git-upload-pack');
    expect(requestLines()).toContain('200 POST /repo.git/git-upload-pack');
    const upload = server.log.find((entry) => entry.method === 'POST');
    expect(upload?.bodyBytes).toBe(Number(upload?.headers['content-length']));
    expect(upload?.bodyBytes).toBeGreaterThan(0);
  });

  it('speaks the old wire protocol too', async () => {
    const out = await git(['-c', 'protocol.version=0', 'ls-remote', server.url(server.repo), 'main']);
    expect(out).toBe(`${server.headCommit}\trefs/heads/main\n`);
    expect(requestLines()).toEqual(['200 GET /repo.git/info/refs?service=git-upload-pack']);
  });

  it('is trusted by git through caEnv alone', async () => {
    const result = await runCommand(['git', 'ls-remote', server.url(server.repo), 'main'], {
      env: { ...caEnv(server.caPath), GIT_CONFIG_GLOBAL: '/dev/null', GIT_TERMINAL_PROMPT: '0' },
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`${server.headCommit}\trefs/heads/main\n`);
  });

  it('answers 404 for a repository that does not exist', async () => {
    const result = await runCommand(['git', 'ls-remote', server.url('missing.git')], {
      env: { ...caEnv(server.caPath), GIT_CONFIG_GLOBAL: '/dev/null', GIT_TERMINAL_PROMPT: '0' },
    });
    expect(result.code).toBe(128);
    expect(requestLines()).toEqual(['404 GET /missing.git/info/refs?service=git-upload-pack']);
  });

  it('accepts a push', async () => {
    await git(['clone', '--quiet', server.url(server.repo), 'pusher']);
    const work = path.join(scratch, 'pusher');
    writeFileSync(path.join(work, 'pushed.txt'), 'pushed\n');
    await git(['add', 'pushed.txt'], work);
    await git(['commit', '--quiet', '-m', 'Push a file'], work);
    server.log.length = 0;
    await git(['push', '--quiet', 'origin', 'main'], work);
    expect(requestLines()).toEqual([
      '200 GET /repo.git/info/refs?service=git-receive-pack',
      '200 POST /repo.git/git-receive-pack',
    ]);
    const pushed = (await git(['rev-parse', 'HEAD'], work)).trim();
    expect(await git(['ls-remote', server.url(server.repo), 'main'])).toBe(`${pushed}\trefs/heads/main\n`);
  });
});
