import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../policy/index.js';
import { curl, report, request } from '../policy/test-records.js';
import type { ProcessInfo } from '../records/types.js';
import { violationAnnotations } from './annotations.js';
import { judgeJob } from './finish.js';
import { renderSummary, SUMMARY_LIMIT_BYTES, type SummaryInput } from './summary.js';
import type { JobWorkflow } from './workflow.js';

const policy = parsePolicy(
  `allow:\n  - host: registry.npmjs.org\ndeny:\n  - host: evil.example\n`,
  '.github/egress-policy.yml',
  { env: {} },
).policy!;
const inStep = (step: string, pid = 42): ProcessInfo => ({ ...curl, pid, step });
const workflow: JobWorkflow = {
  file: '.github/workflows/ci.yml',
  jobLine: 8,
  steps: new Map([
    ['__run', { contextId: '__run', label: 'Run npm ci', line: 12 }],
    ['home', { contextId: 'home', label: 'Call home', line: 15 }],
  ]),
};

function job() {
  const raw = report(
    [
      request({ id: 'r1', host: 'registry.npmjs.org', path: '/left-pad', process: inStep('__run') }),
      request({
        id: 'r2',
        host: 'evil.example',
        method: 'POST',
        path: '/upload?x=1',
        process: inStep('home', 7),
      }),
      request({ id: 'r3', host: 'unknown.example', path: '/a', process: inStep('home', 7) }),
      request({ id: 'r4', host: 'unknown.example', path: '/a', process: inStep('home', 7) }),
      request({
        id: 'r5',
        host: 'results.example',
        path: '/upload',
        process: inStep('__egress-lens_egress-lens', 9),
      }),
    ],
    [],
  );
  return judgeJob(raw, policy, '__egress-lens_egress-lens');
}

function input(overrides: Partial<SummaryInput> = {}): SummaryInput {
  const { report: judged, violations } = job();
  return {
    report: judged,
    violations,
    mode: 'enforce',
    policyFiles: ['.github/egress-policy.yml'],
    tamper: [],
    steps: workflow.steps,
    ownStep: '__egress-lens_egress-lens',
    suggestion: 'allow:\n  - host: evil.example\n',
    reportPath: '/tmp/egress-lens/report.json',
    artifactName: 'egress-lens-report',
    ...overrides,
  };
}

describe('judgeJob', () => {
  it("judges the job's requests and leaves egress-lens's own unjudged", () => {
    const { report: judged, violations } = job();
    expect(judged.requests.map((r) => [r.id, r.judgement?.verdict])).toEqual([
      ['r1', 'allowed'],
      ['r2', 'denied'],
      ['r3', 'unmatched'],
      ['r4', 'unmatched'],
      ['r5', undefined],
    ]);
    expect(violations.map((v) => v.id)).toEqual(['r2', 'r3', 'r4']);
  });
});

