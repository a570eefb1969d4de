// main: nothing to do; capture started in pre and the report comes in post. Says so in the log.
import * as core from '@actions/core';
import { readState } from './state.js';

const { unavailable } = readState();
core.info(
  unavailable
    ? `egress-lens is off for this job: ${unavailable}`
    : 'egress-lens: capture is on; the summary, annotations and report come at the end of the job',
);
