import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { judgeRequest } from '../policy/index.js';
import { request } from '../policy/test-records.js';
import { getInputs, InputError } from './inputs.js';
import { resolvePolicy } from './policy.js';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

function workspace(policy?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'el-inputs-'));
  if (policy !== undefined) {
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/egress-policy.yml'), policy);
  }
  return dir;
}

describe('getInputs', () => {
  it('with no configuration: audit against the github preset, artifact and annotations on', () => {
    expect(getInputs(workspace())).toEqual({
      policyFile: undefined,
      presets: ['github'],
      mode: 'audit',
      uploadArtifact: true,
      artifactName: 'egress-lens-report',
      annotations: true,
    });
  });

  it('takes a policy input as given: the file may come with a later checkout', () => {
    process.env['INPUT_POLICY'] = 'ci/egress.yml';
    expect(getInputs(workspace()).policyFile).toBe('ci/egress.yml');
  });

  it('picks up .github/egress-policy.yml, with no presets unless asked', () => {
    const dir = workspace('allow: []\n');
    expect(getInputs(dir)).toMatchObject({ policyFile: '.github/egress-policy.yml', presets: [] });
    process.env['INPUT_PRESETS'] = 'npm, pypi';
    expect(getInputs(dir).presets).toEqual(['npm', 'pypi']);
  });

  it.each([
    ['INPUT_MODE', 'block', 'input mode: got "block", expected audit or enforce'],
    ['INPUT_PRESETS', 'github nmp', 'input presets: unknown preset "nmp", expected some of '],
    ['INPUT_UPLOAD-ARTIFACT', 'yes', 'input upload-artifact: got "yes", expected true or false'],
  ])('%s=%s is refused in one line', (name, value, message) => {
    process.env[name] = value;
    expect(() => getInputs(workspace())).toThrow(InputError);
    expect(() => getInputs(workspace())).toThrow(message);
  });
});

describe('resolvePolicy', () => {
  it("joins the file's rules and the presets' rules, and names both", () => {
    const dir = workspace('allow:\n  - host: api.example.com\n');
    const { policy, files, errors } = resolvePolicy(
      { policyFile: '.github/egress-policy.yml', presets: ['npm'] },
      dir,
      {},
    );
    expect(errors).toEqual([]);
    expect(files).toEqual(['.github/egress-policy.yml', 'preset:npm']);
    expect(judgeRequest(policy!, request({ host: 'api.example.com' })).verdict).toBe('allowed');
    expect(judgeRequest(policy!, request({ host: 'registry.npmjs.org' })).verdict).toBe('allowed');
    expect(judgeRequest(policy!, request({ host: 'github.com' })).verdict).toBe('unmatched');
  });

  it('reports a broken file with its position', () => {
    const dir = workspace('allow:\n  - host: example.com\n    port: 99999\n');
    const { policy, errors } = resolvePolicy(
      { policyFile: '.github/egress-policy.yml', presets: [] },
      dir,
      {},
    );
    expect(policy).toBeUndefined();
    expect(errors[0]).toMatchObject({ file: '.github/egress-policy.yml', line: 3, field: 'allow[0].port' });
  });
});
