// The policy a job is judged by: the repository's policy file, presets, or both.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPolicy, loadPresets, type Policy, type PolicyError } from '../policy/index.js';
import type { ActionInputs } from './inputs.js';

export interface ActionPolicy {
  policy?: Policy;
  errors: PolicyError[];
  /** Names for report.policy.files: the file, then `preset:<name>` for each extra preset. */
  files: string[];
  /** The policy as a file a reader can reuse: saved with the report. */
  text: string;
}

export function resolvePolicy(
  inputs: Pick<ActionInputs, 'policyFile' | 'presets'>,
  workspace: string,
  env: Record<string, string | undefined>,
): ActionPolicy {
  const options = { env, cwd: workspace };
  const presetsText = inputs.presets.length > 0 ? `extends: [${inputs.presets.join(', ')}]\n` : '';
  const presetFiles = inputs.presets.map((name) => `preset:${name}`);
  const fromPresets = inputs.presets.length > 0 ? loadPresets(inputs.presets, options) : undefined;
  if (inputs.policyFile === undefined) {
    return {
      policy: fromPresets?.policy,
      errors: fromPresets?.errors ?? [],
      files: presetFiles,
      text: presetsText,
    };
  }
  const fromFile = loadPolicy(inputs.policyFile, options);
  const errors = [...fromFile.errors, ...(fromPresets?.errors ?? [])];
  const fileText = readFileSync(join(workspace, inputs.policyFile), 'utf8');
  const text = presetsText ? `${fileText}\n# and the action's presets input:\n# ${presetsText}` : fileText;
  if (fromFile.policy === undefined || errors.length > 0) return { errors, files: [inputs.policyFile], text };
  const policy: Policy = {
    sources: [...fromFile.policy.sources, ...(fromPresets?.policy?.sources ?? [])],
    allow: [...fromFile.policy.allow, ...(fromPresets?.policy?.allow ?? [])],
    deny: [...fromFile.policy.deny, ...(fromPresets?.policy?.deny ?? [])],
  };
  return { policy, errors, files: [inputs.policyFile, ...presetFiles], text };
}
