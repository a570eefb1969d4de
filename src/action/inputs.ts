// The action's inputs, read and checked in one place (the only caller of core.getInput).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@actions/core';
import { PRESET_NAMES } from '../policy/schema.js';

export const DEFAULT_POLICY_FILE = '.github/egress-policy.yml';
export const DEFAULT_PRESETS = ['github'];

export interface ActionInputs {
  /** Repository-relative policy file; undefined when the job runs on presets alone. */
  policyFile?: string;
  /** Presets applied besides the file (all the policy there is without one). */
  presets: string[];
  mode: 'audit' | 'enforce';
  uploadArtifact: boolean;
  artifactName: string;
  annotations: boolean;
}

/** A mistake in the workflow's `with:` block, said in one line with what is expected. */
export class InputError extends Error {}

export function getInputs(workspace: string): ActionInputs {
  const mode = core.getInput('mode') || 'audit';
  if (mode !== 'audit' && mode !== 'enforce') {
    throw new InputError(`input mode: got "${mode}", expected audit or enforce`);
  }
  // Not checked for existence here: pre usually runs before the checkout that brings the file.
  const explicitPolicy = core.getInput('policy');
  const policyFile =
    explicitPolicy || (existsSync(join(workspace, DEFAULT_POLICY_FILE)) ? DEFAULT_POLICY_FILE : undefined);
  const presetInput = core
    .getInput('presets')
    .split(/[\s,]+/)
    .filter((name) => name !== '');
  for (const name of presetInput) {
    if (!(PRESET_NAMES as readonly string[]).includes(name)) {
      throw new InputError(
        `input presets: unknown preset "${name}", expected some of ${PRESET_NAMES.join(', ')}`,
      );
    }
  }
  const inputs: ActionInputs = {
    policyFile,
    // With neither a policy file nor presets, the job is judged against the github preset.
    presets: presetInput.length > 0 || policyFile ? presetInput : DEFAULT_PRESETS,
    mode,
    uploadArtifact: booleanInput('upload-artifact', true),
    artifactName: core.getInput('artifact-name') || 'egress-lens-report',
    annotations: booleanInput('annotations', true),
  };
  core.debug(`egress-lens inputs: ${JSON.stringify(inputs)}`);
  return inputs;
}

/** For errors caught before the inputs were read: only enforce mode may fail the job. */
export function isEnforcing(): boolean {
  return core.getInput('mode') === 'enforce';
}

function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).toLowerCase();
  if (value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new InputError(`input ${name}: got "${value}", expected true or false`);
}
