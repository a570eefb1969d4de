import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPolicyErrors } from '../report/policy-errors.js';
import { defaultPresetsDir, loadPolicy, loadPresets, parsePolicy } from './load.js';
import { PRESET_NAMES } from './schema.js';

const env = { GITHUB_REPOSITORY: 'octo/app', GITHUB_REPOSITORY_OWNER: 'octo', API_HOST: 'api.example.com' };
const HOST =
  'a host name glob: an exact name, "*" for one label (or part of one), "**" as a whole label for any depth';
const CIDR = 'an IPv4 or IPv6 address or CIDR block, such as 10.0.0.0/8 or 2001:db8::/32';
const PATH = 'a path glob starting with "/", without query: "*" within one segment, "**" for any depth';
const PORT = 'a TCP port, an integer from 1 to 65535';
const RULE = 'a rule: a mapping of host, ip, port, scheme, methods, paths, process and step';
const PRESETS = PRESET_NAMES.join(', ');

function errorsOf(source: string): string {
  return formatPolicyErrors(parsePolicy(source, 'p.yml', { env }).errors);
}

describe('broken policy files', () => {
  const table: [string, string, string][] = [
    [
      'unknown key',
      'allow:\n  - host: a.com\n    hots: b.com\n',
      'p.yml:3:5: allow[0].hots: unknown key, expected one of: host, ip, port, scheme, methods, paths, process, step\n',
    ],
    [
      'unknown top-level key',
      'alow: []\n',
      'p.yml:1:1: alow: unknown key, expected one of: extends, allow, deny\n',
    ],
    [
      'port out of range',
      'allow:\n  - port: 70000\n',
      `p.yml:2:11: allow[0].port: got 70000, expected ${PORT}\n`,
    ],
    ['port not integer', 'allow:\n  - port: 1.5\n', `p.yml:2:11: allow[0].port: got 1.5, expected ${PORT}\n`],
    [
      'port as string',
      'allow:\n  - port: "443"\n',
      `p.yml:2:11: allow[0].port: got "443", expected ${PORT}\n`,
    ],
    ['host of wrong type', 'allow:\n  - host: 12\n', `p.yml:2:11: allow[0].host: got 12, expected ${HOST}\n`],
    [
      'empty rule',
      'allow:\n  - {}\n',
      `p.yml:2:5: allow[0]: got an empty rule, which would match everything; expected ${RULE}\n`,
    ],
    [
      'rules not a list',
      'allow: {}\n',
      'p.yml:1:8: allow: got a mapping, expected a list of rules; a request matching one is allowed unless a deny rule matches\n',
    ],
    [
      'alias to no anchor (found by fuzzing: it threw)',
      'allow:\n  - host: *nowhere\n',
      'p.yml:2:11: Unresolved alias (the anchor must be set before the alias): nowhere, expected valid YAML or JSON\n',
    ],
    [
      'document not a mapping',
      '- a\n',
      'p.yml:1:1: got a list, expected an egress-lens policy: a mapping of extends, allow and deny, saying which HTTP/HTTPS destinations a job may reach\n',
    ],
    [
      '** inside a host label',
      'allow:\n  - host: "a.**b.com"\n',
      `p.yml:2:11: allow[0].host: "a.**b.com" uses "**" inside a label ("**b"), expected ${HOST}\n`,
    ],
    [
      'character not allowed in a host',
      'deny:\n  - host: "a.com/x"\n',
      `p.yml:2:11: deny[0].host: "a.com/x" has a character not allowed in a host, expected ${HOST}\n`,
    ],
    [
      'bad CIDRs',
      'allow:\n  - ip: 10.0.0.1/8\n  - ip: 300.1.1.1\n  - ip: "::1/129"\n  - ip: "::ffff:10.0.0.0/95"\n',
      `p.yml:2:9: allow[0].ip: "10.0.0.1/8" has bits set after the /8 prefix, expected ${CIDR}\n` +
        `p.yml:3:9: allow[1].ip: "300.1.1.1" is not an IP address or CIDR, expected ${CIDR}\n` +
        `p.yml:4:9: allow[2].ip: "::1/129" has a prefix length outside 0-128, expected ${CIDR}\n` +
        `p.yml:5:9: allow[3].ip: "::ffff:10.0.0.0/95" has a prefix length outside 96-128, expected ${CIDR}\n`,
    ],
    [
      'bad method',
      'allow:\n  - host: x\n    methods: [GET, FETCH]\n',
      'p.yml:3:20: allow[0].methods[1]: got "FETCH", expected an HTTP method: GET, HEAD, POST, PUT, DELETE, PATCH, OPTIONS, CONNECT, TRACE\n',
    ],
    [
      'bad scheme',
      'allow:\n  - host: x\n    scheme: ftp\n',
      'p.yml:3:13: allow[0].scheme: got "ftp", expected a URL scheme: http or https\n',
    ],
    [
      'bad path globs',
      'allow:\n  - host: x\n    paths: ["v1/**", "/a?b", "/[x", "/a**"]\n',
      `p.yml:3:13: allow[0].paths[0]: "v1/**" does not start with "/", expected ${PATH}\n` +
        `p.yml:3:22: allow[0].paths[1]: "/a?b" has "?" or "#" but queries are ignored, expected ${PATH}\n` +
        `p.yml:3:30: allow[0].paths[2]: "/[x" has unbalanced brackets or braces, expected ${PATH}\n` +
        `p.yml:3:37: allow[0].paths[3]: "/a**" uses "**" inside a segment; "**" must stand alone between slashes, expected ${PATH}\n`,
    ],
    [
      'paths not a list',
      'allow:\n  - host: x\n    paths: "/v1"\n',
      'p.yml:3:12: allow[0].paths: got "/v1", expected a list of path globs starting with "/", such as "/v1/**"\n',
    ],
    [
      'empty paths',
      'allow:\n  - host: x\n    paths: []\n',
      'p.yml:3:12: allow[0].paths: got an empty list, expected a list of path globs starting with "/", such as "/v1/**"\n',
    ],
    [
      'bad process glob',
      'allow:\n  - process: "/usr/{bin"\n',
      'p.yml:2:14: allow[0].process: "/usr/{bin" has unbalanced brackets or braces, expected a glob on the executable path, such as "**/terraform"\n',
    ],
    [
      'bad YAML',
      'allow: [\n',
      'p.yml:2:1: Flow sequence in block collection must be sufficiently indented and end with a ], expected valid YAML or JSON\n',
    ],
    [
      'duplicate key',
      'allow: []\nallow: []\n',
      'p.yml:2:1: Map keys must be unique, expected valid YAML or JSON\n',
    ],
    [
      'unknown preset',
      'extends: [github, nope]\n',
      `p.yml:1:19: extends[1]: got "nope", expected one of the presets: ${PRESETS}\n`,
    ],
    [
      'unset and unknown variables, pointing at the variable',
      'allow:\n  - host: "${env.API_HOST}"\n    process: "/x/${env.NOPE}"\n    step: "${FOO}"\n',
      'p.yml:3:18: allow[0].process: ${env.NOPE} is not set, expected NOPE in the environment\n' +
        'p.yml:4:12: allow[0].step: unknown variable ${FOO}, expected ${GITHUB_REPOSITORY}, ${GITHUB_REPOSITORY_OWNER} or ${env.NAME}\n',
    ],
    [
      'JSON policy',
      '{\n  "allow": [{ "host": "a.com", "port": 0 }]\n}\n',
      `p.yml:2:40: allow[0].port: got 0, expected ${PORT}\n`,
    ],
  ];

  it.each(table)('%s', (_name, source, expected) => {
    expect(errorsOf(source)).toBe(expected);
  });

  it('gives error data with a closed code', () => {
    expect(parsePolicy('allow:\n  - ip: 10.0.0.1/33\n', 'p.yml', { env }).errors).toEqual([
      {
        code: 'bad-cidr',
        file: 'p.yml',
        line: 2,
        column: 9,
        field: 'allow[0].ip',
        message: `"10.0.0.1/33" has a prefix length outside 0-32, expected ${CIDR}`,
      },
    ]);
  });

  it('reports an alias bomb as bad YAML instead of expanding it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [from, to] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'f'],
    ]) {
      levels.push(`${to}: &${to} [${Array(10).fill(`*${from}`).join(', ')}]`);
    }
    expect(errorsOf(levels.join('\n') + '\n')).toMatch(
      /^p\.yml:2:8: Excessive alias count.*expected valid YAML or JSON\n$/,
    );
  });

  it('reports a file it cannot read', () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'policy-')), 'none.yml');
    expect(formatPolicyErrors(loadPolicy(missing, { env }).errors)).toBe(
      `${missing}:1:1: cannot read the policy file (ENOENT)\n`,
    );
  });
});

