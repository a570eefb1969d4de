// The action end to end, on this machine: dist/pre.js and dist/post.js for real (real eBPF) inside a
// simulated runner — a worker process that runs each step as its child with the runner's step
// environment and file commands — with steps calling loopback servers and the real @actions/artifact
// client uploading to a loopback artifact service.
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/records/types.js';
import { startArtifactServer, type ArtifactServer } from './support/artifact-server.js';
import { caEnv } from './support/certs.js';
import { startContainerDaemon, type ContainerDaemon } from './support/container-daemon.js';
import { dockerAvailable, importCurlImage, removeImage } from './support/docker.js';
import { startHttpServer, type TestServer } from './support/http-server.js';
import { runCommand } from './support/run.js';
import type { JobPlan, PlanStep, StepResult } from './support/runner-worker.js';
import { zipEntries } from './support/zip.js';

const repoRoot = resolve(import.meta.dirname, '..');
const SELF = '__egress-lens_egress-lens';

const WORKFLOW = `name: CI
on: push
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - uses: egress-lens/egress-lens@v1
        with:
          mode: enforce
      - run: curl -sf -o /dev/null "$ALLOWED_URL"
      - name: Call home
        id: home
        run: curl -sf -X POST -d x=1 -o /dev/null "$FORBIDDEN_URL"
`;
const HOME_LINE = 11;
/** A job starts the agent (up to 120 s on a loaded machine) and uploads: more than the default. */
const JOB_TIMEOUT_MS = 240_000;

interface Command {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/** Workflow commands (`::error file=…,line=…::message`) in a step's output, decoded as the runner does. */
function workflowCommands(stdout: string): Command[] {
  const decode = (s: string) =>
    s
      .replace(/%3A/g, ':')
      .replace(/%2C/g, ',')
      .replace(/%0D/g, '\r')
      .replace(/%0A/g, '\n')
      .replace(/%25/g, '%');
  return stdout.split('\n').flatMap((line) => {
    const match = /^::(\w[\w-]*)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) return [];
    const properties = Object.fromEntries(
      (match[2] ?? '')
        .split(',')
        .filter((p) => p !== '')
        .map((p) => [p.slice(0, p.indexOf('=')), decode(p.slice(p.indexOf('=') + 1))]),
    );
    return [{ command: match[1] ?? '', properties, message: decode(match[3] ?? '') }];
  });
}

function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}

