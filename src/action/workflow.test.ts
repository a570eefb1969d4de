import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findWorkflowFile, parseJobWorkflow, stepContextIds } from './workflow.js';

describe('stepContextIds', () => {
  it('names steps as the runner does: id, else __run / __owner_repo with repeats numbered', () => {
    expect(
      stepContextIds([
        { uses: 'actions/checkout@v4' },
        { run: 'npm ci' },
        { id: 'build', run: 'npm run build' },
        { run: 'npm test' },
        { uses: 'actions/checkout@v4' },
        { uses: 'actions/setup-node/sub/path@main' },
        { uses: './.github/actions/local' },
        { uses: 'docker://alpine:3.20' },
        { run: 'y' },
      ]),
    ).toEqual([
      '__actions_checkout',
      '__run',
      'build',
      '__run_2',
      '__actions_checkout_2',
      '__actions_setup-node',
      '__self',
      '__alpine_3_20',
      '__run_3',
    ]);
  });
});

const WORKFLOW = `name: CI
on: push
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - run: echo lint
  build:
    runs-on: ubuntu-24.04
    steps:
      - uses: egress-lens/egress-lens@v1
        with:
          mode: enforce
      - uses: actions/checkout@v4
      - run: |
          npm ci
          npm test
      - name: Call home
        id: home
        run: curl https://example.com
`;

describe('parseJobWorkflow', () => {
  it('finds each step of the job by context id, with its line and label', () => {
    const job = parseJobWorkflow(WORKFLOW, '.github/workflows/ci.yml', 'build');
    expect(job.jobLine).toBe(8);
    expect([...job.steps.values()]).toEqual([
      { contextId: '__egress-lens_egress-lens', label: 'Run egress-lens/egress-lens@v1', line: 11 },
      { contextId: '__actions_checkout', label: 'Run actions/checkout@v4', line: 14 },
      { contextId: '__run', label: 'Run npm ci', line: 15 },
      { contextId: 'home', label: 'Call home', line: 18 },
    ]);
  });

  it('knows nothing of a job that is not there', () => {
    expect(parseJobWorkflow(WORKFLOW, 'ci.yml', 'deploy').steps.size).toBe(0);
  });
});

describe('findWorkflowFile', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'el-workflow-'));
  mkdirSync(join(workspace, '.github/workflows'), { recursive: true });
  writeFileSync(join(workspace, '.github/workflows/ci.yml'), WORKFLOW);
  writeFileSync(join(workspace, '.github/workflows/other.yaml'), 'on: push\njobs: {}\n');

  it('reads the path from GITHUB_WORKFLOW_REF', () => {
    const env = { GITHUB_WORKFLOW_REF: 'octo/repo/.github/workflows/ci.yml@refs/heads/main' };
    expect(findWorkflowFile(workspace, env)).toBe('.github/workflows/ci.yml');
  });

  it('falls back to the workflow name, or the path a nameless workflow goes by', () => {
    expect(findWorkflowFile(workspace, { GITHUB_WORKFLOW: 'CI' })).toBe('.github/workflows/ci.yml');
    expect(findWorkflowFile(workspace, { GITHUB_WORKFLOW: '.github/workflows/other.yaml' })).toBe(
      '.github/workflows/other.yaml',
    );
    expect(findWorkflowFile(workspace, { GITHUB_WORKFLOW: 'Deploy' })).toBeUndefined();
  });
});