describe('valid policies', () => {
  it('compiles rules with their line, index and file', () => {
    const { policy, errors } = parsePolicy(
      '# comment\nallow:\n  - host: a.com\n\n  - host: "*.${GITHUB_REPOSITORY_OWNER}.dev"\ndeny:\n  - port: 25\n',
      'p.yml',
      { env },
    );
    expect(errors).toEqual([]);
    expect(policy?.sources).toEqual(['p.yml']);
    expect(policy?.allow.map((rule) => rule.ref)).toEqual([
      { kind: 'allow', file: 'p.yml', line: 3, index: 0 },
      { kind: 'allow', file: 'p.yml', line: 5, index: 1 },
    ]);
    expect(policy?.allow[1]?.host?.('ci.octo.dev')).toBe(true);
    expect(policy?.deny.map((rule) => rule.ref)).toEqual([
      { kind: 'deny', file: 'p.yml', line: 7, index: 0 },
    ]);
  });

  it('treats an empty file as a policy that allows nothing', () => {
    expect(parsePolicy('', 'p.yml', { env })).toEqual({
      policy: { sources: ['p.yml'], allow: [], deny: [] },
      errors: [],
    });
  });

  it('puts own rules before preset rules and names presets as preset:<name>', () => {
    const { policy } = parsePolicy('extends: [pypi]\nallow:\n  - host: a.com\n', 'p.yml', { env });
    expect(policy?.sources).toEqual(['p.yml', 'preset:pypi']);
    expect(policy?.allow.map((rule) => `${rule.ref.file}:${rule.ref.line}`)).toEqual([
      'p.yml:3',
      'preset:pypi:8',
      'preset:pypi:9',
    ]);
  });
});

