// The policy engine's public face: load a policy, judge records, suggest a policy from a report.
export type { PolicyError, PolicyErrorCode } from './errors.js';
export { applyPolicy, judgeConnection, judgeRequest, RecordJudge, type Violation } from './judge.js';
export {
  defaultPresetsDir,
  loadPolicy,
  loadPresets,
  parsePolicy,
  type LoadOptions,
  type LoadResult,
  type Policy,
} from './load.js';
export { policySchema, type PolicyDocument } from './schema.js';
export { suggestPolicy } from './suggest.js';
