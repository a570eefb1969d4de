// post: stop the agent, judge the job, and report (summary, annotations, artifact, outputs).
// Only enforce mode fails the job; problems with reporting are warnings.
import * as core from '@actions/core';
import { completeJob } from './complete.js';
import { agentDirOf, stopAgent } from './finish.js';
import { getInputs, isEnforcing } from './inputs.js';
import { readState } from './state.js';

async function post(): Promise<void> {
  const state = readState();
  if (state.agentPid === undefined || state.reportDir === undefined) {
    core.info(`egress-lens: nothing was captured${state.unavailable ? ` (${state.unavailable})` : ''}`);
    return;
  }
  // Stop the agent before anything can go wrong; the inputs are read after the job's checkout.
  const stopped = await stopAgent(state.agentPid, agentDirOf(state.reportDir));
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const outcome = await completeJob({
    inputs: getInputs(workspace),
    stopped,
    reportDir: state.reportDir,
    workspace,
    env: process.env,
  });
  if (outcome.failure !== undefined) core.setFailed(outcome.failure);
}

post().catch((error: unknown) => {
  const message = `egress-lens: ${(error as Error).message}`;
  if (isEnforcing()) core.setFailed(message);
  else core.warning(message);
});