if (process.getuid?.() !== 0 && !process.env.CI) {
  describe.skip('the action (needs root)', () => {});
} else {
  describe('the action in a simulated runner', () => {
    let https: TestServer;
    let http: TestServer;
    let artifacts: ArtifactServer;
    let containers: ContainerDaemon;
    let worker: string;

    beforeAll(async () => {
      https = await startHttpServer({ tls: true, names: ['localhost'] });
      http = await startHttpServer({});
      artifacts = await startArtifactServer();
      containers = await startContainerDaemon({
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        ...caEnv(https.caPath as string),
      });
      worker = join(mkdtempSync(join(tmpdir(), 'el-worker-')), 'worker.mjs');
      await build({
        entryPoints: [join(repoRoot, 'test/support/runner-worker.ts')],
        outfile: worker,
        bundle: true,
        platform: 'node',
        format: 'esm',
        logLevel: 'warning',
      });
    });
    afterAll(async () => {
      await https.close();
      await http.close();
      await artifacts.close();
      await containers.close();
    });

    interface JobOptions {
      steps: PlanStep[];
      policy?: string;
      resultsUrl?: string;
      /** The user the action's steps run as; the job's directories become theirs. */
      runAs?: number;
      /** A policy the job's checkout step (CHECKOUT_STEP) brings, after pre has run. */
      checkedOutPolicy?: string;
      /** Added to the job's environment. */
      env?: Record<string, string>;
    }

    /** Runs one job: a workspace with the workflow (and policy), the runner's variables, the steps. */
    async function runJob(options: JobOptions) {
      const root = mkdtempSync(join(tmpdir(), 'el-job-'));
      const workspace = join(root, 'work');
      const runnerTemp = join(root, 'temp');
      mkdirSync(join(workspace, '.github/workflows'), { recursive: true });
      mkdirSync(runnerTemp);
      writeFileSync(join(workspace, '.github/workflows/ci.yml'), WORKFLOW);
      if (options.policy) writeFileSync(join(workspace, '.github/egress-policy.yml'), options.policy);
      const checkout = join(root, 'checkout');
      mkdirSync(join(checkout, '.github'), { recursive: true });
      if (options.checkedOutPolicy)
        writeFileSync(join(checkout, '.github/egress-policy.yml'), options.checkedOutPolicy);
      if (options.runAs !== undefined) {
        chmodSync(root, 0o755);
        for (const dir of [workspace, runnerTemp]) chownSync(dir, options.runAs, options.runAs);
      }
      const plan: JobPlan = {
        env: {
          PATH: process.env.PATH ?? '/usr/bin:/bin',
          HOME: process.env.HOME ?? '/root',
          ...caEnv(https.caPath as string),
          CI: 'true',
          GITHUB_ACTIONS: 'true',
          GITHUB_WORKSPACE: workspace,
          GITHUB_REPOSITORY: 'octo/app',
          GITHUB_WORKFLOW: 'CI',
          GITHUB_WORKFLOW_REF: 'octo/app/.github/workflows/ci.yml@refs/heads/main',
          GITHUB_JOB: 'build',
          GITHUB_RUN_ID: '4242',
          GITHUB_SERVER_URL: 'https://github.com',
          RUNNER_OS: 'Linux',
          RUNNER_TEMP: runnerTemp,
          ACTIONS_RUNTIME_TOKEN: artifacts.token,
          ACTIONS_RESULTS_URL: options.resultsUrl ?? artifacts.url,
          ALLOWED_URL: `https://localhost:${https.port}/allowed/tls`,
          FORBIDDEN_URL: http.url('/forbidden/upload'),
          CHECKOUT_SRC: checkout,
          CONTAINER_DAEMON: containers.socket,
          ...options.env,
        },
        actionDir: repoRoot,
        steps: options.steps,
        resultPath: join(root, 'result.json'),
      };
      writeFileSync(join(root, 'plan.json'), JSON.stringify(plan));
      const before = { https: https.log.length, http: http.log.length };
      const run = await runCommand([process.execPath, worker, join(root, 'plan.json')], {
        timeoutMs: 300_000,
      });
      expect(run.code, run.stderr).toBe(0);
      const results = JSON.parse(readFileSync(plan.resultPath, 'utf8')) as StepResult[];
      const served = [...https.log.slice(before.https), ...http.log.slice(before.http)].map((e) => e.path);
      const reportPath = join(runnerTemp, 'egress-lens', 'report.json');
      const report = existsSync(reportPath)
        ? (JSON.parse(readFileSync(reportPath, 'utf8')) as Report)
        : undefined;
      const stage = (name: 'pre' | 'main' | 'post') =>
        results.find((r) => r.step.kind === 'action' && r.step.stage === name) as StepResult;
      return { results, served, report, reportPath, runnerTemp, pre: stage('pre'), post: stage('post') };
    }

    const action = (
      stage: 'pre' | 'main' | 'post',
      inputs: Record<string, string> = {},
      uid?: number,
    ): PlanStep => ({
      kind: 'action',
      stage,
      contextId: SELF,
      inputs,
      uid,
    });
    const callSteps: PlanStep[] = [
      { kind: 'run', contextId: '__run', script: 'curl -sf -o /dev/null "$ALLOWED_URL"' },
      { kind: 'run', contextId: 'home', script: 'curl -sf -X POST -d x=1 -o /dev/null "$FORBIDDEN_URL"' },
    ];
    /** Plays actions/checkout: brings the repository's files (here, its policy) into the workspace. */
    const CHECKOUT_STEP: PlanStep = {
      kind: 'run',
      contextId: '__actions_checkout',
      script: 'cp -r "$CHECKOUT_SRC"/. .',
    };
    const POLICY = `allow:\n  - host: localhost\n    paths: ['/allowed/**']\n`;

    it(
      'enforce: the violation is in the summary and annotated at its step, the job fails, the report is uploaded',
      async () => {
        const enforce = { mode: 'enforce' };
        const job = await runJob({
          checkedOutPolicy: POLICY,
          steps: [
            action('pre', enforce),
            action('main', enforce),
            CHECKOUT_STEP,
            ...callSteps,
            action('post', enforce),
          ],
        });
        expect(job.served.sort()).toEqual(['/allowed/tls', '/forbidden/upload']);
        expect(job.pre.exitCode, job.pre.stdout + job.pre.stderr).toBe(0);
        expect(job.pre.stdout).toMatch(
          /egress-lens: capturing every HTTP\(S\) call of this job \(agent pid \d+/,
        );

        const forbidden = http.url('/forbidden/upload');
        // The job's requests, each attributed to the step whose process made it.
        expect(
          job.report?.requests.map((r) => [r.method, r.url, r.process.step, r.judgement?.verdict]),
        ).toEqual([
          ['GET', `https://localhost:${https.port}/allowed/tls`, '__run', 'allowed'],
          ['POST', forbidden, 'home', 'unmatched'],
        ]);
        expect(job.report?.policy).toEqual({
          files: ['.github/egress-policy.yml'],
          mode: 'enforce',
          violations: 1,
        });

        const { post } = job;
        expect(post.exitCode).toBe(1);
        const commands = workflowCommands(post.stdout);
        expect(commands.filter((c) => c.command === 'error')).toEqual([
          {
            command: 'error',
            properties: {
              title: `egress-lens: not allowed: POST ${forbidden}`,
              file: '.github/workflows/ci.yml',
              line: String(HOME_LINE),
            },
            message: expect.stringMatching(
              new RegExp(
                `^POST ${forbidden} by curl \\(pid \\d+\\) in step "Call home": no rule in the policy allows it$`,
              ),
            ),
          },
          {
            command: 'error',
            properties: {},
            message: `egress-lens: POST ${forbidden} broke the egress policy (enforce mode)`,
          },
        ]);
        expect(post.summary).toMatch(
          /^## egress-lens: 2 requests to 2 destinations, 1 violation — job failed/,
        );
        expect(post.summary).toMatch(
          new RegExp(`\\| Call home \\| curl\\[\\d+\\] \\| POST \\| ${forbidden} \\| no rule allows it \\|`),
        );
        expect(post.outputs).toEqual({ requests: '2', violations: '1', 'report-path': job.reportPath });

        const [artifact] = artifacts.artifacts.splice(0);
        expect(artifact).toMatchObject({ name: 'egress-lens-report', finalized: true });
        const files = await zipEntries(artifact?.content ?? Buffer.alloc(0));
        expect(Object.keys(files)).toEqual(['agent/agent.log', 'events.ndjson', 'policy.yml', 'report.json']);
        expect(files['report.json']).toBe(readFileSync(job.reportPath, 'utf8'));
        expect(files['policy.yml']).toBe(POLICY);

        // Once its report is out the agent detaches its probes (slow) and exits on its own.
        const agentPid = Number(/agent pid (\d+)/.exec(job.pre.stdout)?.[1]);
        for (let i = 0; i < 600 && isAlive(agentPid); i++) await new Promise((r) => setTimeout(r, 100));
        expect(isAlive(agentPid)).toBe(false);
      },
      JOB_TIMEOUT_MS,
    );

    it(
      "a container a step starts (outside the runner's tree, in its own pid namespace) is traced and attributed",
      async () => {
        const inContainer = (path: string) => `https://localhost:${https.port}${path}`;
        const script = [
          `curl -sf -o /dev/null ${inContainer('/container/curl')}`,
          `python3 -c 'import urllib.request; urllib.request.urlopen("${inContainer('/container/python?x=1')}").read()'`,
        ].join(' && ');
        const job = await runJob({
          policy: POLICY,
          env: { CONTAINER_SCRIPT: script },
          steps: [
            action('pre'),
            {
              kind: 'run',
              contextId: 'docker',
              script:
                'curl -sf --unix-socket "$CONTAINER_DAEMON" --data-binary "$CONTAINER_SCRIPT" http://daemon/run',
            },
            action('post'),
          ],
        });
        expect(containers.runs.splice(0).map((r) => [r.code, r.stderr])).toEqual([[0, '']]);
        expect(job.served.sort()).toEqual(['/container/curl', '/container/python?x=1']);
        const requests = job.report?.requests ?? [];
        expect(requests.map((r) => [r.method, r.url, r.process.step, r.judgement?.verdict])).toEqual([
          ['GET', inContainer('/container/curl'), undefined, 'unmatched'],
          ['GET', inContainer('/container/python?x=1'), undefined, 'unmatched'],
        ]);
        // No container id in the cgroup path of an unshare sandbox: its pid namespace names it.
        const container = requests[0]?.process.container;
        expect(container).toMatch(/^pidns:\d+$/);
        expect(requests.map((r) => r.process.container)).toEqual([container, container]);
        expect(requests[0]?.process).toMatchObject({
          exe: '/usr/bin/curl',
          ancestry: [{ exe: '/usr/bin/sh' }],
        });
        expect(requests[1]?.process.exe).toMatch(/\/python3(\.\d+)?$/);
        // Outside the container, only the steps' own processes: the step's client, post and its canary.
        // Not unshare: the daemon started it, in the host's pid namespace.
        const outside = job.report?.processes.filter((p) => p.container === undefined) ?? [];
        expect(outside.map((p) => [basename(p.exe), p.step]).sort()).toEqual([
          ['curl', 'docker'],
          ['node', SELF],
          ['true', SELF],
        ]);
        expect(job.post.summary).toMatch(
          new RegExp(
            `\\| \\(no step\\) \\| curl\\[\\d+\\] in container ${container} \\| GET \\| ${inContainer('/container/curl')} \\|`,
          ),
        );
        artifacts.artifacts.splice(0);
      },
      JOB_TIMEOUT_MS,
    );

    // The real thing, as a workflow's step does it, by request (EGRESS_LENS_DOCKER_TESTS=1) where a
    // docker daemon runs: this machine's CI has none, and the unshare tests above cover the kernel side.
    if (process.env.EGRESS_LENS_DOCKER_TESTS === '1')
      it(
        'docker run in a step: the requests of the container, attributed to its container id',
        async () => {
          expect(dockerAvailable(), 'EGRESS_LENS_DOCKER_TESTS=1 needs a docker daemon').toBe(true);
          const image = importCurlImage();
          const root = mkdtempSync(join(tmpdir(), 'el-docker-'));
          const cidFile = join(root, 'cid');
          const url = (path: string) => `https://localhost:${https.port}${path}`;
          try {
            const job = await runJob({
              policy: POLICY,
              env: {
                ...(process.env.DOCKER_HOST ? { DOCKER_HOST: process.env.DOCKER_HOST } : {}),
                CIDFILE: cidFile,
                IMAGE: image,
                CA: https.caPath as string,
                SCRIPT: `curl -sf -o /dev/null ${url('/docker/one')} && curl -sf -o /dev/null ${url('/docker/two?x=1')}`,
              },
              steps: [
                action('pre'),
                {
                  kind: 'run',
                  contextId: 'docker',
                  script:
                    'docker run --rm --network host --cidfile "$CIDFILE" -v "$CA:/ca.pem:ro" -e CURL_CA_BUNDLE=/ca.pem "$IMAGE" sh -c "$SCRIPT"',
                },
                action('post'),
              ],
            });
            const docker = job.results.find((r) => r.step.kind === 'run');
            expect(docker?.exitCode, docker?.stderr).toBe(0);
            expect(job.served.sort()).toEqual(['/docker/one', '/docker/two?x=1']);
            const id = readFileSync(cidFile, 'utf8').trim();
            expect(id).toMatch(/^[0-9a-f]{64}$/);
            const requests = job.report?.requests ?? [];
            expect(
              requests.map((r) => [r.url, r.process.exe, r.process.container, r.process.step, r.visibility]),
            ).toEqual([
              [url('/docker/one'), '/usr/bin/curl', id, undefined, 'full'],
              [url('/docker/two?x=1'), '/usr/bin/curl', id, undefined, 'full'],
            ]);
            expect(job.post.summary).toContain(
              `in container ${id.slice(0, 12)} | GET | ${url('/docker/one')} |`,
            );
          } finally {
            removeImage(image);
            rmSync(root, { recursive: true, force: true });
            artifacts.artifacts.splice(0);
          }
        },
        JOB_TIMEOUT_MS,
      );

    it(
      'a service container started before the job is adopted: its running process is traced',
      async () => {
        const fifos = mkdtempSync(join(tmpdir(), 'el-service-'));
        const [ready, go, done] = [join(fifos, 'ready'), join(fifos, 'go'), join(fifos, 'done')];
        execFileSync('mkfifo', [go, done]);
        const url = `https://localhost:${https.port}/service/poll`;
        // Already running when the agent starts, and it neither forks nor execs afterwards: only
        // adoption finds it. It calls out when a step tells it to, and says when it is done.
        const service = runCommand(
          [
            'unshare',
            '--pid',
            '--fork',
            '--mount-proc',
            'python3',
            '-c',
            `import urllib.request\nopen("${ready}", "w").close()\nopen("${go}").read()\nurllib.request.urlopen("${url}").read()\nopen("${done}", "w").write("ok")`,
          ],
          { env: { ...caEnv(https.caPath as string), GITHUB_ACTION: undefined }, timeoutMs: 120_000 },
        );
        for (let i = 0; i < 600 && !existsSync(ready); i++) await new Promise((r) => setTimeout(r, 100));
        expect(existsSync(ready)).toBe(true);
        const job = await runJob({
          policy: POLICY,
          env: { GO: go, DONE: done },
          steps: [
            action('pre'),
            { kind: 'run', contextId: 'poll', script: 'echo go > "$GO"; cat "$DONE"' },
            action('post'),
          ],
        });
        const run = await service;
        expect([run.code, run.stderr]).toEqual([0, '']);
        expect(job.served).toEqual(['/service/poll']);
        expect(job.report?.requests.map((r) => [r.url, r.process.container?.replace(/\d+$/, 'N')])).toEqual([
          [url, 'pidns:N'],
        ]);
        expect(job.report?.requests[0]?.process.exe).toMatch(/\/python3(\.\d+)?$/);
        artifacts.artifacts.splice(0);
      },
      JOB_TIMEOUT_MS,
    );

    it(
      'audit with no configuration: the github preset, warnings, exit 0; a failed upload keeps the report',
      async () => {
        const job = await runJob({
          steps: [action('pre'), ...callSteps, action('post')],
          resultsUrl: 'http://127.0.0.1:9/',
        });
        const { post } = job;
        expect(post.exitCode).toBe(0);
        const warnings = workflowCommands(post.stdout).filter((c) => c.command === 'warning');
        expect(warnings.map((w) => [w.properties.line, w.message.split(' by ')[0]])).toEqual([
          ['10', `GET https://localhost:${https.port}/allowed/tls`],
          [String(HOME_LINE), `POST ${http.url('/forbidden/upload')}`],
          [
            undefined,
            `egress-lens: could not upload the report artifact (Failed to CreateArtifact: Unable to make request: ECONNREFUSED); it is still at ${job.reportPath}`,
          ],
        ]);
        expect(existsSync(job.reportPath)).toBe(true);
        expect(workflowCommands(post.stdout).some((c) => c.command === 'error')).toBe(false);
        expect(post.summary).toContain('2 violations (audit: not enforced)');
        expect(post.summary).toContain('`preset:github`');
        expect(post.outputs.violations).toBe('2');
        expect(job.report?.requests).toHaveLength(2);
      },
      JOB_TIMEOUT_MS,
    );

    it(
      'a step that is over before the agent looks at it still owns its request',
      async () => {
        // Step "pause" runs curl once (so its files are known and nothing holds it later) and hands us
        // the agent's pid; we stop the agent for a second, during which step "quick" makes its
        // request and ends. Its processes are gone when the agent runs again, unless the kernel held
        // the step's first process until its step was read.
        const marks = mkdtempSync(join(tmpdir(), 'el-marks-'));
        const pausing = (async () => {
          const ready = join(marks, 'ready.json');
          while (!existsSync(ready)) await new Promise((r) => setTimeout(r, 20));
          await new Promise((r) => setTimeout(r, 50));
          const { pid } = JSON.parse(readFileSync(ready, 'utf8')) as { pid: number };
          process.kill(pid, 'SIGSTOP');
          writeFileSync(join(marks, 'stopped'), '');
          await new Promise((r) => setTimeout(r, 1000));
          process.kill(pid, 'SIGCONT');
        })();
        const job = await runJob({
          env: { MARKS: marks },
          steps: [
            action('pre'),
            {
              kind: 'run',
              contextId: 'pause',
              script:
                'curl --version >/dev/null; cp "$RUNNER_TEMP/egress-lens/agent/ready.json" "$MARKS/"; while [ ! -e "$MARKS/stopped" ]; do :; done',
            },
            {
              kind: 'run',
              contextId: 'quick',
              script: 'curl -sf -o /dev/null "$ALLOWED_URL?left=running"',
            },
            action('post'),
          ],
        });
        await pausing;
        expect(job.served).toEqual(['/allowed/tls?left=running']);
        expect(job.report?.requests.map((r) => [r.path, r.process.step])).toEqual([
          ['/allowed/tls?left=running', 'quick'],
        ]);
        artifacts.artifacts.splice(0);
      },
      JOB_TIMEOUT_MS,
    );

    it(
      'secrets a step sends never reach the summary, annotations, logs or report files',
      async () => {
        const secrets = {
          bearer: 'bearer-value-7f3a9c',
          cookie: 'cookie-value-51d0e2',
          password: 'userinfo-password-88b1',
          query: 'query-token-4e6f0a',
          ghp: `ghp_${'A1b2C3d4E5'.repeat(4)}`,
          pat: `github_pat_${'11AbCdEfGh'.repeat(3)}`,
          npm: `npm_${'Zz09YyXx'.repeat(5)}`,
          aws: 'AKIAIOSFODNN7EXAMPLE',
          jwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjaSJ9.c2lnbmF0dXJlLXZhbHVl',
        };
        const port = new URL(http.url('/')).port;
        const script =
          `curl -sf -o /dev/null -H "Authorization: Bearer ${secrets.bearer}" -b "session=${secrets.cookie}" ` +
          `-H "X-Forwarded-Token: ${secrets.ghp}" ` +
          `"http://ci:${secrets.password}@127.0.0.1:${port}/forbidden/${secrets.pat}?access_token=${secrets.query}&npm=${secrets.npm}&aws=${secrets.aws}&jwt=${secrets.jwt}"`;
        const job = await runJob({
          checkedOutPolicy: POLICY,
          steps: [action('pre'), CHECKOUT_STEP, { kind: 'run', contextId: 'leaky', script }, action('post')],
        });
        expect(job.served).toHaveLength(1);
        expect(job.report?.requests.map((r) => [r.method, r.judgement?.verdict])).toEqual([
          ['GET', 'unmatched'],
        ]);
        const reportDir = join(job.runnerTemp, 'egress-lens');
        const written = ['report.json', 'events.ndjson']
          .map((file) => readFileSync(join(reportDir, file), 'utf8'))
          .join('\n');
        const everything = [written, job.post.summary, job.post.stdout, job.post.stderr, job.pre.stdout].join(
          '\n',
        );
        expect(everything).toContain('[redacted]');
        for (const [kind, secret] of Object.entries(secrets)) expect(everything, kind).not.toContain(secret);
        artifacts.artifacts.splice(0);
      },
      JOB_TIMEOUT_MS,
    );

    it(
      'a broken policy that comes with the checkout: annotated at its line, nothing judged, enforce fails',
      async () => {
        const enforce = { mode: 'enforce' };
        const job = await runJob({
          checkedOutPolicy: `allow:\n  - host: localhost\n    port: 99999\n`,
          steps: [action('pre', enforce), CHECKOUT_STEP, ...callSteps, action('post', enforce)],
        });
        expect(job.pre.exitCode).toBe(0);
        expect(job.post.exitCode).toBe(1);
        const errors = workflowCommands(job.post.stdout).filter((c) => c.command === 'error');
        expect(errors[0]).toMatchObject({
          properties: { title: 'egress-lens: broken policy', file: '.github/egress-policy.yml', line: '3' },
          message: expect.stringMatching(/^\.github\/egress-policy\.yml:3:11: allow\[0\]\.port: /),
        });
        expect(errors.at(-1)?.message).toMatch(
          /^egress-lens: the policy has 1 error, so nothing was judged: /,
        );
        expect(job.report?.requests.map((r) => r.judgement)).toEqual([undefined, undefined]);
        expect(job.post.summary).toContain('> - the policy has 1 error, so nothing was judged');
        artifacts.artifacts.splice(0);
      },
      JOB_TIMEOUT_MS,
    );

    it(
      'an agent killed mid-job: the summary says so first and enforce fails',
      async () => {
        const enforce = { mode: 'enforce' };
        const job = await runJob({
          policy: `allow:\n  - host: localhost\n  - host: 127.0.0.1\n`,
          steps: [
            action('pre', enforce),
            callSteps[0] as PlanStep,
            { kind: 'kill-agent' },
            callSteps[1] as PlanStep,
            action('post', enforce),
          ],
        });
        const { post } = job;
        expect(post.exitCode).toBe(1);
        const lines = post.summary.split('\n');
        expect(lines[4]).toBe('> [!CAUTION]');
        expect(post.summary).toMatch(
          /> - the egress-lens agent \(pid \d+\) was gone before the job ended \(last seen alive at /,
        );
        const errors = workflowCommands(post.stdout).filter((c) => c.command === 'error');
        expect(errors.map((e) => e.message)).toEqual([
          expect.stringMatching(
            /^egress-lens: the capture cannot be trusted: the egress-lens agent \(pid \d+\) was gone/,
          ),
        ]);
        expect(job.report?.warnings[0]).toMatch(/was gone before the job ended/);
        artifacts.artifacts.splice(0);
      },
      JOB_TIMEOUT_MS,
    );

    it(
      'a job its agent no longer sees: the summary says so first and enforce fails',
      async () => {
        const enforce = { mode: 'enforce' };
        const job = await runJob({
          policy: `allow:\n  - host: localhost\n  - host: 127.0.0.1\n`,
          steps: [
            action('pre', enforce),
            callSteps[0] as PlanStep,
            { kind: 'untrack-job' },
            callSteps[1] as PlanStep,
            action('post', enforce),
          ],
        });
        const untrack = job.results.find((r) => r.step.kind === 'untrack-job');
        expect(untrack?.exitCode, untrack?.stderr).toBe(0);
        expect(job.served.sort()).toEqual(['/allowed/tls', '/forbidden/upload']);
        // Only what happened before the hostile step was seen.
        expect(job.report?.requests.map((r) => r.path)).toEqual(['/allowed/tls']);
        expect(job.post.exitCode).toBe(1);
        expect(job.post.summary.split('\n').slice(4, 7)).toEqual([
          '> [!CAUTION]',
          '> **The capture cannot be trusted for the whole job.**',
          '> - the egress-lens agent did not see a process this step started: its kernel probes were detached or it stopped tracing the job, so requests may be missing',
        ]);
        const errors = workflowCommands(job.post.stdout).filter((c) => c.command === 'error');
        expect(errors.map((e) => e.message)).toEqual([
          'egress-lens: the capture cannot be trusted: the egress-lens agent did not see a process this step started: its kernel probes were detached or it stopped tracing the job, so requests may be missing',
        ]);
        artifacts.artifacts.splice(0);
      },
      JOB_TIMEOUT_MS,
    );

    it.each(['audit', 'enforce'])(
      'without root or sudo, %s mode: one clear line, and the job runs on (audit) or fails (enforce)',
      async (mode) => {
        const nobody = 65534;
        const job = await runJob({
          runAs: nobody,
          steps: [
            action('pre', { mode }, nobody),
            callSteps[0] as PlanStep,
            action('post', { mode }, nobody),
          ],
        });
        const commands = workflowCommands(job.pre.stdout).filter((c) => c.command !== 'debug');
        expect(commands).toEqual([
          mode === 'audit'
            ? {
                command: 'warning',
                properties: { title: 'egress-lens: no capture' },
                message: expect.stringMatching(
                  /^egress-lens is off for this job: egress-lens needs root to load eBPF programs, and /,
                ),
              }
            : {
                command: 'error',
                properties: {},
                message: expect.stringMatching(
                  /^egress-lens cannot enforce the policy: egress-lens needs root to load eBPF programs, and /,
                ),
              },
        ]);
        expect(job.pre.exitCode).toBe(mode === 'audit' ? 0 : 1);
        expect(job.served).toEqual(['/allowed/tls']);
        expect(job.post.exitCode).toBe(0);
        expect(job.post.stdout).toMatch(/^egress-lens: nothing was captured \(egress-lens needs root/m);
        expect(job.report).toBeUndefined();
      },
      JOB_TIMEOUT_MS,
    );
  });
}