describe('renderSummary', () => {
  it('leads with the counts, then violations with their step, then destinations', () => {
    const text = renderSummary(input());
    expect(text.split('\n')[0]).toBe(
      '## egress-lens: 4 requests to 3 destinations, 3 violations — job failed',
    );
    expect(text).toContain('1 request by egress-lens itself, not judged');
    expect(text).toContain(
      '| Call home | curl[7] | POST | https://evil.example/upload?x=1 | deny rule at .github/egress-policy.yml:4 |',
    );
    expect(text).toContain('| Call home | curl[7] | GET | https://unknown.example/a | no rule allows it |');
    expect(text.indexOf('### Violations')).toBeLessThan(text.indexOf('### Destinations'));
    expect(text).toContain('| ❌ unknown.example | 2 | GET | /a | curl | Call home |');
    expect(text).toContain('| registry.npmjs.org | 1 | GET | /left-pad | curl | Run npm ci |');
    expect(text).not.toContain('results.example');
    expect(text).toContain('```yaml\nallow:\n  - host: evil.example\n```');
  });

  it("names a violation's container: docker's short id, or the pid namespace of one without an id", () => {
    const dockerId = 'f'.repeat(12) + '0'.repeat(52);
    const raw = report(
      [
        request({
          id: 'r1',
          host: 'a.example',
          path: '/',
          process: { ...curl, pid: 5, container: dockerId },
        }),
        request({
          id: 'r2',
          host: 'b.example',
          path: '/',
          process: { ...curl, pid: 6, container: 'pidns:4026532281' },
        }),
      ],
      [],
    );
    const { report: judged, violations } = judgeJob(raw, policy, '__egress-lens_egress-lens');
    const text = renderSummary(input({ report: judged, violations }));
    expect(text).toContain('| (no step) | curl[5] in container ffffffffffff | GET | https://a.example/ |');
    expect(text).toContain(
      '| (no step) | curl[6] in container pidns:4026532281 | GET | https://b.example/ |',
    );
  });

  it('puts tampering first', () => {
    const text = renderSummary(input({ tamper: ['the agent was gone before the job ended'] }));
    expect(text.indexOf('[!CAUTION]')).toBeLessThan(text.indexOf('### Violations'));
    expect(text).toContain('> - the agent was gone before the job ended');
  });

  it('stays under the step summary limit for a huge job, and says what it left out', () => {
    const many = Array.from({ length: 20_000 }, (_, i) =>
      request({
        id: `r${i}`,
        host: `h${i % 5000}.example`,
        path: `/${'p'.repeat(500)}/${i}`,
        process: inStep('home'),
      }),
    );
    const judged = judgeJob(report(many, []), policy, undefined);
    const text = renderSummary(
      input({ report: judged.report, violations: judged.violations, ownStep: undefined }),
    );
    expect(Buffer.byteLength(text)).toBeLessThan(SUMMARY_LIMIT_BYTES);
    expect(text).toContain('… and 19900 more violations: see the `egress-lens-report` artifact.');
    expect(text).toContain('… and 4800 more destinations');
  });
});

describe('violationAnnotations', () => {
  it('one per distinct violation, at the line of the step, error in enforce mode', () => {
    const annotations = violationAnnotations(job().violations, workflow, 'enforce');
    expect(annotations).toEqual([
      {
        level: 'error',
        message:
          'POST https://evil.example/upload?x=1 by curl (pid 7) in step "Call home": deny rule at .github/egress-policy.yml:4',
        properties: {
          title: 'egress-lens: denied: POST https://evil.example/upload?x=1',
          file: '.github/workflows/ci.yml',
          startLine: 15,
        },
      },
      {
        level: 'error',
        message:
          'GET https://unknown.example/a by curl (pid 7) in step "Call home": no rule in the policy allows it',
        properties: {
          title: 'egress-lens: not allowed: GET https://unknown.example/a',
          file: '.github/workflows/ci.yml',
          startLine: 15,
        },
      },
    ]);
  });

  it('warnings in audit mode, capped with a notice that counts the rest', () => {
    const many = Array.from({ length: 14 }, (_, i) =>
      request({ id: `r${i}`, host: `h${i}.example`, process: inStep('home') }),
    );
    const annotations = violationAnnotations(
      judgeJob(report(many, []), policy, undefined).violations,
      workflow,
      'audit',
    );
    expect(annotations).toHaveLength(11);
    expect(annotations.slice(0, 10).every((a) => a.level === 'warning')).toBe(true);
    expect(annotations[10]).toMatchObject({
      level: 'notice',
      message: '4 more distinct violations are not annotated: the job summary and the report list them all',
    });
  });

  it('without the workflow file, annotations carry no position', () => {
    const [first] = violationAnnotations(job().violations, undefined, 'audit');
    expect(first?.properties.file).toBeUndefined();
    expect(first?.message).toContain('in step "home"');
  });
});