describe('docs/policy.md', () => {
  it('has a complete example that loads', () => {
    const docs = readFileSync(new URL('../../docs/policy.md', import.meta.url), 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(docs)?.[1] ?? '';
    const { policy, errors } = parsePolicy(example, 'example.yml', {
      env: { ...env, PREVIEW_HOST: 'pr-7.example.dev' },
    });
    expect(formatPolicyErrors(errors)).toBe('');
    expect(policy?.sources).toEqual([
      'example.yml',
      'preset:github',
      'preset:npm',
      'preset:pypi',
      'preset:go',
    ]);
    expect(policy?.allow[2]?.host?.('packages.octo.example.com')).toBe(true);
  });
});

describe('presets', () => {
  it.each(PRESET_NAMES)('%s loads, validates and allows something', (name) => {
    const { policy, errors } = loadPresets([name], { env: {} });
    expect(formatPolicyErrors(errors)).toBe('');
    expect(policy?.allow.length).toBeGreaterThan(0);
    expect(policy?.sources).toEqual(['(presets)', `preset:${name}`]);
  });

  it('loads a preset once when two presets share it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'presets-'));
    writeFileSync(join(dir, 'base.yml'), 'allow:\n  - host: base.com\n');
    writeFileSync(join(dir, 'a.yml'), 'extends: [base]\n');
    writeFileSync(join(dir, 'b.yml'), 'extends: [base]\n');
    const { policy, errors } = loadPresets(['a', 'b'], { env: {}, presetsDir: dir });
    expect(errors).toEqual([]);
    expect(policy?.sources).toEqual(['(presets)', 'preset:a', 'preset:base', 'preset:b']);
    expect(policy?.allow.map((rule) => rule.ref.file)).toEqual(['preset:base']);
  });

  it('reports a cycle where it closes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'presets-'));
    writeFileSync(join(dir, 'a.yml'), 'extends: [b]\n');
    writeFileSync(join(dir, 'b.yml'), 'allow:\n  - host: b.com\nextends: [c, a]\n');
    writeFileSync(join(dir, 'c.yml'), 'allow:\n  - host: c.com\n');
    const policyFile = join(dir, 'policy.yml');
    writeFileSync(policyFile, 'extends: [a]\n');
    expect(formatPolicyErrors(loadPolicy(policyFile, { env: {}, presetsDir: dir }).errors)).toBe(
      `${join(dir, 'b.yml')}:3:14: extends[1]: "a" extends itself (a -> b -> a)\n`,
    );
  });

  it('finds the shipped presets folder', () => {
    expect(defaultPresetsDir()).toBe(join(import.meta.dirname, '..', '..', 'policies'));
  });
});
