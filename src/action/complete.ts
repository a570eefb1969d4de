// Everything post does once the agent is asked to stop, in order: judge, write the report, the
// summary, the annotations, the artifact and the outputs; then say whether the job must fail.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@actions/core';
import { suggestPolicy, type PolicyError, type Violation } from '../policy/index.js';
import { REPORT_VERSION, type Report } from '../records/types.js';
import { writeReportFiles } from '../report/files.js';
import { formatPolicyError } from '../report/policy-errors.js';
import { readVersion } from '../version.js';
import { AGENT_FILES } from './agent-files.js';
import { violationAnnotations } from './annotations.js';
import { uploadReport } from './artifact.js';
import { agentDirOf, judgeJob, type StopResult } from './finish.js';
import type { ActionInputs } from './inputs.js';
import { resolvePolicy } from './policy.js';
import { renderSummary } from './summary.js';
import { findWorkflowFile, readJobWorkflow, type JobWorkflow } from './workflow.js';

export interface CompleteOptions {
  inputs: ActionInputs;
  /** What the stopped agent left, and why it cannot be trusted if it cannot. */
  stopped: StopResult;
  reportDir: string;
  workspace: string;
  env: Record<string, string | undefined>;
}

export async function completeJob(options: CompleteOptions): Promise<{ failure?: string }> {
  const { inputs, stopped, reportDir, workspace, env } = options;
  const agentDir = agentDirOf(reportDir);
  const ownStep = env.GITHUB_ACTION || undefined;

  const actionPolicy = resolvePolicy(inputs, workspace, env);
  let report = stopped.report ?? emptyReport();
  let violations: Violation[] = [];
  if (actionPolicy.policy) ({ report, violations } = judgeJob(report, actionPolicy.policy, ownStep));
  const policyBroken =
    actionPolicy.errors.length > 0
      ? `the policy has ${actionPolicy.errors.length} ${actionPolicy.errors.length === 1 ? 'error' : 'errors'}, so nothing was judged: ${formatPolicyError(actionPolicy.errors[0] as PolicyError)}`
      : undefined;
  for (const error of actionPolicy.errors) {
    core[inputs.mode === 'enforce' ? 'error' : 'warning'](formatPolicyError(error), {
      title: 'egress-lens: broken policy',
      file: error.file,
      startLine: error.line,
      startColumn: error.column,
    });
  }
  report = {
    ...report,
    warnings: [...stopped.tamper, ...(policyBroken ? [policyBroken] : []), ...report.warnings],
    policy: { files: actionPolicy.files, mode: inputs.mode, violations: violations.length },
  };
  const { reportPath, eventsPath } = writeReportFiles(reportDir, report);
  const policyPath = join(reportDir, 'policy.yml');
  writeFileSync(policyPath, actionPolicy.text);

  const workflow = locateWorkflow(workspace, env);
  const jobRequests = report.requests.filter((r) => ownStep === undefined || r.process.step !== ownStep);
  const summary = renderSummary({
    report,
    violations,
    mode: inputs.mode,
    policyFiles: actionPolicy.files,
    tamper: stopped.tamper,
    steps: workflow?.steps ?? new Map(),
    ownStep,
    suggestion: violations.length > 0 ? suggestPolicy({ ...report, requests: jobRequests }) : undefined,
    reportPath,
    artifactName: inputs.uploadArtifact ? inputs.artifactName : undefined,
  });
  try {
    await core.summary.addRaw(summary).write();
  } catch (error) {
    core.warning(`egress-lens: cannot write the job summary: ${(error as Error).message}`);
  }

  if (inputs.annotations) {
    for (const annotation of violationAnnotations(violations, workflow, inputs.mode)) {
      core[annotation.level](annotation.message, annotation.properties);
    }
  }
  for (const reason of stopped.tamper) core.warning(reason, { title: 'egress-lens: capture interrupted' });

  if (inputs.uploadArtifact) {
    const files = [reportPath, eventsPath, policyPath, join(agentDir, AGENT_FILES.log)];
    try {
      const id = await uploadReport(inputs.artifactName, files, reportDir);
      core.info(`egress-lens: uploaded the report as artifact ${inputs.artifactName} (id ${id})`);
    } catch (error) {
      core.warning(
        `egress-lens: could not upload the report artifact (${(error as Error).message.split('\n', 1)[0]}); it is still at ${reportPath}`,
      );
    }
  }

  core.setOutput('requests', jobRequests.length);
  core.setOutput('violations', violations.length);
  core.setOutput('report-path', reportPath);

  if (inputs.mode !== 'enforce') return {};
  if (stopped.tamper.length > 0)
    return { failure: `egress-lens: the capture cannot be trusted: ${stopped.tamper[0]}` };
  if (policyBroken) return { failure: `egress-lens: ${policyBroken}` };
  if (violations.length > 0) {
    const first = violations[0] as Violation;
    const more = violations.length > 1 ? ` and ${violations.length - 1} more` : '';
    return { failure: `egress-lens: ${first.destination}${more} broke the egress policy (enforce mode)` };
  }
  return {};
}

function locateWorkflow(workspace: string, env: Record<string, string | undefined>): JobWorkflow | undefined {
  const file = findWorkflowFile(workspace, env);
  if (file === undefined || !env.GITHUB_JOB) return undefined;
  try {
    return readJobWorkflow(workspace, file, env.GITHUB_JOB);
  } catch (error) {
    core.warning(`egress-lens: cannot read the workflow ${file}: ${(error as Error).message}`);
    return undefined;
  }
}

/** What the summary shows when the agent left nothing: no requests, and the tamper reasons. */
function emptyReport(): Report {
  const now = new Date().toISOString();
  return {
    version: REPORT_VERSION,
    tool: { name: 'egress-lens', version: readVersion() },
    startedAt: now,
    finishedAt: now,
    requests: [],
    connections: [],
    processes: [],
    dns: [],
    stats: { events: 0, lost: 0, truncated: 0, unparsed: 0 },
    warnings: [],
  };
}
