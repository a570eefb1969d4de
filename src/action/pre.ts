// pre: check the inputs and the policy, then start the agent before any other step of the job runs.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { formatPolicyError } from '../report/policy-errors.js';
import { agentDirOf } from './finish.js';
import { getInputs } from './inputs.js';
import { resolvePolicy } from './policy.js';
import { startAgent, unavailableHere } from './start.js';
import { saveState } from './state.js';

async function pre(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const inputs = getInputs(workspace);
  // Before the checkout the policy file is not there yet: it is read (and checked) by post.
  const fileYet = inputs.policyFile === undefined || existsSync(join(workspace, inputs.policyFile));
  if (!fileYet) core.info(`egress-lens: ${inputs.policyFile} is not in the workspace yet; post reads it`);
  const { errors } = resolvePolicy(
    fileYet ? inputs : { ...inputs, policyFile: undefined },
    workspace,
    process.env,
  );
  if (errors.length > 0) {
    for (const error of errors) {
      core.error(formatPolicyError(error), {
        title: 'egress-lens: broken policy',
        file: error.file,
        startLine: error.line,
        startColumn: error.column,
      });
    }
    core.setFailed(
      `egress-lens: the policy has ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}`,
    );
    return;
  }
  const reportDir = join(process.env.RUNNER_TEMP ?? tmpdir(), 'egress-lens');
  const notHere = unavailableHere();
  // Our parent is the runner worker: every later step is a child of it.
  const result = notHere
    ? { started: false as const, reason: notHere }
    : await startAgent({ agentDir: agentDirOf(reportDir), jobRoot: process.ppid });
  if (!result.started) {
    saveState({ unavailable: result.reason });
    if (inputs.mode === 'enforce') core.setFailed(`egress-lens cannot enforce the policy: ${result.reason}`);
    else
      core.warning(`egress-lens is off for this job: ${result.reason}`, { title: 'egress-lens: no capture' });
    return;
  }
  saveState({ agentPid: result.pid, reportDir });
  core.info(
    `egress-lens: capturing every HTTP(S) call of this job (agent pid ${result.pid}, ready in ${result.readyMs} ms)`,
  );
}

pre().catch((error: unknown) => core.setFailed(`egress-lens: ${(error as Error).message}`));
