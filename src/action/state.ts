// What pre hands to post, through the runner's step state (GITHUB_STATE → STATE_*). One key per value.
import * as core from '@actions/core';

const AGENT_PID = 'agentPid';
const REPORT_DIR = 'reportDir';
const UNAVAILABLE = 'unavailable';

export interface PreState {
  /** The agent's pid; absent when capture could not start. */
  agentPid?: number;
  /** Where the agent writes (its own subfolder `agent/`) and post writes the final report. */
  reportDir?: string;
  /** Why capture is off for this job, when it is. */
  unavailable?: string;
}

export function saveState(state: PreState): void {
  if (state.agentPid !== undefined) core.saveState(AGENT_PID, String(state.agentPid));
  if (state.reportDir !== undefined) core.saveState(REPORT_DIR, state.reportDir);
  if (state.unavailable !== undefined) core.saveState(UNAVAILABLE, state.unavailable);
}

export function readState(): PreState {
  const pid = Number(core.getState(AGENT_PID));
  return {
    agentPid: Number.isInteger(pid) && pid > 0 ? pid : undefined,
    reportDir: core.getState(REPORT_DIR) || undefined,
    unavailable: core.getState(UNAVAILABLE) || undefined,
  };
}
